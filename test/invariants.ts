// The rules every plan must meet, checked on fixtures and on generated students.
// Violations are collected as sentences, so a failure says exactly which rule broke where.
import { expect } from 'vitest';
import { askedNoRest, weeklyHours } from '../src/core/availability.js';
import { addDays, daysBetween, weekday } from '../src/lib/dates.js';
import type { Answers } from '../src/schema/answers.js';
import { planSchema, type Plan } from '../src/schema/plan.js';
import { Chalk } from 'chalk';
import { RESOURCES } from '../src/content/resources.js';
import { ONE_PLURAL, text } from '../src/content/texts.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderSummary } from '../src/render/summary.js';

/** `markdown`: the plan's Markdown, when the caller has rendered it already. */
export function planViolations(plan: Plan, a: Answers, markdown?: string): string[] {
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
  const weekly = weeklyHours(a);
  for (const w of plan.weeks) {
    const cps = w.days.filter((d) => d.kind === 'checkpoint');
    if (w.checkpoint) {
      bad(w.checkpoint.date === cps.at(-1)?.date, `week ${w.week}: checkpoint date ${w.checkpoint.date} is not its last checkpoint day`);
      bad(w.checkpoint.date >= w.start && w.checkpoint.date <= w.end, `week ${w.week}: checkpoint outside the week`);
      // Complete checkpoints: the practice-exam tasks of the week add up to the whole form.
      const q = cps.flatMap((d) => d.tasks).filter((t) => t.type === 'practice-exam').reduce((n, t) => n + (t.questions ?? 0), 0);
      bad(q === w.checkpoint.questions && w.checkpoint.fullLength === w.checkpoint.questions >= 160, `week ${w.week}: checkpoint tasks hold ${q} of ${w.checkpoint.questions} questions`);
      // A form split by section: one section a day at most, never more days than sections (4).
      bad(cps.length <= 4, `week ${w.week}: a form split over ${cps.length} days`);
    } else bad(cps.length === 0, `week ${w.week}: checkpoint days without a checkpoint`);
  }
  const wall = plan.schedule.examDate && plan.schedule.examDate <= plan.schedule.end ? plan.schedule.examDate : undefined;
  const last = wall ? addDays(wall, -1) : plan.schedule.end;
  let run = 0;
  for (const d of days) {
    const avail = weekly[weekday(d.date)]!;
    // Availability: no day longer than the student's hours that weekday, unless the day says what it assumed.
    bad(d.assumed !== undefined || d.hours <= avail, `${d.date}: ${d.hours} h exceeds the ${avail} h available on ${d.weekday}`);
    if (avail === 0 && !d.assumed) bad(d.tasks.length === 0, `${d.date}: a 0-hour day holds tasks`);
    const sum = d.tasks.reduce((n, t) => n + t.minutes, 0);
    bad(sum === Math.round(d.hours * 60), `${d.date}: tasks add up to ${sum} min, the day has ${d.hours} h`);
    for (const t of d.tasks) bad(Number.isInteger(t.minutes) && t.minutes > 0, `${d.date}: ${t.type} has ${t.minutes} min`);
    // No filler: nothing under 15 minutes except the named drills.
    for (const t of d.tasks) bad(t.minutes >= 15 || t.type === 'breathing' || t.type === 'expressive-writing', `${d.date}: ${t.minutes}-min ${t.type} task`);
    const q = d.tasks.find((t) => t.type === 'questions');
    const ex = d.tasks.find((t) => t.type === 'explanations');
    if (q) bad(!!ex && ex.minutes >= q.minutes, `${d.date}: explanation review shorter than answering`);
    if (d.kind === 'study' && d.tasks.length && !d.taper) bad(d.tasks.some((t) => t.type === 'flashcards'), `${d.date}: no spaced repetition`);
    // The exam date is a wall; the taper holds no full-length exam in its last two days.
    if (wall && d.date >= wall) bad(d.tasks.length === 0, `${d.date}: tasks on or after the exam date ${wall}`);
    if (d.date > addDays(last, -2) && d.date <= last) bad(!d.tasks.some((t) => t.type === 'practice-exam'), `${d.date}: a practice exam in the last two days`);
    if (d.date > addDays(last, -3) && d.date <= last && d.hours) bad(d.hours <= Math.max(0.25, avail / 2), `${d.date}: taper day of ${d.hours} h (available ${avail} h)`);
    run = d.tasks.length ? run + 1 : 0;
    bad(run <= 6 || askedNoRest(a), `${d.date}: ${run} study days in a row without rest`);
  }
  if (plan.schedule.earliestEligible && wall) bad(wall >= plan.schedule.earliestEligible, `exam date ${wall} before the earliest eligible ${plan.schedule.earliestEligible}`);
  if (plan.schedule.earliestEligible) bad(plan.schedule.end >= addDays(plan.schedule.earliestEligible, -1), `plan ends ${plan.schedule.end}, before the earliest eligible ${plan.schedule.earliestEligible}`);
  // Exactly one rehearsal in the final three weeks of a plan of six weeks or more.
  const rehearsals = plan.weeks.filter((w) => w.checkpoint?.rehearsal);
  if (plan.schedule.weeks >= 6 && plan.schedule.currentWeek === 1) {
    bad(rehearsals.length === 1, `${rehearsals.length} test-day rehearsals`);
    for (const w of rehearsals) bad(daysBetween(w.checkpoint!.date, addDays(last, 1)) <= 21, `rehearsal ${w.checkpoint!.date} not in the final three weeks`);
    // A whole test day: seven blocks of 40 for Step 1, eight for Step 2 CK, on one day.
    for (const w of rehearsals) bad(w.checkpoint!.questions === (a.exam === 'step1' ? 280 : 320) && !w.checkpoint!.days, `rehearsal ${w.checkpoint!.date}: ${w.checkpoint!.questions} questions`);
  }
  // Every lower area leads a week before the final two. Focus is anchored to the plan's own
  // weeks (focus.ts), so in a regenerated plan an area may have led a week already past.
  const ahead = plan.weeks.filter((w) => w.week <= plan.schedule.weeks - 2 && w.phase.id !== 'final');
  if (ahead.length >= 1 && plan.schedule.currentWeek === 1) {
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
  out.push(...readerViolations(plan, a, markdown));
  return out;
}

const SLUG = new RegExp(`\\b(?:${RESOURCES.map((r) => r.slug.replace(/[-.]/g, '\\$&')).join('|')})\\b`);

/**
 * What a person reads (the Markdown plan and the terminal summary) uses words, not data: no
 * resource slug, no "(s)", no "1 weeks", and the crisis line near the top of both.
 */
export function readerViolations(plan: Plan, a: Answers, markdown?: string): string[] {
  const out: string[] = [];
  const md = markdown ?? renderMarkdown(plan);
  const summary = renderSummary(plan, new Chalk({ level: 0 }), { width: 100, written: [], rerun: 'retake plan' });
  // The Markdown's front matter and task IDs are data; the rest is prose.
  const prose = md.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/🆔 \w+/g, '');
  const own = (a.methods?.resources ?? []).filter((s) => s.includes('-') && !RESOURCES.some((r) => r.slug === s));
  for (const [name, t] of [['markdown', prose], ['summary', summary]] as const) {
    const slug = SLUG.exec(t) ?? own.map((s) => new RegExp(`\\b${s.replace(/[-.+]/g, '\\$&')}\\b`).exec(t)).find(Boolean);
    if (slug) out.push(`${name}: a resource slug in prose: "${t.slice(Math.max(0, slug.index - 40), slug.index + 40)}"`);
    const paren = /\w\(s\)/.exec(t);
    if (paren) out.push(`${name}: "(s)" instead of a plural: "${t.slice(Math.max(0, paren.index - 40), paren.index + 10)}"`);
    const one = new RegExp(ONE_PLURAL.source).exec(t);
    if (one) out.push(`${name}: "${one[0]}" in "${t.slice(Math.max(0, one.index - 60), one.index + 20)}"`);
    // (The terminal wraps lines: compare with whitespace folded.)
    const flat = t.replace(/\s+/g, ' ');
    // One recommended date: every sentence that moves the exam or says when to sit names the same day.
    const dates = new Set([...flat.matchAll(/(?:move it to|move your exam to|move the exam to|sit on or after|suggested exam date:|comes before) ((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} \w{3} \d{4})/gi)].map((m) => m[1]));
    if (dates.size > 1) out.push(`${name}: more than one date to move the exam to or sit from: ${[...dates].join(', ')}`);
    const crisis = flat.indexOf(text('plan', 'crisis'));
    if (crisis < 0 || crisis > flat.length / 4) out.push(`${name}: no crisis line near the top`);
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
