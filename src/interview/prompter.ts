// The seam between the interview and the terminal: steps ask through a Prompter, so tests
// answer with a script and the CLI with Inquirer (on stderr, so stdout carries only the plan).

export interface Choice<T extends string> {
  value: T;
  name: string;
  checked?: boolean;
}

export interface Prompter {
  select<T extends string>(q: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T extends string>(q: { message: string; choices: Choice<T>[] }): Promise<T[]>;
  /** Free text; `validate` returns true or the reason to ask again. */
  input(q: { message: string; default?: string; validate?: (v: string) => true | string }): Promise<string>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
  /** A line of context between questions (section announcements, notes). */
  say(text: string): void;
}

/**
 * The real terminal, through @inquirer/prompts, loaded only when a command asks. Questions and
 * notes go to `output` (the CLI passes standard error, so standard output carries only the plan).
 */
export async function inquirerPrompter(output: NodeJS.WritableStream): Promise<Prompter> {
  const { select, checkbox, input, confirm } = await import('@inquirer/prompts');
  const ctx = { output };
  return {
    select: (q) => select({ message: q.message, choices: q.choices.map((c) => ({ value: c.value, name: c.name })), default: q.default }, ctx),
    checkbox: (q) => checkbox({ message: q.message, choices: q.choices.map((c) => ({ value: c.value, name: c.name, checked: c.checked })), pageSize: 12 }, ctx),
    input: (q) => input({ message: q.message, default: q.default, validate: q.validate }, ctx),
    confirm: (q) => confirm({ message: q.message, default: q.default }, ctx),
    say: (text) => void output.write(`${text}\n`),
  };
}
