// How much a week may ask of a person, as data. The thresholds read the findings the
// diagnosis already makes (burnout and severe distress, thresholds in content/rules.ts);
// the figures below are a learning specialist's judgement, not a study's result, and are
// meant to be edited in one place. Sources for the direction of each rule:
// - burnout is exhaustion first (Maslach): recovery needs fewer and shorter days, not more;
// - severe distress calls for support before load (shared/domain.md, "Tone": severe distress first);
// - sleep restriction hurts learning (Huang et al. 2016), so no plan trades sleep for hours.

export const LOAD = {
  /** High burnout (finding `burnout` at high severity): the first weeks run shorter, with an extra rest day. */
  burnout: { weeks: 2, capHours: 6, restDays: 2 },
  /** Severe distress (finding `severe-distress`): a lighter week 1 and two rest days in the first weeks. */
  distress: { weeks: 2, capHours: 6, restDays: 2, week1Share: 0.6 },
  /** Never more than this many study days in a row unless the student asked for no day off. */
  maxStudyRun: 6,
  /** Lead-in weeks before a far exam date: this share of the day's hours (recovery and foundations). */
  leadInShare: 0.6,
  /**
   * A runway to a far or booked date becomes a lead-in only when it leaves at least this many
   * weeks beyond the block: fewer spare weeks join the block at full hours instead, since a
   * student with barely enough weeks needs every hour of them (a judgement: four weeks is the
   * shortest lead-in that holds its own mock exam, leadInCheckpointEvery below).
   */
  leadInMinWeeks: 4,
  /** Lead-in weeks hold a question-bank mock exam every this many weeks (forms are kept for the block). */
  leadInCheckpointEvery: 4,
} as const;
