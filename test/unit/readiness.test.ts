// The readiness model and verdict: logged results → pass probability, status and date advice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan.js';
import { estimate, formKey, normalCdf, normalQuantile, onModelScale, probabilityDisagrees } from '../../src/core/readiness-model.js';
import { readinessVerdict, type ReadinessInput } from '../../src/core/readiness.js';
import type { LoggedExam } from '../../src/schema/history.js';
import { daysBetween } from '../../src/lib/dates.js';
import { makeAnswers } from '../helpers.js';
import { planViolations } from '../invariants.js';

const ex = (kind: LoggedExam['kind'], date: string, score: number, form?: string, extra: Partial<LoggedExam> = {}): LoggedExam => ({ kind, date, score, ...(form ? { form } : {}), ...extra });
const nbme = (date: string, score: number, form?: string) => ex('nbme', date, score, form);
const WEEKS = ['2027-01-09', '2027-01-16', '2027-01-23', '2027-01-30', '2027-02-06', '2027-02-13', '2027-02-20'];
const weekly = (scores: number[], end = 7) => scores.map((s, k) => nbme(WEEKS[end - scores.length + k]!, s, String(20 + k)));

const verdict = (entries: LoggedExam[], today: string, extra: Partial<ReadinessInput> = {}) =>
  readinessVerdict({ exam: 'step1', today, entries, examDate: '2027-03-01', planEnd: '2027-02-28', upcoming: [{ date: '2027-02-27', kind: 'nbme' }], consecutive: 2, attempt: 2, ...extra });

describe('normal distribution helpers', () => {
  it.each([[0, 0.5], [1.2815515655446004, 0.9], [-1.6448536269514722, 0.05]])('Φ(%d) = %d', (z, p) => expect(normalCdf(z)).toBeCloseTo(p, 6));
  it('Φ⁻¹ inverts Φ', () => fc.assert(fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (p) => Math.abs(normalCdf(normalQuantile(p)) - p) < 1e-6)));
});

