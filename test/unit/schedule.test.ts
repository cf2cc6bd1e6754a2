import { describe, expect, it } from 'vitest';
import { assignFocus } from '../../src/core/focus.js';
import { buildPlan } from '../../src/core/plan.js';
import { rankAreas } from '../../src/core/rank.js';
import { checkpointExams } from '../../src/core/schedule.js';
import { TODAY, fixtureAnswers, fixtureNames, makeAnswers } from '../helpers.js';
import { expectPlanInvariants } from '../invariants.js';

describe('plans for every fixture student', () => {
  it.each(fixtureNames())('%s meets every rule', (name) => {
    const a = fixtureAnswers(name);
    expectPlanInvariants(buildPlan(a, TODAY), a);
  });
});

describe('ranking', () => {
  it('puts lower high-weight areas first and higher areas last', () => {
    const r = rankAreas(makeAnswers({ performance: { disciplines: { genetics: 'lower', pathology: 'lower', behavioral: 'higher' } } }));
    expect(r[0]!.slug).toBe('pathology');
    expect(r.findIndex((x) => x.slug === 'genetics')).toBeLessThan(r.findIndex((x) => x.slug === 'anatomy'));
    expect(r.at(-1)!.band).toBe('higher');
  });
});

describe('focus', () => {
  it('gives a pair of areas two weeks each, as the seeds sample block does', () => {
    const ranked = rankAreas(makeAnswers({ performance: { disciplines: { pharm: 'lower', biochem: 'lower' } } }));
    const f = assignFocus(ranked, 6);
    expect(f.map((w) => w.primary.map((r) => r.slug))).toEqual([
      ['biochemistry', 'pharmacology'],
      ['biochemistry', 'pharmacology'],
      ['pathology', 'physiology'],
      ['pathology', 'physiology'],
      ['anatomy', 'microbiology'],
      ['anatomy', 'microbiology'],
    ]);
  });

  it('widens weekly groups so that many lower areas all lead before the final weeks', () => {
    const all = Object.fromEntries(['pathology', 'physiology', 'pharmacology', 'biochemistry', 'microbiology', 'immunology', 'anatomy', 'histology', 'behavioral-sciences', 'genetics'].map((s) => [s, 'lower' as const]));
    const f = assignFocus(rankAreas(makeAnswers({ performance: { disciplines: all } })), 4);
    const led = new Set(f.flatMap((w) => w.primary.map((r) => r.slug)));
    for (const slug of Object.keys(all)) expect(led.has(slug), slug).toBe(true);
    expect(f[0]!.primary).toHaveLength(3);
  });

  it('two students with different weaknesses get different first weeks', () => {
    const one = buildPlan(makeAnswers({ performance: { disciplines: { pharm: 'lower' } } }), TODAY);
    const two = buildPlan(makeAnswers({ performance: { disciplines: { micro: 'lower' } } }), TODAY);
    expect(one.weeks[0]!.focus.primary[0]).toBe('pharmacology');
    expect(two.weeks[0]!.focus.primary[0]).toBe('microbiology');
  });
});

describe('checkpoints', () => {
  it('ends with UWSA 2 and Free 120 and spends the newest NBME forms', () => {
    const exams = checkpointExams(makeAnswers(), 8).map((e) => e.name);
    expect(exams.at(-1)).toMatch(/Free 120/);
    expect(exams.at(-2)).toMatch(/UWSA 2/);
    expect(exams.at(-4)).toMatch(/UWSA 1/);
    expect(exams.slice(0, 4).concat(exams[5]!)).toEqual([29, 30, 31, 32, 33].map((n) => `NBME CBSSA form ${n}`));
  });

  it('uses question-bank mock exams when Step 2 CK forms run out', () => {
    const exams = checkpointExams(makeAnswers({ exam: 'step2ck' }), 12);
    expect(exams.filter((e) => e.kind === 'other')).toHaveLength(2);
    expect(exams[0]!.kind).toBe('other');
    expect(new Set(exams.filter((e) => e.kind === 'ccssa').map((e) => e.name)).size).toBe(7);
  });

  it('shortens the practice exam to what a short day holds and says so', () => {
    const plan = buildPlan(makeAnswers({ schedule: { hoursPerDay: 3 } }), TODAY);
    const cp = plan.weeks[0]!.checkpoint;
    expect(cp.fullLength).toBe(false);
    expect(cp.questions).toBe(100);
    expect(plan.weeks[0]!.days.find((d) => d.kind === 'checkpoint')!.tasks[0]!.text).toMatch(/2 of 4 blocks today/);
  });
});

describe('effects of findings on days', () => {
  const day1 = (over: Parameters<typeof makeAnswers>[0]) => buildPlan(makeAnswers(over), TODAY).weeks[0]!.days[0]!;
  it('adds pacing drills when time ran out', () => {
    expect(day1({ testDay: { ranOutOfTime: true } }).tasks.find((t) => t.type === 'questions')!.text).toMatch(/pacing drill/);
    expect(day1({}).tasks.find((t) => t.type === 'questions')!.text).not.toMatch(/pacing drill/);
  });
  it('adds a breathing drill and the one-block ladder for anxiety', () => {
    const d = day1({ testDay: { anxiety: 7 } });
    expect(d.tasks.map((t) => t.type)).toContain('breathing');
    expect(d.tasks.find((t) => t.type === 'questions')!.text).toMatch(/one block per sitting/);
  });
  it('puts expressive writing before each checkpoint for anxiety', () => {
    const plan = buildPlan(makeAnswers({ testDay: { anxiety: 7 } }), TODAY);
    for (const w of plan.weeks) expect(w.days.find((d) => d.kind === 'checkpoint')!.tasks[0]!.type).toBe('expressive-writing');
  });
  it('caps days and adds a rest day for high burnout', () => {
    const plan = buildPlan(makeAnswers({ wellbeing: { burnout: 8 }, schedule: { hoursPerDay: 11, daysOffPerWeek: 0 } }), TODAY);
    for (const w of plan.weeks) {
      expect(w.days.filter((d) => d.kind === 'rest').length).toBeGreaterThanOrEqual(1);
      for (const d of w.days) expect(d.hours).toBeLessThanOrEqual(8);
    }
  });
  it('places a sleep window from the day start', () => {
    expect(day1({ wellbeing: { sleepHours: 5 }, schedule: { dayStartsAt: '07:30' } }).notes).toContain('Sleep window 22:30–06:30 (8 h); protect it');
  });
  it('reviews explanations longer when review was short', () => {
    const q = day1({ methods: { reviewMinutesPerBlock: 10 } }).tasks;
    expect(q.find((t) => t.type === 'explanations')!.minutes).toBeGreaterThan(q.find((t) => t.type === 'questions')!.minutes);
  });
  it('reviews a checkpoint’s incorrects on the next working day', () => {
    const plan = buildPlan(makeAnswers(), TODAY);
    expect(plan.weeks[1]!.days[0]!.tasks[0]!.type).toBe('incorrects-review');
  });
});
