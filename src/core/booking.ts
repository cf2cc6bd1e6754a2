// The booked exam date, read once against today and USMLE's waiting rules: whether the plan
// may end at it, and the one date the plan recommends sitting on or after. Every sentence
// about the date (readiness, findings, first steps) and the plan's own fields read this.
import { ATTEMPT_RULES } from '../content/exams.js';
import { addDays, maxDate, planEnd } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import type { BookingStatus } from '../schema/plan.js';
import { earliestEligible } from './timeline.js';

export interface Booking {
  /**
   * How the booked date stands: `none` (no date), `allowed` (checked against the waiting rules),
   * `unchecked` (a final attempt whose earlier dates are missing, so the rules cannot be checked),
   * `ineligible` (before the earliest eligible date: the plan leaves it out) or `past` (before today).
   */
  status: BookingStatus;
  /** schedule.examDate as answered. */
  date?: string;
  /** The booked date the plan ends at: allowed, unchecked, or past (the past is kept as it was). */
  wall?: string;
  /** The earliest eligible date, when it falls after the plan's start (the rules bind). */
  eligible?: string;
  /** The earliest date USMLE's waiting rules allow, wherever it falls (timeline.ts earliestEligible). */
  earliest?: string;
  /** Earlier attempts whose dates were not given. */
  missingDates: number;
  /**
   * The one date to move a usable booked date to, decided once in core/plan.ts (the readiness
   * verdict's date, else the day after the recommended block): the exam-date finding, the first
   * steps and the verdict all name it. Absent when the booked date stands.
   */
  moveTo?: string;
  /** The readiness verdict is `ready`: a booked date before the recommended block's end stands, and nothing asks to move it. */
  stands?: boolean;
}

export function readBooking(answers: Pick<Answers, 'attempt' | 'previousAttempts' | 'schedule'>, today: string): Booking {
  const earliest = earliestEligible(answers);
  const eligible = earliest && earliest > answers.schedule.start ? earliest : undefined;
  const missingDates = Math.max(0, answers.attempt - 1 - (answers.previousAttempts?.length ?? 0));
  const date = answers.schedule.examDate;
  const base = { missingDates, ...(eligible ? { eligible } : {}), ...(earliest ? { earliest } : {}) };
  if (!date) return { status: 'none', ...base };
  if (date < today) return { status: 'past', date, wall: date, ...base };
  if (eligible && date < eligible) return { status: 'ineligible', date, ...base };
  // Beyond "after the last one", the waiting rules (three in 12 months; a fourth attempt 12 months
  // after the first and 6 after the last) need every earlier date: without them the date is unchecked.
  if (missingDates > 0 && answers.attempt > ATTEMPT_RULES.maxInWindow) return { status: 'unchecked', date, wall: date, ...base };
  return { status: 'allowed', date, wall: date, ...base };
}

/**
 * The one date to move a usable booked date to: the readiness verdict's date when it proposes
 * one (already never before `blockAfter`), else the day after the recommended block when the
 * booked date comes before it; undefined when the booked date stands (after it, or the verdict is ready).
 */
export function moveTo(booking: Pick<Booking, 'status' | 'date'>, blockAfter: string, readinessDate: string | undefined, ready: boolean): string | undefined {
  if (ready || (booking.status !== 'allowed' && booking.status !== 'unchecked')) return undefined;
  if (readinessDate) return readinessDate;
  return booking.date! < blockAfter ? blockAfter : undefined;
}

/**
 * The first day the plan has the student sit when no usable date is booked: the day after the
 * plan ends, never before the earliest eligible date.
 */
export function sitFrom(start: string, planWeeks: number, eligible?: string): string {
  const after = addDays(planEnd(start, planWeeks), 1);
  return eligible ? maxDate(after, eligible) : after;
}
