// Facts of each exam that rules depend on. Every figure is dated data with its
// source (see shared/domain.md); logic reads them from here, never as literals.
import { addDays } from '../lib/dates.js';

export const EXAMS = ['step1', 'step2ck'] as const;
export type Exam = (typeof EXAMS)[number];

/**
 * The two practice-score scales and their ranges: NBME CBSSAs report an equated percent correct
 * (Step 1); CCSSAs and UWSAs report a predicted three-digit score (Step 2 CK). Every check,
 * label and question about a practice score reads this table.
 */
export const PRACTICE_SCALES = {
  percent: { min: 0, max: 100, wholeNumbers: false, unit: '%', describe: 'a percent correct (EPC) from 0 to 100', ask: 'percent correct (EPC), 0–100' },
  'three-digit': { min: 100, max: 300, wholeNumbers: true, unit: '', describe: 'a predicted three-digit score from 100 to 300', ask: 'predicted three-digit score' },
} as const;
export type PracticeScale = keyof typeof PRACTICE_SCALES;
export const PRACTICE_SCALE_NAMES = Object.keys(PRACTICE_SCALES) as PracticeScale[];

/** "expected … for Step 1, got 230" when a practice score is outside the exam's scale; otherwise undefined. */
export function practiceScoreProblem(exam: Exam, score: number): string | undefined {
  const scale = PRACTICE_SCALES[EXAM_FACTS[exam].practiceScale];
  const fits = score >= scale.min && score <= scale.max && (!scale.wholeNumbers || Number.isInteger(score));
  return fits ? undefined : `expected ${scale.describe} for ${EXAM_FACTS[exam].name}, got ${score}`;
}

/** What a practice score is, for either exam (when the exam is not known yet). */
export const ANY_PRACTICE_SCORE = `${PRACTICE_SCALES.percent.describe} (Step 1) or ${PRACTICE_SCALES['three-digit'].describe} (Step 2 CK)`;

/** The practice exams a checkpoint or a log entry can be, and what a student calls each. */
export const CHECKPOINT_KINDS = ['nbme', 'uwsa', 'free120', 'ccssa', 'other'] as const;
export type CheckpointKind = (typeof CHECKPOINT_KINDS)[number];
export const CHECKPOINT_NAMES: Record<CheckpointKind, string> = { nbme: 'NBME', uwsa: 'UWSA', free120: 'Free 120', ccssa: 'CCSSA', other: 'practice exam' };

/** One kind of practice exam as a given Step reports it. */
export interface KindFacts {
  /** What people call it ("NBME CBSSA", "UWSA", "Free 120"). */
  name: string;
  /** The scale its score is reported on (the readiness model maps it onto the exam's own). */
  scale: PracticeScale;
  /** The score it reports, in a phrase: "an equated percent correct (EPC) from 0 to 100". */
  describe: string;
  /** The same, short, for a question: "EPC, 0–100". */
  ask: string;
  /** There is one form only (Free 120): a second sitting is a repeat. */
  oneForm?: true;
  /** The report gives NBME's estimated probability of passing. */
  passProbability?: true;
  /**
   * No published link from its score to the exam's: logged and shown, never counted by the
   * readiness model (the verdict names it as not counted), even when its scale is the exam's own.
   */
  uncalibrated?: true;
  source: string;
}

const EPC = { scale: 'percent', describe: 'an equated percent correct (EPC) from 0 to 100', ask: 'equated percent correct (EPC), 0–100' } as const;
const PERCENT = { scale: 'percent', describe: 'a percent correct from 0 to 100', ask: 'percent correct, 0–100' } as const;
const THREE_DIGIT = { scale: 'three-digit', describe: 'a predicted three-digit score from 100 to 300', ask: 'predicted three-digit score' } as const;

/**
 * A question-bank mock (the plan's own "Mock exam" checkpoint) or another exam: the question bank
 * reports the percent of its questions answered correctly on either Step, and no study links a
 * question bank's percent to EPC or to a three-digit score, so it is logged as a percent and not
 * counted toward readiness [assumption; shared/domain.md: uncalibrated exams should not count].
 */
