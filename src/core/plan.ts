// buildPlan: answers + practice-exam history + today → the whole plan object.
// Pure: the same inputs always give the same plan. Decide, then describe: the plan's length
// (runway to a far exam date, any readiness extension) is settled first; findings are
// written from the final length.
import { EXAM_FACTS } from '../content/exams.js';
import { FIRST_STEPS_DAYS } from '../content/guidance.js';
import { PHASES, examKey } from '../content/schedule.js';
import { text } from '../content/texts.js';
import { addDays, daysBetween, formatLong, maxDate, planEnd } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import { entriesAsOf, type LoggedExam } from '../schema/history.js';
import type { InForcePlan, Plan, PreviousPlan, Readiness, Timeline, Week } from '../schema/plan.js';
import { adaptToPractice } from './adapt.js';
import { sinceLastPlan } from './changes.js';
import { diagnose, type DiagnoseOptions } from './diagnose.js';
import { gateConsecutive } from './effects.js';
import { advisorMessage, firstSteps, protocols, reviewProtocol } from './guidance.js';
import { readinessVerdict } from './readiness.js';
import { resourcePlan } from './resources.js';
import { WEEKDAY_KEYS } from './availability.js';
import { takenKeys } from './forms.js';
import { buildWeeks, checkpointDates, personLoad } from './schedule.js';
import { timelineVerdict } from './timeline.js';
import { withTaskIds } from './task-id.js';
import { applyProgress } from './rebalance.js';
import type { Progress } from '../schema/progress.js';
import { milestoneRisks, storyFor } from './rules/beyond.js';
import { moveTo, readBooking, sitFrom as firstSit } from './booking.js';
import { keepPast } from './past.js';
import { LOAD } from '../content/load.js';

/** A plan is never extended past this many weeks; beyond it the student needs a new plan with their advisor. */
export const MAX_PLAN_WEEKS = 16;
/** A lead-in to a far exam date (a 4th attempt's waiting rules) may run this long in all. */
export const MAX_RUNWAY_WEEKS = 52;

export interface PlanOptions {
  /** Plan length (--weeks); otherwise the answers' or the timeline verdict's. */
  weeks?: number;
  /** Logged practice exams (any order; entries after today are ignored). */
  history?: readonly LoggedExam[];
  /** The previous plan, for "Since your last plan". */
  previous?: PreviousPlan;
  /** Ticks and skipped days the student recorded: unfinished work is carried forward. */
  progress?: Progress;
  /** The plan the student was following (the newest archived): its days before today are kept as they were. */
  inForce?: InForcePlan;
}

