// The exam's practice-score scale, in one place: how a score is rounded and written, and what
// a practice exam is called. Step 1 practice scores are percentages; Step 2 CK's are three digits.
import { EXAM_FACTS, PRACTICE_SCALES, type Exam } from '../content/exams.js';
import type { PracticeExam } from '../schema/history.js';

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
export function entryName(e: Pick<PracticeExam, 'kind' | 'form'>): string {
  const names = { nbme: 'NBME', uwsa: 'UWSA', free120: 'Free 120', ccssa: 'CCSSA', other: 'practice exam' } as const;
  return e.form ? `${names[e.kind]} ${e.form}` : names[e.kind];
}
