// The shape of a retake block, as data. Figures follow the seeds' sample 8-week
// block (shared/seeds/002, summarised in shared/domain.md) and the evidence noted
// beside each value; the builder in core/schedule.ts only reads them.
import type { CheckpointKind, Exam } from './exams.js';

export type PhaseId = 'lead-in' | 'foundations' | 'first-pass' | 'deepen' | 'final';
export type QuestionMode = 'tutor' | 'timed-subject' | 'timed-mixed' | 'timed-random';

export interface Phase {
  id: PhaseId;
  name: string;
  /** Daily question goal for an 8-hour day, and its ceiling; scaled by hours (seed table: 40–80, 80, 80–120). */
  questions: { base: number; max: number };
  mode: QuestionMode;
  summary: string;
}

export const PHASES: Record<PhaseId, Phase> = {
  'lead-in': {
    id: 'lead-in',
    name: 'Lead-in: recovery and foundations',
    // Questions first even while rebuilding (retrieval practice, Dunlosky et al. 2013): as many as in foundations.
    questions: { base: 40, max: 60 },
    mode: 'tutor',
    summary: 'the exam is months away: shorter days, rest, and foundations rebuilt one area at a time before the 8-week block',
  },
  foundations: {
    id: 'foundations',
    name: 'Foundations',
    questions: { base: 40, max: 60 },
    mode: 'tutor',
    summary: 'rebuild the weakest foundations with active content review; questions untimed, one topic at a time',
  },
  'first-pass': {
    id: 'first-pass',
    name: 'First pass through weak areas',
    questions: { base: 60, max: 80 },
    mode: 'timed-subject',
    summary: 'timed questions on the weakest high-yield areas first, content review only for what the questions exposed',
  },
  deepen: {
    id: 'deepen',
    name: 'Deepen and mix',
    questions: { base: 80, max: 100 },
    mode: 'timed-mixed',
    summary: 'the next weakest areas, with half of each day’s questions timed, random and mixed',
  },
  final: {
    id: 'final',
    name: 'Mixed review and exam rehearsal',
    // Interleaving: mixed practice beat blocked practice 63% vs 20% on a delayed test (Rohrer & Taylor 2007).
    questions: { base: 100, max: 120 },
    mode: 'timed-random',
    summary: 'timed random blocks of everything, weighted toward areas that are still weak; high-yield rapid review',
  },
};

/** Weeks at the end of every plan spent in the final phase (seed: weeks 7–8). */
export const FINAL_WEEKS = 2;
/** Weeks of the first-pass phase at the start (seed: weeks 1–2). */
export const FIRST_PASS_WEEKS = 2;
/** Weeks of foundations before the first pass when the timeline verdict is coursework-first. */
export const FOUNDATION_WEEKS = 2;

/** The block each timeline verdict starts from, in weeks (seed 002: 8-week blocks; wider gaps 10–12). Its words are in templates/findings.yaml. */
export const TIMELINE = {
  fits: { weeks: 8 },
  extend: { weeks: 10 },
  'coursework-first': { weeks: 12 },
} as const;
export type TimelineVerdict = keyof typeof TIMELINE;

/**
 * Study hours a week each block length assumes. A learning specialist's judgement, not a study
 * result: the seeds' 8-week block (shared/seeds/002) asks 40–120 timed questions a day with their
 * review at least as long (DAY below: 3 min a question answered and reviewed), plus content review
 * and cards: days of about 7 h, six a week, so about 40 h a week (about 320 h in 8 weeks). A
 * student with fewer hours a week gets proportionally more weeks, never more than `maxWeeks` (the
 * longest plan, core/plan.ts MAX_PLAN_WEEKS); more hours never shorten the block (rest and
 * spacing need the weeks, Cepeda et al. 2008).
 */
export const HOURS_REFERENCE = { weeklyHours: 40, maxWeeks: 16 } as const;
export const TIMELINE_ORDER: readonly TimelineVerdict[] = ['fits', 'extend', 'coursework-first'];

