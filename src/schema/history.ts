// Practice-exam history and the saved profile: zod schemas with a schemaVersion, types
// inferred from them. Scores are read in the exam's practice scale (see content/exams.ts).
import * as z from 'zod/mini';
import { findAnyArea } from '../content/areas.js';
import { ANY_PRACTICE_SCORE, CHECKPOINT_KINDS, EXAMS, EXAM_FACTS, PRACTICE_SCALES, practiceScoreProblem, type Exam } from '../content/exams.js';
import { isIsoDate } from '../lib/dates.js';
import { issueToSentence, type Allowed, type Result } from './problems.js';

export { CHECKPOINT_KINDS };

const isoDate = z.string().check(z.refine(isIsoDate, 'expected a real date written YYYY-MM-DD'));

export const practiceExamSchema = z.strictObject({
  kind: z.enum(CHECKPOINT_KINDS),
  form: z.optional(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}$/))),
  date: isoDate,
  score: z.number().check(z.minimum(PRACTICE_SCALES.percent.min), z.maximum(PRACTICE_SCALES['three-digit'].max)),
  passProbability: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  weak: z.optional(z.array(z.string()).check(z.maxLength(30))),
  loggedAt: z.optional(isoDate),
});
/** One practice exam as the student logged it (a checkpoint's plan is content/schedule.ts). */
export type LoggedExam = z.infer<typeof practiceExamSchema>;
/** @deprecated The old name, kept while core/readiness.ts moves to LoggedExam. */
export type PracticeExam = LoggedExam;

export const HISTORY_VERSION = 1;
export const historySchema = z.strictObject({
  schemaVersion: z.literal(HISTORY_VERSION),
  exam: z.optional(z.enum(EXAMS)),
  entries: z.array(practiceExamSchema).check(z.maxLength(5000)),
});
export type History = z.infer<typeof historySchema>;

const ALLOWED: Allowed = {
  '#keys': 'schemaVersion, exam, entries',
  schemaVersion: `${HISTORY_VERSION}`,
  'entries.*.#keys': 'kind, form, date, score, passProbability, weak, loggedAt',
  'entries.*.kind': `one of ${CHECKPOINT_KINDS.join(', ')}`,
  'entries.*.form': 'a short form name such as 30 or "UWSA 2"',
  'entries.*.date': 'a real date written YYYY-MM-DD',
  'entries.*.score': ANY_PRACTICE_SCORE,
  'entries.*.passProbability': 'a percent from 0 to 100',
};

export function parseHistory(data: unknown): Result<History> {
  const r = historySchema.safeParse(data);
  if (!r.success) return { ok: false, problems: r.error.issues.map((i) => issueToSentence(i, data, ALLOWED)) };
  return { ok: true, value: r.data };
}

/** Checks one new entry against the exam's scale and canonicalises its weak areas. */
export function checkEntry(exam: Exam, e: LoggedExam, today: string): Result<LoggedExam> {
  const problems: string[] = [];
  const scoreProblem = practiceScoreProblem(exam, e.score);
  if (scoreProblem) problems.push(`score: ${scoreProblem}`);
  if (e.date > today) problems.push(`date: ${e.date} is in the future (today is ${today})`);
  const weak: string[] = [];
  for (const w of e.weak ?? []) {
    const area = findAnyArea(exam, w);
    if (!area) problems.push(`weak: unknown ${EXAM_FACTS[exam].name} area "${w}"; see README.md for the area names`);
    else if (!weak.includes(area.slug)) weak.push(area.slug);
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { ...e, ...(e.weak ? { weak } : {}) } };
}

/** Entries up to `today`, oldest first; entries of the same day keep their logged order. */
export function entriesAsOf(entries: readonly LoggedExam[], today: string): LoggedExam[] {
  return entries.filter((e) => e.date <= today).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
