// The rules every plan must meet, checked on fixtures and on generated students.
import { expect } from 'vitest';
import { addDays } from '../src/lib/dates.js';
import type { Answers } from '../src/schema/answers.js';
import { planSchema, type Plan } from '../src/schema/plan.js';

export function expectPlanInvariants(plan: Plan, a: Answers): void {
  expect(planSchema.safeParse(plan).success).toBe(true);
  const days = plan.weeks.flatMap((w) => w.days);
  // Consecutive, unique dates from the start.
  days.forEach((d, i) => expect(d.date).toBe(addDays(a.schedule.start, i)));
  expect(days).toHaveLength(plan.weeks.length * 7);
  const daysOff = a.schedule.daysOffPerWeek ?? 1;
  for (const w of plan.weeks) {
    expect(w.days.filter((d) => d.kind === 'rest').length).toBeGreaterThanOrEqual(daysOff);
    const checkpoints = w.days.filter((d) => d.kind === 'checkpoint');
    expect(checkpoints).toHaveLength(1);
    expect(w.checkpoint.date).toBe(checkpoints[0]!.date);
    expect(w.checkpoint.date >= w.start && w.checkpoint.date <= w.end).toBe(true);
    expect(w.days.filter((d) => d.kind === 'buffer')).toHaveLength(1);
  }
  for (const d of days) {
    // No day over the student's hours; task minutes add up to the day's hours.
    expect(d.hours).toBeLessThanOrEqual(a.schedule.hoursPerDay);
    expect(d.tasks.reduce((n, t) => n + t.minutes, 0)).toBe(Math.round(d.hours * 60));
    for (const t of d.tasks) expect(t.minutes).toBeGreaterThan(0);
    const q = d.tasks.find((t) => t.type === 'questions');
    const ex = d.tasks.find((t) => t.type === 'explanations');
    if (q) expect(ex && ex.minutes >= q.minutes).toBe(true);
    if (d.kind === 'study') expect(d.tasks.some((t) => t.type === 'flashcards')).toBe(true);
  }
  // Every lower area is a primary focus before the last two weeks.
  const lower = plan.diagnosis.weakAreas.filter((r) => r.band === 'lower').map((r) => r.slug);
  const early = new Set(plan.weeks.slice(0, -2).flatMap((w) => w.focus.primary));
  for (const slug of lower) expect(early.has(slug), `${slug} never a primary focus`).toBe(true);
}

export function expectCleanText(text: string): void {
  for (const bad of ['NaN', 'undefined', 'Invalid Date', '[object Object]', 'Infinity']) expect(text).not.toContain(bad);
}
