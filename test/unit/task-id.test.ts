// Stable task identity: every task has an ID, IDs are unique in a plan, and an unchanged
// task keeps its ID when the plan is regenerated.
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan.js';
import { taskId, withTaskIds } from '../../src/core/task-id.js';
import { TASK_ID_PATTERN, type Week } from '../../src/schema/plan.js';
import { TODAY, fixtureAnswers, fixtureNames, makeAnswers } from '../helpers.js';

// A review is known by its text and the question block it reviews (the day's last block before it).
const tasksOf = (weeks: readonly Week[]) =>
  weeks.flatMap((w) =>
    w.days.flatMap((d) => {
      let block = '';
      return d.tasks.map((t) => {
        if (t.type === 'questions') block = t.text;
        return { date: d.date, ...t, text: t.type === 'explanations' ? `${t.text}|${block}` : t.text };
      });
    }),
  );

describe.each(fixtureNames())('%s', (name) => {
  const a = fixtureAnswers(name);
  const plan = buildPlan(a, TODAY);

  it('every task has an ID in the Obsidian Tasks alphabet, unique in the plan', () => {
    const ids = tasksOf(plan.weeks).map((t) => t.id);
    for (const id of ids) expect(id).toMatch(TASK_ID_PATTERN);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a regenerated plan gives every unchanged task its old ID, and only those', () => {
    const later = buildPlan(a, '2027-01-20');
    const before = new Map(tasksOf(plan.weeks).map((t) => [`${t.date}|${t.type}|${t.text}`, t.id]));
    const after = tasksOf(later.weeks);
    let same = 0;
    for (const t of after) {
      const old = before.get(`${t.date}|${t.type}|${t.text}`);
      if (old) {
        expect(t.id).toBe(old);
        same++;
      } else expect([...before.values()]).not.toContain(t.id);
    }
    expect(same).toBeGreaterThan(0);
  });
});

describe('a review and its question block', () => {
  it('change their IDs together: a block on new areas makes its review a new task', () => {
    const weeks = buildPlan(makeAnswers(), TODAY).weeks.slice(0, 1);
    const day = weeks[0]!.days.find((d) => d.tasks.some((t) => t.type === 'explanations'))!;
    const reworded = (text: string): Week[] => [{ ...weeks[0]!, days: [{ ...day, tasks: day.tasks.map((t) => (t.type === 'questions' ? { ...t, text } : t)) }] }];
    const ids = (w: Week[]) => Object.fromEntries(withTaskIds(w)[0]!.days[0]!.tasks.map((t) => [t.type, t.id]));
    const a = ids(reworded('30 timed questions on renal'));
    const b = ids(reworded('30 timed questions on cardio'));
    expect(b.questions).not.toBe(a.questions);
    expect(b.explanations).not.toBe(a.explanations);
    expect(ids(reworded('30 timed questions on renal'))).toEqual(a);
  });
});

describe('taskId', () => {
  const t = { type: 'content', text: 'Review pharmacology' } as const;
  it('depends on the date, the type and the text, not on the minutes', () => {
    expect(taskId('2027-01-04', t)).toBe(taskId('2027-01-04', { ...t }));
    expect(taskId('2027-01-05', t)).not.toBe(taskId('2027-01-04', t));
    expect(taskId('2027-01-04', { ...t, type: 'flashcards' })).not.toBe(taskId('2027-01-04', t));
    expect(taskId('2027-01-04', { ...t, text: 'Review renal' })).not.toBe(taskId('2027-01-04', t));
  });

  it('tells identical tasks on one day apart, and does not change its input', () => {
    const weeks = buildPlan(makeAnswers(), TODAY).weeks.slice(0, 1);
    const day = weeks[0]!.days[0]!;
    const task = { type: 'content' as const, minutes: 30, text: 'Same block' };
    const input: Week[] = [{ ...weeks[0]!, days: [{ ...day, tasks: [task, { ...task }] }, ...weeks[0]!.days.slice(1)] }];
    const frozen = JSON.stringify(input);
    const [a, b] = withTaskIds(input)[0]!.days[0]!.tasks;
    expect(a!.id).not.toBe(b!.id);
    expect(JSON.stringify(input)).toBe(frozen);
  });
});
