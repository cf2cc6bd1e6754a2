// The seam between the interview and the terminal: steps ask through a Prompter, so tests
// answer with a script and the CLI with Inquirer, writing to the stream it is given (the CLI
// passes stderr, so stdout carries only the plan).
import { wrapWords } from '../lib/wrap.js';

export interface Choice<T extends string> {
  value: T;
  name: string;
  checked?: boolean;
  /** A heading shown above the first choice of each group ("Disciplines", "Systems"). */
  group?: string;
}

export interface Prompter {
  select<T extends string>(q: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  /** `validate` returns true or the reason to ask again (e.g. two choices that exclude each other). */
  checkbox<T extends string>(q: { message: string; choices: Choice<T>[]; validate?: (picked: T[]) => true | string }): Promise<T[]>;
  /** Free text; `validate` returns true or the reason to ask again. */
  input(q: { message: string; default?: string; validate?: (v: string) => true | string }): Promise<string>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
  /** A line of context between questions (section announcements, echoes, the recap). */
  say(text: string): void;
  /** Columns available for text the interview lays out itself (the recap). */
  readonly width: number;
}

interface Output extends NodeJS.WritableStream {
  columns?: number;
}

/** The real terminal, through @inquirer/prompts, loaded only when the interview runs. */
export async function inquirerPrompter(output: Output): Promise<Prompter> {
  const { select, checkbox, input, confirm, Separator } = await import('@inquirer/prompts');
  const ctx = { output };
  const withGroups = <T extends string>(choices: Choice<T>[]) =>
    choices.flatMap((c, i) => {
      const item = { value: c.value, name: c.name, checked: c.checked };
      return c.group && c.group !== choices[i - 1]?.group ? [new Separator(`── ${c.group}`), item] : [item];
    });
  // Long lists scroll; the page fits the terminal with room for the question and its help line.
  const pageSize = (n: number) => Math.max(7, Math.min(n, (output as { rows?: number }).rows ?? 24) - 6);
  const width = () => Math.min(output.columns || 80, 120);
  return {
    select: (q) => select({ message: q.message, choices: withGroups(q.choices), default: q.default, pageSize: pageSize(q.choices.length + 4) }, ctx),
    checkbox: (q) =>
      checkbox(
        {
          message: q.message,
          choices: withGroups(q.choices),
          pageSize: pageSize(q.choices.length + 4),
          validate: q.validate ? (items) => q.validate!(items.map((i) => i.value)) : undefined,
        },
        ctx,
      ),
    input: (q) => input({ message: q.message, default: q.default, validate: q.validate }, ctx),
    confirm: (q) => confirm({ message: q.message, default: q.default }, ctx),
    // Lines of context wrap at word boundaries, as the terminal would otherwise split words.
    say(text) {
      output.write(`${wrapWords(text, width()).join('\n')}\n`);
    },
    get width() {
      return width();
    },
  };
}
