// The past is fixed: a regenerated plan keeps every past day as the plan then in force had it
// (same tasks, same task IDs, same checkpoint), so a calendar, a checklist and the student's
// memory of last week never disagree. Only today and later are planned afresh. A logged
// practice exam is shown on the checkpoint it answered, as taken, with its score.
// Pure: the plan in force comes in as data (the CLI reads it from the archive).
import { shortHash } from '../lib/hash.js';
import type { Answers } from '../schema/answers.js';
import type { LoggedExam } from '../schema/history.js';
import type { Checkpoint, Day, InForcePlan, Week } from '../schema/plan.js';
import { entryName } from './scale.js';

/**
 * The identity of a plan's inputs: answers, the practice exams logged by today, the day and
 * a chosen length. Two runs with the same fingerprint tell the same story ("Since your last
 * plan" compares with the newest plan made from other inputs).
 */
export function inputsFingerprint(answers: Answers, entries: readonly LoggedExam[], today: string, weeks?: number, progress?: unknown): string {
  return shortHash(JSON.stringify({ answers, entries, today, weeks: weeks ?? null, ...(progress === undefined ? {} : { progress }) }), 9);
}

/**
 * `generated` (the current week and later) with the days before today replaced by the plan in
 * force's. Today is not fixed: a practice exam logged today is placed where it was sat
 * (checkpoints.ts), so today and the review after it name what was sat, not what was planned.
 * A week's checkpoint on a kept day is the one that was planned, marked taken when a logged
 * exam answers it; a newly placed checkpoint that would fall on a kept day is dropped. A
 * checkpoint marked taken has its practice-exam tasks done: logging it is the tick. Returns
 * new weeks; the inputs are not changed.
 */
export function keepPast(generated: readonly Week[], inForce: InForcePlan | undefined, today: string, entries: readonly LoggedExam[]): Week[] {
  if (!inForce) return generated.map((week) => markTaken(week, sat(week.checkpoint, week, today, entries)));
  const was = new Map<string, { day: Day; week: Week }>();
  for (const week of inForce.weeks) for (const day of week.days) was.set(day.date, { day, week });
  const fixed = (date: string) => was.has(date) && date < today;
  return generated.map((week) => {
    const keep = new Set(week.days.map((d) => d.date).filter(fixed));
    if (!keep.size) return markTaken(week, sat(week.checkpoint, week, today, entries));
    const inWeek = (d: string) => d >= week.start && d <= week.end && was.has(d);
    // A checkpoint that was planned on a kept day is kept whole (both days of a split form).
    // A newly placed one gives way: on a kept day it cannot happen, and later in a week whose
    // practice exam is behind the student it would be a second one; its days stay as planned.
    let oldCp: Checkpoint | undefined;
    for (let size = 0; size !== keep.size; ) {
      size = keep.size;
      for (const d of [...keep]) {
        const cp = was.get(d)!.week.checkpoint;
        if (!cp || !cpDays(cp).includes(d)) continue;
        oldCp = cp;
        for (const x of cpDays(cp).filter(inWeek)) keep.add(x);
      }
      if (week.checkpoint && (oldCp || cpDays(week.checkpoint).some((x) => keep.has(x)))) for (const x of cpDays(week.checkpoint).filter(inWeek)) keep.add(x);
    }
    const days = week.days.map((d) => (keep.has(d.date) ? was.get(d.date)!.day : d));
    const { checkpoint: generatedCp, ...rest } = week;
    const placed = generatedCp && !cpDays(generatedCp).some((x) => keep.has(x)) ? generatedCp : undefined;
    return markTaken({ ...rest, days }, oldCp ? withTaken(oldCp, week, today, entries) : sat(placed, week, today, entries), keep);
  });
}

/**
 * The week with `checkpoint` (or none); when it was taken, its practice-exam tasks are done on
 * the day it was logged, except on `kept` days: a past day stays exactly as it was planned.
 */
function markTaken(week: Week, checkpoint: Checkpoint | undefined, kept: ReadonlySet<string> = new Set()): Week {
  const { checkpoint: _old, ...rest } = week;
  if (!checkpoint?.taken) return { ...rest, ...(checkpoint ? { checkpoint } : {}) };
  const on = checkpoint.taken.date;
  const days = week.days.map((d) => (cpDays(checkpoint).includes(d.date) && !kept.has(d.date) ? { ...d, tasks: d.tasks.map((t) => (t.type === 'practice-exam' && !t.done ? { ...t, done: { on } } : t)) } : d));
  return { ...rest, checkpoint, days };
}

const cpDays = (cp: Checkpoint): string[] => cp.days ?? [cp.date];

/** A newly placed checkpoint that has begun by today is the exam sat in its week (checkpoints.ts places it there); one still ahead is not taken yet. */
const sat = (cp: Checkpoint | undefined, week: Week, today: string, entries: readonly LoggedExam[]) => (cp && cpDays(cp)[0]! <= today ? withTaken(cp, week, today, entries) : cp);

/**
 * The checkpoint with what was logged for it: an exam logged on one of its days, else one
 * logged elsewhere in its week up to today (taken a day early or late). The planned name stays:
 * `taken.name` says what was actually sat, which may be another form.
 */
function withTaken(cp: Checkpoint, week: Week, today: string, entries: readonly LoggedExam[]): Checkpoint {
  const { taken: _stale, ...planned } = cp;
  const days = cpDays(cp);
  const inWeek = entries.filter((e) => e.date >= week.start && e.date <= week.end && e.date <= today);
  const e = inWeek.find((x) => days.includes(x.date)) ?? inWeek[0];
  return e ? { ...planned, taken: { date: e.date, name: entryName(e), score: e.score } } : planned;
}
