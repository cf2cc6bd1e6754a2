// The exam's practice-score scale, in one place: how a score is rounded and written, and what
// a practice exam is called. Step 1 practice scores are percentages; Step 2 CK's are three digits.
import { CHECKPOINT_NAMES, EXAM_FACTS, PRACTICE_KINDS, PRACTICE_SCALES, type CheckpointKind, type Exam } from '../content/exams.js';
import type { LoggedExam } from '../schema/history.js';

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A small correction in words, rounded to the scale's unit (a point, a percentage point):
 * "about 1 point", "about 3 points"; undefined below one point, which is not worth a sentence.
 */
export function aboutPoints(n: number): string | undefined {
  const p = Math.round(Math.abs(n));
  return p >= 1 ? `about ${p} point${p === 1 ? '' : 's'}` : undefined;
}

/** A score or a difference in the exam's practice scale (with a kind, that kind's own), rounded as that scale is reported. */
export function scorePoints(exam: Exam, n: number, kind?: CheckpointKind): number {
  return PRACTICE_SCALES[(kind && PRACTICE_KINDS[exam][kind]?.scale) || EXAM_FACTS[exam].practiceScale].wholeNumbers ? Math.round(n) : round1(n);
}

/** "64%" on Step 1, "231" on Step 2 CK; with a kind, on that kind's own scale (a Step 1 UWSA: "230"). */
export function scoreLabel(exam: Exam, score: number, kind?: CheckpointKind): string {
  const scale = PRACTICE_SCALES[(kind && PRACTICE_KINDS[exam][kind]?.scale) || EXAM_FACTS[exam].practiceScale];
  return `${scale.wholeNumbers ? Math.round(score) : round1(score)}${scale.unit}`;
}

/** "NBME 30", "UWSA 2", "Free 120". */
export function entryName(e: Pick<LoggedExam, 'kind' | 'form'>): string {
  return e.form ? `${CHECKPOINT_NAMES[e.kind]} ${e.form}` : CHECKPOINT_NAMES[e.kind];
}
