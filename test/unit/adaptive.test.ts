// The re-planning rules: sequences of logged scores → verdict, focus and plan changes.
import { describe, expect, it } from 'vitest';
import { adaptToPractice } from '../../src/core/adapt.js';
import { buildPlan } from '../../src/core/plan.js';
import type { LoggedExam } from '../../src/schema/history.js';
import { makeAnswers } from '../helpers.js';
import { planViolations } from '../invariants.js';

const nbme = (date: string, score: number, extra: Partial<LoggedExam> = {}): LoggedExam => ({ kind: 'nbme', date, score, ...extra });
const step1 = makeAnswers({ performance: { disciplines: { pharmacology: 'lower', biochemistry: 'lower' } }, schedule: { start: '2027-01-04', examDate: '2027-03-01' } });

describe('plan length against the exam date', () => {
  it('not ready near a booked exam: a later date is suggested, and the plan never runs past the booked date', () => {
    const booked = buildPlan(step1, '2027-02-21', { history: [nbme('2027-02-13', 63), nbme('2027-02-20', 64)] });
    expect(booked.readiness.suggestedExamDate! > '2027-03-01').toBe(true);
    expect(booked.schedule.end <= '2027-03-07').toBe(true);
  });

  it('not ready near the end of a plan without a booked date: the plan covers the suggested date', () => {
    const step1 = makeAnswers({ performance: { disciplines: { pharmacology: 'lower', biochemistry: 'lower' } }, schedule: { start: '2027-01-04' } });
    const plan = buildPlan(step1, '2027-02-21', { history: [nbme('2027-02-13', 63), nbme('2027-02-20', 64)] });
    expect(plan.readiness.suggestedExamDate).toBeDefined();
    expect(plan.schedule.end >= plan.readiness.suggestedExamDate! || plan.schedule.weeks === 16).toBe(true);
    expect(planViolations(plan, step1)).toEqual([]);
    // Far below the line: no capped far date and no extension to it; the verdict says why.
    const far = buildPlan(step1, '2027-02-21', { history: [nbme('2027-02-13', 55), nbme('2027-02-20', 56)] });
    expect(far.readiness.suggestedExamDate).toBeUndefined();
    expect(far.diagnosis.timeline.extendedFrom).toBeUndefined();
    expect(far.readiness.reasons.join(' ')).toMatch(/retake names no new date: talk to your advisor/);
    expect(planViolations(far, step1)).toEqual([]);
  });
});

