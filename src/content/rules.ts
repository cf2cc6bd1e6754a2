// Thresholds of the diagnosis rules, with the evidence each rests on (shared/domain.md).

export const RULES = {
  questions: {
    // Deng et al. 2015 (PubMed 26498443) [official]: a survey of 72 students at one school;
    // questions completed (mean 3,870) predicted Step 1 score, about 1 point per ~450 questions.
    // One school, Step 1 only: texts say "in one study", never "passing students usually".
    studiedExam: 'step1',
    studiedStudents: 72,
    studiedMean: 3870,
    pointPer: 450,
    few: 2000,
    veryFew: 1000,
  },
  // 0–10 self-rating. From `moderate`: worry-writing before practice exams (Ramirez & Beilock
  // 2011: ~10 minutes raised anxious students' scores). From `high`: the full protocol as well,
  // graduated exposure and a breathing drill (Huntley et al. 2019: interventions cut anxiety,
  // g −0.76, and raised performance, g 0.37). The cut points are a judgement, not a study's.
  anxiety: { moderate: 4, high: 7, severe: 9 },
  burnout: { moderate: 4, high: 7, severe: 9 }, // 0–10 self-rating; Maslach's three dimensions
  sleep: { need: 7, high: 6, severe: 5 }, // AASM/SRS consensus: adults need ≥ 7 h (Watson et al. 2015)
  /**
   * The study day's clock (core/clock.ts): a window of the need plus an hour to fall asleep and
   * wake; no studying in the hour before it (a wind-down; sleep hygiene practice, a judgement);
   * a day that starts at or after `eveningFrom` puts the window after study, never before
   * `nightBedtime`, instead of in the daytime before the day starts.
   * The exam is a morning check-in (`examCheckIn`: an 8–9 h test day at a Prometric centre is
   * booked as a morning appointment, with check-in about 30 min before; an assumption, the
   * confirmation gives the real time). The student wakes `wakeBeforeCheckIn` minutes before it
   * (to wake up, eat and travel; a judgement). A usual wake time later than that moves earlier by
   * at most `shiftStepMinutes` a night over the last nights (the body clock advances about an
   * hour a day at most, as in jet-lag advice; a judgement), so the night before the exam is
   * already the exam's. The test-day rehearsal starts at the check-in time.
   */
  clock: { windowHours: 8, windDownMinutes: 60, eveningFrom: '12:00', nightBedtime: '23:00', examCheckIn: '07:30', wakeBeforeCheckIn: 90, shiftStepMinutes: 60 },
  /** Distress that calls for counseling now, not a study tweak. */
  distress: { anxietyAndBurnout: 8 },
  /** Share of the profile's areas marked lower that widens the timeline (with "far": coursework first). */
  lowerShare: { extend: 0.5, minKnown: 3 },
  /** Burnout: no day longer than this, and at least this many rest days a week. */
  burnoutCapHours: 8,
  burnoutMinRestDays: 1,
  /** Band factors for ranking: priority = factor × outline weight (midpoint %). */
  bandFactor: { lower: 1, same: 0.35, unknown: 0.3, higher: 0.05 },
} as const;

/** Cross-area patterns: when every listed area is `lower`, the gap is likely a skill, not a topic. */
export const PATTERNS: readonly { id: string; exam: 'step1' | 'step2ck'; areas: readonly string[] }[] = [
  { id: 'disease-mechanisms', exam: 'step1', areas: ['pathology', 'physiology'] },
  { id: 'pathways-memorisation', exam: 'step1', areas: ['pharmacology', 'biochemistry'] },
  { id: 'infection-host', exam: 'step1', areas: ['microbiology', 'immunology'] },
  { id: 'structure', exam: 'step1', areas: ['anatomy', 'histology'] },
  { id: 'womens-health', exam: 'step2ck', areas: ['obstetrics-gynecology', 'pregnancy'] },
  { id: 'core-medicine', exam: 'step2ck', areas: ['medicine', 'surgery'] },
  { id: 'mind-behaviour', exam: 'step2ck', areas: ['psychiatry', 'behavioral-health'] },
];
