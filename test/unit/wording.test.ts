// Sentences whose words come from the numbers they describe.
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan.js';
import { aboutPoints } from '../../src/core/scale.js';
import { offSunday, weekday } from '../../src/lib/dates.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { fixtureAnswers, fixtureNames } from '../helpers.js';

describe('aboutPoints: a correction rounded to the scale unit', () => {
  it.each([[0.4, undefined], [0.5, 'about 1 point'], [1.2, 'about 1 point'], [7.5, 'about 8 points']])('%s → %s', (n, words) => {
    expect(aboutPoints(n)).toBe(words);
  });
});

describe('offSunday: a suggested date is not a Sunday', () => {
  it('moves a Sunday to the Monday after and leaves other days', () => {
    expect(offSunday('2027-02-21')).toBe('2027-02-22');
    expect(offSunday('2027-02-20')).toBe('2027-02-20');
    expect(offSunday('2027-02-22')).toBe('2027-02-22');
    expect(weekday(offSunday('2027-02-21'))).toBe(0);
  });
});

describe('resources: one kept, set-aside named once', () => {
  const base = fixtureAnswers(fixtureNames()[0]!);
  const a = { ...base, methods: { ...base.methods, resources: ['uworld', 'amboss', 'kaplan'], switchedResources: true } };
  const plan = buildPlan(a, a.schedule.start);
  const md = renderMarkdown(plan);
  it('says "one core resource" when the block keeps one', () => {
    const f = plan.diagnosis.findings.find((x) => x.id === 'resource-overload')!;
    expect(f.actions[0]).toMatch(/^This block uses one core resource, chosen from the ones you already know: UWorld\./);
  });
  it('names each set-aside resource once in the Resources section', () => {
    const section = /## Your resources\n([\s\S]*?)\n## /.exec(md)![1]!;
    expect(section.match(/AMBOSS/g)).toHaveLength(1);
  });
});

describe('questions that fit one test-day block', () => {
  it('are said as one block, never "blocks of 40" for fewer than 40', () => {
    for (const name of fixtureNames()) {
      const a = fixtureAnswers(name);
      const tasks = buildPlan(a, a.schedule.start).weeks.flatMap((w) => w.days.flatMap((d) => d.tasks));
      for (const t of tasks.filter((x) => x.type === 'questions' && /blocks of (up to )?40/.test(x.text))) expect(t.questions, t.text).toBeGreaterThan(40);
      for (const t of tasks.filter((x) => x.type === 'questions' && /in one block/.test(x.text))) expect(t.questions, t.text).toBeLessThanOrEqual(40);
    }
  });
});

describe('the anxiety ladder on a day of one block', () => {
  it('adds no "per sitting" to questions that fit one block', () => {
    for (const name of fixtureNames()) {
      const a = fixtureAnswers(name);
      const tasks = buildPlan(a, a.schedule.start).weeks.flatMap((w) => w.days.flatMap((d) => d.tasks));
      for (const t of tasks.filter((x) => x.type === 'questions' && /per sitting/.test(x.text))) expect(t.questions, t.text).toBeGreaterThan(40);
    }
  });
});
