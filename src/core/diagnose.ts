// The diagnosis engine: runs every rule (rules/) on the decided inputs and folds what they
// return into the findings, sorted, and the effects the schedule reads. Pure: (answers, today,
// decisions) → data. The plan length is decided before (timeline.ts, plan.ts), never after.
import type { Answers } from '../schema/answers.js';
import { CATEGORIES, SEVERITIES, type Finding, type RankedArea, type Timeline } from '../schema/plan.js';
import type { Adaptation } from './adapt.js';
import { baseEffects, foldEffects, gateConsecutive, type PlanEffects } from './effects.js';
import { ladderPlan, leadInOf, untimedWeeks, type Ladder } from './frame.js';
import { rankAreas } from './rank.js';
import { chooseResources, type ResourceChoice } from './resources.js';
import { ALL_RULES, type Rule, type RuleInput } from './rules/index.js';
import { currentWeekIndex, keepCurrentWeek, reportedWeak, weeksFocus, type WeekFocus } from './focus.js';
import { earliestEligible, timelineVerdict } from './timeline.js';
import { beyondFindings } from './rules/beyond.js';
import { readBooking, sitFrom as firstSit, type Booking } from './booking.js';

export type { PlanEffects, Timeline };
export { earliestEligible };

export interface Diagnosis {
  findings: Finding[];
  timeline: Timeline;
  weakAreas: RankedArea[];
  effects: PlanEffects;
  resourceChoice: ResourceChoice;
  earliestEligible?: string;
  /** Weeks at the start with untimed questions, as the schedule builds them. */
  untimedWeeks: number;
  /** How the exposure ladder climbs in this plan (frame.ts ladderPlan). */
  ladder: Ladder;
  booking: Booking;
  sitFrom: string;
  /** Each week's focus from the week that holds today (focus.ts): what the weak-areas finding names and the schedule lays out. */
  focus: { fromWeek: number; weeks: WeekFocus[] };
}

export interface DiagnoseOptions {
  /** Plan length chosen by the student (--weeks); otherwise the answers' or the timeline's. */
  weeks?: number;
  /** The plan length already decided (plan.ts, after any readiness extension). */
  timeline?: Timeline;
  /** Weak areas updated from practice exams (see adapt.ts). */
  adaptation?: Adaptation;
  /** Lead-in weeks before the block (plan.ts), so the findings describe the weeks as built. */
  leadInWeeks?: number;
  /** Weak areas as they stood when the week that holds today began (practice exams logged before it). */
  weekStart?: Adaptation;
  /** The date decided to sit on or after (plan.ts, after a readiness move); otherwise the day after the plan. */
  sitFrom?: string;
  /** The one date to move a usable booked date to (plan.ts, booking.ts moveTo). */
  moveTo?: string;
  /** The readiness verdict is ready: a booked date before the block's end stands (booking.ts). */
  dateStands?: boolean;
  /** The readiness verdict, decided before the findings, is ready: the student is ready now, not at the plan's end. */
  readyNow?: boolean;
}

export function diagnose(answers: Answers, today: string, opts: DiagnoseOptions = {}, rules: readonly Rule[] = ALL_RULES): Diagnosis {
  const weakAreas = rankAreas(opts.adaptation?.answers ?? answers, opts.adaptation?.persistent);
  const timeline = opts.timeline ?? timelineVerdict(answers, today, opts.weeks);
  // From the score report's ranking, not a practice exam's weak list: which books a student
  // keeps must not switch with every logged exam (switching resources is itself a cause of failure).
  const resourceChoice = chooseResources(answers.exam, answers.methods?.resources ?? [], opts.adaptation ? rankAreas(answers) : weakAreas);
  // The plan's shape before any rule speaks; rules describe it (untimed weeks) and add their requests.
  const base = baseEffects(answers, today, timeline);
  const read = readBooking(answers, today);
  const booking = opts.moveTo ? { ...read, moveTo: opts.moveTo } : opts.dateStands ? { ...read, stands: true } : read;
  const sitFrom = opts.sitFrom ?? firstSit(answers.schedule.start, timeline.planWeeks, booking.eligible);
  const { start } = answers.schedule;
  const fromWeek = currentWeekIndex(start, today, timeline.planWeeks);
  const ahead = weeksFocus(weakAreas, timeline.planWeeks, fromWeek, reportedWeak(opts.adaptation, start));
  // The week that holds today keeps the focus it began with (its earlier days are fixed): a
  // practice exam logged in it leads from the next week. Its areas are read in today's ranking.
  const began = opts.weekStart && opts.weekStart !== opts.adaptation ? weeksFocus(rankAreas(opts.weekStart.answers, opts.weekStart.persistent), timeline.planWeeks, fromWeek, reportedWeak(opts.weekStart, start))[0] : undefined;
  const focus = { fromWeek, weeks: began ? keepCurrentWeek(began, ahead, weakAreas, timeline.planWeeks, fromWeek) : ahead };
  const untimed = untimedWeeks(timeline.planWeeks, leadInOf(timeline.planWeeks, opts.leadInWeeks), base);
  const input: RuleInput = {
    answers,
    today,
    weakAreas,
    timeline,
    chosenWeeks: opts.weeks ?? answers.schedule.weeks,
    gateConsecutive: gateConsecutive(answers, today),
    earliestEligible: read.earliest,
    booking,
    sitFrom,
    resourceChoice,
    adaptation: opts.adaptation,
    untimedWeeks: untimed,
    ladder: ladderPlan(answers, timeline.planWeeks, untimed, booking.wall),
    focus: focus.weeks,
  };
  const outputs = rules.map((rule) => rule(input)).filter((out) => out !== null);
  const findings = outputs.flatMap((out) => out.findings);
  // The path beyond the exam: a second stage, since school options follow the engine's own
  // judgement of severe distress or burnout (rules/beyond.ts).
  findings.push(...beyondFindings({ a: answers, today, findings, planWeeks: timeline.planWeeks, earliestEligible: input.earliestEligible, wall: booking.wall, status: booking.status, sitFrom, readyNow: opts.readyNow }));
  findings.sort((x, y) => SEVERITIES.indexOf(x.severity) - SEVERITIES.indexOf(y.severity) || CATEGORIES.indexOf(x.category) - CATEGORIES.indexOf(y.category));
  const effects = foldEffects(base, outputs.map((out) => out.effects ?? {}));
  return { findings, timeline, weakAreas, effects, resourceChoice, earliestEligible: input.earliestEligible, untimedWeeks: input.untimedWeeks, ladder: input.ladder, booking, sitFrom, focus };
}