export function buildPlan(answers: Answers, today: string, opts: PlanOptions = {}): Plan {
  const entries = entriesAsOf(opts.history ?? [], today);
  const adaptation = adaptToPractice(answers, entries);
  // The week that holds today keeps the focus it began with: its ranking from exams logged before it.
  const weekStart = addDays(answers.schedule.start, 7 * Math.max(0, Math.floor(daysBetween(answers.schedule.start, today) / 7)));
  const before = entries.filter((e) => e.date < weekStart);
  const began = before.length === entries.length ? adaptation : adaptToPractice(answers, before);
  const taken = new Set([...entries.map((e) => examKey(e.kind, e.form)), ...takenKeys(answers.methods?.formsTaken)]);
  // Forms the plan in force gave to checkpoints still ahead stay on their weeks (checkpoints.ts heldForms).
  const held = new Map((opts.inForce?.weeks ?? []).filter((w) => w.checkpoint && !w.checkpoint.taken && !w.checkpoint.rehearsal && w.checkpoint.date >= today).map((w) => [w.start, w.checkpoint!.name]));

  // 1. Decide. The exam date is a wall, and never before the earliest eligible date: a booked
  // date the rules allow bounds the plan; a far date (booked or earliest eligible) gets a lead-in.
  const initial = timelineVerdict(answers, today, opts.weeks);
  const booking = readBooking(answers, today);
  const eligible = booking.earliest;
  const bindingEligible = booking.eligible;
  const booked = booking.wall;
  const { timeline: runway, leadInWeeks } = decideRunway(answers, initial, booked ?? bindingEligible, Boolean(booked), opts.weeks);
  // The block the timeline asks for: booking advice compares dates with its end.
  const blockEnd = planEnd(answers.schedule.start, initial.planWeeks);
  // A booked date before it is early: the day after that block, never before the earliest eligible date.
  const blockAfter = firstSit(answers.schedule.start, initial.planWeeks, booking.eligible);
  // `said`: what the findings describe beyond the timeline, once the verdict has decided it.
  const schedule = (timeline: Timeline, said: Pick<DiagnoseOptions, 'sitFrom' | 'moveTo' | 'dateStands' | 'readyNow'> = {}) => {
    const diagnosis = diagnose(answers, today, { weeks: opts.weeks, timeline, adaptation, weekStart: began, leadInWeeks, ...said });
    // The past is fixed: days before today come from the plan in force, only today and later are new.
    const weeks = keepPast(withTaskIds(buildWeeks(answers, diagnosis, { taken, sat: entries, examDate: booked, leadInWeeks, held })), opts.inForce, today, entries);
    return { diagnosis, weeks };
  };
  let timeline = runway;
  let { diagnosis, weeks } = schedule(timeline);
  let readiness = verdict(answers, booked, timeline.planWeeks, today, entries, weeks, eligible, blockAfter);
  // A booked date: one date to move it to, decided here from the verdict and the block, and
  // named by the exam-date finding and the first steps (the verdict already names it).
  // Once the verdict is ready, a booked date before the block's end stands: nothing asks to move it.
  const ready = readiness.status === 'ready';
  const move = booked ? moveTo(booking, blockAfter, readiness.suggestedExamDate, ready) : undefined;
  const bookedEarly = Boolean(booked && booked < blockAfter);
  if (move) ({ diagnosis, weeks } = schedule(timeline, { moveTo: move }));
  // Ready: the findings are described from that verdict (a milestone reads against today, not the plan's end).
  else if (ready && (bookedEarly || answers.milestones?.length)) ({ diagnosis, weeks } = schedule(timeline, { dateStands: bookedEarly, readyNow: true }));
  // Short of ready with a new date proposed and no booked date: lengthen the plan to that date,
  // then describe the longer plan (findings, weeks, verdict) from scratch.
  if (readiness.suggestedExamDate && !booked) {
    const needed = Math.ceil((daysBetween(answers.schedule.start, readiness.suggestedExamDate) + 1) / 7);
    const length = Math.min(Math.max(MAX_PLAN_WEEKS, timeline.planWeeks), Math.max(timeline.planWeeks, needed));
    if (length > timeline.planWeeks) {
      // The runway sentence speaks of the plan's final length: the block grows, the lead-in stays.
      const target = booked ?? bindingEligible;
      const sentence = (weeks: number) => runwayText(target!, Boolean(booked), weeks, leadInWeeks, timeline.blockWeeks ?? timeline.planWeeks);
      const runwayAt = target ? timeline.reasons.indexOf(sentence(timeline.planWeeks)) : -1;
      const kept = timeline.reasons.map((r, i) => (i === runwayAt ? sentence(length) : r));
      const reasons = [...kept, text('plan', 'extended', { from: timeline.planWeeks, to: length })];
      if (needed > MAX_PLAN_WEEKS) reasons.push(text('plan', 'extendedCap', { max: MAX_PLAN_WEEKS }));
      // The new date is the day after the extended plan ends, as the exam-date finding says.
      const move = needed > MAX_PLAN_WEEKS ? readiness.suggestedExamDate : maxDate(readiness.suggestedExamDate, addDays(planEnd(answers.schedule.start, length), 1));
      timeline = { ...timeline, planWeeks: length, extendedFrom: timeline.planWeeks, reasons };
      ({ diagnosis, weeks } = schedule(timeline, { sitFrom: move }));
      readiness = verdict(answers, booked, timeline.planWeeks, today, entries, weeks, eligible, blockAfter, move);
    } else {
      // Already as long as one plan gets: the date to sit moves, the weeks do not, and every
      // sentence about when to sit names the verdict's date.
      const move = readiness.suggestedExamDate;
      timeline = { ...timeline, reasons: [...timeline.reasons, text('plan', 'extendedCap', { max: MAX_PLAN_WEEKS })] };
      ({ diagnosis, weeks } = schedule(timeline, { sitFrom: move }));
      readiness = verdict(answers, booked, timeline.planWeeks, today, entries, weeks, eligible, blockAfter, move);
    }
  }

  // The living plan: recorded ticks and skipped days, unfinished work carried within each day's hours.
  const living = applyProgress(weeks, opts.progress, today, opts.inForce, entries.map((e) => e.date));
  weeks = living.weeks;

  // 2. Describe.
  const load = personLoad(answers, diagnosis);
  const days = weeks.flatMap((w) => w.days);
  const count = (type: string) => days.flatMap((d) => d.tasks).reduce((n, t) => n + (t.type === type ? (t.questions ?? 0) : 0), 0);
  // The totals count every question, practice exams included (the line says so); the story's
  // "timed practice questions on every study day" counts only the study days' question blocks.
  const questions = count('questions') + count('practice-exam');
  const dayHours = Math.max(...load.weekly);
  const restDays = load.weekly.filter((h) => h === 0).length;
  const askedRest = answers.schedule.daysOffPerWeek ?? (answers.schedule.availability ? restDays : 1);
  // A booked date inside the last week ends the plan: the days after it hold nothing.
  const end = booked && booked < planEnd(answers.schedule.start, timeline.planWeeks) ? booked : planEnd(answers.schedule.start, timeline.planWeeks);
  const resources = resourcePlan(answers, diagnosis.weakAreas, diagnosis.resourceChoice);
  const plan: Plan = {
    schemaVersion: 1,
    exam: answers.exam,
    examName: EXAM_FACTS[answers.exam].name,
    attempt: answers.attempt,
    asOf: today,
    disclaimer: text('plan', 'disclaimer'),
    schedule: {
      start: answers.schedule.start,
      end,
      weeks: timeline.planWeeks,
      currentWeek: weeks[0]!.week,
      hoursPerDay: dayHours,
      daysOffPerWeek: restDays,
      availability: Object.fromEntries(WEEKDAY_KEYS.map((k, i) => [k, load.weekly[i]!])),
      ...(leadInWeeks ? { leadInWeeks } : {}),
      ...(diagnosis.effects.capHours !== undefined && (dayHours < answers.schedule.hoursPerDay || restDays > askedRest)
        ? { asked: { hoursPerDay: answers.schedule.hoursPerDay, daysOffPerWeek: askedRest } }
        : {}),
      // A booked date before the earliest eligible one is never shown as the exam date (the findings explain it).
      ...(booked ? { examDate: booked } : {}),
      // Shown only when the waiting rules actually bind: a date after the plan starts.
      ...(bindingEligible ? { earliestEligible: bindingEligible } : {}),
      ...(booking.date ? { booking: { date: booking.date, status: booking.status } } : {}),
      ...(booking.status !== 'past' ? { sitFrom: booked ?? diagnosis.sitFrom } : {}),
      totals: { studyHours: days.reduce((n, d) => n + d.hours, 0), questions, checkpoints: checkpointDates(weeks).length },
    },
    diagnosis: { findings: diagnosis.findings, timeline, weakAreas: diagnosis.weakAreas },
    // Past its first week a plan has no first steps (content/guidance.ts); no view shows them then.
    firstSteps: daysBetween(answers.schedule.start, today) < FIRST_STEPS_DAYS ? firstSteps(answers, diagnosis, blockEnd, resources) : [],
    advisorMessage: advisorMessage(answers),
    resources,
    reviewProtocol: reviewProtocol(),
    protocols: protocols(answers, diagnosis, { dayHours, restDays, examInPlan: days.some((d) => d.kind === 'exam') }),
    readiness,
    practiceExams: entries,
    ...(answers.milestones?.length ? { milestones: milestoneRisks(answers, today, booked ?? diagnosis.sitFrom) } : {}),
    story: storyFor(answers, { findings: diagnosis.findings, weakAreas: diagnosis.weakAreas, weeks: timeline.planWeeks, questions: count('questions') }),
    weeks,
  };
  if (living.rebalance) plan.rebalance = living.rebalance;
  if (opts.previous) plan.sinceLastPlan = sinceLastPlan(opts.previous, plan);
  return plan;
}

