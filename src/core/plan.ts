// buildPlan: answers (+ today) → the whole plan object. Pure: same inputs, same plan.
import { EXAM_FACTS, readinessGate } from '../content/exams.js';
import { text } from '../content/texts.js';
import { addDays, formatLong } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import type { Plan, Readiness, Week } from '../schema/plan.js';
import { diagnose, type DiagnoseOptions } from './diagnose.js';
import { advisorMessage, firstSteps, protocols, resourcePlan, reviewProtocol } from './guidance.js';
import { buildWeeks, effectiveWeek, gateText } from './schedule.js';

export type PlanOptions = DiagnoseOptions;

export function buildPlan(a: Answers, today: string, opts: PlanOptions = {}): Plan {
  const dx = diagnose(a, today, opts);
  const weeks = buildWeeks(a, dx);
  const { restDays, dayHours } = effectiveWeek(a, dx.effects);
  const days = weeks.flatMap((w) => w.days);
  const questions = days.flatMap((d) => d.tasks).reduce((n, t) => n + (t.type === 'questions' || t.type === 'practice-exam' ? (t.questions ?? 0) : 0), 0);
  return {
    schemaVersion: 1,
    exam: a.exam,
    examName: EXAM_FACTS[a.exam].name,
    attempt: a.attempt,
    asOf: today,
    disclaimer: text('plan', 'disclaimer'),
    schedule: {
      start: a.schedule.start,
      end: addDays(a.schedule.start, weeks.length * 7 - 1),
      weeks: weeks.length,
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
    firstSteps: firstSteps(a, dx, addDays(a.schedule.start, weeks.length * 7 - 1)),
    advisorMessage: advisorMessage(a),
    resources: resourcePlan(a, dx),
    reviewProtocol: reviewProtocol(),
    protocols: protocols(a, dx),
    readiness: initialReadiness(a, today, weeks, dx.effects.consecutive),
    weeks,
  };
}

function initialReadiness(a: Answers, today: string, weeks: Week[], consecutive: number): Readiness {
  const g = readinessGate(a.exam, today);
  const remaining = weeks.filter((w) => w.checkpoint.date >= today);
  return {
    status: 'no-data',
    gate: { text: gateText(a, today, consecutive), scale: EXAM_FACTS[a.exam].practiceScale, lowPass: g.lowPass, target: g.target, consecutive, passProbability: g.passProbability },
    reasons: [text('plan', 'readiness.noData', { date: formatLong(remaining[0]?.checkpoint.date ?? weeks[0]!.checkpoint.date) })],
    checkpointsRemaining: remaining.length,
  };
}
