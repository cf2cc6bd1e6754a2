// Hours a student can study on each weekday, from the answers: `schedule.availability`
// (mon…sun) wins; a weekday it leaves out takes `hoursPerDay`; `daysOffPerWeek` adds rest
// days only when availability has fewer 0-hour days than it asks. Without availability,
// every day has `hoursPerDay` and `daysOffPerWeek` rest days (1 by default) fall on the
// weekdays of WEEK_LAYOUT.restOrder (Sunday, then Wednesday, then Saturday).
import { WEEK_LAYOUT } from '../content/schedule.js';
import type { Answers } from '../schema/answers.js';

export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/** Hours per weekday (0 = Monday), before any finding's limits. */
export function weeklyHours(a: Answers): number[] {
  const s = a.schedule;
  const given = s.availability as Partial<Record<WeekdayKey, number>> | undefined;
  const hours = WEEKDAY_KEYS.map((k) => given?.[k] ?? s.hoursPerDay);
  const off = s.daysOffPerWeek ?? (given ? 0 : 1);
  return withRestDays(hours, off);
}

/**
 * The week a plan keeps: each weekday's hours under `capHours`, with at least `minRestDays`
 * days off. The schedule and any finding that quotes a cap or a rest-day count read this one.
 */
export function keptWeek(a: Answers, capHours: number | undefined, minRestDays: number): number[] {
  return withRestDays(weeklyHours(a).map((h) => Math.min(h, capHours ?? Infinity)), minRestDays);
}

/** Makes at least `n` days 0 hours: the weekdays of restOrder first, then the shortest days. */
export function withRestDays(hours: readonly number[], n: number): number[] {
  const out = [...hours];
  const zero = () => out.filter((h) => h === 0).length;
  for (const d of WEEK_LAYOUT.restOrder) if (zero() < n && out[d]! > 0) out[d] = 0;
  while (zero() < n) {
    const d = out.reduce((best, h, i) => (h > 0 && (best < 0 || h < out[best]!) ? i : best), -1);
    if (d < 0) break;
    out[d] = 0;
  }
  return out;
}

/** True when the student asked to study every day (no rest day), so the six-day rule yields. */
export function askedNoRest(a: Answers): boolean {
  return weeklyHours(a).every((h) => h > 0);
}

/** The practice-exam weekday: the student's, else the longest day (ties: Saturday, Sunday, Friday, …). */
export function practiceWeekday(a: Answers, hours: readonly number[]): number {
  const named = a.schedule.practiceExamDay;
  if (named) return WEEKDAY_KEYS.indexOf(named as WeekdayKey);
  const max = Math.max(...hours);
  return WEEK_LAYOUT.checkpointOrder.find((d) => hours[d] === max) ?? 5;
}

/**
 * The study days' hours as the plan's summary says them: "8" when every study day is the same,
 * "4–6" when they vary by weekday (rest days left out); `fallback` when no week is given.
 */
export function studyDayHours(week: Readonly<Record<string, number>> | undefined, fallback: number): string {
  const study = Object.values(week ?? {}).filter((h) => h > 0);
  if (!study.length) return String(fallback);
  const [min, max] = [Math.min(...study), Math.max(...study)];
  return min === max ? String(max) : `${min}–${max}`;
}
