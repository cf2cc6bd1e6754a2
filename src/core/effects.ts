// What the findings change in the schedule, and how the engine combines what each rule asks for.
import { ATTEMPT_RULES, readinessGate } from '../content/exams.js';
import { DAY } from '../content/schedule.js';
import type { Answers } from '../schema/answers.js';
import type { Timeline } from '../schema/plan.js';

/** What the findings change in the schedule. The builder reads only this, never the answers' wellbeing fields. */
export interface PlanEffects {
  reviewRatio: number;
  anxietyProtocol: boolean;
  pacingDrills: boolean;
  sleepWindowHours?: number;
  exercise: boolean;
  capHours?: number;
  minRestDays: number;
  halfBuffer: boolean;
  foundations: boolean;
  /** Readiness gate: how many consecutive clear assessments. */
  consecutive: number;
}

/** How many clear assessments in a row the gate asks for: one more on the last attempt USMLE allows. */
export function gateConsecutive(answers: Pick<Answers, 'exam' | 'attempt'>, today: string): number {
  return readinessGate(answers.exam, today).consecutive + (answers.attempt === ATTEMPT_RULES.maxAttempts ? 1 : 0);
}

/** The effects before any rule speaks: the plan as the timeline and the readiness gate set it. */
export function baseEffects(answers: Answers, today: string, timeline: Timeline): PlanEffects {
  return {
    reviewRatio: DAY.reviewRatio,
    anxietyProtocol: false,
    pacingDrills: false,
    exercise: false,
    minRestDays: 0,
    halfBuffer: false,
    foundations: timeline.verdict === 'coursework-first',
    consecutive: gateConsecutive(answers, today),
  };
}

/**
 * Folds the rules' requests over the base, in rule order. Rules only switch protocols on or set
 * a limit their own finding states, so no two rules ask for different values of one field.
 */
export function foldEffects(base: PlanEffects, requests: readonly Partial<PlanEffects>[]): PlanEffects {
  return requests.reduce<PlanEffects>((all, one) => ({ ...all, ...one }), base);
}
