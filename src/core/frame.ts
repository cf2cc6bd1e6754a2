// The frame of a schedule, decided before any task: the person's load (hours per weekday
// after the findings' limits), the plan's span (lead-in, exam wall, taper) and each day's hours.
import { LOAD } from '../content/load.js';
import { DAY, FINAL_WEEKS, FIRST_PASS_WEEKS, FOUNDATION_WEEKS, PHASES, TAPER, type Phase } from '../content/schedule.js';
import { text } from '../content/texts.js';
import { addDays, daysBetween, planEnd, weekday } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import { askedNoRest, keptWeek, practiceWeekday, weeklyHours, withRestDays } from './availability.js';
import type { Diagnosis, PlanEffects } from './diagnose.js';
import { sleepWindow, studyClock, type Clock } from './clock.js';

export const planText = (key: string, vars?: Record<string, string | number>) => text('plan', key, vars);
export const quarter = (hours: number) => Math.floor(hours * 4) / 4;

/** The person's load: hours per weekday after the findings' limits, and in the first weeks. */
export interface Load {
  weekly: number[];
  /** Weekly hours in the first `rampWeeks` weeks (lower cap, more rest). */
  ramp: number[];
  rampWeeks: number;
  /** Share of hours in week 1 (severe distress: a lighter start). */
  week1Share: number;
  askedNoRest: boolean;
}

export function personLoad(answers: Answers, diagnosis: Pick<Diagnosis, 'effects' | 'findings'>): Load {
  const { effects, findings } = diagnosis;
  const kept = keptWeek(answers, effects.capHours, effects.minRestDays);
  const distress = findings.some((f) => f.id === 'severe-distress');
  const burnout = findings.some((f) => f.id === 'burnout' && (f.severity === 'high' || f.severity === 'critical'));
  const first = distress ? LOAD.distress : burnout ? LOAD.burnout : undefined;
  const ramp = first ? withRestDays(kept.map((h) => Math.min(h, first.capHours)), first.restDays) : kept;
  return { weekly: kept, ramp, rampWeeks: first?.weeks ?? 0, week1Share: distress ? LOAD.distress.week1Share : 1, askedNoRest: askedNoRest(answers) };
}

export interface Frame {
  answers: Answers;
  effects: PlanEffects;
  load: Load;
  start: string;
  /** Weeks in the plan, lead-in included. */
  total: number;
  leadIn: number;
  /** Weeks at the start with untimed (tutor-mode) questions; the exposure ladder starts after them. */
  untimed: number;
  /** The booked exam date, when inside the plan. */
  wall?: string;
  /** The last day that holds study. */
  last: string;
  taperFrom: string;
  practiceWeekday: number;
  /** How the exposure ladder climbs (by week, or by day in a compressed plan). */
  ladder: Ladder;
  /** The sleep window and the usual start (core/clock.ts): a day too long for its usual start begins earlier. */
  clock: Clock;
  /** Notes every study day carries (the sleep window, movement), worded once for the plan. */
  standingNotes: readonly string[];
}

export interface FrameOptions {
  examDate?: string;
  leadInWeeks?: number;
}

export function makeFrame(answers: Answers, diagnosis: Diagnosis, opts: FrameOptions): Frame {
  const total = diagnosis.timeline.planWeeks;
  const start = answers.schedule.start;
  const end = planEnd(start, total);
  const wall = opts.examDate && opts.examDate > start && opts.examDate <= end ? opts.examDate : undefined;
  const last = wall ? addDays(wall, -1) : end;
  const load = personLoad(answers, diagnosis);
  const effects = diagnosis.effects;
  const clock = studyClock(answers, effects.sleepWindowHours);
  const standingNotes: string[] = [];
  if (effects.sleepWindowHours) standingNotes.push(planText('notes.sleep', { ...sleepWindow(clock), hours: effects.sleepWindowHours }));
  if (effects.exercise) standingNotes.push(planText('notes.exercise'));
  return {
    answers,
    effects,
    load,
    start,
    total,
    leadIn: leadInOf(total, opts.leadInWeeks),
    untimed: untimedWeeks(total, leadInOf(total, opts.leadInWeeks), effects),
    ladder: diagnosis.ladder,
    wall,
    last,
    taperFrom: addDays(last, -(TAPER.days - 1)),
    practiceWeekday: practiceWeekday(answers, load.weekly),
    clock,
    standingNotes,
  };
}

export const weekOf = (frame: Pick<Frame, 'start'>, date: string) => Math.floor(daysBetween(frame.start, date) / 7);

