// Constants of the readiness model (core/readiness-model.ts) and the verdict (core/readiness.ts).
// Each carries its source and confidence mark from shared/domain.md "Practice exams and readiness";
// [assumption] marks a modelling choice, tuned only by `npm run calibrate` (README "How retake
// decides you are ready"). A correction is a one-line edit here.
import type { Exam } from './exams.js';

export type Kind = 'nbme' | 'uwsa' | 'free120' | 'ccssa' | 'other';

/** How one kind of practice result reads the student's level on the exam's practice scale. */
export interface KindError {
  /** Measurement error SD of one result, in the practice scale. */
  sd: number;
  /** What the kind adds to the level on average (its over-prediction); subtracted before use. */
  offset: number;
  /**
   * For a kind reported on another scale than the exam's (content/exams.ts PRACTICE_KINDS): a
   * score `s` reads as `to + (s - at) × slope` on the exam's scale. A kind on another scale
   * without a mapping is not counted, and the verdict says so.
   */
  map?: { at: number; to: number; slope: number; source: string };
  source: string;
}

export interface ModelConstants {
  /** The line on the practice scale the pass probability is computed against (a coin-flip pass). */
  /** `label` names the line for a reader ("NBME EPC, the low-pass zone"). */
  line: { value: number; relativeToPassing?: true; label: string; source: string };
  kinds: Record<Kind, KindError>;
  /** A form taken before (the same kind and form logged earlier): inflated and noisier. */
  repeatForm: { offset: number; sdFactor: number; source: string };
  /** Test-day variation of the real result around the level (what a perfect estimate still leaves). */
  examDaySd: { value: number; source: string };
  /** Prior on the level when only the answers are known: wide, so the first result dominates. */
  levelPriorSd: number;
  /** Growth per week: prior SD (shrinks the estimate toward zero) and the cap on its use. */
  growth: { priorSd: number; cap: number; source: string };
  /** A projection credits at most this much total gain, however far the date. */
  maxProjectedGain: number;
  /** Week-to-week random change of the level (process noise): older results count for less. */
  levelDriftSdPerWeek: number;
  /** Week-to-week random change of the growth. */
  growthDriftSdPerWeek: number;
  /**
   * Personal practice-vs-real offset: SD of the true personal offset (shrinks one noisy pair).
   * Part of the practice-to-real residual, so at most examDaySd; equal to it here, the widest
   * the model allows, because a failed attempt after passing practice scores is the student's
   * own evidence that the gap is real [assumption]. One pair then keeps half its gap.
   */
  personalOffsetSd: number;
  /** Gain per week assumed when proposing a new date (a planning figure, never credited to readiness). */
  planningGainPerWeek: number;
  /** "One more NBME at X would lift it to about N": X is the line plus this. */
  nextScoreAbove: number;
}