const QBANK_MOCK = { name: 'question-bank mock or other exam', ...PERCENT, uncalibrated: true, source: 'a question bank reports percent correct; no calibration to either Step [assumption]' } as const;

/**
 * The practice exams offered for each Step, in the order offered, each on its own scale
 * [shared/domain.md "Practice exams and readiness"]: Step 1 CBSSAs report EPC (since 2022),
 * UWSAs a predicted three-digit score, the Free 120 a percent correct on both Steps; Step 2 CK
 * CCSSAs a predicted three-digit score. A CBSSA is not a Step 2 CK exam, nor a CCSSA a Step 1 one.
 * The schema, `retake log`, the interview and the readiness model all read this table.
 */
export const PRACTICE_KINDS: Record<Exam, Partial<Record<CheckpointKind, KindFacts>>> = {
  step1: {
    nbme: { name: 'NBME CBSSA', ...EPC, passProbability: true, source: 'CBSSA reports EPC ±4 and a pass probability since 2022 [secondary]' },
    uwsa: { name: 'UWSA', ...THREE_DIGIT, source: 'UWorld self-assessments predict a three-digit score [secondary]' },
    free120: { name: 'Free 120', ...PERCENT, oneForm: true, source: 'USMLE Free 120: percent correct [secondary]' },
    other: QBANK_MOCK,
  },
  step2ck: {
    ccssa: { name: 'NBME CCSSA', ...THREE_DIGIT, passProbability: true, source: 'CCSSA reports a predicted three-digit score [secondary]' },
    uwsa: { name: 'UWSA', ...THREE_DIGIT, source: 'UWorld self-assessments predict a three-digit score [secondary]' },
    free120: { name: 'Free 120', ...PERCENT, oneForm: true, source: 'USMLE Free 120: percent correct [secondary]' },
    other: QBANK_MOCK,
  },
};

/** The kinds offered for an exam, in the order offered. */
export function kindsFor(exam: Exam): CheckpointKind[] {
  return Object.keys(PRACTICE_KINDS[exam]) as CheckpointKind[];
}

/** "nbme (NBME CBSSA), uwsa (UWSA), …": the kinds offered, for an error message. */
export function kindsList(exam: Exam): string {
  return kindsFor(exam).map((k) => `${k} (${PRACTICE_KINDS[exam][k]!.name})`).join(', ');
}

/** Why a kind cannot be logged for this exam, or undefined when it can. */
export function kindProblem(exam: Exam, kind: CheckpointKind): string | undefined {
  if (PRACTICE_KINDS[exam][kind]) return undefined;
  const other = EXAMS.find((x) => x !== exam && PRACTICE_KINDS[x][kind]);
  const elsewhere = other ? `${kind} (${PRACTICE_KINDS[other][kind]!.name}) is a ${EXAM_FACTS[other].name} self-assessment, not a ${EXAM_FACTS[exam].name} one` : `${kind} is not offered for ${EXAM_FACTS[exam].name}`;
  return `${elsewhere}; choose one of ${kindsList(exam)}`;
}

/** "expected an equated percent correct (EPC) from 0 to 100 for an NBME CBSSA on Step 1, got 230 …"; undefined when the score fits the kind's scale. */
export function kindScoreProblem(exam: Exam, kind: CheckpointKind, score: number): string | undefined {
  const k = PRACTICE_KINDS[exam][kind];
  if (!k) return kindProblem(exam, kind);
  if (fitsScale(k.scale, score)) return undefined;
  const step = EXAM_FACTS[exam].name.replace(/^USMLE /, '');
  // A score on another kind's scale is the likeliest slip: name the kind that reports it.
  const others = kindsFor(exam).filter((o) => o !== kind && o !== 'other' && PRACTICE_KINDS[exam][o]!.scale !== k.scale && fitsScale(PRACTICE_KINDS[exam][o]!.scale, score));
  const what = (o: CheckpointKind) => `${article(PRACTICE_KINDS[exam][o]!.name)} (--kind ${o})`;
  const hint = others.length ? `; ${k.scale === 'percent' ? 'a three-digit score' : 'a percent'} is what ${others.map(what).join(' or ')} reports` : '';
  return `${article(k.name)} on ${step} reports ${k.describe}, got ${score}${hint}`;
}

