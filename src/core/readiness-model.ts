// The readiness model: a Kalman filter (local linear trend) over the logged practice results.
// State: the student's level on the exam's practice scale and its growth per week. Each result
// is a noisy measurement of the level, after its kind's offset (and the student's own
// practice-vs-real offset) is removed; the level drifts a little each week, so older results
// count for less; the growth starts shrunk toward zero and is capped when projected, a rise no
// further ahead than the results span.
// Pure and deterministic; every constant comes from content/readiness.ts.
import { EXAM_FACTS, PRACTICE_KINDS, PRACTICE_SCALES, passingStandard, type Exam } from '../content/exams.js';
import { MODEL, PASS_PROBABILITY, type Kind } from '../content/readiness.js';
import { examKey } from '../content/schedule.js';
import { daysBetween } from '../lib/dates.js';

export interface Measurement {
  kind: Kind;
  form?: string;
  date: string;
  score: number;
  /** NBME's reported probability of passing (0–100), if logged. */
  passProbability?: number;
}

export interface ModelInput {
  exam: Exam;
  /** Results up to today, oldest first. */
  entries: readonly Measurement[];
  today: string;
  /** The date the pass probability is for: the exam date, or the plan's end. */
  horizon: string;
  /** From the answers: the best practice score before the failed attempt, and the real score. */
  prior?: { bestPracticeScore?: number; realScore?: number };
  /** formKey()s of forms taken before any logged result (answers' methods.formsTaken). */
  takenBefore?: ReadonlySet<string>;
}

export interface Estimate {
  line: number;
  /** Results that entered the filter, and those left out with the reason key. */
  used: number;
  skipped: { kind: Kind; reason: 'uncalibrated' | 'off-scale' }[];
  firstExposureNbme: boolean;
  /** The student's own over-prediction subtracted from every result (0 when none). */
  personalOffset: number;
  /** Level today: mean and SD of the estimate. */
  level: { mean: number; sd: number };
  /**
   * Growth per week: the filter's estimate, the value projected (capped), and the weeks it is
   * projected over: a fall to the horizon, a rise no further ahead than the results span.
   */
  growth: { mean: number; used: number; sd: number; weeks: number };
  /** Weeks from the first to the last result used: how long any trend has been seen. */
  span: number;
  /** Each result used as the model reads it (its kind's and the student's offsets removed), oldest first. */
  readings: number[];
  /** The real exam's result at the horizon: mean and SD, including test-day variation. */
  atHorizon: { mean: number; sd: number };
  passProbability: number;
}

const NBME_KINDS: readonly Kind[] = ['nbme', 'ccssa'];

export function isNbme(kind: Kind): boolean {
  return NBME_KINDS.includes(kind);
}

/**
 * Which form a result was, as the practice-exam ledger names it (content/schedule.ts examKey,
 * the key `retake plan` uses not to plan a form twice); undefined when the form is unknown (an
 * NBME logged without its form, a question-bank mock), which is never counted as a repeat. A
 * kind with one form (the Free 120) is always known.
 */
export function formKey(exam: Exam, kind: Kind, form: string | undefined): string | undefined {
  if (form?.replace(/\D/g, '')) return examKey(kind, form);
  return PRACTICE_KINDS[exam][kind]?.oneForm ? examKey(kind, '') : undefined;
}

/**
 * A result on the exam's practice scale: as reported when its kind reports on that scale, mapped
 * when the kind reports on another (a Step 1 UWSA's three-digit score onto EPC), and undefined
 * with the reason when it cannot be read (no mapping; a score off its kind's scale, e.g. an old
 * Step 1 UWSA logged as a percent).
 */
export function onModelScale(exam: Exam, kind: Kind, score: number): { value: number } | { reason: 'uncalibrated' | 'off-scale' } {
  const own = EXAM_FACTS[exam].practiceScale;
  const scale = PRACTICE_KINDS[exam][kind]?.scale ?? own;
  const range = PRACTICE_SCALES[scale];
  if (!(score >= range.min && score <= range.max)) return { reason: 'off-scale' };
  if (PRACTICE_KINDS[exam][kind]?.uncalibrated) return { reason: 'uncalibrated' };
  if (scale === own) return { value: score };
  const map = MODEL[exam].kinds[kind].map;
  return map ? { value: map.to + (score - map.at) * map.slope } : { reason: 'uncalibrated' };
}

