// buildPlan: answers + practice-exam history + today → the whole plan object.
// Pure: the same inputs always give the same plan.
import { EXAM_FACTS } from '../content/exams.js';
import { examKey } from '../content/schedule.js';
import { text } from '../content/texts.js';
import { daysBetween, planEnd } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import { entriesAsOf, type PracticeExam } from '../schema/history.js';
import type { Plan, PreviousPlan, Week } from '../schema/plan.js';
import { adaptToPractice } from './adapt.js';
import { sinceLastPlan } from './changes.js';
import { diagnose, type Diagnosis } from './diagnose.js';
import { advisorMessage, firstSteps, protocols, resourcePlan, reviewProtocol } from './guidance.js';
import { readinessVerdict } from './readiness.js';
import { WEEKDAY_KEYS } from './availability.js';
import { takenKeys } from './forms.js';
import { buildWeeks, checkpointDates, gateText, personLoad } from './schedule.js';

/** A plan is never extended past this many weeks; beyond it the student needs a new plan with their advisor. */
export const MAX_PLAN_WEEKS = 16;
/** A lead-in to a far exam date (a 4th attempt's waiting rules) may run this long in all. */
export const MAX_RUNWAY_WEEKS = 52;

export interface PlanOptions {
  /** Plan length (--weeks); otherwise the answers' or the timeline verdict's. */
  weeks?: number;
  /** Logged practice exams (any order; entries after today are ignored). */
  history?: readonly PracticeExam[];
  /** The previous plan, for "Since your last plan". */
  previous?: PreviousPlan;
}