// Step 1 is read on NBME's equated percent correct (EPC); Step 2 CK on a predicted three-digit score.
// The reference kind is NBME's own self-assessment (CBSSA / CCSSA): offset 0.
export const MODEL: Record<Exam, ModelConstants> = {
  step1: {
    line: { value: 65, label: 'NBME EPC, the low-pass zone', source: 'EPC ≈ 65 is the low-pass zone (advisor heuristic) [secondary]; NBME: 50% pass probability ≈ the old 194' },
    kinds: {
      // NBME reports EPC with a ±4 range [secondary]; read as one SD of measurement error.
      nbme: { sd: 4, offset: 0, source: 'NBME CBSSA EPC ±4 reported range [secondary]' },
      ccssa: { sd: 4, offset: 0, source: 'an NBME self-assessment; same error as CBSSA [assumption]' },
      // A Step 1 UWSA predicts a three-digit score; the model reads it on the EPC scale through a
      // straight line anchored at the passing standard: 196 ≈ EPC 65, the low-pass line (NBME: a
      // 50% pass probability ≈ the old 194) [unverified]. Slope 0.57 EPC a point: the ratio this
      // model already uses (a residual of ~10 three-digit points ≈ 5.7 EPC, examDaySd below)
      // [unverified]. Users report UWSA over-predicts by ~5–12 points ≈ 3–7 EPC: offset 5 EPC
      // [unverified]. Its error (±9 points ≈ 5 EPC) plus the mapping's own: SD 7 EPC [assumption].
      uwsa: {
        sd: 7,
        offset: 5,
        map: { at: 196, to: 65, slope: 0.57, source: 'three-digit → EPC: 196 ≈ 65, 0.57 EPC a point [unverified]' },
        source: 'UWSA over-predicts ~5–12 points (user reports) [unverified]',
      },
      // Free 120 is percent correct on its own scale, usually above NBME EPC; no official thresholds [unverified].
      // One 120-question form has a sampling SD of ~4 points alone; the mapping adds more.
      free120: { sd: 7, offset: 8, source: 'Free 120 percent correct runs above EPC; no official mapping [unverified]' },
      other: { sd: 7, offset: 0, source: 'an uncalibrated practice exam: weak evidence [assumption]' },
    },
    repeatForm: { offset: 3, sdFactor: 1.5, source: 'a repeated form inflates the score (domain.md) [secondary; size an assumption]' },
    // Morrison et al. 2010: one CBSSA leaves a residual SD of ~10–11 three-digit points on the real
    // exam [official]. Split evenly between the practice result's error and test-day variation: 4 + 4 EPC ≈ 5.7 EPC ≈ 10 points.
    examDaySd: { value: 4, source: 'Morrison et al. 2010 residual SD ~10 three-digit points, split with the ±4 EPC error [official + assumption]' },
    levelPriorSd: 15,
    // Practice scores rarely climb faster than a few points a week [heuristic].
    growth: { priorSd: 1, cap: 2, source: 'a few EPC points a week at most; shrunk toward no change [heuristic]' },
    maxProjectedGain: 5,
    levelDriftSdPerWeek: 0.6,
    growthDriftSdPerWeek: 0.15,
    personalOffsetSd: 4,
    planningGainPerWeek: 1,
    nextScoreAbove: 5,
  },
  step2ck: {
    line: { value: 0, relativeToPassing: true, label: 'the passing standard', source: 'the passing standard in force on the exam date (218 from 1 Jul 2025) [secondary]' },
    kinds: {
      // CCSSA predictions are within ±5–7 points 2–3 weeks out (anecdotal) [secondary].
      ccssa: { sd: 7, offset: 0, source: 'NBME CCSSA within ±5–7 points [secondary]' },
      nbme: { sd: 7, offset: 0, source: 'an NBME self-assessment (CCSSA) [secondary]' },
      uwsa: { sd: 9, offset: 8, source: 'UWSA over-predicts ~5–12 points (user reports) [unverified]' },
      // No map: a Free 120 percent has no published link to the three-digit scale, so it is not counted (the verdict says so).
      free120: { sd: 12, offset: 0, source: 'Free 120 is percent correct; no calibration to the three-digit scale exists [unverified]' },
      other: { sd: 12, offset: 0, source: 'an uncalibrated practice exam: weak evidence [assumption]' },
    },
    repeatForm: { offset: 5, sdFactor: 1.5, source: 'a repeated form inflates the score (domain.md) [secondary; size an assumption]' },
    // Residual SD ~10 three-digit points (Morrison 2010; PMC8368818 SD ≈ 10): 7 practice + 7 test day ≈ 9.9.
    examDaySd: { value: 7, source: 'Morrison et al. 2010 and PMC8368818: residual SD ~10 points, split with the CCSSA error [official + assumption]' },
    levelPriorSd: 25,
    growth: { priorSd: 1.25, cap: 3.5, source: 'a few points a week at most; shrunk toward no change [heuristic]' },
    maxProjectedGain: 8,
    levelDriftSdPerWeek: 1,
    growthDriftSdPerWeek: 0.25,
    personalOffsetSd: 7,
    planningGainPerWeek: 1.75,
    nextScoreAbove: 10,
  },
};

/**
 * NBME's reported pass probability and its score come from the same sitting, so the level the
 * probability implies cannot sit far outside the score's own reported range (EPC ±4 [secondary]).
 * The model reads it no further than `within` measurement SDs from the score before averaging the
 * two: a probability of 99 beside an EPC of 64 would otherwise pull four results at 64 to an
 * 80% range of about 68–74 that excludes every score (trial, lena), and `retake log` warns that
 * the two disagree [assumption].
 */
export const PASS_PROBABILITY = { within: 1, source: 'same sitting as the score; NBME EPC ±4 reported range [secondary; the cut an assumption]' } as const;

/**
 * Status from the pass probability at the exam date (or the plan's end). `ready` also needs at
 * least one first-exposure NBME among the results used (seed 003: never sit without passing an
 * NBME practice exam), `minResults` results (AMBOSS's predictor needs ≥ 2 [official, vendor]) and
 * no falling trend (DECISION below).
 * Thresholds tuned by `npm run calibrate` (README table) [assumption].
 */
export const STATUS = {
  ready: { attempt: 0.9, finalAttempt: 0.95, source: 'issue 14: ≥ 0.90 on attempts 2–3, ≥ 0.95 on the final (4th) attempt' },
  onTrack: 0.7,
  atRisk: 0.4,
  minResults: 2,
} as const;

export const DECISION = {
  /** Within this many days of the date, a verdict short of ready proposes a new date. */
  closeDays: 21,
  /** A proposed move is at least this many weeks from today: a one- or two-week move rarely closes a gap. */
  minMoveWeeks: 4,
  /**
   * …and at most this many: a plan is never extended past 16 weeks (core/plan.ts MAX_PLAN_WEEKS).
   * A bar further away than that is said to be out of reach for now, with no date (a capped far
   * date would read as computed) [assumption].
   */
  maxMoveWeeks: 16,
  /**
   * Growth at or below this (points a week, practice scale) with ≥ 3 results counts as a falling
   * trend, unless the latest result rose (core/readiness.ts fallingBy). A falling trend holds
   * `ready` back and brings the falling advice.
   */
  falling: { step1: -0.5, step2ck: -0.6 } as Record<Exam, number>,
  /**
   * …or this many declines in a row (each result read lower than the one before): a pattern the
   * shrunk trend misses (80, 78, 76, 74 learns about -0.4 a week) and a flat student's noise
   * shows about 1 time in 24 (1/4!) [assumption].
   */
  declinesInARow: 3,
  /** Probability used when proposing a date: the same bar as ready. */
  source: 'issue 14 "Decisions that move the right way" [requirement]',
} as const;