describe('weak areas from practice exams', () => {
  it('persistent areas rise, new ones join, and one a report did not flag keeps its score-report band', () => {
    const adapted = adaptToPractice(step1, [nbme('2027-01-09', 60, { weak: ['pharmacology', 'microbiology'] })]);
    expect(adapted.moves).toEqual([
      { slug: 'pharmacology', from: 'lower', to: 'lower', why: 'persistent' },
      { slug: 'microbiology', from: 'unknown', to: 'lower', why: 'new' },
      { slug: 'biochemistry', from: 'lower', to: 'lower', why: 'unflagged' },
    ]);
    expect(adapted.persistent.has('pharmacology')).toBe(true);
    // Nothing measured an improvement: the band shown stays the score report's, never "about a low pass".
    expect(adapted.answers.performance?.disciplines?.biochemistry).toBe('lower');
  });

  it('an area only a practice exam had flagged goes back to its score-report band when the next report leaves it off', () => {
    const adapted = adaptToPractice(step1, [nbme('2027-01-09', 60, { weak: ['microbiology'] }), nbme('2027-01-16', 61, { weak: ['pharmacology'] })]);
    expect(adapted.moves).toContainEqual({ slug: 'microbiology', from: 'unknown', to: 'unknown', why: 'unflagged' });
    expect(adapted.answers.performance?.disciplines?.microbiology).toBeUndefined();
    expect(adapted.answers.performance?.disciplines?.biochemistry).toBe('lower');
  });

  it('the resources kept follow the score report, not a practice exam\'s weak list', () => {
    const owned = makeAnswers({
      performance: { disciplines: { pathology: 'lower', pharmacology: 'lower', microbiology: 'same' }, systems: { cardiovascular: 'lower', 'respiratory-renal': 'lower' } },
      methods: { resources: ['first-aid', 'uworld', 'pathoma', 'sketchy', 'boards-and-beyond', 'anki'] },
      schedule: { start: '2027-01-04' },
    });
    const before = buildPlan(owned, '2027-01-03');
    const after = buildPlan(owned, '2027-01-11', { history: [nbme('2027-01-09', 60, { weak: ['pharmacology', 'microbiology', 'respiratory-renal'] })], previous: before });
    expect(after.diagnosis.findings.some((f) => f.id === 'practice-update')).toBe(true);
    expect(after.resources).toEqual(before.resources);
  });

  it('changes the focus of the remaining weeks, which keep their numbers and dates', () => {
    const before = buildPlan(step1, '2027-01-10');
    const after = buildPlan(step1, '2027-01-11', { history: [nbme('2027-01-09', 60, { form: '29', weak: ['microbiology', 'pharmacology'] })], previous: before });
    expect(before.weeks[0]!.focus.primary).toEqual(['pharmacology', 'biochemistry']);
    expect(after.schedule.currentWeek).toBe(2);
    expect(after.weeks[0]).toMatchObject({ week: 2, start: '2027-01-11' });
    expect(after.weeks[0]!.focus.primary).toEqual(['pharmacology', 'microbiology']);
    expect(after.weeks[0]!.focus.primary).not.toEqual(before.weeks[1]!.focus.primary);
    expect(after.diagnosis.findings.find((f) => f.id === 'practice-update')!.evidence.join(' ')).toMatch(/Pharmacology was weak again on NBME 29/);
    expect(after.diagnosis.findings.find((f) => f.id === 'practice-update')!.actions.join(' ')).toMatch(/Pharmacology rises in the ranking and leads/);
    expect(after.sinceLastPlan!.items.join('\n')).toMatch(/New score: NBME 29 on 9 Jan, 60%\.[\s\S]*Readiness moved from no-data to not-ready[\s\S]*Week 2 now leads with Pharmacology, Microbiology \(was Pathology, Physiology\)/);
    expect(planViolations(after, step1)).toEqual([]);
  });

  it('does not plan a form the student has already taken', () => {
    const plan = buildPlan(step1, '2027-01-10', { history: [nbme('2027-01-09', 60, { form: '31' })] });
    // Planned ahead: never again. Its own week shows it where it was sat (the review that follows names it).
    expect(plan.weeks.filter((w) => w.checkpoint && w.checkpoint.date >= plan.asOf).map((w) => w.checkpoint!.name)).not.toContain('NBME CBSSA form 31');
    expect(plan.weeks[0]!.checkpoint).toMatchObject({ date: '2027-01-09', name: 'NBME CBSSA form 31' });
  });

  it('says nothing changed when nothing did', () => {
    const a = buildPlan(step1, '2027-01-10');
    expect(buildPlan(step1, '2027-01-10', { previous: a }).sinceLastPlan!.items).toEqual(['Nothing changed: the same scores, focus and days as your last plan.']);
  });

  describe('since your last plan says what changed, no more', () => {
    const since = (prevOpts: Parameters<typeof buildPlan>[2], nextOpts: Parameters<typeof buildPlan>[2], today = '2027-01-13') =>
      buildPlan(step1, today, { ...nextOpts, previous: buildPlan(step1, '2027-01-12', prevOpts) }).sinceLastPlan!.items.join('\n');
    const logged = nbme('2027-01-09', 60, { form: '29', weak: ['microbiology', 'pharmacology'] });

    it('a skipped day is a change, and so is where its work went', () => {
      const items = since({}, { progress: { schemaVersion: 1, tasks: {}, skipped: [{ date: '2027-01-12', reason: 'sick' }], reads: [] } });
      expect(items).toMatch(/Tue 12 Jan 2027 is now marked skipped \(sick\)/);
      expect(items).toMatch(/Missed work now: \d+ tasks? carried into the days ahead/);
      expect(items).not.toMatch(/Nothing changed/);
    });

    it('a score removed from the history is named', () => {
      expect(since({ history: [logged] }, {})).toMatch(/^Removed score: NBME 29 on 9 Jan, 60%\.$/m);
    });

    it('an area left off a report\'s weak list is "not flagged", never "improved"', () => {
      const next = nbme('2027-01-10', 61, { form: '30', weak: ['pharmacology'] });
      const items = since({ history: [logged] }, { history: [logged, next] });
      expect(items).toMatch(/Microbiology moved from #\d+ to #\d+: NBME 30 on 10 Jan did not flag it as weak \(one report; not yet proof it improved\)\./);
      expect(items).not.toMatch(/: it improved/);
      // A score-report weak area the report left off keeps its band: it is not said to have moved for that.
      expect(items).not.toMatch(/Biochemistry & Nutrition moved[^\n]*did not flag/);
    });
  });
});

describe('the weak-areas finding describes the weeks as built', () => {
  const nadia = makeAnswers({
    performance: { disciplines: { pathology: 'lower', physiology: 'lower', pharmacology: 'lower', microbiology: 'same', biochemistry: 'lower' }, systems: { cardiovascular: 'lower', 'respiratory-renal': 'lower', 'reproductive-endocrine': 'same' } },
    schedule: { start: '2027-01-04' },
  });
  it('once begun: this week as kept, the next weeks as adapted, and no area both leading and secondary', () => {
    const before = buildPlan(nadia, '2027-01-03');
    const plan = buildPlan(nadia, '2027-01-13', { history: [nbme('2027-01-09', 60, { form: '29', weak: ['microbiology', 'pharmacology'] }), nbme('2027-01-12', 61, { form: '30', weak: ['respiratory-renal', 'microbiology'] })], previous: before });
    const f = plan.diagnosis.findings.find((x) => x.id === 'weak-areas')!;
    const name = new Map(plan.diagnosis.weakAreas.map((r) => [r.slug, r.name]));
    const [now, ...later] = plan.weeks.map((w) => w.focus.primary.map((s) => name.get(s)!));
    const [lead, secondary] = f.actions;
    expect(lead).toMatch(/^This week keeps the focus it began with, (.+); from next week the weeks lead with (.+), ranked by/);
    const [, current, next] = lead!.match(/^This week keeps the focus it began with, (.+); from next week the weeks lead with (.+), ranked by/)!;
    for (const n of now!) expect(current).toContain(n);
    for (const n of later[0]!.filter((x) => !now!.includes(x))) expect(next).toContain(n);
    for (const n of [...now!, ...later[0]!]) expect(secondary).not.toContain(n);
    expect(f.actions.join(' ')).not.toMatch(/steps? back/);
  });
  it('before the plan begins, and on its first day: the first weeks', () => {
    for (const today of ['2027-01-03', '2027-01-04']) {
      const f = buildPlan(nadia, today).diagnosis.findings.find((x) => x.id === 'weak-areas')!;
      expect(f.actions[0], today).toMatch(/^The first weeks lead with /);
    }
  });
});
