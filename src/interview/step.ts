// What every interview step shares: the draft it reads its defaults from, the context it is
// given (each step Picks only what it uses) and the small helpers the steps have in common.
import { EXAM_FACTS, type Exam } from '../content/exams.js';
import type { Answers } from '../schema/answers.js';
import type { DateReader } from './parse-input.js';
import type { Prompter } from './prompter.js';

export type Methods = NonNullable<Answers['methods']>;
export type TestDay = NonNullable<Answers['testDay']>;
export type Wellbeing = NonNullable<Answers['wellbeing']>;
type Schedule = Answers['schedule'];
export type Milestone = NonNullable<Answers['milestones']>[number];

/** The answers being built: an answers file with every field still optional. */
export type Draft = Partial<Omit<Answers, 'schedule'>> & { schedule?: Partial<Schedule> };

export interface Context {
  prompt: Prompter;
  draft: Readonly<Draft>;
  today: string;
  readDate: DateReader;
}

export interface Step {
  id: string;
  /** The group's name in the recap. */
  title: string;
  /** The top-level answers fields the step owns (a problem in one sends the student back here). */
  fields: readonly (keyof Draft)[];
  run(ctx: Context): Promise<Partial<Draft>>;
}

/** "Step 1": the exam's name without the "USMLE", to keep questions within 80 columns. */
export const shortName = (e: Exam) => EXAM_FACTS[e].name.replace(/^USMLE /, '');

/** The student's own order for what they listed before; new picks follow. */
export function keepOrder<T>(before: readonly T[] | undefined, picked: readonly T[]): T[] {
  const old = before ?? [];
  return [...old.filter((o) => picked.includes(o)), ...picked.filter((p) => !old.includes(p))];
}

/** Drops undefined fields, and the whole group when nothing is left. */
export function compact<T extends object>(group: T): T | undefined {
  const out = Object.fromEntries(Object.entries(group).filter(([, v]) => v !== undefined)) as T;
  return Object.keys(out).length ? out : undefined;
}
