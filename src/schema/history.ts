// Practice-exam history and the saved profile: zod schemas with a schemaVersion, types
// inferred from them. Scores are read in the exam's practice scale (see content/exams.ts).
// Each schema is built on first use (z.lazy): building zod schemas is a visible part of a
// run's start-up, and most runs need few of them (a plan from an answers file, none).
import * as z from 'zod/mini';
import { findAnyArea } from '../content/areas.js';
import { CHECKPOINT_KINDS, EXAMS, PRACTICE_KINDS, PRACTICE_SCALES, kindScoreProblem, type Exam } from '../content/exams.js';
import { isIsoDate } from '../lib/dates.js';
import { issueToSentence, unknownAreaProblem, type Allowed, type Result } from './problems.js';

/** A form as logged: "30", "2", "UWSA 2" (letters, digits, spaces, . _ -; up to 40). */
export const FORM_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}$/;

const isoDate = z.string().check(z.refine(isIsoDate, 'expected a real date written YYYY-MM-DD'));

export const loggedExamSchema = z.lazy(() =>
  z.strictObject({
    kind: z.enum(CHECKPOINT_KINDS),
    form: z.optional(z.string().check(z.regex(FORM_PATTERN))),
    date: isoDate,
    score: z.number().check(z.minimum(PRACTICE_SCALES.percent.min), z.maximum(PRACTICE_SCALES['three-digit'].max)),
    passProbability: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
    weak: z.optional(z.array(z.string()).check(z.maxLength(30))),
    loggedAt: z.optional(isoDate),
  }),
);
/** One practice exam as the student logged it (a checkpoint's plan is content/schedule.ts). */
export type LoggedExam = z.infer<typeof loggedExamSchema>;

export const HISTORY_VERSION = 1;
export const historySchema = z.lazy(() =>
  z.strictObject({
    schemaVersion: z.literal(HISTORY_VERSION),
    exam: z.optional(z.enum(EXAMS)),
    entries: z.array(loggedExamSchema).check(z.maxLength(5000)),
  }),
);
export type History = z.infer<typeof historySchema>;

const ALLOWED: Allowed = {
  '#keys': 'schemaVersion, exam, entries',
  schemaVersion: `${HISTORY_VERSION}`,
  'entries.*.#keys': 'kind, form, date, score, passProbability, weak, loggedAt',
  'entries.*.kind': `one of ${CHECKPOINT_KINDS.join(', ')}`,
  'entries.*.form': 'a short form name such as 30 or "UWSA 2"',
  'entries.*.date': 'a real date written YYYY-MM-DD',
  'entries.*.score': 'a score on its kind\'s scale: a percent from 0 to 100 or a predicted three-digit score from 100 to 300 (see README "After every practice exam")',
  'entries.*.passProbability': 'a percent from 0 to 100',
};

export function parseHistory(data: unknown): Result<History> {
  const r = historySchema.safeParse(data);
  if (!r.success) return { ok: false, problems: r.error.issues.map((i) => issueToSentence(i, data, ALLOWED)) };
  return { ok: true, value: r.data };
}

/** Checks one new entry against its kind's scale on this exam and canonicalises its weak areas. */
export function checkEntry(exam: Exam, e: LoggedExam, today: string, lastAttempt?: string): Result<LoggedExam> {
  const problems: string[] = [];
  const kindProblem = kindScoreProblem(exam, e.kind, e.score);
  if (kindProblem) problems.push(`${PRACTICE_KINDS[exam][e.kind] ? 'score' : 'kind'}: ${kindProblem}`);
  const facts = PRACTICE_KINDS[exam][e.kind];
  if (facts && e.passProbability !== undefined && !facts.passProbability) problems.push(`passProbability: ${facts.name} reports no probability of passing (only NBME self-assessments do); leave it out`);
  if (e.date > today) problems.push(`date: ${e.date} is in the future (today is ${today})`);
  // The history follows this preparation; what came before the last attempt is in the answers.
  else if (lastAttempt && e.date <= lastAttempt)
    problems.push(`date: ${e.date} is on or before your last attempt (${lastAttempt}), so it belongs to that preparation: count it in your answers' methods (practiceExamsTaken, bestPracticeScore, formsTaken), not here`);
  const weak: string[] = [];
  for (const w of e.weak ?? []) {
    const area = findAnyArea(exam, w);
    if (!area) problems.push(`weak: ${unknownAreaProblem(exam, w)}`);
    else if (!weak.includes(area.slug)) weak.push(area.slug);
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { ...e, ...(e.weak ? { weak } : {}) } };
}

/** Entries up to `today`, oldest first; entries of the same day keep their logged order. */
export function entriesAsOf(entries: readonly LoggedExam[], today: string): LoggedExam[] {
  return entries.filter((e) => e.date <= today).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
