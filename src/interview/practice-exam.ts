// The questions `retake log` asks on a terminal for what the flags left out, through the
// Prompter seam: which exam (the kinds offered for this Step), form, date, score on that kind's
// own scale, NBME's pass probability and the report's weak areas. A value that does not fit is
// asked again with the reason; nothing typed is lost to an error exit.
import { AREAS } from '../content/areas.js';
import { PRACTICE_KINDS, kindProblem, kindScoreProblem, kindsFor, type CheckpointKind, type Exam } from '../content/exams.js';
import { text, type Vars } from '../content/texts.js';
import { FORM_PATTERN } from '../schema/history.js';
import { askDates, askNumber } from './ask.js';
import type { DateReader } from './parse-input.js';
import type { Prompter } from './prompter.js';

/** What the student may leave out on the command line; answers come back as the flags' strings. */
export interface PracticeExamFlags {
  kind?: string;
  form?: string;
  date?: string;
  score?: string;
  passProbability?: string;
  weak?: string;
}

export interface LogContext {
  prompt: Prompter;
  exam: Exam;
  today: string;
  readDate: DateReader;
}

const Q = (key: string, vars?: Vars) => text('interview', `log.${key}`, vars);

export async function askPracticeExam(ctx: LogContext, given: PracticeExamFlags): Promise<PracticeExamFlags> {
  const { prompt, exam, today } = ctx;
  const out: PracticeExamFlags = {};
  const offered = kindsFor(exam);
  const kind = given.kind && offered.includes(given.kind as CheckpointKind) ? (given.kind as CheckpointKind) : undefined;
  if (given.kind && !kind) prompt.say(`  ${kindProblem(exam, given.kind as CheckpointKind)}.`);
  const k: CheckpointKind =
    kind ??
    (out.kind = await prompt.select({
      message: Q('kind'),
      choices: offered.map((value) => ({ value, name: `${PRACTICE_KINDS[exam][value]!.name} (${PRACTICE_KINDS[exam][value]!.ask})` })),
      default: offered[0],
    }));
  const facts = PRACTICE_KINDS[exam][k]!;

  if (given.form === undefined && !facts.oneForm)
    out.form = (await prompt.input({ message: Q('form'), default: '', validate: (v) => !v.trim() || FORM_PATTERN.test(v.trim()) || Q('formRule') })).trim() || undefined;

  if (given.date === undefined)
    [out.date] = await askDates(ctx, { message: Q('date'), default: 'today', direction: 'past', check: (d) => (d.length === 1 && d[0]! <= today) || Q('pastDate', { today }) });

  if (given.score === undefined) {
    const score = await askNumber(ctx, {
      message: Q('score', { name: facts.name, scale: facts.ask }),
      kind: facts.scale === 'percent' ? 'percent' : 'score',
      allowed: facts.describe,
      echo: (n) => `${n}${facts.scale === 'percent' ? '%' : ''}`,
      check: (n) => {
        const problem = kindScoreProblem(exam, k, n);
        return problem ? `${problem[0]!.toUpperCase()}${problem.slice(1)}.` : true;
      },
    });
    out.score = String(score);
  }

  if (given.passProbability === undefined && facts.passProbability) {
    const p = await askNumber(ctx, { message: Q('passProbability'), kind: 'percent', optional: true, allowed: 'a percent from 0 to 100 (Enter skips)', echo: (n) => `${n}%`, check: (n) => n <= 100 || 'Please enter a percent from 0 to 100 (Enter skips).' });
    if (p !== undefined) out.passProbability = String(p);
  }

  if (given.weak === undefined) {
    const group = (kind: string) => (kind === 'discipline' ? 'Disciplines' : 'Systems');
    const weak = await prompt.checkbox({ message: Q('weak', { name: facts.name }), choices: AREAS[exam].map((a) => ({ value: a.slug, name: a.name, group: group(a.kind) })) });
    if (weak.length) out.weak = weak.join(',');
  }
  return out;
}
