// How long the plan should run (the timeline verdict) and when USMLE's waiting rules let the
// student sit: decided from the answers before any finding is written.
import { ATTEMPT_RULES, EXAM_FACTS, PRACTICE_SCALES, readinessGate, scoreStandard } from '../content/exams.js';
import { RULES } from '../content/rules.js';
import { HOURS_REFERENCE, TIMELINE, TIMELINE_ORDER, type TimelineVerdict } from '../content/schedule.js';
import { text } from '../content/texts.js';
import { addDays, addMonths, daysBetween, maxDate } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import type { Timeline } from '../schema/plan.js';
import { weeklyHours } from './availability.js';

export type { Timeline };

const reason = (key: string, vars?: Record<string, string | number>) => text('findings', `timeline.evidence.${key}`, vars);

/** The verdict and plan length; `weeks` is the student's own choice (--weeks), if any. */
export function timelineVerdict(answers: Answers, today: string, weeks?: number): Timeline {
  const facts = EXAM_FACTS[answers.exam];
  const signals: { verdict: TimelineVerdict; reason: string }[] = [];
  const byGap = (gap: number, g: { extendAbove: number; courseworkAbove: number }): TimelineVerdict =>
    gap > g.courseworkAbove ? 'coursework-first' : gap > g.extendAbove ? 'extend' : 'fits';
  if (answers.score !== undefined) {
    // The score is read against the standard of its time (content/exams.ts); the retake must
    // clear today's, so the wider of the two gaps sets the runway. (The answers schema refuses
    // a "failed" score at or above its standard.)
    const score = answers.score;
    const std = scoreStandard(answers.exam, answers.previousAttempts?.at(-1), today);
    const gap = Math.max(std.passing, std.now) - score;
    const key = facts.passFailSince ? 'scoreStep1' : !std.dated ? 'scoreUndated' : std.now !== std.passing ? 'scoreThen' : 'score';
    if (gap > 0) signals.push({ verdict: byGap(gap, facts.timelineGap), reason: reason(key, { score, passing: std.passing, gap: std.passing - score, now: std.now, gapNow: std.now - score }) });
  }
  if (answers.distanceFromPassing) {
    const lowerShare = shareLower(answers);
    const verdict: TimelineVerdict =
      answers.distanceFromPassing === 'far' ? (lowerShare.share >= RULES.lowerShare.extend ? 'coursework-first' : 'extend') : 'fits';
    signals.push({ verdict, reason: reason('distance', { distance: text('findings', `timeline.distance.${answers.distanceFromPassing}`) }) });
  }
  // The share of lower bands stands in only when the report gave no score and no distance;
  // alone it widens the runway but cannot show a result was far from passing.
  const { lower, known, share } = shareLower(answers);
  if (!signals.length && known >= RULES.lowerShare.minKnown && share >= RULES.lowerShare.extend) {
    signals.push({ verdict: 'extend', reason: reason('share', { lower, known }) });
  }
  const best = answers.methods?.bestPracticeScore;
  const gate = readinessGate(answers.exam, today);
  if (best !== undefined && best < gate.target) {
    const { unit } = PRACTICE_SCALES[facts.practiceScale];
    const gap = gate.target - best;
    // An old practice score can widen the runway, but alone never calls for coursework first.
    const v = byGap(gap, facts.practiceGap);
    signals.push({ verdict: v === 'coursework-first' ? 'extend' : v, reason: reason('practice', { best: `${best}${unit}`, gap: `${Math.round(gap * 10) / 10}${facts.practiceScale === 'percent' ? ' points' : ''}`, target: `${gate.target}${unit}` }) });
  }
  const assumed = !signals.length;
  if (assumed) signals.push({ verdict: 'fits', reason: reason('none', { base: TIMELINE.fits.weeks }) });
  const verdict = signals.reduce<TimelineVerdict>((w, s) => (TIMELINE_ORDER.indexOf(s.verdict) > TIMELINE_ORDER.indexOf(w) ? s.verdict : w), 'fits');
  const hours = hoursFit(answers, TIMELINE[verdict].weeks);
  const recommendedWeeks = hours.weeks;
  return { verdict, recommendedWeeks, planWeeks: weeks ?? answers.schedule.weeks ?? recommendedWeeks, ...(assumed ? { assumed: true as const } : {}), reasons: [...signals.map((s) => s.reason), ...hours.reasons] };
}

/**
 * The block length for the student's weekly hours: the verdict's weeks assume HOURS_REFERENCE
 * hours a week; fewer hours stretch the block in proportion, up to its cap. A booked date the
 * waiting rules allow is a wall: when it leaves fewer hours than the block needs, say so.
 */
export function hoursFit(answers: Answers, baseWeeks: number): { weeks: number; reasons: string[] } {
  const perWeek = weeklyHours(answers).reduce((n, h) => n + h, 0);
  const need = baseWeeks * HOURS_REFERENCE.weeklyHours;
  const byHours = perWeek > 0 ? Math.ceil(need / perWeek) : HOURS_REFERENCE.maxWeeks;
  const weeks = Math.min(Math.max(baseWeeks, HOURS_REFERENCE.maxWeeks), Math.max(baseWeeks, byHours));
  const vars = { perWeek: round1(perWeek), ref: HOURS_REFERENCE.weeklyHours, base: baseWeeks, need, weeks, have: Math.round(perWeek * weeks) };
  const reasons: string[] = [];
  if (byHours > baseWeeks) reasons.push(reason(byHours > weeks ? 'hoursCapped' : 'hours', vars));
  const booked = answers.schedule.examDate;
  const eligible = earliestEligible(answers);
  if (booked && booked > answers.schedule.start && !(eligible && booked < eligible)) {
    const until = Math.max(1, Math.ceil((daysBetween(answers.schedule.start, booked) + 1) / 7));
    if (until < weeks && perWeek * until < need) reasons.push(reason('hoursBooked', { ...vars, until, have: Math.round(perWeek * until) }));
  }
  return { weeks, reasons };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function shareLower(answers: Answers) {
  const bands = [...Object.values(answers.performance?.disciplines ?? {}), ...Object.values(answers.performance?.systems ?? {})];
  const lower = bands.filter((b) => b === 'lower').length;
  return { lower, known: bands.length, share: bands.length ? lower / bands.length : 0 };
}

/** The earliest date USMLE's waiting rules allow for this attempt, when the dates are known. */
export function earliestEligible(answers: Pick<Answers, 'attempt' | 'previousAttempts'>): string | undefined {
  const prev = answers.previousAttempts ?? [];
  if (!prev.length) return undefined;
  const last = prev[prev.length - 1]!;
  let earliest = addDays(last, 1);
  // At most three attempts in any 12-month window: the new one must fall after the
  // third-most-recent attempt's anniversary.
  const third = prev[prev.length - ATTEMPT_RULES.maxInWindow];
  if (third) earliest = maxDate(earliest, addMonths(third, ATTEMPT_RULES.windowMonths));
  if (answers.attempt === ATTEMPT_RULES.maxAttempts && prev.length === answers.attempt - 1) {
    earliest = maxDate(earliest, addMonths(prev[0]!, ATTEMPT_RULES.fourthAfterFirstMonths));
    earliest = maxDate(earliest, addMonths(last, ATTEMPT_RULES.fourthAfterLastMonths));
  }
  return earliest;
}
