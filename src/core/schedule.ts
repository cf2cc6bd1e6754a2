// The schedule builder: a pure function of (answers, diagnosis, options) to dated weeks.
// It decides the frame first (frame.ts: each day's hours; checkpoints.ts: the practice exams,
// the rehearsal), then fills each day with tasks whose minutes add up to its hours (days.ts).
import { RULES } from '../content/rules.js';
import { CHECKPOINT_SPACING, type Phase } from '../content/schedule.js';
import { joinWords } from '../content/texts.js';
import { addDays, clockTime, daysBetween } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import type { Day, RankedArea, Week } from '../schema/plan.js';
import { clockBefore, dayStartFor, examCheckIn, sleepWindow, type Clock } from './clock.js';
import { placeCheckpoints, type SatEntry, type Spacing } from './checkpoints.js';
import { areaNames, bufferDay, checkpointDay, examDay, restDay, studyDay, taperDay, type DayState } from './days.js';
import type { Diagnosis } from './diagnose.js';
import { finalFocus, type WeekFocus } from './focus.js';
import { hoursOn, makeFrame, phaseAt, planText as P, type Frame } from './frame.js';
import { bandWords } from './rank.js';
import { taskWords } from './resources.js';

export { personLoad, type Load } from './frame.js';

export interface WeekOptions {
  /** examKey()s of practice exams already taken (logged or listed in methods.formsTaken). */
  taken?: ReadonlySet<string>;
  /** A booked, eligible exam date: nothing is planned after it and the exam day holds only the exam. */
  examDate?: string;
  /** Weeks before the block (far exam date): shorter days, recovery and foundations. */
  leadInWeeks?: number;
  /** Practice exams logged up to today: a week's checkpoint is the one sat in it (checkpoints.ts). */
  sat?: readonly SatEntry[];
  /** Forms the plan in force gave to weeks still ahead (week start → checkpoint name): they stay put (checkpoints.ts). */
  held?: ReadonlyMap<string, string>;
}

export function buildWeeks(answers: Answers, diagnosis: Diagnosis, opts: WeekOptions = {}): Week[] {
  const frame = makeFrame(answers, diagnosis, opts);
  const { total, leadIn, wall } = frame;
  const dates = Array.from({ length: total * 7 }, (_, i) => addDays(frame.start, i));
  // The week that holds today: earlier weeks are history. Their focus and this week's come from the diagnosis.
  const { fromWeek: from, weeks: focusByWeek } = diagnosis.focus;
  // Weeks already over take no form: their days come from the plan in force (past.ts), and a
  // form planned there but not taken stays in the pool for the weeks ahead.
  const placement = placeCheckpoints(frame, dates, new Map(dates.map((d) => [d, hoursOn(frame, d)])), opts.taken ?? new Set(), from, opts.sat, opts.held);
  const { hours } = placement;
  const rehearsal = [...placement.checkpoints.values()].find((p) => p.rehearsal)?.days[0];

  // Focus is anchored to the plan's own weeks (focus.ts): the current ranking over all of them, read from this week.
  const final = finalFocus(diagnosis.weakAreas);
  const state: DayState = { frame, diagnosis, hours, pending: undefined, lastFocus: new Map(), retrieved: new Set(), timedDays: 0, method: 0, words: taskWords(frame.answers.exam, diagnosis.resourceChoice.keep) };
  const weeks: Week[] = [];
  for (let w = 0; w < total; w++) {
    const phase = phaseAt(w, total, leadIn, diagnosis.effects);
    const focus: WeekFocus = focusByWeek[Math.max(0, w - from)] ?? final;
    const weekDates = dates.slice(w * 7, w * 7 + 7);
    const placed = placement.checkpoints.get(w);
    const examDays = new Set(placed?.days ?? []);
    const buffer = phase.id === 'lead-in' ? undefined : bufferDate(frame, weekDates, hours, examDays);
    let studyIndex = 0;
    const days = weekDates.map((date) => {
      const h = hours.get(date)!;
      if (wall && date === wall) return examDay(date);
      if (wall && date > wall) return restDay(date, P('notes.afterExam'));
      if (examDays.has(date)) return checkpointDay(state, date, placed!);
      if (!h) return restDay(date, P('notes.rest'));
      if (date >= frame.taperFrom) return taperDay(state, date, h);
      const day = date === buffer ? bufferDay(state, date, h, focus, weekDates.every((d) => hours.get(d)! > 0)) : studyDay(state, date, h, phase, focus, studyIndex++, w);
      const note = placement.notes.get(date);
      return note ? { ...day, notes: [note, ...day.notes] } : day;
    }).map((day) => startEarlier(frame, day, rehearsal));
    if (w < from) continue;
    // A block week left without a checkpoint by the spacing (not the taper's or the lead-in's) says why.
    const first = placement.baseline.week;
    // Foundation weeks after the baseline, and a lighter week before a baseline moved to the next, say their own reason.
    const ownReason = placed ? '' : w === first - 1 && placement.baseline.moved ? P('week.baselineNext') : phase.id === 'foundations' && w > first ? P('week.foundationsNoExam') : '';
    const spacedOut = !placed && !ownReason && placement.spacing.every > 1 && phase.id !== 'lead-in' && weekDates.filter((d) => hours.get(d)! > 0 && d < frame.taperFrom).length >= 2;
    weeks.push({
      week: w + 1,
      start: weekDates[0]!,
      end: weekDates[6]!,
      phase: { id: phase.id, name: phase.name },
      focus: { primary: focus.primary.map((r) => r.slug), secondary: focus.secondary.map((r) => r.slug) },
      why: weekWhy(phase, focus) + ownReason + (spacedOut ? spacedWhy(placement.spacing, checkpointGap([...placement.checkpoints.keys()], w)) : ''),
      ...(placed ? { checkpoint: placed.checkpoint } : {}),
      days,
    });
  }
  return weeks;
}