// Day-level budget. A test-day block is 40 questions in 60 minutes, so 1.5 min per question.
export const DAY = {
  minutesPerQuestion: 1.5,
  /** Explanation review at least as long as answering (seed 002); longer when review was the weak spot. */
  reviewRatio: 1,
  reviewRatioShortReview: 1.25,
  /** Spaced-repetition cards: share of the day, rounded to 5 minutes, within [min, max]. */
  flashcards: { share: 0.12, min: 15, max: 60 },
  /** A checkpoint's review never takes more than this share of a following day. */
  incorrectsReview: { maxShare: 0.5 },
  questionStep: 10,
  /**
   * Spacing as retrieval (Cepeda et al. 2008: the best gap is ~10–20% of the time to the test,
   * about a week for a test 5–10 weeks away): a timed block on an area this many days after
   * its last focus day.
   */
  retrieval: { afterDays: [6, 7, 8] as readonly number[], questions: 20 },
  /** A content session runs at most this long; longer content time becomes several sessions, each with its own active method. */
  contentSessionMaxMinutes: 120,
  /** No task shorter than this, except the named drills (breathing, worry-writing). */
  minTaskMinutes: 15,
  breathingMinutes: 5,
  expressiveWritingMinutes: 10,
  /** Anxiety: back-to-back timed blocks allowed in weeks 1, 2, … (then the whole day's questions). */
  exposureLadder: [1, 2] as readonly number[],
} as const;

/**
 * Reviewing a practice exam: about 1–1.5 × the answering time of the missed and guessed
 * questions (seed 002: review longer than it took to answer). The share missed or guessed
 * is an assumption for a student near the passing line.
 */
export const CHECKPOINT_REVIEW = { missedOrGuessedShare: 0.45, ratio: 1.25 } as const;

/**
 * How much of a week's study a checkpoint may take. In the seeds' 8-week block (about 40 h a
 * week) one full form (4 h standard-paced) and its review (about 2 h) are about a sixth of the week; new
 * timed questions, the strongest predictor of the score in the one study we cite (Deng et al.
 * 2015), keep the rest. When the student's weeks are so short that one form and its review would
 * take more than `maxShare` of a week, checkpoints are spaced every 2 or more weeks so they stay
 * about that share on average — never further apart than `maxEvery` weeks, so the readiness gate
 * always has a recent reading (AMBOSS's predictor wants one within 4 weeks of the exam). The share
 * counts the review with the form. A quarter, not a third: at about 22 h a week a form and its
 * review (about 6 h) are over a quarter of the week, and a weekly one would leave under three
 * quarters for the new timed questions and content that move the score — twice the seeds' sixth.
 * A learning specialist's judgement, meant to be edited here.
 */
export const CHECKPOINT_SPACING = { maxShare: 1 / 4, maxEvery: 3 } as const;

/** The last days before the exam or the plan's end: light, nothing full-length in the last `noFullLength`. */
export const TAPER = { days: 3, noFullLength: 2, maxShare: 0.5, questions: 40, tallyMinutes: 30 } as const;

/**
 * One full test-day rehearsal (usmle.org test day: Step 1 seven 60-min blocks, Step 2 CK eight,
 * each of up to 40 questions, 45 min of breaks and a 15-min tutorial), placed this many days
 * before the exam or plan end.
 */
export const REHEARSAL = {
  window: { from: 21, to: 14 },
  blocks: { step1: 7, step2ck: 8 } as Record<Exam, number>,
  questionsPerBlock: 40,
  minutesPerBlock: 60,
  breakMinutes: 45,
  tutorialMinutes: 15,
  /** Only plans at least this long must hold one. */
  minPlanWeeks: 6,
} as const;

/**
 * A form split by section when no day holds it (NBME lets a form be resumed section by section):
 * when even one section is longer than a day, each day of the split may run this many minutes
 * past its usual hours — a smaller ask than one long day. A learning specialist's judgement.
 */
export const SPLIT = { maxStretchMinutes: 30 } as const;

/** Active methods named by content tasks, in rotation (Dunlosky et al. 2013: retrieval beats rereading). */
export const CONTENT_METHODS = ['redo', 'explain', 'cards', 'draw'] as const;

/** "nbme:30": how a logged practice exam and a planned one are matched (digits of the form only). */
export function examKey(kind: string, form: string | undefined): string {
  return `${kind}:${(form ?? '').replace(/\D/g, '')}`;
}

