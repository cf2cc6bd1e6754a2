// The rules every plan must meet, checked on fixtures and on generated students.
// Violations are collected as sentences, so a failure says exactly which rule broke where.
import { expect } from 'vitest';
import { addDays } from '../src/lib/dates.js';
import type { Answers } from '../src/schema/answers.js';
import { planSchema, type Plan } from '../src/schema/plan.js';

export function planViolations(plan: Plan, a: Answers): string[] {
  const out: string[] = [];
  const bad = (cond: boolean, msg: string) => {
    if (!cond) out.push(msg);
  };
  const v = planSchema.safeParse(plan);
  bad(v.success, `schema: ${v.success ? '' : JSON.stringify(v.error.issues.slice(0, 3))}`);
  const days = plan.weeks.flatMap((w) => w.days);
  bad(days.length === plan.weeks.length * 7, `expected ${plan.weeks.length * 7} days, got ${days.length}`);
  // A regenerated plan starts at the current week; numbering and dates stay those of the original start.
  const first = addDays(a.schedule.start, (plan.schedule.currentWeek - 1) * 7);
  plan.weeks.forEach((w, i) => bad(w.week === plan.schedule.currentWeek + i && w.start === addDays(first, i * 7), `week ${w.week} starts ${w.start}`));
  bad(plan.weeks.at(-1)!.week === plan.schedule.weeks, `last week is ${plan.weeks.at(-1)!.week}, plan has ${plan.schedule.weeks}`);
  days.forEach((d, i) => bad(d.date === addDays(first, i), `day ${i} is ${d.date}, expected ${addDays(first, i)}`));
  const daysOff = a.schedule.daysOffPerWeek ?? 1;
  for (const w of plan.weeks) {
    bad(w.days.filter((d) => d.kind === 'rest').length >= daysOff, `week ${w.week}: fewer than ${daysOff} rest days`);
    const cps = w.days.filter((d) => d.kind === 'checkpoint');
    bad(cps.length === 1, `week ${w.week}: ${cps.length} checkpoints`);
    bad(w.checkpoint.date === cps[0]?.date, `week ${w.week}: checkpoint date ${w.checkpoint.date} is not its checkpoint day`);
    bad(w.checkpoint.date >= w.start && w.checkpoint.date <= w.end, `week ${w.week}: checkpoint outside the week`);
    bad(w.days.filter((d) => d.kind === 'buffer').length === 1, `week ${w.week}: not exactly one buffer day`);
  }
  for (const d of days) {
    bad(d.hours <= a.schedule.hoursPerDay, `${d.date}: ${d.hours} h exceeds ${a.schedule.hoursPerDay} h`);
    const sum = d.tasks.reduce((n, t) => n + t.minutes, 0);
    bad(sum === Math.round(d.hours * 60), `${d.date}: tasks add up to ${sum} min, the day has ${d.hours} h`);
    for (const t of d.tasks) bad(Number.isInteger(t.minutes) && t.minutes > 0, `${d.date}: ${t.type} has ${t.minutes} min`);
    const q = d.tasks.find((t) => t.type === 'questions');
    const ex = d.tasks.find((t) => t.type === 'explanations');
    if (q) bad(!!ex && ex.minutes >= q.minutes, `${d.date}: explanation review shorter than answering`);
    if (d.kind === 'study') bad(d.tasks.some((t) => t.type === 'flashcards'), `${d.date}: no spaced repetition`);
  }
  // Every lower area leads a week before the final two (for the weeks still ahead).
  const ahead = plan.weeks.filter((w) => w.week <= plan.schedule.weeks - 2);
  if (ahead.length >= 1) {
    const lower = plan.diagnosis.weakAreas.filter((r) => r.band === 'lower').map((r) => r.slug);
    const early = new Set(ahead.flatMap((w) => w.focus.primary));
    for (const slug of lower) bad(early.has(slug), `${slug} (lower) is never a primary focus before the last two weeks`);
  }
  // Findings speak of the plan they sit in: its length, and the areas its first weeks lead with.
  const said = plan.diagnosis.findings.map((f) => [f.title, ...f.evidence, ...f.actions].join(' ')).join(' ');
  for (const m of said.matchAll(/runs (\d+) weeks/g)) bad(Number(m[1]) === plan.schedule.weeks, `a finding says the plan runs ${m[1]} weeks; it runs ${plan.schedule.weeks}`);
  for (const f of plan.diagnosis.findings) bad(f.actions.length > 0, `finding ${f.id} has no action`);
  // Caps and rest days quoted by a finding or a protocol are the schedule's own.
  const quoted = `${said} ${plan.protocols.map((p) => p.how).join(' ')}`;
  for (const m of quoted.matchAll(/(?:capped at|No day longer than) (\d+(?:\.\d+)?) hours/g)) bad(Number(m[1]) === plan.schedule.hoursPerDay, `a text caps days at ${m[1]} h; the plan's days are ${plan.schedule.hoursPerDay} h`);
  for (const m of quoted.matchAll(/at least (\d+|one) full rest days?/g)) bad((m[1] === 'one' ? 1 : Number(m[1])) === plan.schedule.daysOffPerWeek, `a text promises ${m[1]} rest days; the plan has ${plan.schedule.daysOffPerWeek}`);
  bad(!/\w\(s\)/.test(quoted), 'a finding or protocol says "(s)" instead of a proper plural');
  const weakFinding = plan.diagnosis.findings.find((f) => f.id === 'weak-areas');
  if (weakFinding && plan.schedule.currentWeek === 1) {
    const names = new Map(plan.diagnosis.weakAreas.map((r) => [r.slug, r.name]));
    // Areas below a low pass: the title names them in the order the weeks first take them.
    const lower = new Set(plan.diagnosis.weakAreas.filter((r) => r.band === 'lower').map((r) => r.slug));
    const leads = [...new Set(plan.weeks.flatMap((w) => w.focus.primary))].filter((slug) => lower.has(slug)).slice(0, 3);
    const at = leads.map((slug) => weakFinding.title.indexOf(names.get(slug)!));
    bad(at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]!)), `the weak-areas finding ("${weakFinding.title}") does not name the areas the weeks lead with, in order: ${leads.join(', ')}`);
    // The area week 1 leads with is among those its actions say the first weeks take.
    const opening = plan.weeks[0]!.focus.primary[0];
    if (opening) bad(weakFinding.actions.join(' ').includes(names.get(opening)!), `the weak-areas finding does not name ${opening}, which week 1 leads with`);
  }
  return out;
}

export function expectPlanInvariants(plan: Plan, a: Answers): void {
  expect(planViolations(plan, a)).toEqual([]);
}

const FORBIDDEN = ['NaN', 'undefined', 'Invalid Date', '[object Object]', 'Infinity'];
export function textViolations(text: string): string[] {
  return FORBIDDEN.filter((bad) => text.includes(bad)).map((bad) => `output contains ${bad}`);
}

export function expectCleanText(text: string): void {
  expect(textViolations(text)).toEqual([]);
}
