// The readiness verdict: a pure function of the practice-exam history, the dated gate and
// the calendar. It says where the student stands, why, and what to do about the exam date.
import { CHECKPOINT_NAMES, EXAM_FACTS, PRACTICE_KINDS, READINESS_RULES, readinessGate, type Exam } from '../content/exams.js';
import { DECISION, MODEL, STATUS } from '../content/readiness.js';
import { counted, joinWords, text } from '../content/texts.js';
import { addDays, daysBetween, formatLong, formatShort, maxDate, offSunday } from '../lib/dates.js';
import type { LoggedExam } from '../schema/history.js';
import type { Readiness } from '../schema/plan.js';
import { aboutPoints, entryName, scoreLabel, scorePoints } from './scale.js';

export { entryName, scoreLabel, scorePoints };
import { estimate, onModelScale, passLine, weeksToBar, type Estimate } from './readiness-model.js';

export { passLine };

const R = (key: string, vars?: Record<string, string | number>) => text('plan', `readiness.${key}`, vars);

export interface ReadinessInput {
  exam: Exam;
  today: string;
  entries: readonly LoggedExam[];
  examDate?: string;
  planEnd: string;
  /** The plan's checkpoints still to sit before the date, oldest first (one logged today is done). */
  upcoming: readonly { date: string; kind: LoggedExam['kind'] }[];
  consecutive: number;
  earliestEligible?: string;
  /** A booked date only: the day after the block the plan recommends; a move is never to an earlier day. */
  blockAfter?: string;
  /** The attempt being prepared for (2–4): the final one needs a higher probability. */
  attempt: number;
  /** From the answers: the best practice score before the failed attempt and, for Step 2 CK, the real score. */
  prior?: { bestPracticeScore?: number; realScore?: number };
  /** A new date already decided (the plan was extended to it): kept, not decided again. */
  move?: string;
  /** Forms taken before this plan (formKey()s from the answers' methods.formsTaken): a repeat reads inflated. */
  takenBefore?: ReadonlySet<string>;
}