/** A day's hours before tasks: the kept week, lighter in the first weeks, the lead-in and the taper. */
export function hoursOn(frame: Frame, date: string): number {
  if (date > frame.last) return 0;
  const w = weekOf(frame, date);
  const base = (w < frame.load.rampWeeks ? frame.load.ramp : frame.load.weekly)[weekday(date)]!;
  if (!base) return 0;
  // Each lightening keeps at least an hour (a quarter in the taper) but never lifts a day above its base.
  const lighter = (h: number, share: number, min: number) => Math.min(base, Math.max(min, quarter(h * share)));
  let h = base;
  if (w === 0 && frame.load.week1Share < 1) h = lighter(h, frame.load.week1Share, 1);
  if (w < frame.leadIn) h = lighter(h, LOAD.leadInShare, 1);
  if (date >= frame.taperFrom) h = Math.max(0.25, quarter(h * TAPER.maxShare));
  return h;
}

/** The lead-in weeks a plan of `total` weeks keeps (at least a 6-week block after them). */
export function leadInOf(total: number, requested: number | undefined): number {
  return Math.min(requested ?? 0, Math.max(0, total - 6));
}

/** The phase of week `w` (0-based) with its question mode as this plan decides it. */
export function phaseAt(w: number, total: number, leadIn: number, effects: Pick<PlanEffects, 'foundations' | 'timedOpening'>): Phase {
  const phase = w < leadIn ? PHASES['lead-in'] : phaseOf(w - leadIn, total - leadIn, effects.foundations);
  // Time ran out on test day: the opening weeks' questions are timed too, one subject at a time.
  return phase.mode === 'tutor' && effects.timedOpening ? { ...phase, mode: 'timed-subject' } : phase;
}

/** How many weeks at the start have untimed (tutor-mode) questions: the texts quote this, never a rule. */
export function untimedWeeks(total: number, leadIn: number, effects: Pick<PlanEffects, 'foundations' | 'timedOpening'>): number {
  let n = 0;
  while (n < total && phaseAt(n, total, leadIn, effects).mode === 'tutor') n++;
  return n;
}

/**
 * How the exposure ladder (DAY.exposureLadder) climbs: a rung a week when the plan holds more timed
 * weeks before the exam than the ladder has rungs; otherwise a rung every `rungDays` timed study
 * days, so the whole ladder fits before the taper of a compressed plan (a ladder that promises
 * week 3 to a student whose exam is in week 2 is no ladder).
 */
export type Ladder = { unit: 'week'; untimed: number } | { unit: 'day'; untimed: number; rungDays: number };

export function ladderPlan(answers: Answers, planWeeks: number, untimed: number, examDate?: string): Ladder {
  const start = answers.schedule.start;
  const after = addDays(planEnd(start, planWeeks), 1);
  const end = examDate && examDate > start && examDate < after ? examDate : after;
  const rungs = DAY.exposureLadder.length;
  if (Math.ceil(daysBetween(start, end) / 7) - untimed > rungs) return { unit: 'week', untimed };
  const weekly = weeklyHours(answers);
  let days = 0;
  for (let d = addDays(start, untimed * 7); d < addDays(end, -TAPER.days); d = addDays(d, 1)) if (weekly[weekday(d)]! > 0) days++;
  return { unit: 'day', untimed, rungDays: Math.max(1, Math.floor(days / (rungs + 1))) };
}

/** The rung (0-based) of the ladder on a timed study day: by week, or by the timed study days already done. */
export function ladderRung(ladder: Ladder, week: number, timedDaysBefore: number): number {
  return ladder.unit === 'week' ? week - ladder.untimed : Math.floor(timedDaysBefore / ladder.rungDays);
}

/** The ladder's rungs in words, for the findings and the protocol (texts in templates/plan.yaml ladder.*). */
export function ladderWeeks(ladder: Ladder): { ladderFirst: string; ladderSecond: string; ladderThird: string } {
  if (ladder.unit === 'week') {
    const n = ladder.untimed;
    return { ladderFirst: planText('ladder.week', { week: n + 1 }), ladderSecond: planText('ladder.week', { week: n + 2 }), ladderThird: planText('ladder.fromWeek', { week: n + 3 }) };
  }
  const one = ladder.rungDays === 1;
  return {
    ladderFirst: planText(one ? 'ladder.firstDay' : 'ladder.firstDays', { days: ladder.rungDays }),
    ladderSecond: planText(one ? 'ladder.nextDay' : 'ladder.nextDays', { days: ladder.rungDays }),
    ladderThird: planText('ladder.after'),
  };
}

export function phaseOf(week: number, total: number, foundations: boolean): Phase {
  if (week >= total - FINAL_WEEKS) return PHASES.final;
  const offset = foundations ? FOUNDATION_WEEKS : 0;
  if (week < offset) return PHASES.foundations;
  return week < offset + FIRST_PASS_WEEKS ? PHASES['first-pass'] : PHASES.deepen;
}