/**
 * The runway to a far target date (booked, or the earliest eligible one): the plan spans it, a
 * lead-in of gentler weeks before the block the timeline asks for, so the block ends at the exam.
 * A booked date inside the block bounds it; a shorter --weeks than the booked date allows is kept.
 */
function decideRunway(answers: Answers, initial: Timeline, target: string | undefined, booked: boolean, chosenWeeks?: number): { timeline: Timeline; leadInWeeks: number } {
  if (!target) return { timeline: initial, leadInWeeks: 0 };
  const block = initial.planWeeks;
  // Weeks up to the day before the target; a booked date sits inside the last week.
  const needed = Math.max(1, Math.ceil((daysBetween(answers.schedule.start, target) + (booked ? 1 : 0)) / 7));
  if (!((booked && !(chosenWeeks && chosenWeeks < needed)) || needed > block)) return { timeline: initial, leadInWeeks: 0 };
  const weeks = Math.min(MAX_RUNWAY_WEEKS, needed);
  // A few spare weeks lengthen the block at full hours; a lead-in only when the runway is truly longer.
  if (weeks > block && weeks - block < LOAD.leadInMinWeeks) {
    const reasons = [...initial.reasons, runwayText(target, booked, weeks, 0, block)];
    return { timeline: { ...initial, planWeeks: weeks, blockWeeks: block, reasons }, leadInWeeks: 0 };
  }
  const reasons = weeks > block ? [...initial.reasons, runwayText(target, booked, weeks, weeks - block, block)] : initial.reasons;
  return { timeline: { ...initial, planWeeks: weeks, blockWeeks: block, reasons }, leadInWeeks: Math.max(0, weeks - block) };
}

