// The exam's practice-score scale, in one place: how a score is rounded and written, and what
// a practice exam is called. Step 1 practice scores are percentages; Step 2 CK's are three digits.
import { CHECKPOINT_NAMES, EXAM_FACTS, PRACTICE_SCALES, type Exam } from '../content/exams.js';
import type { LoggedExam } from '../schema/history.js';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A score or a difference in the exam's practice scale, rounded as that scale is reported. */
export function scorePoints(exam: Exam, n: number): number {
  return PRACTICE_SCALES[EXAM_FACTS[exam].practiceScale].wholeNumbers ? Math.round(n) : round1(n);
}

/** "64%" on Step 1, "231" on Step 2 CK. */
export function scoreLabel(exam: Exam, score: number): string {
  return `${scorePoints(exam, score)}${PRACTICE_SCALES[EXAM_FACTS[exam].practiceScale].unit}`;
}

/** "NBME 30", "UWSA 2", "Free 120". */
export function entryName(e: Pick<LoggedExam, 'kind' | 'form'>): string {
  return e.form ? `${CHECKPOINT_NAMES[e.kind]} ${e.form}` : CHECKPOINT_NAMES[e.kind];
}
