// Reads answers from a file, stdin or the bundled demo, and validates them.
import demoYaml from '../../templates/demo.yaml';
import { nextMonday } from '../lib/dates.js';
import { answerNotes, parseAnswers, type Answers } from '../schema/answers.js';
import { UserError, problemsError } from './errors.js';
import { parseYaml, readInput } from './io.js';
import type { History } from '../schema/history.js';

export function loadAnswers(file: string, today: string): Answers {
  const source = file === '-' ? 'standard input' : file;
  return validate(parseYaml(readInput(file), source), source, today);
}

export function demoAnswers(today: string): Answers {
  const data = structuredClone(demoYaml) as { schedule: { start: string } };
  data.schedule.start = nextMonday(today);
  return validate(data, 'the demo answers', today);
}

export function validate(data: unknown, source: string, today: string): Answers {
  const r = parseAnswers(data, { today });
  // Accepted but worth seeing (a form the exam does not have, a near-miss resource name): with the
  // problems when there are any, so one edit fixes all; otherwise on stderr, so stdout stays the plan.
  const notes = answerNotes(data);
  if (!r.ok) throw problemsError(source, r.problems, notes);
  for (const note of notes) process.stderr.write(`retake: note: ${source}: ${note}\n`);
  return r.value;
}

export interface AnswerSource {
  answers?: string;
  demo?: boolean;
  asOf?: string;
}

/** The answers a command was given: --answers FILE or --demo. */
export function resolveAnswers(opts: AnswerSource, today: string): Answers {
  if (opts.answers && opts.demo) throw new UserError('choose one: --answers FILE or --demo');
  if (opts.demo) return demoAnswers(today);
  if (opts.answers) return loadAnswers(opts.answers, today);
  throw new UserError('no answers given and no saved profile: pass --answers FILE (YAML or JSON; - reads standard input; add --save to keep them), or try retake plan --demo');
}

/** A saved practice history belongs to one exam: answers for the other exam cannot use it. */
export function checkHistoryExam(history: History | undefined, answers: Answers, historyPath: string): void {
  if (history?.exam && history.exam !== answers.exam)
    throw new UserError(`${historyPath} holds ${history.exam} practice exams, but the answers are for ${answers.exam}; use another RETAKE_HOME or retake forget`);
}
