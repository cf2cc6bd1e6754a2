// What a diagnosis rule is: a pure function of the decided inputs to the findings it writes
// and the effects it asks of the schedule. Rules never see each other's output.
import { text, texts, type Vars } from '../../content/texts.js';
import type { Answers } from '../../schema/answers.js';
import type { Finding, RankedArea, Timeline } from '../../schema/plan.js';
import type { Adaptation } from '../adapt.js';
import type { Booking } from '../booking.js';
import type { PlanEffects } from '../effects.js';
import type { WeekFocus } from '../focus.js';
import type { Ladder } from '../frame.js';
import type { ResourceChoice } from '../resources.js';

/** Everything a rule may read: the answers and what the plan has already decided. */
export interface RuleInput {
  answers: Answers;
  today: string;
  /** Areas in the order the plan ranks them (rank.ts), practice exams included. */
  weakAreas: readonly RankedArea[];
  /** The final plan length: any readiness extension is already in it. */
  timeline: Timeline;
  /** Weeks the student chose (--weeks or the answers), when they chose. */
  chosenWeeks?: number;
  /** Consecutive clear assessments the readiness gate asks for. */
  gateConsecutive: number;
  earliestEligible?: string;
  /** The booked date read against today and the waiting rules (booking.ts). */
  booking: Booking;
  /** The one date the plan has the student sit on or after when no usable date is booked (booking.ts sitFrom, or a readiness move). */
  sitFrom: string;
  /** The student's resources kept and set aside (resources.ts), chosen once per plan. */
  resourceChoice: ResourceChoice;
  adaptation?: Adaptation;
  /** Weeks at the start whose questions are untimed (tutor mode), as the schedule builds them (frame.ts). */
  untimedWeeks: number;
  /** How the exposure ladder climbs (frame.ts ladderPlan): its rungs in words via ladderWeeks. */
  ladder: Ladder;
  /** Each week's focus from the week that holds today (focus.ts weeksFocus). */
  focus: readonly WeekFocus[];
}

export interface RuleOutput {
  findings: Finding[];
  /** What the rule changes in the schedule; folded over the base by the engine. */
  effects?: Partial<PlanEffects>;
}

export type Rule = (input: RuleInput) => RuleOutput | null;

/** One text from templates/findings.yaml. */
export const T = (key: string, vars?: Vars): string => text('findings', key, vars);
/** A list of texts from templates/findings.yaml. */
export const TL = (key: string, vars?: Vars): string[] => texts('findings', key, vars);

/** A finding whose texts live under `id` in templates/findings.yaml; `title` picks a title variant. */
export function finding(id: string, category: Finding['category'], severity: Finding['severity'], evidence: string[], actions: string[], vars: Vars = {}, title = 'title'): Finding {
  return { id, category, severity, title: T(`${id}.${title}`, vars), evidence, actions };
}

/** A rule's output with one finding (and the effects it asks for). */
export function found(f: Finding, effects?: Partial<PlanEffects>): RuleOutput {
  return effects ? { findings: [f], effects } : { findings: [f] };
}