/** The line on the practice scale: a coin-flip pass on the exam date. */
export function passLine(exam: Exam, on: string): number {
  const line = MODEL[exam].line;
  return line.relativeToPassing ? passingStandard(exam, on) + line.value : line.value;
}

/**
 * The student's own over-prediction, shrunk (one practice-vs-real pair is a noisy estimate) and
 * applied only in the cautious direction. Step 2 CK: best practice minus the real score. Step 1
 * (pass/fail): the real result fell below the line, so best minus the line is a lower bound.
 *
 * The shrinkage follows the model's own split of the practice-to-real residual (Morrison 2010):
 * one result's error plus `examDaySd`, everything a perfect reading of the practice level still
 * leaves — the student's own offset included, since the horizon adds nothing else for it. So
 * the pair's gap is the offset plus the rest of that residual, and the share kept is
 * offset variance / (result error + examDaySd variance).
 */
export function personalOffset(exam: Exam, line: number, prior: ModelInput['prior']): number {
  const best = prior?.bestPracticeScore;
  if (best === undefined) return 0;
  const m = MODEL[exam];
  const real = exam === 'step2ck' ? prior?.realScore : line;
  if (real === undefined) return 0;
  const residual2 = m.kinds.nbme.sd ** 2 + m.examDaySd.value ** 2;
  const shrink = Math.min(1, m.personalOffsetSd ** 2 / residual2);
  return Math.max(0, best - real) * shrink;
}

type Mat = [number, number, number]; // symmetric 2×2: [P_LL, P_Lg, P_gg]

export function estimate(i: ModelInput): Estimate {
  const m = MODEL[i.exam];
  const line = passLine(i.exam, i.horizon);
  const offset = personalOffset(i.exam, line, i.prior);
  let x: [number, number] = [line, 0];
  let P: Mat = [m.levelPriorSd ** 2, 0, m.growth.priorSd ** 2];
  let t: string | undefined;
  let first: string | undefined;
  const seen = new Set<string>();
  const skipped: Estimate['skipped'] = [];
  let used = 0;
  const readings: number[] = [];
  let firstExposureNbme = false;

  const predict = (weeks: number) => {
    if (weeks <= 0) return;
    x = [x[0] + x[1] * weeks, x[1]];
    const [a, b, c] = P;
    P = [a + 2 * weeks * b + weeks * weeks * c + m.levelDriftSdPerWeek ** 2 * weeks, b + weeks * c, c + m.growthDriftSdPerWeek ** 2 * weeks];
  };

  for (const e of i.entries) {
    const k = m.kinds[e.kind];
    const read = onModelScale(i.exam, e.kind, e.score);
    if (!('value' in read)) {
      skipped.push({ kind: e.kind, reason: read.reason });
      continue;
    }
    predict(t === undefined ? 0 : daysBetween(t, e.date) / 7);
    t = e.date;
    first ??= e.date;
    // A repeat is a form taken before: listed in the answers or logged earlier (the ledger's rule).
    const key = formKey(i.exam, e.kind, e.form);
    const repeat = key !== undefined && (seen.has(key) || (i.takenBefore?.has(key) ?? false));
    if (key !== undefined) seen.add(key);
    if (isNbme(e.kind) && !repeat) firstExposureNbme = true;
    let z = read.value - k.offset - offset - (repeat ? m.repeatForm.offset : 0);
    const sd = k.sd * (repeat ? m.repeatForm.sdFactor : 1);
    // NBME's own pass probability is evidence about the same sitting: read it as a level and
    // average it with the score, as one measurement (not two).
    // The level it implies is read no further from the score than the score's own range allows.
    if (isNbme(e.kind) && e.passProbability !== undefined) z = (z + withinRange(z, impliedLevel(i.exam, line, sd, e.passProbability), k.sd)) / 2;
    readings.push(z);
    const S = P[0] + sd ** 2;
    const K: [number, number] = [P[0] / S, P[1] / S];
    const r = z - x[0];
    x = [x[0] + K[0] * r, x[1] + K[1] * r];
    P = [(1 - K[0]) * P[0], (1 - K[0]) * P[1], P[2] - K[1] * P[1]];
    used++;
  }
  if (t !== undefined) predict(Math.max(0, daysBetween(t, i.today) / 7));

  const weeks = Math.max(0, daysBetween(i.today, i.horizon) / 7);
  const span = first !== undefined && t !== undefined ? daysBetween(first, t) / 7 : 0;
  const g = Math.max(-m.growth.cap, Math.min(m.growth.cap, x[1]));
  // Cautious in one direction, like the personal offset: a fall is projected all the way to the
  // horizon, a rise no further ahead than the results it was seen over (a trend seen for one
  // week is not a trend for six; forecasting's rule against extrapolating past the data).
  const ahead = g > 0 ? Math.min(weeks, span) : weeks;
  const gain = Math.max(-m.maxProjectedGain, Math.min(m.maxProjectedGain, g * ahead));
  const [a, b, c] = P;
  const varH = a + 2 * weeks * b + weeks * weeks * c + m.levelDriftSdPerWeek ** 2 * weeks + m.examDaySd.value ** 2;
  const atHorizon = { mean: x[0] + gain, sd: Math.sqrt(varH) };
  return {
    line,
    used,
    skipped,
    firstExposureNbme,
    personalOffset: offset,
    level: { mean: x[0], sd: Math.sqrt(a) },
    growth: { mean: x[1], used: g, sd: Math.sqrt(c), weeks: ahead },
    span,
    readings,
    atHorizon,
    passProbability: used ? normalCdf((atHorizon.mean - line) / atHorizon.sd) : 0,
  };
}