describe('readiness status', () => {
  it.each<[string, LoggedExam[], string, string]>([
    ['no scores', [], '2027-02-21', 'no-data'],
    ['one low score', [nbme('2027-02-20', 52)], '2027-02-21', 'not-ready'],
    ['flat just below the line', weekly([64, 64, 64]), '2027-02-21', 'at-risk'],
    ['two NBMEs just over a 68 line: not enough on their own', weekly([69, 71]), '2027-02-21', 'on-track'],
    ['two NBMEs clearly above the line', weekly([72, 74]), '2027-02-21', 'ready'],
    ['a single high NBME is not enough results', [nbme('2027-02-20', 80)], '2027-02-21', 'on-track'],
  ])('%s → %s', (_, entries, today, status) => expect(verdict(entries, today).status).toBe(status));

  it('NBMEs at 63–66, then UWSA 2 at 207 (≈ 71 EPC) and Free 120 at 75: not ready (no NBME passed; UWSA and Free 120 run high)', () => {
    const r = verdict([...weekly([63, 64, 65, 66], 5), ex('uwsa', '2027-02-13', 207, '2'), ex('free120', '2027-02-20', 75)], '2027-02-21');
    expect(r.status).not.toBe('ready');
    expect(r.passProbability!).toBeLessThan(0.75);
    expect(r.reasons.join(' ')).toMatch(/UWSA predicts a three-digit score; retake reads it on NBME's scale with an approximate line \(196 ≈ 65%, 0\.57 EPC a point; unverified\), about 5 points lower/);
    expect(r.reasons.join(' ')).toMatch(/Free 120 results are read about 8 points lower/);
  });

  it('high UWSA and Free 120 scores alone never make ready: a first-exposure NBME is required', () => {
    const r = verdict([ex('uwsa', '2027-02-13', 231, '1'), ex('uwsa', '2027-02-20', 233, '2'), ex('free120', '2027-02-20', 90)], '2027-02-21');
    expect(r.passProbability!).toBeGreaterThanOrEqual(0.9);
    expect(r.status).toBe('on-track');
    expect(r.reasons.join(' ')).toMatch(/first-exposure NBME/);
    // A repeated NBME form is not a first exposure either.
    expect(verdict([nbme('2027-02-13', 84, '30'), nbme('2027-02-20', 86, '30')], '2027-02-21').firstExposureNbme).toBe(true);
  });

  it('60 then 64 does not project a pass: the growth is shrunk toward no change', () => {
    const r = verdict(weekly([60, 64], 2), '2027-01-17');
    expect(r.projected!).toBeLessThan(66);
    expect(['not-ready', 'at-risk']).toContain(r.status);
    expect(r.headline).toMatch(/^About \d+ in 100 chance of passing if you sat on Mon 1 Mar 2027\.$/);
  });

  it('the final attempt needs 95 in 100', () => {
    const entries = weekly([72, 74]);
    const p = verdict(entries, '2027-02-21').passProbability!;
    expect(p).toBeGreaterThanOrEqual(0.9);
    expect(p).toBeLessThan(0.95);
    expect(verdict(entries, '2027-02-21', { attempt: 4 }).status).toBe('on-track');
  });

  it("NBME's reported pass probability is evidence, not an override", () => {
    const plain = verdict(weekly([66, 67]), '2027-02-21');
    const reported = verdict([ex('nbme', WEEKS[5]!, 66, '20', { passProbability: 92 }), ex('nbme', WEEKS[6]!, 67, '21', { passProbability: 95 })], '2027-02-21');
    expect(reported.passProbability!).toBeGreaterThan(plain.passProbability!);
    expect(reported.status).not.toBe('ready');
  });

  it('Step 2 CK: a personal over-prediction (practice 221, real 206) lowers the estimate; Free 120 is not counted', () => {
    const entries = [ex('ccssa', '2027-02-13', 235, '10'), ex('uwsa', '2027-02-20', 238, '2'), ex('free120', '2027-02-20', 80)];
    const base = { exam: 'step2ck' as const, attempt: 2 };
    const raw = verdict(entries, '2027-02-21', base);
    const own = verdict(entries, '2027-02-21', { ...base, prior: { bestPracticeScore: 221, realScore: 206 } });
    expect(own.personalOffset!).toBeGreaterThan(3);
    expect(own.level!.estimate).toBeLessThan(raw.level!.estimate - 3);
    expect(own.passProbability!).toBeLessThan(raw.passProbability!);
    expect(own.reasons.join(' ')).toMatch(/over-predicted your result/);
    expect(own.reasons.join(' ')).toMatch(/Not counted: Free 120/);
    expect(own.line.value).toBe(218);
  });

  it('reports an 80% interval around the level and the line with its source', () => {
    const r = verdict(weekly([62, 66, 65]), '2027-02-21');
    expect(r.level!.low).toBeLessThan(r.level!.estimate);
    expect(r.level!.high).toBeGreaterThan(r.level!.estimate);
    expect(r.line).toEqual({ value: 65, source: expect.stringMatching(/EPC/) });
    expect(r.reasons.join(' ')).toMatch(/One more NBME CBSSA at 70% or above, at your next checkpoint on 27 Feb, would make it about \d+ in 100/);
  });
});

describe('a falling student or an over-predictor is not cleared', () => {
  it('a series falling from 80 to 72 is held at on-track, with no new date; the same level flat is ready', () => {
    const fall = verdict(weekly([80, 78, 76, 74, 72]), '2027-02-21');
    expect(fall.passProbability!).toBeGreaterThanOrEqual(0.9);
    expect(fall.status).toBe('on-track');
    expect(fall.suggestedExamDate).toBeUndefined();
    expect(fall.reasons.join(' ')).toMatch(/Your scores are falling.*clears the bar, but ready waits for a result that stops the fall/);
    expect(verdict(weekly([74, 74, 74, 74, 74]), '2027-02-21').status).toBe('ready');
  });

  it('three declines in a row (80, 78, 76, 74) are a fall the shrunk trend misses: held at on-track; 74 four times is ready', () => {
    const fall = verdict(weekly([80, 78, 76, 74], 4), '2027-01-31');
    expect(fall.trendPerWeek!).toBeGreaterThan(-0.5);
    expect(fall.passProbability!).toBeGreaterThanOrEqual(0.9);
    expect(fall.status).toBe('on-track');
    expect(fall.reasons.join(' ')).toMatch(/Your last 4 results each came in lower than the one before\. Your scores are falling/);
    expect(verdict(weekly([80, 76, 78, 74], 4), '2027-01-31').reasons.join(' ')).not.toMatch(/falling/);
    expect(verdict(weekly([74, 74, 74, 74], 4), '2027-01-31').status).toBe('ready');
  });

  it('a result above the one before ends the fall, though the shrunk trend still points down', () => {
    const r = verdict(weekly([80, 78, 76, 74, 72, 73]), '2027-02-21');
    expect(r.trendPerWeek!).toBeLessThanOrEqual(-0.5);
    expect(r.reasons.join(' ')).not.toMatch(/falling|stops the fall/);
  });

  it('a fall is carried to the date, and the verdict says where it leads', () => {
    const r = verdict(weekly([80, 78, 76, 74, 72]), '2027-02-21');
    expect(r.projected!).toBeLessThan(r.level!.estimate);
    expect(r.reasons.join(' ')).toContain(`A fall counts all the way to 1 Mar: at this trend, about ${r.projected}% by then.`);
  });

  it('a rise seen over one week counts one week ahead, not the six to the date: 72 then 78 is not ready; 78 twice is', () => {
    const entries = weekly([72, 78], 2);
    const est = estimate({ exam: 'step1', today: '2027-01-17', horizon: '2027-03-01', entries });
    expect(est.growth.used).toBeGreaterThan(0);
    expect(est.growth.weeks).toBeCloseTo(1, 6);
    expect(est.atHorizon.mean - est.level.mean).toBeCloseTo(est.growth.used, 6);
    const r = verdict(entries, '2027-01-17');
    expect(r.status).toBe('on-track');
    expect(r.reasons.join(' ')).toContain('A rise counts only as far ahead as it has been seen: 7 of the 43 days to 1 Mar.');
    expect(verdict(weekly([78, 78], 2), '2027-01-17').status).toBe('ready');
  });

  it('a rise seen for five weeks counts all the way to a date eight days off', () => {
    const entries = weekly([60, 62, 64, 66, 68, 70]);
    const est = estimate({ exam: 'step1', today: '2027-02-21', horizon: '2027-03-01', entries });
    expect(est.growth.weeks).toBeCloseTo(8 / 7, 6);
    expect(verdict(entries, '2027-02-21').reasons.join(' ')).not.toMatch(/A rise counts only/);
  });

  it('Step 2 CK: answers of 226 practice and 211 real keep half the 15-point gap, so steady 235s are not ready; without them they are', () => {
    const entries = [235, 235, 235, 235, 235].map((s, k) => ex('ccssa', WEEKS[2 + k]!, s, String(10 + k)));
    const base = { exam: 'step2ck' as const, attempt: 2 };
    const own = verdict(entries, '2027-02-21', { ...base, prior: { bestPracticeScore: 226, realScore: 211 } });
    expect(own.personalOffset).toBe(7.5);
    expect(own.status).not.toBe('ready');
    expect(verdict(entries, '2027-02-21', base).status).toBe('ready');
  });
});

describe('date advice', () => {
  it('close to the date and short of ready: a move at least four weeks out, after the waiting rules', () => {
    const r = verdict(weekly([69, 70]), '2027-02-21');
    expect(r.status).not.toBe('ready');
    expect(r.suggestedExamDate! >= '2027-03-21').toBe(true);
    expect(verdict([nbme('2027-02-20', 64)], '2027-02-21', { earliestEligible: '2027-09-01' }).suggestedExamDate).toBe('2027-09-01');
  });

  it('a bar out of reach within a plausible horizon names no date and says so', () => {
    const r = verdict([nbme('2027-02-20', 50)], '2027-02-21', { earliestEligible: '2027-09-01' });
    expect(r.suggestedExamDate).toBeUndefined();
    expect(r.reasons.join(' ')).toMatch(/would not bring your chance to 90 in 100 within 16 weeks, so retake names no new date: talk to your advisor/);
  });

  it('a booked date moves no earlier than the day after the recommended block', () => {
    const own = verdict(weekly([66, 67]), '2027-02-21').suggestedExamDate!;
    expect(verdict(weekly([66, 67]), '2027-02-21', { blockAfter: '2027-06-07' }).suggestedExamDate).toBe('2027-06-07');
    expect(own < '2027-06-07').toBe(true);
  });

  it('the date moves smoothly with the score: a point lower is never more than a few weeks later', () => {
    const dates = [64, 65, 66, 67, 68].map((s) => verdict([nbme('2027-02-13', s, '30'), nbme('2027-02-20', s, '31')], '2027-02-21').suggestedExamDate);
    for (let k = 1; k < dates.length; k++) if (dates[k] && dates[k - 1]) expect(daysBetween(dates[k]!, dates[k - 1]!)).toBeLessThanOrEqual(21);
    expect(dates.filter(Boolean).length).toBeGreaterThanOrEqual(3);
  });

  it('a fall from 68 to 58 moves the date at least as far as a flat 64', () => {
    const flat = verdict(weekly([64, 64, 64]), '2027-02-21').suggestedExamDate!;
    const fall = verdict(weekly([68, 63, 58]), '2027-02-21').suggestedExamDate!;
    expect(fall >= flat).toBe(true);
  });

  it('a falling trend gets advice far from the exam', () => {
    const r = verdict(weekly([68, 63, 58], 3), '2027-01-24', { examDate: '2027-06-01' });
    expect(r.reasons.join(' ')).toMatch(/falling/);
  });

  it('worse evidence never earns an earlier date or a better status (latest lower, or every score lower)', () => {
    const order = ['no-data', 'not-ready', 'at-risk', 'on-track', 'ready'];
    // Out of reach (no date, said so) is later than any date.
    const dateOf = (r: ReturnType<typeof verdict>) => r.suggestedExamDate ?? (r.reasons.some((x) => /names no new date/.test(x)) ? '9999-12-31' : '0000-00-00');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 50, max: 85 }), { minLength: 1, maxLength: 7 }), fc.integer({ min: 1, max: 10 }), fc.boolean(), (scores, drop, all) => {
        const better = verdict(weekly(scores), '2027-02-21');
        const worseScores = scores.map((s, k) => (all || k === scores.length - 1 ? s - drop : s));
        const worse = verdict(weekly(worseScores), '2027-02-21');
        expect(order.indexOf(worse.status)).toBeLessThanOrEqual(order.indexOf(better.status));
        if (better.suggestedExamDate) expect(dateOf(worse) >= dateOf(better)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the plan and its readiness agree', () => {
  const step1 = makeAnswers({ performance: { disciplines: { pharmacology: 'lower' } }, schedule: { start: '2027-01-04', examDate: '2027-03-01' } });

  it('ready: says so, proposes no new date and asks for the taper', () => {
    const plan = buildPlan(step1, '2027-02-21', { history: [nbme('2027-02-13', 73, '30'), nbme('2027-02-20', 75, '31')] });
    expect(plan.readiness.status).toBe('ready');
    expect(plan.readiness.suggestedExamDate).toBeUndefined();
    expect(plan.readiness.taper).toBe(true);
    expect(plan.readiness.reasons.at(-1)).toMatch(/You are ready/);
  });

  it('not ready near a booked exam: a later date is proposed, the plan stays within the booked date, and the texts agree', () => {
    const plan = buildPlan(step1, '2027-02-21', { history: [nbme('2027-02-13', 63, '30'), nbme('2027-02-20', 65, '31')] });
    expect(plan.readiness.status).not.toBe('ready');
    const date = plan.readiness.suggestedExamDate!;
    expect(date > '2027-03-01').toBe(true);
    // The booked date is a wall until the student moves it.
    expect(plan.weeks.flatMap((w) => w.days).filter((d) => d.date > '2027-03-01' && d.tasks.length)).toEqual([]);
    expect(plan.readiness.reasons.join(' ')).not.toMatch(/the plan is extended/);
    const timeline = plan.diagnosis.findings.find((f) => f.id.startsWith('timeline-'))!;
    expect(timeline.actions.join(' ')).toContain(`This plan runs ${plan.schedule.weeks} weeks`);
    expect(plan.readiness.reasons.join(' ')).toMatch(/move it to .* or later/);
    expect(planViolations(plan, step1)).toEqual([]);
  });
});

describe('estimate', () => {
  it('weights recent results more: the same scores in reverse order give a different level', () => {
    const up = estimate({ exam: 'step1', today: '2027-02-21', horizon: '2027-03-01', entries: weekly([60, 65, 70]) });
    const down = estimate({ exam: 'step1', today: '2027-02-21', horizon: '2027-03-01', entries: weekly([70, 65, 60]) });
    expect(up.level.mean).toBeGreaterThan(down.level.mean);
  });
});

describe('each kind on its own scale', () => {
  const est = (exam: 'step1' | 'step2ck', entries: LoggedExam[], takenBefore?: Set<string>) =>
    estimate({ exam, today: '2027-02-21', horizon: '2027-03-01', entries, ...(takenBefore ? { takenBefore } : {}) });

  it.each<[string, 'step1' | 'step2ck', LoggedExam['kind'], number, number | string]>([
    ['Step 1 NBME: EPC as reported', 'step1', 'nbme', 66, 66],
    ['Step 1 UWSA 196: the passing standard reads as the EPC line', 'step1', 'uwsa', 196, 65],
    ['Step 1 UWSA 230: 34 points above, × 0.57', 'step1', 'uwsa', 230, 65 + 34 * 0.57],
    ['Step 1 Free 120: its own percent', 'step1', 'free120', 78, 78],
    ['Step 1 UWSA logged as a percent (old history): off its scale', 'step1', 'uwsa', 71, 'off-scale'],
    ['Step 2 CK CCSSA: three digits as reported', 'step2ck', 'ccssa', 231, 231],
    ['Step 2 CK Free 120: no published link to three digits', 'step2ck', 'free120', 72, 'uncalibrated'],
    ['Step 1 question-bank mock: a percent, but not EPC', 'step1', 'other', 62, 'uncalibrated'],
    ['Step 2 CK question-bank mock: a percent, not counted', 'step2ck', 'other', 62, 'uncalibrated'],
    ['Step 2 CK question-bank mock as three digits: off its scale', 'step2ck', 'other', 231, 'off-scale'],
  ])('%s', (_, exam, kind, score, expected) => {
    const r = onModelScale(exam, kind, score);
    if (typeof expected === 'string') expect(r).toEqual({ reason: expected });
    else expect('value' in r && r.value).toBeCloseTo(expected, 6);
  });

  it('a higher Step 1 UWSA never reads lower, and a UWSA counts for less than an NBME at the same level', () => {
    const low = est('step1', [ex('uwsa', '2027-02-20', 215, '2')]);
    const high = est('step1', [ex('uwsa', '2027-02-20', 235, '2')]);
    expect(high.level.mean).toBeGreaterThan(low.level.mean);
    const nbmeAtSame = est('step1', [nbme('2027-02-20', 65 + 39 * 0.57, '30')]);
    expect(high.level.sd).toBeGreaterThan(nbmeAtSame.level.sd);
  });

  it('a Step 2 CK Free 120 is skipped with its reason, and the verdict says so', () => {
    const r = readinessVerdict({ exam: 'step2ck', today: '2027-02-21', entries: [ex('ccssa', '2027-02-13', 230, '12'), ex('free120', '2027-02-20', 72)], examDate: '2027-03-01', planEnd: '2027-02-28', upcoming: [{ date: '2027-02-27', kind: 'ccssa' }], consecutive: 2, attempt: 2 });
    expect(r.resultsUsed).toBe(1);
    expect(r.reasons.join(' ')).toMatch(/Not counted: Free 120 has no published link to this exam's scale/);
  });
});

describe('a repeated form reads inflated, by the ledger rule', () => {
  it.each<[string, LoggedExam['kind'], string | undefined, string | undefined]>([
    ['an NBME form', 'nbme', '27', 'nbme:27'],
    ['"Form 27" and "27" are the same form', 'nbme', 'Form 27', 'nbme:27'],
    ['an NBME without a form is never a repeat', 'nbme', undefined, undefined],
    ['the Free 120 has one form', 'free120', undefined, 'free120:'],
  ])('%s', (_, kind, form, key) => expect(formKey('step1', kind, form)).toBe(key));

  it('a form listed in methods.formsTaken counts as a repeat: no first exposure, read lower', () => {
    const entries = [nbme('2027-02-13', 72, '27'), nbme('2027-02-20', 74, '28')];
    const fresh = estimate({ exam: 'step1', today: '2027-02-21', horizon: '2027-03-01', entries });
    const taken = estimate({ exam: 'step1', today: '2027-02-21', horizon: '2027-03-01', entries, takenBefore: new Set(['nbme:27', 'nbme:28']) });
    expect(fresh.firstExposureNbme).toBe(true);
    expect(taken.firstExposureNbme).toBe(false);
    expect(taken.level.mean).toBeLessThan(fresh.level.mean);
  });

  it('the plan passes formsTaken to the verdict', () => {
    const history = [nbme('2027-01-16', 72, '27'), nbme('2027-01-23', 74, '28')];
    const a = makeAnswers({ exam: 'step1' });
    const withTaken = { ...a, methods: { ...a.methods, formsTaken: ['NBME 27', 'nbme-28'] } } as typeof a;
    expect(buildPlan(withTaken, '2027-01-24', { history }).readiness.firstExposureNbme).toBe(false);
    expect(buildPlan(a, '2027-01-24', { history }).readiness.firstExposureNbme).toBe(true);
  });
});

describe('only uncounted results logged', () => {
  it('says a question-bank mock was logged but not counted, and why', () => {
    const plan = buildPlan(makeAnswers({ exam: 'step2ck', schedule: { start: '2027-01-04' } }), '2027-01-20', { history: [ex('other', '2027-01-16', 62)] });
    expect(plan.readiness.status).toBe('no-data');
    expect(plan.readiness.headline).toMatch(/counts toward readiness/);
    expect(plan.readiness.reasons.join(' ')).toMatch(/Not counted: question-bank mock/);
  });
});

describe('what is left to sit, said truly', () => {
  const mock = (date: string) => ({ date, kind: 'other' as const });
  const cbssa = (date: string) => ({ date, kind: 'nbme' as const });

  it('the baseline is the next checkpoint whose kind counts, after a logged mock', () => {
    const r = verdict([ex('other', '2027-02-20', 66)], '2027-02-20', { upcoming: [mock('2027-02-22'), cbssa('2027-02-27')], examDate: '2027-05-01' });
    expect(r.headline).toBe('No practice exam that counts toward readiness logged yet: the next one that counts, the NBME CBSSA on Sat 27 Feb 2027, gives your baseline.');
  });

  it('no counted checkpoint left: an honest sentence, not a date', () => {
    const r = verdict([], '2027-02-20', { upcoming: [mock('2027-02-22')], examDate: '2027-05-01' });
    expect(r.headline).toMatch(/none left in this plan counts toward readiness, so add an NBME self-assessment before you book/);
  });

  it.each<[string, { date: string; kind: LoggedExam['kind'] }[], string]>([
    ['counted and weak-areas-only apart', [cbssa('2027-02-22'), mock('2027-02-24'), mock('2027-02-26')], '1 practice exam left in this plan counts toward readiness. 2 more show weak areas only.'],
    ['only mocks', [mock('2027-02-22')], 'No practice exam left in this plan counts toward readiness. 1 more shows weak areas only.'],
    ['two counted', [cbssa('2027-02-22'), cbssa('2027-02-27')], '2 practice exams left in this plan count toward readiness.'],
  ])('remaining: %s', (_, upcoming, sentence) => expect(verdict(weekly([64, 64]), '2027-02-21', { upcoming }).reasons).toContain(sentence));

  it('"one more" names the kind the plan has next, and is left out when no counted exam remains', () => {
    expect(verdict(weekly([62, 66, 65]), '2027-02-21', { upcoming: [mock('2027-02-27')] }).reasons.join(' ')).not.toMatch(/One more/);
    const ck = readinessVerdict({ exam: 'step2ck', today: '2027-02-21', entries: [ex('ccssa', '2027-02-13', 215, '12'), ex('ccssa', '2027-02-20', 218, '13')], examDate: '2027-04-01', planEnd: '2027-03-31', upcoming: [{ date: '2027-02-27', kind: 'uwsa' }], consecutive: 2, attempt: 2 });
    expect(ck.reasons.join(' ')).toMatch(/One more UWSA at 2\d\d or above, at your next checkpoint on 27 Feb, would make it about \d+ in 100/);
  });

  it('"one more" is said only when it would raise the chance', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 55, max: 85 }), { minLength: 1, maxLength: 5 }), (scores) => {
        const r = verdict(weekly(scores), '2027-02-21');
        const m = /would make it about (\d+) in 100/.exec(r.reasons.join(' '));
        const now = Number(/About (\d+) in 100/.exec(r.headline)![1]);
        if (m) expect(Number(m[1])).toBeGreaterThan(now);
      }),
      { numRuns: 100 },
    );
  });

  it('no data close to the date: the move is worded from no result, not "not ready"', () => {
    const r = verdict([], '2027-02-21', { blockAfter: '2027-04-05' });
    expect(r.reasons.join(' ')).toMatch(/^No result yet this close to the exam date: move it to Mon 5 Apr 2027 or later/);
    expect(r.reasons.join(' ')).not.toMatch(/Not ready/);
  });
});

describe("NBME's pass probability beside its score", () => {
  const withP = (date: string, score: number, form: string, p: number) => ex('nbme', date, score, form, { passProbability: p });

  it('a probability that disagrees with its own score cannot put the 80% range above every score', () => {
    const r = verdict([withP('2027-01-30', 64, '27', 99), withP('2027-02-06', 64, '28', 99), withP('2027-02-13', 64, '29', 99), withP('2027-02-20', 64, '30', 99)], '2027-02-21');
    expect(r.level!.low).toBeLessThanOrEqual(64);
    expect(r.level!.estimate).toBeGreaterThan(64);
  });

  it.each<[number, number, boolean]>([
    [64, 99, true],
    [64, 40, false],
    [72, 95, false],
    [58, 90, true],
  ])('EPC %d with %d%%: disagrees %s', (score, p, disagrees) => expect(probabilityDisagrees('step1', { kind: 'nbme', score, passProbability: p, date: '2027-02-20' })).toBe(disagrees));
});