/** The sentence on the runway to `target`: with a lead-in, the block after it; without, the spare weeks the block takes and where they go. */
function runwayText(target: string, booked: boolean, weeks: number, lead: number, block: number): string {
  if (!lead) {
    // The spare weeks join the block; phaseOf gives every week beyond the fixed phases to the middle one.
    const spare = weeks - block;
    return text('plan', booked ? 'runwayFullBooked' : 'runwayFull', { weeks, block, date: formatLong(target), spare: spare === 1 ? '1 week' : `${spare} weeks`, min: LOAD.leadInMinWeeks, phase: PHASES.deepen.name });
  }
  return text('plan', booked ? 'runwayBooked' : 'runway', { weeks, block: weeks - lead, lead, date: formatLong(target) });
}

// `examDate` is the booked date the plan ends at (booking.ts): never one the waiting rules refuse.
function verdict(answers: Answers, examDate: string | undefined, planWeeks: number, today: string, entries: readonly LoggedExam[], weeks: readonly Week[], eligible: string | undefined, blockAfter: string, move?: string): Readiness {
  // After a move, the checkpoints that count are those before the new date; one on today's date
  // is done once a result is logged today.
  const horizon = move ?? examDate;
  const loggedToday = entries.some((e) => e.date === today);
  const upcoming = weeks.flatMap((w) => (w.checkpoint ? [{ date: w.checkpoint.date, kind: w.checkpoint.kind }] : []))
    .filter((c) => (c.date > today || (c.date === today && !loggedToday)) && (!horizon || c.date < horizon));
  return readinessVerdict({
    exam: answers.exam,
    today,
    entries,
    examDate,
    planEnd: planEnd(answers.schedule.start, planWeeks),
    upcoming,
    consecutive: gateConsecutive(answers, today),
    earliestEligible: eligible,
    ...(examDate ? { blockAfter } : {}),
    attempt: answers.attempt,
    prior: { bestPracticeScore: answers.methods?.bestPracticeScore, realScore: answers.score },
    takenBefore: takenKeys(answers.methods?.formsTaken),
    ...(move ? { move } : {}),
  });
}