export function buildPlan(a: Answers, today: string, opts: PlanOptions = {}): Plan {
  const entries = entriesAsOf(opts.history ?? [], today);
  const adaptation = adaptToPractice(a, entries);
  const dx = diagnose(a, today, { weeks: opts.weeks, adaptation });
  const taken = new Set([...entries.map((e) => examKey(e.kind, e.form)), ...takenKeys(a.methods?.formsTaken)]);
  const fromDate = today > a.schedule.start ? today : undefined;
  // The exam date is a wall, and never before the earliest eligible date: a booked date the
  // rules allow bounds the plan; a far date (booked or earliest eligible) gets a lead-in.
  const eligible = dx.earliestEligible && dx.earliestEligible > a.schedule.start ? dx.earliestEligible : undefined;
  const booked = a.schedule.examDate && (!eligible || a.schedule.examDate >= eligible) ? a.schedule.examDate : undefined;
  const target = booked ?? eligible;
  let leadInWeeks = 0;
  // The block the timeline asks for: booking advice compares dates with its end.
  const blockEnd = planEnd(a.schedule.start, dx.timeline.planWeeks);
  if (target) {
    const block = dx.timeline.planWeeks;
    // Weeks up to the day before the target; a booked date sits inside the last week.
    const needed = Math.max(1, Math.ceil((daysBetween(a.schedule.start, target) + (booked ? 1 : 0)) / 7));
    // A shorter --weeks than the booked date allows is kept (the plan ends before the exam).
    if ((booked && !(opts.weeks && opts.weeks < needed)) || needed > block) {
      const weeks = Math.min(MAX_RUNWAY_WEEKS, needed);
      if (weeks > block) dx.timeline.reasons.push(text('plan', 'runway', { weeks, block, lead: weeks - block, date: target }));
      leadInWeeks = Math.max(0, weeks - block);
      dx.timeline.planWeeks = weeks;
    }
  }
  const build = () => buildWeeks(a, dx, { fromDate, taken, examDate: booked, leadInWeeks });
  let weeks = build();
  let readiness = verdict(a, dx, today, entries, weeks);
  // Not ready close to the end of a plan without a booked date: extend it to the suggested date.
  if (readiness.suggestedExamDate && !booked) {
    const needed = Math.ceil((daysBetween(a.schedule.start, readiness.suggestedExamDate) + 1) / 7);
    const length = Math.min(Math.max(MAX_PLAN_WEEKS, dx.timeline.planWeeks), Math.max(dx.timeline.planWeeks, needed));
    if (length > dx.timeline.planWeeks) {
      dx.timeline.reasons.push(text('plan', 'extended', { from: dx.timeline.planWeeks, to: length }));
      if (needed > MAX_PLAN_WEEKS) dx.timeline.reasons.push(text('plan', 'extendedCap', { max: MAX_PLAN_WEEKS }));
      dx.timeline.planWeeks = length;
      weeks = build();
      readiness = verdict(a, dx, today, entries, weeks);
    }
  }
  const load = personLoad(a, dx);
  const days = weeks.flatMap((w) => w.days);
  const questions = days.flatMap((d) => d.tasks).reduce((n, t) => n + (t.type === 'questions' || t.type === 'practice-exam' ? (t.questions ?? 0) : 0), 0);
  const dayHours = Math.max(...load.weekly);
  const restDays = load.weekly.filter((h) => h === 0).length;
  const askedRest = a.schedule.daysOffPerWeek ?? (a.schedule.availability ? restDays : 1);
  const end = planEnd(a.schedule.start, dx.timeline.planWeeks);
  const resources = resourcePlan(a, dx);
  const plan: Plan = {
    schemaVersion: 1,
    exam: a.exam,
    examName: EXAM_FACTS[a.exam].name,
    attempt: a.attempt,
    asOf: today,
    disclaimer: text('plan', 'disclaimer'),
    schedule: {
      start: a.schedule.start,
      end,
      weeks: dx.timeline.planWeeks,
      currentWeek: weeks[0]!.week,
      hoursPerDay: dayHours,
      daysOffPerWeek: restDays,
      availability: Object.fromEntries(WEEKDAY_KEYS.map((k, i) => [k, load.weekly[i]!])),
      ...(leadInWeeks ? { leadInWeeks } : {}),
      ...(dx.effects.capHours !== undefined && (dayHours < a.schedule.hoursPerDay || restDays > askedRest)
        ? { asked: { hoursPerDay: a.schedule.hoursPerDay, daysOffPerWeek: askedRest } }
        : {}),
      // A booked date before the earliest eligible one is never shown as the exam date (the findings explain it).
      ...(booked ? { examDate: booked } : {}),
      // Shown only when the waiting rules actually bind: a date after the plan starts.
      ...(dx.earliestEligible && dx.earliestEligible > a.schedule.start ? { earliestEligible: dx.earliestEligible } : {}),
      totals: { studyHours: days.reduce((n, d) => n + d.hours, 0), questions, checkpoints: checkpointDates(weeks).length },
    },
    diagnosis: { findings: dx.findings, timeline: dx.timeline, weakAreas: dx.weakAreas },
    firstSteps: firstSteps(a, dx, blockEnd, resources),
    advisorMessage: advisorMessage(a),
    resources,
    reviewProtocol: reviewProtocol(),
    protocols: protocols(a, dx),
    readiness,
    practiceExams: entries,
    weeks,
  };
  if (opts.previous) plan.sinceLastPlan = sinceLastPlan(opts.previous, plan);
  return plan;
}

function verdict(a: Answers, dx: Diagnosis, today: string, entries: readonly PracticeExam[], weeks: readonly Week[]) {
  const dates = checkpointDates(weeks);
  const horizon = a.schedule.examDate;
  const remaining = dates.filter((d) => d >= today && (!horizon || d < horizon));
  return readinessVerdict({
    exam: a.exam,
    today,
    entries,
    examDate: a.schedule.examDate,
    planEnd: planEnd(a.schedule.start, dx.timeline.planWeeks),
    checkpointsRemaining: remaining.length,
    consecutive: dx.effects.consecutive,
    earliestEligible: dx.earliestEligible,
    firstCheckpoint: remaining[0] ?? dates[0] ?? weeks[0]!.start,
    gateText: gateText(a, today, dx.effects.consecutive),
  });
}
