// The schedule builder: a pure function of (answers, diagnosis, options) to dated weeks.
// It decides the frame first (frame.ts: each day's hours; checkpoints.ts: the practice exams,
// the rehearsal), then fills each day with tasks whose minutes add up to its hours (days.ts).
import { CHECKPOINT_SPACING, type Phase } from '../content/schedule.js';
import { joinWords } from '../content/texts.js';
import { addDays, clockTime } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import type { Day, RankedArea, Week } from '../schema/plan.js';
import { dayStartFor, sleepWindow } from './clock.js';
import { baselineMoved, firstCheckpointWeek, placeCheckpoints, type SatEntry, type Spacing } from './checkpoints.js';
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
    }).map((day) => startEarlier(frame, day));
    if (w < from) continue;
    // A block week left without a checkpoint by the spacing (not the taper's or the lead-in's) says why.
    const first = firstCheckpointWeek(frame);
    // Foundation weeks after the baseline, and a lighter week before a baseline moved to the next, say their own reason.
    const ownReason = placed ? '' : w === first - 1 && baselineMoved(frame) ? P('week.baselineNext') : phase.id === 'foundations' && w > first ? P('week.foundationsNoExam') : '';
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

/** A day too long for the student's usual start begins earlier, and says so (core/clock.ts). */
function startEarlier(frame: Frame, day: Day): Day {
  if (day.kind === 'rest' || day.kind === 'exam' || !day.hours) return day;
  const start = dayStartFor(frame.clock, day.hours);
  if (start === frame.clock.dayStart) return day;
  const note = P('notes.earlyStart', { start: clockTime(start), usual: clockTime(frame.clock.dayStart), bed: sleepWindow(frame.clock).from });
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
