// The re-planning rules: sequences of logged scores → verdict, focus and plan changes.
import { describe, expect, it } from 'vitest';
import { adaptToPractice } from '../../src/core/adapt.js';
import { buildPlan } from '../../src/core/plan.js';
import { readinessVerdict, trendPerWeek } from '../../src/core/readiness.js';
import type { PracticeExam } from '../../src/schema/history.js';
import { makeAnswers } from '../helpers.js';
import { planViolations } from '../invariants.js';

const nbme = (date: string, score: number, extra: Partial<PracticeExam> = {}): PracticeExam => ({ kind: 'nbme', date, score, ...extra });
const step1 = makeAnswers({ performance: { disciplines: { pharmacology: 'lower', biochemistry: 'lower' } }, schedule: { start: '2027-01-04', examDate: '2027-03-01' } });

const verdict = (entries: PracticeExam[], today: string, examDate = '2027-03-01') =>
  readinessVerdict({ exam: 'step1', today, entries, examDate, planEnd: '2027-02-28', checkpointsRemaining: 3, consecutive: 2, firstCheckpoint: '2027-01-09', gateText: 'gate' });

describe('readiness verdict', () => {
  it.each<[string, PracticeExam[], string, string]>([
    ['no scores', [], '2027-01-05', 'no-data'],
    ['one low score, far out', [nbme('2027-01-09', 52)], '2027-01-10', 'not-ready'],
    ['in the low-pass zone', [nbme('2027-01-09', 66)], '2027-01-10', 'at-risk'],
    ['rising fast enough to cross the line by the exam', [nbme('2027-01-09', 58), nbme('2027-01-16', 61), nbme('2027-01-23', 64)], '2027-01-24', 'on-track'],
    ['one clear score', [nbme('2027-01-09', 62), nbme('2027-01-16', 69)], '2027-01-17', 'on-track'],
    ['two clear in a row', [nbme('2027-01-09', 69), nbme('2027-01-16', 71)], '2027-01-17', 'ready'],
    ['clear, then below', [nbme('2027-01-09', 70), nbme('2027-01-16', 66)], '2027-01-17', 'at-risk'],
    ['a 90% pass probability counts as clear', [nbme('2027-01-09', 66, { passProbability: 92 }), nbme('2027-01-16', 67, { passProbability: 95 })], '2027-01-17', 'ready'],
    ['flat and low', [nbme('2027-01-09', 55), nbme('2027-01-16', 55), nbme('2027-01-23', 56)], '2027-01-24', 'not-ready'],
  ])('%s → %s', (_, entries, today, status) => {
    const r = verdict(entries, today);
    expect(r.status).toBe(status);
    expect(r.reasons.length).toBeGreaterThan(0);
  });

  it('caps the trend: one lucky jump does not project a pass', () => {
    expect(trendPerWeek('step1', [nbme('2027-01-09', 50), nbme('2027-01-16', 64)])).toBe(3);
  });

  it('close to the exam date and not ready: proposes a later date, respecting the waiting rules', () => {
    const r = verdict([nbme('2027-02-13', 58), nbme('2027-02-20', 60)], '2027-02-21');
    expect(r.suggestedExamDate! > '2027-03-01').toBe(true);
    expect(r.reasons.join(' ')).toMatch(/move it to .* or later/);
    const eligible = readinessVerdict({ exam: 'step1', today: '2027-02-21', entries: [nbme('2027-02-20', 50)], examDate: '2027-03-01', planEnd: '2027-02-28', checkpointsRemaining: 1, consecutive: 2, earliestEligible: '2027-06-01', firstCheckpoint: '2027-02-27', gateText: 'g' });
    expect(eligible.suggestedExamDate).toBe('2027-06-01');
  });

  it('ready: says so and tapers the last days before the exam', () => {
    const plan = buildPlan(step1, '2027-02-21', { history: [nbme('2027-02-13', 70), nbme('2027-02-20', 72)] });
    expect(plan.readiness.status).toBe('ready');
    expect(plan.readiness.reasons.join(' ')).toMatch(/met the gate/);
    const days = plan.weeks.flatMap((w) => w.days);
    const taper = days.filter((d) => d.notes.some((n) => /Taper/.test(n)));
    expect(taper.map((d) => d.date)).toEqual(['2027-02-26', '2027-02-27', '2027-02-28'].filter((d) => days.find((x) => x.date === d)?.kind === 'study'));
    for (const d of taper) expect(d.hours).toBeLessThan(8);
  });

  it('not ready near a booked exam: the date to move to is suggested, and the plan never runs past the booked date', () => {
    const booked = buildPlan(step1, '2027-02-21', { history: [nbme('2027-02-13', 55), nbme('2027-02-20', 56)] });
    expect(booked.readiness.suggestedExamDate).toBe('2027-05-23');
    expect(booked.schedule.end <= '2027-03-07').toBe(true);
  });

  it('not ready near the end of a plan without a booked date: the plan covers the suggested date', () => {
    const step1 = makeAnswers({ performance: { disciplines: { pharmacology: 'lower', biochemistry: 'lower' } }, schedule: { start: '2027-01-04' } });
    const plan = buildPlan(step1, '2027-02-21', { history: [nbme('2027-02-13', 55), nbme('2027-02-20', 56)] });
    if (plan.readiness.suggestedExamDate) expect(plan.schedule.end >= plan.readiness.suggestedExamDate || plan.schedule.weeks === 16).toBe(true);
    expect(planViolations(plan, step1)).toEqual([]);
  });

});

