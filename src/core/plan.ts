// buildPlan: answers + practice-exam history + today → the whole plan object.
// Pure: the same inputs always give the same plan. Decide, then describe: the plan's length
// (with any readiness extension) is settled first; findings are written from the final length.
import { EXAM_FACTS, READINESS_RULES } from '../content/exams.js';
import { examKey } from '../content/schedule.js';
import { text } from '../content/texts.js';
import { addDays, daysBetween, maxDate, planEnd } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import { entriesAsOf, type LoggedExam } from '../schema/history.js';
import type { Plan, PreviousPlan, Readiness, Timeline } from '../schema/plan.js';
import { adaptToPractice } from './adapt.js';
import { sinceLastPlan } from './changes.js';
import { diagnose } from './diagnose.js';
import { gateConsecutive } from './effects.js';
import { advisorMessage, firstSteps, protocols, reviewProtocol } from './guidance.js';
import { readinessVerdict } from './readiness.js';
import { resourcePlan } from './resources.js';
import { buildWeeks, checkpointDate, effectiveWeek } from './schedule.js';
import { earliestEligible, timelineVerdict } from './timeline.js';

/** A plan is never extended past this many weeks; beyond it the student needs a new plan with their advisor. */
export const MAX_PLAN_WEEKS = 16;

export interface PlanOptions {
  /** Plan length (--weeks); otherwise the answers' or the timeline verdict's. */
  weeks?: number;
  /** Logged practice exams (any order; entries after today are ignored). */
  history?: readonly LoggedExam[];
  /** The previous plan, for "Since your last plan". */
  previous?: PreviousPlan;
}

export function buildPlan(answers: Answers, today: string, opts: PlanOptions = {}): Plan {
  const entries = entriesAsOf(opts.history ?? [], today);
  const adaptation = adaptToPractice(answers, entries);
  const taken = new Set(entries.map((e) => examKey(e.kind, e.form)));
  const fromWeek = Math.max(0, Math.floor(daysBetween(answers.schedule.start, today) / 7));

  // 1. Decide the length: the timeline's, extended when readiness needs a later date.
  const { timeline, readiness } = decideLength(answers, today, timelineVerdict(answers, today, opts.weeks), entries, fromWeek);
  // 2. Describe: every finding reads the final length.
  const diagnosis = diagnose(answers, today, { weeks: opts.weeks, timeline, adaptation });
  const taper = new Set<string>();
  if (readiness.taper && answers.schedule.examDate) for (let k = 1; k <= READINESS_RULES.taperDays; k++) taper.add(addDays(answers.schedule.examDate, -k));

  const weeks = buildWeeks(answers, diagnosis, { fromWeek: Math.min(fromWeek, timeline.planWeeks - 1), taken, taper });
  const days = weeks.flatMap((w) => w.days);
  const questions = days.flatMap((d) => d.tasks).reduce((n, t) => n + (t.type === 'questions' || t.type === 'practice-exam' ? (t.questions ?? 0) : 0), 0);
  const { restDays, dayHours } = effectiveWeek(answers, diagnosis.effects);
  const end = planEnd(answers.schedule.start, timeline.planWeeks);
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
      ...(dayHours !== answers.schedule.hoursPerDay || restDays !== (answers.schedule.daysOffPerWeek ?? 1)
        ? { asked: { hoursPerDay: answers.schedule.hoursPerDay, daysOffPerWeek: answers.schedule.daysOffPerWeek ?? 1 } }
        : {}),
      ...(answers.schedule.examDate ? { examDate: answers.schedule.examDate } : {}),
      // Shown only when the waiting rules actually bind: a date after the plan starts.
      ...(diagnosis.earliestEligible && diagnosis.earliestEligible > answers.schedule.start ? { earliestEligible: diagnosis.earliestEligible } : {}),
      totals: { studyHours: days.reduce((n, d) => n + d.hours, 0), questions, checkpoints: weeks.length },
    },
    diagnosis: { findings: diagnosis.findings, timeline, weakAreas: diagnosis.weakAreas },
    firstSteps: firstSteps(answers, diagnosis, end, resources),
    advisorMessage: advisorMessage(answers),
    resources,
    reviewProtocol: reviewProtocol(),
    protocols: protocols(answers, diagnosis, { dayHours, restDays }),
    readiness,
    practiceExams: entries,
    weeks,
  };
  if (opts.previous) plan.sinceLastPlan = sinceLastPlan(opts.previous, plan);
  return plan;
}

/** The final plan length and the readiness verdict for it: short of ready with a new date proposed extends the plan. */
function decideLength(answers: Answers, today: string, initial: Timeline, entries: readonly LoggedExam[], fromWeek: number): { timeline: Timeline; readiness: Readiness } {
  const first = verdict(answers, initial.planWeeks, today, entries, fromWeek);
  if (!first.suggestedExamDate) return { timeline: initial, readiness: first };
  const needed = Math.ceil((daysBetween(answers.schedule.start, first.suggestedExamDate) + 1) / 7);
  const weeks = Math.min(MAX_PLAN_WEEKS, Math.max(initial.planWeeks, needed));
  let move = first.suggestedExamDate;
  if (weeks <= initial.planWeeks) return { timeline: initial, readiness: verdict(answers, initial.planWeeks, today, entries, fromWeek, move) };
  const reasons = [...initial.reasons, text('plan', 'extended', { from: initial.planWeeks, to: weeks })];
  if (needed > MAX_PLAN_WEEKS) reasons.push(text('plan', 'extendedCap', { max: MAX_PLAN_WEEKS }));
  // The new date is the day after the extended plan ends, as the exam-date finding says.
  else move = maxDate(move, addDays(planEnd(answers.schedule.start, weeks), 1));
  const timeline = { ...initial, planWeeks: weeks, extendedFrom: initial.planWeeks, reasons };
  return { timeline, readiness: verdict(answers, weeks, today, entries, fromWeek, move) };
}

function verdict(answers: Answers, planWeeks: number, today: string, entries: readonly LoggedExam[], fromWeek: number, move?: string): Readiness {
  // Checkpoint dates follow from the week layout alone.
  const from = Math.min(fromWeek, planWeeks - 1);
  const dates = Array.from({ length: planWeeks - from }, (_, k) => checkpointDate(answers.schedule.start, from + k));
  // After a move, the checkpoints that count are those before the new date.
  const horizon = move ?? answers.schedule.examDate;
  const remaining = dates.filter((d) => d >= today && (!horizon || d < horizon));
  const consecutive = gateConsecutive(answers, today);
  return readinessVerdict({
    exam: answers.exam,
    today,
    entries,
    examDate: answers.schedule.examDate,
    planEnd: planEnd(answers.schedule.start, planWeeks),
    checkpointsRemaining: remaining.length,
    consecutive,
    earliestEligible: earliestEligible(answers),
    firstCheckpoint: remaining[0] ?? dates[0]!,
    attempt: answers.attempt,
    prior: { bestPracticeScore: answers.methods?.bestPracticeScore, realScore: answers.score },
    ...(move ? { move } : {}),
  });
}
