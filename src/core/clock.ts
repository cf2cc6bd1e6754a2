// The student's clock: one fixed sleep window, and when each day's study starts so that no day
// runs into the hour before it. Decided once here; the day notes, the sleep protocol and the
// calendar read it.
import { RULES } from '../content/rules.js';
import { clockTime, minutesOfDay } from '../lib/dates.js';
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
  const dayStart = minutesOfDay(answers.schedule.dayStartsAt ?? DEFAULT_DAY_START);
  let bed: number;
  if (dayStart < minutesOfDay(eveningFrom)) bed = dayStart - 60 - hours * 60 + 1440;
  else bed = Math.max(minutesOfDay(nightBedtime), dayStart + usualHours(answers) * 60 + windDownMinutes);
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

/** The exam morning's wake time, minutes after midnight: the check-in less the time to get there (RULES.clock). */
export const examCheckIn = () => minutesOfDay(RULES.clock.examCheckIn);
const examWake = () => examCheckIn() - RULES.clock.wakeBeforeCheckIn;

/** How many nights before the exam move toward its wake time: none when the usual wake is early enough. */
export function shiftNights(clock: Clock): number {
  const late = clock.wake - examWake();
  return late > 0 ? Math.ceil(late / RULES.clock.shiftStepMinutes) : 0;
}

/**
 * The clock of the night `before` nights ahead of the exam (1: the night before it): the usual
 * one, or bed and wake moved earlier in even steps on the quarter hour, the last night waking
 * at the exam's wake time. Returns `clock` itself when nothing moves.
 */
export function clockBefore(clock: Clock, before: number): Clock {
  const n = shiftNights(clock);
  if (before < 1 || before > n) return clock;
  const shift = Math.round(((clock.wake - examWake()) * (n - before + 1)) / n / 15) * 15;
  return { ...clock, bed: clock.bed - shift, wake: clock.wake - shift };
}