/**
 * Weekdays (0 = Monday … 6 = Sunday). Rest days from `daysOffPerWeek` are taken in `restOrder`;
 * the practice exam goes on the longest day, ties broken in `checkpointOrder`.
 */
export const WEEK_LAYOUT = {
  restOrder: [6, 2, 5] as readonly number[],
  checkpointOrder: [5, 6, 4, 3, 2, 1, 0] as readonly number[],
};

export type { CheckpointKind };

export interface PracticeExam {
  kind: CheckpointKind;
  /** Form number as students log it ("30", "2"); empty for exams with one form. */
  form: string;
  name: string;
  blocks: number;
  questionsPerBlock: number;
  minutesPerBlock: number;
  /** How a task names it when `name` already describes its blocks ("the mock exam"). */
  short?: string;
}

// NBME CBSSA: 200 questions in 4 sections of 50, standard-paced 1 h per section (shared/domain.md,
// "Practice exams and readiness" [secondary]) — faster than test day's 90 s a question, so a
// standard-paced form is also a pace rehearsal; the plan assumes standard pace (self-paced
// forms give more time and read less like test day). Which forms are on sale changes (sources
// disagree: one lists 26–31, none found for 32–33) [unverified] — the default pool below is
// dated and must be checked against NBME's current list; a student replaces it with
// `practiceExams.pool` in the answers. CCSSA: the same NBME format assumed (4 × 50, 1 h a
// section standard-paced); domain.md gives CBSSA's timing only [unverified for CCSSA].
// UWSA: 4 × 40 (60 min). Free 120: 3 × 40 (60 min). CCSSA form numbers [unverified]: check the NBME store.
const nbme = (form: number): PracticeExam => ({ kind: 'nbme', form: String(form), name: `NBME CBSSA form ${form}`, blocks: 4, questionsPerBlock: 50, minutesPerBlock: 60 });
const ccssa = (form: number): PracticeExam => ({ kind: 'ccssa', form: String(form), name: `NBME CCSSA form ${form}`, blocks: 4, questionsPerBlock: 50, minutesPerBlock: 60 });
const uwsa = (n: number): PracticeExam => ({ kind: 'uwsa', form: String(n), name: `UWorld Self-Assessment ${n} (UWSA ${n})`, blocks: 4, questionsPerBlock: 40, minutesPerBlock: 60 });
const free120: PracticeExam = { kind: 'free120', form: '', name: 'USMLE Free 120 (official practice questions)', blocks: 3, questionsPerBlock: 40, minutesPerBlock: 60 };
const mock: PracticeExam = { kind: 'other', form: '', name: 'Mock exam: 4 timed random blocks of 40 from your question bank', short: 'the mock exam', blocks: 4, questionsPerBlock: 40, minutesPerBlock: 60 };

/**
 * Checkpoints by exam: `late` fill the last weeks in order (the final week last), `forms`
 * fill the weeks before in order, older forms first so the most representative come later;
 * when forms run out, a question-bank mock exam stands in.
 */
export const FORM_POOL_AS_OF = { date: '2026-11', checked: false, note: "check NBME's current list of forms before buying" } as const;

export const CHECKPOINTS: Record<Exam, { forms: readonly PracticeExam[]; late: readonly PracticeExam[]; rehearsal: PracticeExam; fallback: PracticeExam }> = {
  step1: {
    // One source lists 26–31 on sale (25 retired); none was found for 32–33 [unverified] (shared/domain.md).
    forms: [26, 27, 28, 29, 30, 31].map(nbme),
    rehearsal: uwsa(1),
    late: [uwsa(2), free120],
    fallback: mock,
  },
  step2ck: {
    forms: [9, 10, 11, 12, 13, 14, 15].map(ccssa),
    rehearsal: uwsa(1),
    // UWSA 3 exists for Step 2 CK only (shared/domain.md); UWSA 2, often called the best predictor, stays later.
    late: [uwsa(3), uwsa(2), free120],
    fallback: mock,
  },
};

/** Builds a practice exam from its kind and form (for a student's own pool). */
export const PRACTICE_EXAM = { nbme, ccssa, uwsa, free120, mock } as const;
