// Simulated students for `npm run calibrate` (scripts/calibrate.js) and its smoke test.
// Each student has a true level on the practice scale and a true weekly growth; each weekly
// checkpoint draws a result with noise of its kind. The noise here is the simulation's own,
// taken from shared/domain.md and made harsher than the model assumes (a per-student bias the
// model does not know, UWSA and Free 120 offsets drawn from their whole reported range), so
// the verdict is tested against students it was not fitted to.
import { readinessVerdict } from '../src/core/readiness.js';
import type { Exam } from '../src/content/exams.js';
import { passLine } from '../src/core/readiness-model.js';
import { addDays } from '../src/lib/dates.js';
import type { LoggedExam } from '../src/schema/history.js';
import type { Readiness } from '../src/schema/plan.js';

export interface Scenario {
  id: string;
  name: string;
  exam: Exam;
  attempt: 2 | 3 | 4;
  /** True level relative to the line at the first checkpoint, and true growth per week. */
  start: number;
  growth: number;
  /** The student's own over-prediction (added to every practice result); the model learns it only from `prior`. */
  overPredicts?: number;
  prior?: { bestPracticeScore: number; realScore: number };
}

// Per-kind noise of the simulation [domain.md]: NBME ±4 EPC / CCSSA ±5–7; UWSA over-predicts by
// 5–12 three-digit points (≈ 3–7 EPC); Free 120 runs above EPC by an unknown amount (drawn 4–12).
// A Step 1 UWSA is reported as a three-digit score: the simulation's own line from EPC to it has
// a slope drawn from 0.45–0.7 EPC a point and an anchor off by up to ±2 EPC, neither known to the model.
const NOISE = {
  step1: { nbme: 4, uwsa: 5, uwsaOffset: [3, 7], free120: 5, free120Offset: [4, 12], bias: 2, uwsaSlope: [0.45, 0.7], uwsaAnchor: 2 },
  step2ck: { nbme: 7, uwsa: 8, uwsaOffset: [5, 12], free120: 0, free120Offset: [0, 0], bias: 3, uwsaSlope: [0, 0], uwsaAnchor: 0 },
} as const;
/** Step 1's passing standard and the EPC line it matches (the anchor of the simulation's UWSA line). */
const UWSA_ANCHOR = { threeDigit: 196, epc: 65 } as const;

const CHECKPOINTS = 8;
const START = '2027-01-09'; // a Saturday: one checkpoint a week
const EXAM_DATE = addDays(START, 7 * (CHECKPOINTS - 1) + 2);

/** Weeks 1–6 NBME (new forms), week 7 UWSA 2, week 8 Free 120 on Step 1 and a last NBME on Step 2 CK. */
function kindOf(exam: Exam, week: number): { kind: LoggedExam['kind']; form: string } {
  if (week === 7) return { kind: 'uwsa', form: '2' };
  if (week === 8) return exam === 'step1' ? { kind: 'free120', form: '1' } : { kind: 'ccssa', form: '14' };
  return { kind: exam === 'step1' ? 'nbme' : 'ccssa', form: String(25 + week) };
}

export const SCENARIOS: readonly Scenario[] = [
  { id: 'below-flat', name: 'Step 1, true level 1 point below the line, flat', exam: 'step1', attempt: 2, start: -1, growth: 0 },
  { id: 'below-rising', name: 'Step 1, rising 1 a week to 1 point below the line', exam: 'step1', attempt: 2, start: -8, growth: 1 },
  { id: 'at-line', name: 'Step 1, at the line, flat', exam: 'step1', attempt: 2, start: 0, growth: 0 },
  { id: 'above-2sd', name: 'Step 1, two error-SDs (8 EPC) above the line, flat', exam: 'step1', attempt: 2, start: 8, growth: 0 },
  { id: 'above-2sd-final', name: 'Step 1, two error-SDs above, final attempt', exam: 'step1', attempt: 4, start: 8, growth: 0 },
  { id: 'rising-above', name: 'Step 1, rising 1.5 a week from 4 below to 6.5 above', exam: 'step1', attempt: 2, start: -4, growth: 1.5 },
  { id: 'falling', name: 'Step 1, falling 1 a week from 5 above to 2 below', exam: 'step1', attempt: 2, start: 5, growth: -1 },
  { id: 'ck-below', name: 'Step 2 CK, 2 points below the line, flat', exam: 'step2ck', attempt: 2, start: -2, growth: 0 },
  { id: 'ck-above-2sd', name: 'Step 2 CK, two error-SDs (14) above the line, flat', exam: 'step2ck', attempt: 2, start: 14, growth: 0 },
  { id: 'ck-overpredictor', name: 'Step 2 CK, 2 below, practice over-predicts by 10 (answers: 226 practice, 211 real)', exam: 'step2ck', attempt: 2, start: -2, growth: 0, overPredicts: 10, prior: { bestPracticeScore: 226, realScore: 211 } },
  // The over-predictor's counterpart: the same answers, but the gap was test-day bad luck. What
  // the personal offset costs a student it does not fit (false ready cannot happen here).
  { id: 'ck-gap-luck', name: 'Step 2 CK, two error-SDs above, flat; answers 226 practice, 211 real, but no real over-prediction', exam: 'step2ck', attempt: 2, start: 14, growth: 0, prior: { bestPracticeScore: 226, realScore: 211 } },
];

