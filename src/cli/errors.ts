// A UserError is bad input or a missing file: its message is shown as is and the
// process exits 2. Anything else is a bug: exit 1 with a request to report it.
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Several problems with one input, each its own sentence. */
export function problemsError(source: string, problems: readonly string[], notes: readonly string[] = []): UserError {
  const shown = problems.slice(0, 20);
  const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
  const noted = notes.length ? `\nworth checking too (accepted as written):\n${notes.slice(0, 10).map((n) => `  - ${n}`).join('\n')}` : '';
  return new UserError(`${source} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${shown.map((p) => `  - ${p}`).join('\n')}${more}${noted}`);
}
