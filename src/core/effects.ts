// What the findings change in the schedule, and how the engine combines what each rule asks for.
import { ATTEMPT_RULES, readinessGate } from '../content/exams.js';
import { DAY } from '../content/schedule.js';
import type { Answers } from '../schema/answers.js';
import type { Timeline } from '../schema/plan.js';

/** What the findings change in the schedule. The builder reads only this, never the answers' wellbeing fields. */
export interface PlanEffects {
  reviewRatio: number;
  /** The full test-anxiety protocol: graduated exposure and a breathing drill before timed blocks. */
  anxietyProtocol: boolean;
  /** About ten minutes of writing down worries before each practice exam (on with the full protocol, or alone). */
  worryWriting: boolean;
  pacingDrills: boolean;
  sleepWindowHours?: number;
  exercise: boolean;
  capHours?: number;
  minRestDays: number;
  halfBuffer: boolean;
  foundations: boolean;
  /** The opening weeks (lead-in, foundations) have timed questions instead of tutor mode. */
  timedOpening: boolean;
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
    worryWriting: false,
    pacingDrills: false,
    exercise: false,
    minRestDays: 0,
    halfBuffer: false,
    foundations: timeline.verdict === 'coursework-first',
    // A student who ran out of time needs timed work from the first week, even while rebuilding
    // content; otherwise the opening weeks are untimed (tutor mode), content first.
    timedOpening: answers.testDay?.ranOutOfTime === true,
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