/** Deterministic PRNG (mulberry32) and a normal draw (Box–Muller). */
export function rng(seed: number) {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal };
}

export interface Outcome {
  scenario: Scenario;
  runs: number;
  /** Share of runs with each status at the last checkpoint. */
  last: Record<Readiness['status'], number>;
  /** Share of runs given `ready` at any checkpoint. */
  everReady: number;
  /** Share of runs given `ready` at any checkpoint while the true level on the exam date is below the line. */
  falseReady: number;
  /** Share of runs given `ready` at the last checkpoint. */
  readyByLast: number;
}

export function simulate(s: Scenario, runs: number, seed = 1): Outcome {
  const r = rng(seed);
  const n = NOISE[s.exam];
  const line = passLine(s.exam, EXAM_DATE);
  const last: Outcome['last'] = { 'no-data': 0, 'not-ready': 0, 'at-risk': 0, 'on-track': 0, ready: 0 };
  let ever = 0;
  let falseReady = 0;
  for (let run = 0; run < runs; run++) {
    const bias = n.bias * r.normal() + (s.overPredicts ?? 0);
    const uwsaOffset = n.uwsaOffset[0] + (n.uwsaOffset[1] - n.uwsaOffset[0]) * r.uniform();
    const freeOffset = n.free120Offset[0] + (n.free120Offset[1] - n.free120Offset[0]) * r.uniform();
    const uwsaSlope = n.uwsaSlope[0] + (n.uwsaSlope[1] - n.uwsaSlope[0]) * r.uniform();
    const uwsaAnchor = UWSA_ANCHOR.epc + n.uwsaAnchor * (2 * r.uniform() - 1);
    const entries: LoggedExam[] = [];
    let wasReady = false;
    let status: Readiness['status'] = 'no-data';
    for (let week = 1; week <= CHECKPOINTS; week++) {
      const date = addDays(START, 7 * (week - 1));
      const level = line + s.start + s.growth * (week - 1);
      const { kind, form } = kindOf(s.exam, week);
      const noise = kind === 'uwsa' ? uwsaOffset + n.uwsa * r.normal() : kind === 'free120' ? freeOffset + n.free120 * r.normal() : n.nbme * r.normal();
      const raw = level + bias + noise;
      const threeDigit = s.exam === 'step2ck' || kind === 'uwsa';
      const onScale = s.exam === 'step1' && kind === 'uwsa' ? UWSA_ANCHOR.threeDigit + (raw - uwsaAnchor) / uwsaSlope : raw;
      const score = threeDigit ? Math.round(onScale) : Math.max(0, Math.min(100, Math.round(onScale)));
      entries.push({ kind, form, date, score });
      status = readinessVerdict({
        exam: s.exam,
        today: date,
        entries,
        examDate: EXAM_DATE,
        planEnd: addDays(EXAM_DATE, -1),
        upcoming: [],
        consecutive: 2,
        attempt: s.attempt,
        ...(s.prior ? { prior: s.prior } : {}),
      }).status;
      if (status === 'ready') wasReady = true;
    }
    last[status]++;
    const trueAtExam = line + s.start + s.growth * ((CHECKPOINTS - 1) + 2 / 7);
    if (wasReady) ever++;
    if (wasReady && trueAtExam < line) falseReady++;
  }
  const share = (k: number) => k / runs;
  return {
    scenario: s,
    runs,
    last: Object.fromEntries(Object.entries(last).map(([k, v]) => [k, share(v)])) as Outcome['last'],
    everReady: share(ever),
    falseReady: share(falseReady),
    readyByLast: share(last.ready),
  };
}
