// The student's clock: one fixed sleep window, and when each day's study starts so that no day
// runs into the hour before it. Decided once here; the day notes, the sleep protocol and the
// calendar read it.
import { RULES } from '../content/rules.js';
import { clockTime } from '../lib/dates.js';
import { DEFAULT_DAY_START, type Answers } from '../schema/answers.js';
import { weeklyHours } from './availability.js';

export interface Clock {
  /** The student's usual start, minutes after midnight. */
  dayStart: number;
  /** Tonight's bedtime and this morning's wake time, in minutes from the midnight that opens a study day (bed may pass 1440, wake may be below 0). */
  bed: number;
  wake: number;
  hours: number;
}

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
const wrap = (m: number) => ((m % 1440) + 1440) % 1440;

/** The middle of the student's study days' hours (the usual day, not the long one). */
function usualHours(answers: Pick<Answers, 'schedule'>): number {
  const days = weeklyHours(answers as Answers).filter((h) => h > 0).sort((a, b) => a - b);
  return days.length ? days[Math.floor((days.length - 1) / 2)]! : 0;
}

/**
 * A morning start keeps the window ending an hour before the day starts. A day that starts in
 * the afternoon or evening (RULES.clock.eveningFrom) puts the window after the usual day's
 * study and a wind-down, never before RULES.clock.nightBedtime: a window before an 18:00 start
 * would be a daytime one.
 */
export function studyClock(answers: Pick<Answers, 'schedule'>, hours: number = RULES.clock.windowHours): Clock {
  const { windDownMinutes, eveningFrom, nightBedtime } = RULES.clock;
  const dayStart = toMinutes(answers.schedule.dayStartsAt ?? DEFAULT_DAY_START);
  let bed: number;
  if (dayStart < toMinutes(eveningFrom)) bed = dayStart - 60 - hours * 60 + 1440;
  else bed = Math.max(toMinutes(nightBedtime), dayStart + usualHours(answers) * 60 + windDownMinutes);
  return { dayStart, bed, wake: bed + hours * 60 - 1440, hours };
}

/** Bedtime and wake time, HH:MM. */
export function sleepWindow(clock: Clock): { from: string; to: string } {
  return { from: clockTime(wrap(clock.bed)), to: clockTime(wrap(clock.wake)) };
}

/**
 * When a day of `hours` starts, minutes after midnight: the usual start, or earlier (on the
 * quarter hour, not before waking) when the usual start would run into the wind-down before bed.
 */
export function dayStartFor(clock: Clock, hours: number): number {
  const latest = clock.bed - RULES.clock.windDownMinutes - Math.round(hours * 60);
  if (latest >= clock.dayStart) return clock.dayStart;
  return Math.max(Math.max(0, clock.wake), Math.floor(latest / 15) * 15);
}