/** "an NBME CBSSA", "a UWSA", "a Free 120". */
function article(name: string): string {
  return `${/^(NBME|other|[AEIO])/.test(name) ? 'an' : 'a'} ${name}`;
}

function fitsScale(scale: PracticeScale, score: number): boolean {
  const s = PRACTICE_SCALES[scale];
  return Number.isFinite(score) && score >= s.min && score <= s.max && (!s.wholeNumbers || Number.isInteger(score));
}

export interface Dated<T> {
  /** First day the value applies. */
  from: string;
  value: T;
  source: string;
}

export interface ExamFacts {
  name: string;
  /** Questions per block and minutes per block on test day. */
  questionsPerBlock: number;
  minutesPerBlock: number;
  blocks: number;
  testDayHours: number;
  /** Three-digit passing standard, newest last. */
  passingStandard: readonly Dated<number>[];
  /** The first day results were Pass/Fail only: a three-digit score comes from an attempt before it. */
  passFailSince?: string;
  /** How practice-exam scores are read: percent correct (EPC) or a predicted three-digit score. */
  practiceScale: PracticeScale;
  readiness: readonly Dated<ReadinessGate>[];
  /** Score gap below the passing standard that separates timeline verdicts (three-digit scores). */
  timelineGap: { extendAbove: number; courseworkAbove: number };
  /** Practice-score gap (in the practice scale) below the readiness line, same meaning. */
  practiceGap: { extendAbove: number; courseworkAbove: number };
}

export interface ReadinessGate {
  /** Low-pass zone: at or below this a practice score means "not yet". */
  lowPass: number;
  /** A score is "clearly passing" at or above this. */
  target: number;
  /** How many recent assessments must clear `target`. */
  consecutive: number;
  /** NBME's estimated probability of passing (%) that counts as clear when reported. */
  passProbability: number;
  text: string;
}

export const EXAM_FACTS: Record<Exam, ExamFacts> = {
  step1: {
    name: 'USMLE Step 1',
    // ≤280 questions in seven 60-minute blocks of ≤40, one 8-hour day [secondary].
    questionsPerBlock: 40,
    minutesPerBlock: 60,
    blocks: 7,
    testDayHours: 8,
    passingStandard: [
      { from: '1900-01-01', value: 194, source: 'usmle.org via prep sites [secondary]: 194 before 26 Jan 2022' },
      { from: '2022-01-26', value: 196, source: 'prep sites [secondary]: 196 with the pass/fail change' },
    ],
    // Pass/Fail only since 26 Jan 2022; older results have three-digit scores [official].
    passFailSince: '2022-01-26',
    practiceScale: 'percent',
    readiness: [
      {
        from: '2022-01-26',
        // NBME CBSSA reports an equated percent correct (EPC, ±4) and a pass probability;
        // EPC ≈ 65 is the low-pass zone; advisors ask for two assessments cleanly above ~68;
        // seed 003: never sit without passing an NBME practice exam [secondary, heuristics].
        value: {
          lowPass: 65,
          target: 68,
          consecutive: 2,
          passProbability: 90,
          text: 'your practice results put your chance of passing at 90 in 100 or more (95 on a final attempt), with at least one first-exposure NBME self-assessment among them (see README "How retake decides you are ready")',
        },
        source: 'shared/domain.md "Practice exams and readiness" [secondary]',
      },
    ],
    timelineGap: { extendAbove: 8, courseworkAbove: 20 },
    practiceGap: { extendAbove: 8, courseworkAbove: 18 },
  },
  step2ck: {
    name: 'USMLE Step 2 CK',
    // ≤318 questions in eight 60-minute blocks of ≤40, one 9-hour day [official].
    questionsPerBlock: 40,
    minutesPerBlock: 60,
    blocks: 8,
    testDayHours: 9,
    passingStandard: [
      { from: '1900-01-01', value: 209, source: 'prep sites [secondary]: 209 before 1 Jul 2022' },
      { from: '2022-07-01', value: 214, source: 'prep sites [secondary]: 214 from 1 Jul 2022' },
      { from: '2025-07-01', value: 218, source: 'prep sites [secondary]: 218 from 1 Jul 2025' },
    ],
    practiceScale: 'three-digit',
    readiness: [
      {
        from: '1900-01-01',
        // CCSSA predictions are within ±5–7 points 2–3 weeks out; a safe gate is the last two
        // predictions ≥ passing + ~10 [secondary]. Target is relative: see readinessGate().
        value: {
          lowPass: 0,
          target: 10,
          consecutive: 2,
          passProbability: 90,
          text: 'your practice results put your chance of passing at 90 in 100 or more (95 on a final attempt), with at least one first-exposure NBME CCSSA among them (see README "How retake decides you are ready")',
        },
        source: 'shared/domain.md "Practice exams and readiness" [secondary]',
      },
    ],
    timelineGap: { extendAbove: 10, courseworkAbove: 25 },
    practiceGap: { extendAbove: 10, courseworkAbove: 25 },
  },
};

