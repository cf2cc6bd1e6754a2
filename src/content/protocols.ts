// Protocols the findings switch on, with the evidence each rests on (shared/domain.md).

/** The effects a protocol can be switched on by (a subset of core's PlanEffects; content stays below core). */
export interface ProtocolSwitches {
  anxietyProtocol: boolean;
  worryWriting: boolean;
  pacingDrills: boolean;
  sleepWindowHours?: number;
  capHours?: number;
  exercise: boolean;
}

export interface ProtocolDef {
  id: 'exposure' | 'writing' | 'breathing' | 'pacing' | 'sleep' | 'burnout' | 'exercise';
  /** Which effect switches it on. */
  on: (effects: ProtocolSwitches) => boolean;
  /** The finding ids that can switch it on (for the "why" link). */
  findings: readonly string[];
}

export const PROTOCOLS: readonly ProtocolDef[] = [
  // Test-anxiety interventions cut anxiety (g −0.76) and raised performance (g 0.37); behaviour
  // therapy, including graduated exposure, is best supported (Huntley et al. 2019).
  { id: 'exposure', on: (effects) => effects.anxietyProtocol, findings: ['test-anxiety', 'mind-went-blank'] },
  // ~10 minutes of expressive writing about worries just before an exam raised anxious
  // students' scores (Ramirez & Beilock 2011, Science).
  { id: 'writing', on: (effects) => effects.worryWriting, findings: ['test-anxiety', 'test-nerves', 'mind-went-blank'] },
  // Slow breathing as a practised reset; part of the behavioural toolkit in Huntley et al. 2019.
  { id: 'breathing', on: (effects) => effects.anxietyProtocol, findings: ['test-anxiety', 'mind-went-blank'] },
  // Test day is 40 questions in 60 minutes (usmle.org); seed 002: know when to flag and move on.
  { id: 'pacing', on: (effects) => effects.pacingDrills, findings: ['ran-out-of-time'] },
  // Adults need ≥ 7 h (AASM/SRS, Watson et al. 2015); sleep restriction hurts crammed learning
  // more than spaced learning (Huang et al. 2016).
  { id: 'sleep', on: (effects) => effects.sleepWindowHours !== undefined, findings: ['short-sleep'] },
  // Burnout: exhaustion, cynicism, reduced accomplishment (Maslach); seeds: schedule rest as
  // deliberately as study.
  { id: 'burnout', on: (effects) => effects.capHours !== undefined, findings: ['burnout'] },
  // Seed 002: sacrificing exercise and sleep feeds burnout; movement supports sleep and mood.
  { id: 'exercise', on: (effects) => effects.exercise, findings: ['no-exercise'] },
];
