// buildPlan: answers + practice-exam history + today → the whole plan object.
// Pure: the same inputs always give the same plan.
import { EXAM_FACTS, READINESS_RULES } from '../content/exams.js';
import { examKey } from '../content/schedule.js';
import { text } from '../content/texts.js';
import { addDays, daysBetween, planEnd } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import { entriesAsOf, type PracticeExam } from '../schema/history.js';
import type { Plan, PreviousPlan } from '../schema/plan.js';
import { adaptToPractice } from './adapt.js';
import { sinceLastPlan } from './changes.js';
import { diagnose, type Diagnosis } from './diagnose.js';
import { advisorMessage, firstSteps, protocols, resourcePlan, reviewProtocol } from './guidance.js';
import { readinessVerdict } from './readiness.js';
import { milestoneRisks, sitDate, storyFor } from './rules/beyond.js';
import { buildWeeks, checkpointDate, effectiveWeek, gateText } from './schedule.js';

/** A plan is never extended past this many weeks; beyond it the student needs a new plan with their advisor. */
export const MAX_PLAN_WEEKS = 16;

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
  const taken = new Set(entries.map((e) => examKey(e.kind, e.form)));
  const fromWeek = Math.max(0, Math.floor(daysBetween(a.schedule.start, today) / 7));

  let readiness = verdict(a, dx, today, entries, fromWeek);
  // Not ready close to the date: extend the plan to the suggested date.
  if (readiness.suggestedExamDate) {
    const needed = Math.ceil((daysBetween(a.schedule.start, readiness.suggestedExamDate) + 1) / 7);
    const weeks = Math.min(MAX_PLAN_WEEKS, Math.max(dx.timeline.planWeeks, needed));
    if (weeks > dx.timeline.planWeeks) {
      dx.timeline.reasons.push(text('plan', 'extended', { from: dx.timeline.planWeeks, to: weeks }));
      if (needed > MAX_PLAN_WEEKS) dx.timeline.reasons.push(text('plan', 'extendedCap', { max: MAX_PLAN_WEEKS }));
      dx.timeline.planWeeks = weeks;
      readiness = verdict(a, dx, today, entries, fromWeek);
    }
  }
  const taper = new Set<string>();
  if (readiness.taper && a.schedule.examDate) for (let k = 1; k <= READINESS_RULES.taperDays; k++) taper.add(addDays(a.schedule.examDate, -k));

  const weeks = buildWeeks(a, dx, { fromWeek: Math.min(fromWeek, dx.timeline.planWeeks - 1), taken, taper });
  const days = weeks.flatMap((w) => w.days);
  const questions = days.flatMap((d) => d.tasks).reduce((n, t) => n + (t.type === 'questions' || t.type === 'practice-exam' ? (t.questions ?? 0) : 0), 0);
  const { restDays, dayHours } = effectiveWeek(a, dx.effects);
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
      ...(dayHours !== a.schedule.hoursPerDay || restDays !== (a.schedule.daysOffPerWeek ?? 1)
        ? { asked: { hoursPerDay: a.schedule.hoursPerDay, daysOffPerWeek: a.schedule.daysOffPerWeek ?? 1 } }
        : {}),
      ...(a.schedule.examDate ? { examDate: a.schedule.examDate } : {}),
      // Shown only when the waiting rules actually bind: a date after the plan starts.
      ...(dx.earliestEligible && dx.earliestEligible > a.schedule.start ? { earliestEligible: dx.earliestEligible } : {}),
      totals: { studyHours: days.reduce((n, d) => n + d.hours, 0), questions, checkpoints: weeks.length },
    },
    diagnosis: { findings: dx.findings, timeline: dx.timeline, weakAreas: dx.weakAreas },
    firstSteps: firstSteps(a, dx, end, resources),
    advisorMessage: advisorMessage(a),
    resources,
    reviewProtocol: reviewProtocol(),
    protocols: protocols(a, dx),
    readiness,
    practiceExams: entries,
    ...(a.milestones?.length ? { milestones: milestoneRisks(a, today, sitDate(a, dx.timeline.planWeeks, dx.earliestEligible).date) } : {}),
    story: storyFor(a, today, { findings: dx.findings, weakAreas: dx.weakAreas, weeks: dx.timeline.planWeeks, questions, consecutive: dx.effects.consecutive }),
    weeks,
  };
  if (opts.previous) plan.sinceLastPlan = sinceLastPlan(opts.previous, plan);
  return plan;
}

function verdict(a: Answers, dx: Diagnosis, today: string, entries: readonly PracticeExam[], fromWeek: number) {
  // Checkpoint dates follow from the week layout alone.
  const from = Math.min(fromWeek, dx.timeline.planWeeks - 1);
  const dates = Array.from({ length: dx.timeline.planWeeks - from }, (_, k) => checkpointDate(a.schedule.start, from + k));
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
    firstCheckpoint: remaining[0] ?? dates[0]!,
    gateText: gateText(a, today, dx.effects.consecutive),
  });
}