/**
 * The night a day runs into (core/clock.ts): the nights before a morning exam move bed and wake
 * earlier step by step, and the night before the rehearsal is the exam's own.
 */
function nightOf(frame: Frame, date: string, rehearsal: string | undefined): { clock: Clock; eve?: 'exam' | 'rehearsal' } {
  if (rehearsal && date === addDays(rehearsal, -1)) {
    const clock = clockBefore(frame.clock, 1);
    return clock === frame.clock ? { clock } : { clock, eve: 'rehearsal' };
  }
  const clock = frame.wall && date < frame.wall ? clockBefore(frame.clock, daysBetween(date, frame.wall)) : frame.clock;
  return clock === frame.clock ? { clock } : { clock, eve: 'exam' };
}

/**
 * A day's clock, said in its notes: on a night moved toward the exam's morning, that night's
 * window replaces the usual one; the rehearsal starts at the exam's check-in; a day too long
 * for the student's usual start begins earlier.
 */
function startEarlier(frame: Frame, day: Day, rehearsal: string | undefined): Day {
  const night = nightOf(frame, day.date, rehearsal);
  const usualSleep = frame.effects.sleepWindowHours ? P('notes.sleep', { ...sleepWindow(frame.clock), hours: frame.clock.hours }) : undefined;
  if (night.eve) {
    const window = sleepWindow(night.clock);
    const shift = P(night.eve === 'exam' ? 'notes.shiftExam' : 'notes.shiftRehearsal', { ...window, hours: night.clock.hours, checkIn: RULES.clock.examCheckIn });
    // That night's times replace the usual window's and the taper's "same bedtime" notes.
    const notes = day.notes.filter((n) => n !== P('notes.sleepProtected') && n !== usualSleep);
    day = { ...day, notes: day.kind === 'rest' && !day.hours ? [...notes, shift] : [shift, ...notes] };
  }
  if (day.kind === 'rest' || day.kind === 'exam' || !day.hours) return day;
  const usual = clockTime(frame.clock.dayStart);
  if (day.date === rehearsal) {
    const start = examCheckIn();
    if (start === frame.clock.dayStart) return day;
    const note = P('notes.rehearsalStart', { start: clockTime(start), usual });
    return { ...day, startsAt: clockTime(start), notes: [note, ...day.notes] };
  }
  const start = dayStartFor(night.clock, day.hours);
  if (start === frame.clock.dayStart) return day;
  const note = P('notes.earlyStart', { start: clockTime(start), usual, bed: sleepWindow(night.clock).from });
  return { ...day, startsAt: clockTime(start), notes: [note, ...day.notes] };
}

/**
 * The week's buffer: the last study day before the checkpoint, in a week with at least
 * BUFFER_MIN_STUDY_DAYS study days; with fewer, a whole day of catch-up would take a third
 * of the week's learning, and the checkpoint's review already rolls into the next days.
 */
const BUFFER_MIN_STUDY_DAYS = 4;
function bufferDate(frame: Frame, week: readonly string[], hours: ReadonlyMap<string, number>, examDays: ReadonlySet<string>): string | undefined {
  const study = week.filter((d) => hours.get(d)! > 0 && !examDays.has(d) && d < frame.taperFrom && (!frame.wall || d < frame.wall));
  if (study.length < BUFFER_MIN_STUDY_DAYS) return undefined;
  const first = [...examDays].sort()[0];
  const beforeExam = first ? study.filter((d) => d < first) : [];
  return (beforeExam.length ? beforeExam : study).at(-1);
}

/** Weeks between the checkpoints either side of week `w`, when it has both. */
function checkpointGap(weeks: readonly number[], w: number): number | undefined {
  const prev = Math.max(...weeks.filter((x) => x < w));
  const next = Math.min(...weeks.filter((x) => x > w));
  return Number.isFinite(prev) && Number.isFinite(next) ? next - prev : undefined;
}

/** The cap in words ("a third"), so the sentence states a limit, not a measured share. */
const CAP_WORDS: Record<string, string> = { '0.5': 'half', '0.333': 'a third', '0.25': 'a quarter', '0.2': 'a fifth' };

function spacedWhy(s: Spacing, gap: number | undefined): string {
  const h = (m: number) => Math.round(m / 30) / 2;
  const share = CHECKPOINT_SPACING.maxShare;
  const cap = CAP_WORDS[String(Math.round(share * 1000) / 1000)] ?? `${Math.round(share * 100)}%`;
  const apart = gap ?? s.every;
  return P('week.spaced', { hours: h(s.weeklyMinutes), cost: h(s.costMinutes), apart, cap });
}

function weekWhy(phase: Phase, focus: WeekFocus): string {
  const why = (areas: readonly RankedArea[]) => joinWords(areas.map((r) => `${r.name} (#${r.rank}, ${bandWords(r)})`));
  if (phase.id === 'final') return P('week.final', { primary: areaNames(focus.primary) });
  if (phase.id === 'lead-in') return P('week.leadIn', { primary: why(focus.primary) });
  return focus.secondary.length ? P('week.targeted', { primary: why(focus.primary), secondary: why(focus.secondary) }) : P('week.noSecondary', { primary: why(focus.primary) });
}

/** Dates of the checkpoints in `weeks` (the readiness verdict counts those still ahead). */
export function checkpointDates(weeks: readonly Week[]): string[] {
  return weeks.flatMap((w) => (w.checkpoint ? [w.checkpoint.date] : []));
}
