import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan.js';
import { keepCurrentWeek, type WeekFocus } from '../../src/core/focus.js';
import { addDays } from '../../src/lib/dates.js';
import type { RankedArea } from '../../src/schema/plan.js';
import { TODAY, makeAnswers } from '../helpers.js';

// Issue 13/15: regenerating must not restart the focus order. Same answers, no new weak areas.
describe('focus anchored to the plan’s own weeks', () => {
  const focusByWeek = (plan: ReturnType<typeof buildPlan>) => new Map(plan.weeks.map((w) => [w.week, w.focus.primary.join(',')]));

  it.each([
    ['no profile', makeAnswers({ schedule: { start: TODAY, weeks: 10 } })],
    ['a profile', makeAnswers({ schedule: { start: TODAY, weeks: 10 }, performance: { disciplines: { pharm: 'lower', micro: 'lower' }, systems: { cardio: 'same' } } })],
  ])('keeps each future week’s primary focus when rebuilt at weeks 2 and 4 (%s)', (_, a) => {
    const first = buildPlan(a, TODAY);
    const before = focusByWeek(first);
    for (const weeks of [2, 4]) {
      const later = buildPlan(a, addDays(TODAY, weeks * 7), { inForce: first });
      expect(later.schedule.currentWeek).toBe(weeks + 1);
      for (const [week, primary] of focusByWeek(later)) expect([week, primary]).toEqual([week, before.get(week)]);
    }
  });

  it('leads the week after a practice exam with the areas it found weak, in the same week on every rebuild', () => {
    const a = makeAnswers({ schedule: { start: TODAY, weeks: 10 }, performance: { disciplines: { pharmacology: 'lower', microbiology: 'lower' } } });
    const history = [{ kind: 'nbme' as const, form: '30', date: addDays(TODAY, 20), score: 60, weak: ['biochemistry'] }];
    const [at22, at29] = [22, 29].map((day) => buildPlan(a, addDays(TODAY, day), { history }));
    expect(at22!.weeks.find((w) => w.week === 4)!.focus.primary[0]).toBe('biochemistry');
    // A week later the same history gives week 5 the same focus as the rebuild before did.
    expect(at29!.weeks.find((w) => w.week === 5)!.focus).toEqual(at22!.weeks.find((w) => w.week === 5)!.focus);
  });
});

describe('keepCurrentWeek', () => {
  const area = (slug: string) => ({ slug, name: slug, kind: 'system', rank: 1, band: 'lower', score: 1, weight: 1 }) as unknown as RankedArea;
  const wk = (...slugs: string[]) => ({ primary: slugs.map(area), secondary: [] });
  const slugs = (weeks: WeekFocus[]) => weeks.map((w) => w.primary.map((r) => r.slug).join(','));

  it('holds the current week and gives the areas it displaced the lightest later week before the final ones', () => {
    // Five weeks from today, the last two final: weeks 1 and 2 may take what week 0 loses.
    const ahead = [wk('c', 'd'), wk('e', 'f'), wk('g'), wk('x'), wk('x')];
    expect(slugs(keepCurrentWeek(wk('a', 'b'), ahead, [], 5, 0))).toEqual(['a,b', 'e,f', 'g,c,d', 'x', 'x']);
  });
  it('leaves an area that still leads a later week where it is', () => {
    const ahead = [wk('c'), wk('c', 'e'), wk('g'), wk('x'), wk('x')];
    expect(slugs(keepCurrentWeek(wk('a'), ahead, [], 5, 0))).toEqual(['a', 'c,e', 'g', 'x', 'x']);
  });
});