describe('weak areas from practice exams', () => {
  it('persistent areas rise, improved ones drop, new ones join', () => {
    const adapted = adaptToPractice(step1, [nbme('2027-01-09', 60, { weak: ['pharmacology', 'microbiology'] })]);
    expect(adapted.moves).toEqual([
      { slug: 'pharmacology', from: 'lower', to: 'lower', why: 'persistent' },
      { slug: 'microbiology', from: 'unknown', to: 'lower', why: 'new' },
      { slug: 'biochemistry', from: 'lower', to: 'same', why: 'improved' },
    ]);
    expect(adapted.persistent.has('pharmacology')).toBe(true);
  });

  it('changes the focus of the remaining weeks, which keep their numbers and dates', () => {
    const before = buildPlan(step1, '2027-01-10');
    const after = buildPlan(step1, '2027-01-11', { history: [nbme('2027-01-09', 60, { form: '29', weak: ['microbiology', 'pharmacology'] })], previous: before });
    expect(before.weeks[0]!.focus.primary).toEqual(['biochemistry', 'pharmacology']);
    expect(after.schedule.currentWeek).toBe(2);
    expect(after.weeks[0]).toMatchObject({ week: 2, start: '2027-01-11' });
    expect(after.weeks[0]!.focus.primary).toEqual(['pharmacology', 'microbiology']);
    expect(after.weeks[0]!.focus.primary).not.toEqual(before.weeks[1]!.focus.primary);
    expect(after.diagnosis.findings.find((f) => f.id === 'practice-update')!.evidence.join(' ')).toMatch(/Pharmacology were weak again on NBME 29/);
    expect(after.sinceLastPlan!.items.join('\n')).toMatch(/New score: NBME 29 on 9 Jan, 60%\.[\s\S]*Readiness moved from no-data to not-ready[\s\S]*Week 2 now leads with Pharmacology, Microbiology \(was Pathology, Physiology\)/);
    expect(planViolations(after, step1)).toEqual([]);
  });

  it('does not plan a form the student has already taken', () => {
    const plan = buildPlan(step1, '2027-01-10', { history: [nbme('2027-01-09', 60, { form: '31' })] });
    expect(plan.weeks.map((w) => w.checkpoint?.name)).not.toContain('NBME CBSSA form 31');
  });

  it('says nothing changed when nothing did', () => {
    const a = buildPlan(step1, '2027-01-10');
    expect(buildPlan(step1, '2027-01-10', { previous: a }).sinceLastPlan!.items).toEqual(['Nothing changed: the same scores, focus and days as your last plan.']);
  });
});
