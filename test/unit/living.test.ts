// The living plan in the core: reading a ticked plan file back, folding it into progress, and
// carrying unfinished and skipped work forward without any day growing past its hours.
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan.js';
import { parsePlanFile, plannedTasks, recordRead } from '../../src/core/progress.js';
import { applyProgress } from '../../src/core/rebalance.js';
import { todayView } from '../../src/core/today.js';
import { addDays } from '../../src/lib/dates.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderOrg } from '../../src/render/org.js';
import { planSchema, type Plan } from '../../src/schema/plan.js';
import { emptyProgress, type Progress } from '../../src/schema/progress.js';
import { expectPlanInvariants } from '../invariants.js';
import { fixtureAnswers, fixtureNames } from '../helpers.js';

const START = '2027-01-04';
const answers = () => ({ ...fixtureAnswers('videos-anxious-step1'), schedule: { ...fixtureAnswers('videos-anxious-step1').schedule, start: START } });
const days = (plan: Plan) => plan.weeks.flatMap((w) => w.days);
const dayOf = (plan: Plan, date: string) => days(plan).find((d) => d.date === date)!;

/** Reads a rendered plan back after ticking every task on the given dates. */
function tickAndRead(plan: Plan, dates: readonly string[], today: string, progress = emptyProgress(), extra: (md: string) => string = (s) => s): { progress: Progress; report: ReturnType<typeof recordRead>['report'] } {
  let md = renderMarkdown(plan);
  md = md.replace(/^- \[ \] (.*📅 (\d{4}-\d{2}-\d{2}).*)$/gmu, (line, rest: string, date: string) => (dates.includes(date) ? `- [x] ${rest} ✅ ${date}` : line));
  const file = parsePlanFile(extra(md));
  if (!file.ok) throw new Error(file.problems.join('; '));
  return recordRead(progress, file.value, today, plannedTasks(plan));
}

describe('parsePlanFile', () => {
  it('reads ticks, done dates and IDs in any field order (Obsidian Tasks reorders them when it ticks)', () => {
    const r = parsePlanFile('---\ntitle: "USMLE Step 1 retake plan (attempt 2)"\ngenerated: "2027-01-04"\ntags:\n  - retake\n---\n- [x] **1 h** · Questions 🆔 abcd1234 📅 2027-01-04 ✅ 2027-01-05\n- [ ] **30 min** · Cards 📅 2027-01-04 🆔 efgh5678\n- [-] **2 h** · Content 📅 2027-01-04 🆔 ijkl9012\n- [ ] my own task\n');
    expect(r.ok && r.value).toEqual({
      generated: '2027-01-04',
      untracked: 1,
      tasks: [
        { id: 'abcd1234', date: '2027-01-04', done: true, cancelled: false, doneOn: '2027-01-05', description: '**1 h** · Questions', line: 7 },
        { id: 'efgh5678', date: '2027-01-04', done: false, cancelled: false, description: '**30 min** · Cards', line: 8 },
        { id: 'ijkl9012', date: '2027-01-04', done: false, cancelled: true, description: '**2 h** · Content', line: 9 },
      ],
    });
  });

  it.each([
    ['a shopping list', '# Groceries\n- [x] milk\n'],
    ['a note with IDs but nothing saying retake', '- [x] thing 🆔 abcd1234\n'],
    ['a retake plan with every ID removed', '---\ntags:\n  - retake\n---\n# Your USMLE Step 1 retake plan\n- [x] **1 h** · Questions 📅 2027-01-04\n'],
  ])('refuses %s', (_, text) => {
    const r = parsePlanFile(text);
    expect(r.ok).toBe(false);
  });
});

describe('recordRead', () => {
  const plan = buildPlan(answers(), START);
  it('records ticks with dates, deleted tasks as let go, edits kept by ID', () => {
    const victim = dayOf(plan, '2027-01-05').tasks[3]!;
    const reworded = dayOf(plan, '2027-01-05').tasks[1]!;
    const { progress, report } = tickAndRead(plan, ['2027-01-04'], '2027-01-06', emptyProgress(), (md) => md.split('\n').filter((l) => !l.includes(victim.id!)).join('\n').replace(reworded.text, 'my own words'));
    const mon = dayOf(plan, '2027-01-04').tasks;
    expect(report.ticked).toBe(mon.length);
    expect(report.deleted).toEqual([victim.id]);
    expect(report.edited).toEqual([reworded.id]);
    expect(progress.tasks[mon[0]!.id!]).toMatchObject({ done: true, doneOn: '2027-01-04', date: '2027-01-04', seen: '2027-01-06' });
    expect(progress.tasks[victim.id!]).toMatchObject({ dropped: '2027-01-06' });
    expect(progress.reads).toEqual(['2027-01-06']);
  });
});

