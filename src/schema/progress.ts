// What the student told retake about their progress (progress.json in the store): tasks read
// back from a ticked Markdown plan, and days marked lost with `retake skip`.
// Each schema is built on first use (z.lazy): building zod schemas is a visible part of a
// run's start-up, and most runs need few of them (a plan from an answers file, none).
import * as z from 'zod/mini';
import { SKIP_REASONS } from '../content/rebalance.js';
import { isIsoDate } from '../lib/dates.js';
import { TASK_ID_PATTERN, TASK_TYPES } from './plan.js';
import { issueToSentence, type Allowed, type Result } from './problems.js';

const isoDate = z.string().check(z.refine(isIsoDate, 'expected a real date written YYYY-MM-DD'));

export const progressTaskSchema = z.lazy(() =>
  z.object({
    /** The day the task was first planned for: a carried copy keeps its ID and this date. */
    date: isoDate,
    /** The latest day a file holding this task was read: an unticked task before it is unfinished. */
    seen: isoDate,
    done: z.optional(z.boolean()),
    /** From the ✅ date when the notes app wrote one. */
    doneOn: z.optional(isoDate),
    /** Deleted from the student's file: not carried forward. */
    dropped: z.optional(isoDate),
    /** What the task asks, kept for a task no longer in the plan (a missed day of an earlier week). */
    type: z.optional(z.enum(TASK_TYPES)),
    minutes: z.optional(z.int().check(z.minimum(1))),
    text: z.optional(z.string()),
    questions: z.optional(z.int().check(z.minimum(1))),
  }),
);
export type ProgressTask = z.infer<typeof progressTaskSchema>;

export const PROGRESS_VERSION = 1;
export const progressSchema = z.lazy(() =>
  z.object({
    schemaVersion: z.literal(PROGRESS_VERSION),
    tasks: z.record(z.string().check(z.regex(TASK_ID_PATTERN)), progressTaskSchema),
    skipped: z.array(z.object({ date: isoDate, reason: z.optional(z.enum(SKIP_REASONS)) })).check(z.maxLength(2000)),
    /** The days a plan file was read back, newest last. */
    reads: z.array(isoDate).check(z.maxLength(5000)),
  }),
);
export type Progress = z.infer<typeof progressSchema>;

export const emptyProgress = (): Progress => ({ schemaVersion: PROGRESS_VERSION, tasks: {}, skipped: [], reads: [] });

const ALLOWED: Allowed = {
  '#keys': 'schemaVersion, tasks, skipped, reads',
  schemaVersion: `${PROGRESS_VERSION}`,
};

export function parseProgress(data: unknown): Result<Progress> {
  const r = progressSchema.safeParse(data);
  if (!r.success) return { ok: false, problems: r.error.issues.map((i) => issueToSentence(i, data, ALLOWED)) };
  return { ok: true, value: r.data };
}
