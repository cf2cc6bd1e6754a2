// Forms already assigned to weeks ahead stay on them after a log (students buy forms in
// advance); any move is said in "Since your last plan".
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan.js';
import type { LoggedExam } from '../../src/schema/history.js';
import type { Plan } from '../../src/schema/plan.js';
import { makeAnswers } from '../helpers.js';

// A far result and few hours: a 16-week plan whose checkpoints are spaced, forms and mocks alternating.
const nadia = makeAnswers({
  attempt: 3,
  previousAttempts: ['2026-03-10', '2026-09-28'],
  distanceFromPassing: 'far',
  performance: { disciplines: { pathology: 'lower', physiology: 'lower', pharmacology: 'lower', microbiology: 'same', biochemistry: 'lower', 'behavioral-sciences': 'higher', immunology: 'same' }, systems: { cardiovascular: 'lower', 'respiratory-renal': 'lower', 'reproductive-endocrine': 'same', gastrointestinal: 'lower', biostatistics: 'higher' } },
  methods: { questionsCompleted: 1800, practiceExamsTaken: 4, bestPracticeScore: 64, formsTaken: ['nbme 26', 'nbme 27', 'nbme 28', 'uwsa 1'] },
  wellbeing: { sleepHours: 6, exerciseDaysPerWeek: 1, burnout: 8, stressors: ['work', 'finances'], support: ['peers'] },
  schedule: { start: '2026-11-30', hoursPerDay: 4, availability: { mon: 3, tue: 3, wed: 0, thu: 6, fri: 3, sat: 8, sun: 0 }, practiceExamDay: 'sat' },
});
const ahead = (p: Plan, today: string) => new Map(p.weeks.filter((w) => w.checkpoint && w.checkpoint.date >= today && !w.checkpoint.taken).map((w) => [w.checkpoint!.date, w.checkpoint!.name]));

describe('checkpoint forms already assigned', () => {
  const first = buildPlan(nadia, '2026-11-27');
  const baseline = first.weeks.find((w) => w.checkpoint)!.checkpoint!;
  const log: LoggedExam = { kind: 'nbme', form: baseline.name.match(/form (\d+)$/)?.[1], date: baseline.date, score: 67, weak: ['pharmacology', 'respiratory-renal'] };

  it('stay on their weeks after a log, and nothing is said to have moved', () => {
    const next = buildPlan(nadia, baseline.date, { history: [log], inForce: first, previous: first });
    const was = ahead(first, baseline.date);
    was.delete(baseline.date);
    const now = ahead(next, baseline.date);
    for (const [date, name] of was) if (/form \d+$/.test(name)) expect(now.get(date), `${name} on ${date}`).toBe(name);
    expect(next.sinceLastPlan!.items.join('\n')).not.toMatch(/form \d+ moved from|no longer planned/);
  });

  it('a form no longer available leaves its week, and Since your last plan says so', () => {
    const later = [...ahead(first, '2026-12-06')].find(([, n]) => /form \d+$/.test(n))!;
    const form = later[1].match(/form (\d+)$/)![1];
    const without = makeAnswers({ ...nadia, methods: { ...nadia.methods, formsTaken: [`nbme ${form}`] } });
    const next = buildPlan(without, '2026-11-28', { inForce: first, previous: first });
    expect([...ahead(next, '2026-11-28').values()]).not.toContain(later[1]);
    expect(next.sinceLastPlan!.items.join('\n')).toContain(`${later[1]} is no longer planned for`);
  });
});