describe('applyProgress', () => {
  it('without any progress recorded, carries nothing and changes nothing', () => {
    const plan = buildPlan(answers(), '2027-01-07');
    expect(plan.rebalance).toBeUndefined();
    expect(applyProgress(plan.weeks, emptyProgress(), '2027-01-07').weeks).toEqual(plan.weeks);
  });

  it('carries a half-done week and a skipped day into days with room, never past their hours; ticks survive', () => {
    const first = buildPlan(answers(), START);
    const read = tickAndRead(first, ['2027-01-04', '2027-01-05'], '2027-01-08').progress;
    const progress: Progress = { ...read, skipped: [{ date: '2027-01-06', reason: 'sick' }] };
    const a = answers();
    const plan = buildPlan(a, '2027-01-08', { progress });
    expect(planSchema.safeParse(plan).success).toBe(true);
    expectPlanInvariants(plan, a);
    for (const d of days(plan)) expect(d.tasks.reduce((n, t) => n + t.minutes, 0)).toBe(Math.round(d.hours * 60));
    // Monday and Tuesday stay ticked; Wednesday is skipped and its work moved on.
    for (const t of dayOf(plan, '2027-01-04').tasks) expect(t.done).toEqual({ on: '2027-01-04' });
    const wed = dayOf(plan, '2027-01-06');
    expect(wed.skipped).toEqual({ reason: 'sick' });
    const carried = days(plan).flatMap((d) => d.tasks.filter((t) => t.carried).map((t) => ({ ...t, on: d.date })));
    expect(carried.length).toBeGreaterThan(0);
    for (const c of carried) expect(c.on >= '2027-01-08').toBe(true);
    // Every missed questions block of Wed and Thu is carried or named as not fitting; none twice.
    const missed = [...wed.tasks, ...dayOf(plan, '2027-01-07').tasks].filter((t) => t.type === 'questions');
    const unplaced = new Set(plan.rebalance!.unplaced.map((u) => u.id));
    for (const t of missed) expect(carried.filter((c) => c.id === t.id).length + (unplaced.has(t.id!) ? 1 : 0)).toBe(1);
    // The buffer day takes missed work first.
    expect(dayOf(plan, '2027-01-08').tasks.some((t) => t.carried)).toBe(true);
    // Each live task ID appears once in what the student sees.
    const md = renderMarkdown(plan);
    const ids = [...md.matchAll(/🆔 (\w+)/gu)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(md).toMatch(/^### Wed 6 Jan 2027 · skipped \(sick\)/m);
    expect(md).toMatch(/^- \[x\] .*📅 2027-01-04 ✅ 2027-01-04 🆔 /mu);
    expect(renderOrg(plan)).toMatch(/^\*\*\* DONE .*\nCLOSED: \[2027-01-04 Mon\] SCHEDULED: <2027-01-04 Mon>/m);
  });

  it('names what cannot fit, with a suggestion, when far more was missed than the next days hold', () => {
    const first = buildPlan(answers(), START);
    const read = tickAndRead(first, [], '2027-01-08').progress;
    const plan = buildPlan(answers(), '2027-01-08', { progress: { ...read, skipped: ['2027-01-08', '2027-01-09'].map((date) => ({ date })) } });
    expectPlanInvariants(plan, answers());
    expect(plan.rebalance!.unplaced.length).toBeGreaterThan(0);
    expect(plan.rebalance!.notes.join(' ')).toMatch(/did not fit/);
    expect(plan.rebalance!.notes.join(' ')).toMatch(/buffer day|lowest-yield content|moving the exam/);
  });

  it('work from a skipped day stays owed after its week is over, where it was put, until its two-week window closes; then it is said to be let go', () => {
    const a = answers();
    // Wednesday and the week's buffer day lost: the work goes to next week's buffer day and days.
    const skips = ['2027-01-06', '2027-01-08'];
    const progress: Progress = { ...emptyProgress(), skipped: [{ date: skips[0]!, reason: 'work' }, { date: skips[1]! }] };
    const carriedTo = (p: Plan) => new Map(days(p).flatMap((d) => d.tasks.filter((t) => skips.includes(t.carried?.from ?? '') && d.date >= p.asOf).map((t) => [t.id!, d.date])));
    const owed = (p: Plan) => [...carriedTo(p).keys(), ...p.rebalance!.unplaced.map((u) => u.id)].sort();
    const p0 = buildPlan(a, START);
    const p1 = buildPlan(a, '2027-01-09', { progress, inForce: p0 });
    // The week of the skips is over: their days are no longer shown, their work is still owed, in the same places.
    const p2 = buildPlan(a, '2027-01-12', { progress, inForce: p1 });
    expect(days(p2).some((d) => skips.includes(d.date))).toBe(false);
    const stillAhead = [...carriedTo(p1)].filter(([, d]) => d >= p2.asOf);
    expect(stillAhead.length).toBeGreaterThan(0);
    for (const [id, date] of stillAhead) expect(carriedTo(p2).get(id), id).toBe(date);
    expect(owed(p2)).toEqual(owed(p1).filter((id) => (carriedTo(p1).get(id) ?? p2.asOf) >= p2.asOf));
    expect(p2.rebalance!.notes.join(' ')).toMatch(/Wed 6 Jan 2027 was skipped \(work\)/);
    expectPlanInvariants(p2, a);
    // Made again after the carried day: that day was its chance (only a read-back says it was not done).
    const after = [...carriedTo(p2).values()].sort().at(-1)!;
    const p3 = buildPlan(a, addDays(after, 1), { progress, inForce: p2 });
    expect(owed(p3)).toEqual([]);
    // Past the window (two weeks after the skipped day): let go, and said so.
    const p4 = buildPlan(a, '2027-01-23', { progress, inForce: p3 });
    expect(owed(p4)).toEqual([]);
    expect(p4.rebalance!.notes.join(' ')).toMatch(/^Let go, more than 14 days after it was missed, and no longer carried: anything still open from Wed 6 Jan 2027 and Fri 8 Jan 2027 \(skipped\)/);
    expect(p4.rebalance!.notes.join(' ')).not.toMatch(/Nothing is overdue/);
  });

  it('what did not fit is still named when the plan is made again later in its window, and no new room is found for it', () => {
    const first = buildPlan(answers(), START);
    const read = tickAndRead(first, [], '2027-01-08').progress;
    const progress = { ...read, skipped: ['2027-01-08', '2027-01-09'].map((date) => ({ date })) };
    const p1 = buildPlan(answers(), '2027-01-08', { progress, inForce: first });
    const p2 = buildPlan(answers(), '2027-01-12', { progress, inForce: p1 });
    const unplaced = (p: Plan) => p.rebalance!.unplaced.map((u) => u.id);
    const live = p1.rebalance!.unplaced.filter((u) => u.date >= '2026-12-29').map((u) => u.id);
    expect(live.length).toBeGreaterThan(0);
    for (const id of live) expect(unplaced(p2), id).toContain(id);
  });

  it.each(fixtureNames())('%s: a skipped first week keeps every day within its hours', (name) => {
    const a = fixtureAnswers(name);
    const base = buildPlan(a, a.schedule.start);
    const read = tickAndRead(base, [], a.schedule.start).progress;
    const week = base.weeks[0]!.days.map((d) => d.date);
    const today = base.weeks[1]?.start ?? week[6]!;
    const plan = buildPlan(a, today, { progress: { ...read, skipped: week.map((date) => ({ date })) } });
    expectPlanInvariants(plan, a);
  });
});

describe('todayView', () => {
  it('counts a practice exam logged in its week as done, ticked or not, and lists it as overdue otherwise', () => {
    const plan = buildPlan(answers(), addDays(START, -3));
    const exam = days(plan).find((d) => d.tasks.some((t) => t.type === 'practice-exam'))!;
    const after = addDays(exam.date, 1);
    // A read-back with nothing ticked: the exam day's tasks are overdue the day after.
    const read: Progress = { ...emptyProgress(), reads: [after] };
    const overdueExams = (logged: string[]) => (todayView(plan, read, after, logged).overdue ?? []).filter((e) => e.task.type === 'practice-exam');
    expect(overdueExams([]).length).toBeGreaterThan(0);
    // Logged on the day planned, or on another day of that week: done.
    expect(overdueExams([exam.date])).toEqual([]);
    expect(overdueExams([addDays(exam.date, -1)])).toEqual([]);
    // A log from another week does not stand for it.
    expect(overdueExams([addDays(exam.date, -14)]).length).toBeGreaterThan(0);
  });
});