/** The level a reported pass probability implies on the practice scale, given one result's error. */
function impliedLevel(exam: Exam, line: number, sd: number, passProbability: number): number {
  const p = Math.min(0.99, Math.max(0.01, passProbability / 100));
  return line + Math.sqrt(sd ** 2 + MODEL[exam].examDaySd.value ** 2) * normalQuantile(p);
}

const withinRange = (score: number, implied: number, sd: number) => Math.max(score - PASS_PROBABILITY.within * sd, Math.min(score + PASS_PROBABILITY.within * sd, implied));

/**
 * Whether NBME's reported pass probability disagrees with the score from the same sitting: the
 * level it implies lies outside the score's range (PASS_PROBABILITY), so the model reads it at
 * that range's edge and `retake log` asks the student to check both numbers.
 */
export function probabilityDisagrees(exam: Exam, e: Pick<Measurement, 'kind' | 'score' | 'passProbability' | 'date'>): boolean {
  if (!isNbme(e.kind) || e.passProbability === undefined) return false;
  const read = onModelScale(exam, e.kind, e.score);
  if (!('value' in read)) return false;
  const k = MODEL[exam].kinds[e.kind];
  const z = read.value - k.offset;
  const implied = impliedLevel(exam, passLine(exam, e.date), k.sd, e.passProbability);
  return withinRange(z, implied, k.sd) !== implied;
}

/**
 * Weeks from today until the level, gaining `planningGainPerWeek`, gives the probability `bar`;
 * at least `min`. Undefined when no week up to `max` does, or when it would take more gain than
 * a plan credits (twice `maxProjectedGain`): the bar is out of reach within a plausible horizon,
 * and the verdict says so instead of naming a far date. Depends on the scores only through the
 * level today, so a lower score never gives fewer weeks.
 */
export function weeksToBar(exam: Exam, est: Estimate, bar: number, min: number, max: number): number | undefined {
  const m = MODEL[exam];
  for (let w = min; w <= max; w++) {
    const gain = m.planningGainPerWeek * w;
    if (gain > m.maxProjectedGain * 2) return undefined;
    const sd = Math.sqrt(est.level.sd ** 2 + m.levelDriftSdPerWeek ** 2 * w + m.examDaySd.value ** 2);
    if (normalCdf((est.level.mean + gain - est.line) / sd) >= bar) return w;
  }
  return undefined;
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 erf, error < 1.5e-7). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(z)) / Math.SQRT2);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  const tail = (q: number) => (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < lo) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - lo) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}