/** Test-day pace: seconds per question (60-minute blocks of 40 → 90 s). */
export function secondsPerQuestion(exam: Exam): number {
  return Math.round((EXAM_FACTS[exam].minutesPerBlock * 60) / EXAM_FACTS[exam].questionsPerBlock);
}

export function datedValue<T>(list: readonly Dated<T>[], on: string): Dated<T> {
  let found = list[0]!;
  for (const item of list) if (item.from <= on) found = item;
  return found;
}

export function passingStandard(exam: Exam, on: string): number {
  return datedValue(EXAM_FACTS[exam].passingStandard, on).value;
}

/**
 * The standard a failed attempt's three-digit score is read against. A Step 1 score comes from an
 * attempt before the Pass/Fail change, so its standard is the one before it; a Step 2 CK score is
 * read against the standard of its date. `dated` is false when the attempt date is unknown: then
 * `passing` is the standard the retake must clear, and no claim is made about the attempt's own.
 */
export function scoreStandard(exam: Exam, attemptDate: string | undefined, today: string): { passing: number; dated: boolean; now: number } {
  const facts = EXAM_FACTS[exam];
  const now = passingStandard(exam, today);
  if (facts.passFailSince) return { passing: passingStandard(exam, addDays(facts.passFailSince, -1)), dated: true, now };
  if (attemptDate) return { passing: passingStandard(exam, attemptDate), dated: true, now };
  return { passing: now, dated: false, now };
}

/** The highest passing standard ever in force on or before `on`: no failed score reaches it. */
export function highestStandard(exam: Exam, on: string): number {
  return Math.max(...EXAM_FACTS[exam].passingStandard.filter((d, i) => i === 0 || d.from <= on).map((d) => d.value));
}

/** The readiness gate in force on a date, with Step 2 CK's relative target made absolute. */
export function readinessGate(exam: Exam, on: string): ReadinessGate {
  const gate = datedValue(EXAM_FACTS[exam].readiness, on).value;
  if (EXAM_FACTS[exam].practiceScale === 'percent') return gate;
  const pass = passingStandard(exam, on);
  return { ...gate, lowPass: pass, target: pass + gate.target };
}

// Attempt limits [official: usmle.org "attempt limit"; ECFMG information booklet].
export const ATTEMPT_RULES = {
  maxAttempts: 4,
  maxInWindow: 3,
  windowMonths: 12,
  fourthAfterFirstMonths: 12,
  fourthAfterLastMonths: 6,
  source: 'usmle.org attempt limit; ECFMG information booklet (re-examination) [official]',
} as const;

/**
 * The raw trend shown when no profile is saved (`retake history`); the verdict's own growth
 * estimate is in content/readiness.ts. Gains per week are capped: practice scores rarely
 * climb faster than a few points a week, so a lucky jump does not look like a pass [heuristic].
 */
export const READINESS_RULES = {
  /** Scores used for the trend (most recent). */
  trendWindow: 4,
  maxGainPerWeek: { percent: 3, 'three-digit': 5 },
  /** Days before the exam whose study load is halved once the gate is met (taper). */
  taperDays: 3,
} as const;