/** A result on the exam's practice scale (a Step 1 UWSA mapped onto EPC), or undefined when it is not counted. */
export function modelScore(exam: Exam, e: Pick<LoggedExam, 'kind' | 'score'>): number | undefined {
  const r = onModelScale(exam, e.kind, e.score);
  return 'value' in r ? r.value : undefined;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Least-squares slope in points per week over the most recent scores, capped both ways. */
export function trendPerWeek(exam: Exam, entries: readonly LoggedExam[]): number | undefined {
  const recent = entries.flatMap((e) => {
    const score = modelScore(exam, e);
    return score === undefined ? [] : [{ date: e.date, score }];
  }).slice(-READINESS_RULES.trendWindow);
  if (recent.length < 2) return undefined;
  const xs = recent.map((e) => daysBetween(recent[0]!.date, e.date) / 7);
  const ys = recent.map((e) => e.score);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  if (sxx === 0) return 0;
  const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / sxx;
  const cap = READINESS_RULES.maxGainPerWeek[EXAM_FACTS[exam].practiceScale];
  return round1(Math.max(-cap, Math.min(cap, slope)));
}

/**
 * The model's line (readiness-model.ts passLine) on a kind's own scale: the score of that kind
 * the model reads as exactly the line, its over-reading added back and a mapped kind (a Step 1
 * UWSA) mapped back onto its three digits. Undefined when the model does not count the kind.
 */
export function lineForKind(exam: Exam, kind: LoggedExam['kind'], line: number): number | undefined {
  if (PRACTICE_KINDS[exam][kind]?.uncalibrated) return undefined;
  const k = MODEL[exam].kinds[kind];
  const own = EXAM_FACTS[exam].practiceScale;
  const scale = PRACTICE_KINDS[exam][kind]?.scale ?? own;
  if (scale === own) return line + k.offset;
  return k.map ? k.map.at + (line + k.offset - k.map.to) / k.map.slope : undefined;
}

/** Whether the readiness model counts this kind's score for this exam (a Step 2 CK Free 120 has no link to the three-digit scale). */
export function readinessCounts(exam: Exam, kind: LoggedExam['kind']): boolean {
  return lineForKind(exam, kind, 0) !== undefined;
}

/** What the model reads from one result on the exam's practice scale (mapped, its kind's over-reading removed), or undefined when not counted. */
export function modelReading(exam: Exam, e: Pick<LoggedExam, 'kind' | 'score'>): number | undefined {
  const m = modelScore(exam, e);
  return m === undefined ? undefined : m - MODEL[exam].kinds[e.kind].offset;
}

/** The probability `ready` needs on this attempt. */
export function readyBar(attempt: number): number {
  return attempt >= 4 ? STATUS.ready.finalAttempt : STATUS.ready.attempt;
}

/**
 * Why the scores count as falling, or undefined: the last results each read lower than the one
 * before (DECISION.declinesInARow), or the learnt growth at or below the exam's threshold from at
 * least three results while the latest result is no rise (the shrunk trend turns slowly, so a
 * result above the one before ends the fall before the trend shows it).
 */
export function fallingBy(exam: Exam, est: Pick<Estimate, 'used' | 'growth' | 'readings'>): 'run' | 'trend' | undefined {
  const run = est.readings.slice(-(DECISION.declinesInARow + 1));
  if (run.length === DECISION.declinesInARow + 1 && run.every((r, k) => k === 0 || r < run[k - 1]!)) return 'run';
  const [before, latest] = est.readings.slice(-2);
  const noRise = before === undefined || latest === undefined || latest <= before;
  return est.used >= 3 && est.growth.mean <= DECISION.falling[exam] && noRise ? 'trend' : undefined;
}

export function isFalling(exam: Exam, est: Pick<Estimate, 'used' | 'growth' | 'readings'>): boolean {
  return fallingBy(exam, est) !== undefined;
}

/**
 * Status from the estimate: the probability, plus the evidence `ready` needs — and no falling
 * trend: a chance at the bar while the scores fall is held at on-track until a result stops the
 * fall (the verdict would otherwise say "ready" and "your scores are falling" at once).
 */
export function statusOf(exam: Exam, est: Estimate, attempt: number): Readiness['status'] {
  if (!est.used) return 'no-data';
  const p = est.passProbability;
  if (p >= readyBar(attempt) && est.firstExposureNbme && est.used >= STATUS.minResults && !isFalling(exam, est)) return 'ready';
  return p >= STATUS.onTrack ? 'on-track' : p >= STATUS.atRisk ? 'at-risk' : 'not-ready';
}

// Rounded down, so a chance just under the bar never reads as the bar itself (0.895 is 89, not 90).
const in100 = (p: number) => Math.max(1, Math.min(99, Math.floor(p * 100 + 1e-9)));
const Z80 = 1.2815515655446004;
const kindName = (exam: Exam, k: LoggedExam['kind']) => PRACTICE_KINDS[exam][k]?.name ?? CHECKPOINT_NAMES[k];

export function readinessVerdict(i: ReadinessInput): Readiness {
  // Without a booked date, the first day the plan has the student sit: the day after it ends (as the booking advice says).
  const horizon = i.examDate ?? addDays(i.planEnd, 1);
  const bar = readyBar(i.attempt);
  const gate = readinessGate(i.exam, i.today);
  const scale = EXAM_FACTS[i.exam].practiceScale;
  const est = estimate({ exam: i.exam, entries: i.entries, today: i.today, horizon, prior: i.prior, takenBefore: i.takenBefore });
  const label = (n: number) => scoreLabel(i.exam, n);
  const base = {
    gate: {
      text: R(i.attempt >= 4 ? 'finalGate' : 'gate', { bar: in100(bar) }),
      scale,
      lowPass: gate.lowPass,
      target: gate.target,
      consecutive: i.consecutive,
      passProbability: gate.passProbability,
    },
    line: { value: est.line, source: MODEL[i.exam].line.source },
    readyAt: bar,
    horizon,
    checkpointsRemaining: i.upcoming.length,
  };
  const status = statusOf(i.exam, est, i.attempt);
  // A booked date behind today is never spoken of as the future: no chance "if you sat" on it,
  // no new date moved from it (the exam-date finding asks whether it was sat or moved).
  if (i.examDate && i.examDate < i.today) return { ...base, status, headline: R('past', { date: formatLong(i.examDate) }), reasons: [], taper: false };
  const close = daysBetween(i.today, horizon) <= DECISION.closeDays;
  const latest = i.entries.at(-1);
  // The next checkpoint whose kind the verdict counts: what gives a baseline, what "one more" is.
  const nextCounted = i.upcoming.find((c) => readinessCounts(i.exam, c.kind));
  const moveFloor = (d: string) => offSunday(maxDate(maxDate(d, i.blockAfter ?? d), i.earliestEligible ?? d));
  if (!latest || status === 'no-data') {
    // Results logged but none counted (a question-bank mock, an uncalibrated kind): say so, and why.
    const next = nextCounted ? R('nextCounted', { name: kindName(i.exam, nextCounted.kind), date: formatLong(nextCounted.date) }) : R('noneCounted');
    const headline = R(latest ? 'noDataUncounted' : 'noData', { next });
    let move = i.move;
    // Nothing to read a level from: the move gives the plan's weeks time to work, and a result time to come.
    if (!move && close) move = moveFloor(addDays(i.today, DECISION.minMoveWeeks * 7));
    const reasons = [...notCounted(i.exam, est), ...(move ? [R(i.examDate ? 'moveNoData' : 'extendNoData', { date: formatLong(move) })] : [])];
    reasons.push(remaining(i.exam, i.upcoming));
    return { ...base, status: 'no-data', headline, reasons, ...(move ? { suggestedExamDate: move } : {}), taper: false };
  }

  const p = est.passProbability;
  const headline = R('headline', { n: in100(p), date: formatLong(horizon) });
  const reasons: string[] = [];
  reasons.push(
    R('level', {
      mean: label(est.level.mean),
      low: label(est.level.mean - Z80 * est.level.sd),
      high: label(est.level.mean + Z80 * est.level.sd),
      line: label(est.line),
      lineSource: MODEL[i.exam].line.label,
    }),
  );
  reasons.push(R('latest', { name: entryName(latest), date: formatShort(latest.date), score: scoreLabel(i.exam, latest.score, latest.kind) }) + (latest.passProbability !== undefined ? R('probability', { p: latest.passProbability }) : ''));
  const isCounted = (k: LoggedExam['kind']) => i.entries.some((e) => e.kind === k && modelScore(i.exam, e) !== undefined);
  const offsetKinds = (['uwsa', 'free120'] as const).filter(isCounted);
  for (const k of offsetKinds) {
    const map = MODEL[i.exam].kinds[k].map;
    reasons.push(map ? R('mapped', { kind: kindName(i.exam, k), at: map.at, to: label(map.to), slope: map.slope, points: scorePoints(i.exam, MODEL[i.exam].kinds[k].offset) }) : R('offsets', { kinds: kindName(i.exam, k), points: scorePoints(i.exam, MODEL[i.exam].kinds[k].offset) }));
  }
  reasons.push(...notCounted(i.exam, est));
  const personal = aboutPoints(est.personalOffset);
  if (est.personalOffset > 0 && personal) reasons.push(R('personal', { best: label(i.prior!.bestPracticeScore!), points: personal }));
  const slope = round1(est.growth.used);
  if (est.used >= 2) reasons.push(slope === 0 ? R('trendFlat', { n: est.used }) : R('trend', { slope: `${slope > 0 ? '+' : ''}${slope}`, n: est.used }));
  // How the trend reached the date, from the projection itself: a rise cut to the days it was
  // seen over, a fall carried to the date (the probability above already allows for either).
  const daysAhead = daysBetween(i.today, horizon);
  const daysCounted = Math.round(est.growth.weeks * 7);
  if (est.used >= 2 && slope > 0 && daysCounted < daysAhead) reasons.push(counted('plan', 'readiness.riseSeen', daysCounted, { total: daysAhead, date: formatShort(horizon) }));
  if (est.used >= 2 && slope < 0 && daysAhead > 0) reasons.push(R('fallAhead', { date: formatShort(horizon), projected: label(est.atHorizon.mean) }));
  const fallBy = fallingBy(i.exam, est);
  const falling = fallBy !== undefined;
  if (fallBy === 'run') reasons.push(R('fallingRun', { n: DECISION.declinesInARow + 1 }));
  if (falling) reasons.push(R('falling'));
  // Held back by the fall alone: the chance is at the bar, so no new date is proposed for it.
  const held = status !== 'ready' && falling && p >= bar && est.firstExposureNbme && est.used >= STATUS.minResults;
  reasons.push(R('bar', { bar: in100(bar), final: i.attempt >= 4 ? R('finalBar') : '' }));
  if (status !== 'ready') {
    if (held) reasons.push(R('fallingHold', { n: in100(p) }));
    else if (p >= bar && !est.firstExposureNbme) reasons.push(R('needNbme'));
    else if (p >= bar && est.used < STATUS.minResults) reasons.push(R('needResults', { n: STATUS.minResults }));
    else if (nextCounted) {
      // "One more" only when the plan has a counted result left before the date and it would raise the chance.
      const k = nextCounted.kind;
      const score = Math.ceil(lineForKind(i.exam, k, est.line + MODEL[i.exam].nextScoreAbove)!);
      const more = estimate({ exam: i.exam, entries: [...i.entries, { kind: k, date: nextCounted.date, score }], today: nextCounted.date, horizon: maxDate(horizon, nextCounted.date), prior: i.prior, takenBefore: i.takenBefore });
      const m = in100(more.passProbability);
      if (m > in100(p)) reasons.push(R('change', { name: kindName(i.exam, k), score: scoreLabel(i.exam, score, k), date: formatShort(nextCounted.date), m }));
    }
  }
  reasons.push(remaining(i.exam, i.upcoming));

  // A new date: any verdict short of ready close to the date, or a falling trend at any distance
  // when the date it needs lies beyond the current one. Decided from the level today only.
  let suggestedExamDate = i.move;
  let outOfReach = false;
  if (!suggestedExamDate && status !== 'ready' && !held && (close || falling)) {
    const weeks = weeksToBar(i.exam, est, bar, DECISION.minMoveWeeks, DECISION.maxMoveWeeks);
    if (weeks === undefined) outOfReach = true;
    else {
      const date = moveFloor(addDays(i.today, weeks * 7));
      if (date > horizon) suggestedExamDate = date;
    }
  }
  if (suggestedExamDate) reasons.push(R(!i.examDate ? 'extendPlan' : falling && !close ? 'moveFalling' : 'moveDate', { date: formatLong(suggestedExamDate) }));
  else if (outOfReach) reasons.push(R('outOfReach', { bar: in100(bar), weeks: DECISION.maxMoveWeeks }));
  if (status === 'ready') reasons.push(R('taper'));
  return {
    ...base,
    status,
    headline,
    reasons,
    passProbability: round3(p),
    level: { estimate: round1(est.level.mean), low: round1(est.level.mean - Z80 * est.level.sd), high: round1(est.level.mean + Z80 * est.level.sd) },
    resultsUsed: est.used,
    firstExposureNbme: est.firstExposureNbme,
    ...(est.personalOffset > 0 ? { personalOffset: round1(est.personalOffset) } : {}),
    latest: { date: latest.date, name: entryName(latest), score: latest.score },
    ...(est.used >= 2 ? { trendPerWeek: slope } : {}),
    projected: round1(est.atHorizon.mean),
    ...(suggestedExamDate ? { suggestedExamDate } : {}),
    taper: status === 'ready',
  };
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** What is left to sit: the checkpoints that count toward readiness, and those that show weak areas only. */
export function remaining(exam: Exam, upcoming: ReadinessInput['upcoming']): string {
  const counts = upcoming.filter((c) => readinessCounts(exam, c.kind)).length;
  const weakOnly = upcoming.length - counts;
  const first = counts ? counted('plan', 'readiness.remaining', counts) : R('remainingNone');
  return first + (weakOnly ? counted('plan', 'readiness.remainingWeak', weakOnly) : '');
}

/** Why some results were left out of the estimate: kinds with no calibration, scores off their kind's scale. */
function notCounted(exam: Exam, est: Pick<Estimate, 'skipped'>): string[] {
  return (['uncalibrated', 'off-scale'] as const).flatMap((reason) => {
    const kinds = [...new Set(est.skipped.filter((x) => x.reason === reason).map((x) => kindName(exam, x.kind)))];
    return kinds.length ? [R(reason === 'uncalibrated' ? 'uncalibrated' : 'offScale', { kinds: joinWords(kinds) })] : [];
  });
}
