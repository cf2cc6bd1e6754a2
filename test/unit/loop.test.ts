// The plan → log → tick → regenerate loop: one rule per case, on the pure core.
import { describe, expect, it } from 'vitest';
import { missedWork } from '../../src/core/changes.js';
import { buildPlan } from '../../src/core/plan.js';
import { parsePlanFile, plannedTasks, recordRead } from '../../src/core/progress.js';
import { addDays } from '../../src/lib/dates.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { LoggedExam } from '../../src/schema/history.js';
import type { Plan } from '../../src/schema/plan.js';
import { emptyProgress, type Progress } from '../../src/schema/progress.js';
import { fixtureAnswers } from '../helpers.js';

const START = '2027-01-04';
const a = { ...fixtureAnswers('videos-anxious-step1'), schedule: { ...fixtureAnswers('videos-anxious-step1').schedule, start: START } };
const days = (p: Plan) => p.weeks.flatMap((w) => w.days);
/** Reads the plan back on `today` with every task on `ticked` dates ticked. */
function read(plan: Plan, ticked: readonly string[], today: string, progress: Progress = emptyProgress()): Progress {
  const md = renderMarkdown(plan).replace(/^- \[ \] (.*📅 (\d{4}-\d{2}-\d{2}).*)$/gmu, (line, rest: string, date: string) => (ticked.includes(date) ? `- [x] ${rest} ✅ ${date}` : line));
  const file = parsePlanFile(md);
  if (!file.ok) throw new Error(file.problems.join('; '));
  return recordRead(progress, file.value, today, plannedTasks(plan)).progress;
}
const ids = (p: Plan) => [...renderMarkdown(p).matchAll(/🆔 (\w+)/gu)].map((m) => m[1]);

describe('the loop', () => {
  const first = buildPlan(a, START);
  const cp = first.weeks[0]!.checkpoint!;

  it('a checkpoint whose week has a logged exam is done, ticked or not', () => {
    const history: LoggedExam[] = [{ kind: 'nbme', form: '26', date: cp.date, score: 60 }];
    const today = addDays(cp.date, 4);
    // The plan read back was made before the log: its exam is unticked there.
    const made = buildPlan(a, addDays(cp.date, 1), { inForce: first });
    // Read back with only the day after the exam ticked: the exam itself is left as it was.
    const progress = read(made, [addDays(cp.date, 2)], today);
    const plan = buildPlan(a, today, { history, inForce: made, progress });
    expect(plan.rebalance!.notes.join(' ')).not.toMatch(/is not ticked/);
    expect(buildPlan(a, today, { inForce: made, progress }).rebalance!.notes.join(' ')).toMatch(/is not ticked/);
  });

  it('a task carried to a day now over counts as missed only if a plan read back after that day leaves it unticked', () => {
    // Read back on Wednesday with Monday unticked: Monday's work is carried forward.
    const wed = '2027-01-06';
    const p1 = read(first, [], wed);
    const carrying = buildPlan(a, wed, { inForce: first, progress: p1 });
    const carried = days(carrying).flatMap((d) => d.tasks.filter((t) => t.carried).map((t) => ({ id: t.id!, on: d.date })));
    expect(carried.length).toBeGreaterThan(0);
    const last = carried.map((c) => c.on).sort().at(-1)!;
    const after = addDays(last, 1);
    const later = buildPlan(a, after, { inForce: carrying, progress: p1 });
    const unplaced = new Set(later.rebalance?.unplaced.map((u) => u.id));
    for (const c of carried) expect(unplaced.has(c.id), c.id).toBe(false);
    // Each task ID once in what the student sees.
    expect(new Set(ids(later)).size).toBe(ids(later).length);
    // Read back after its new day and still unticked: now it is missed again.
    const p2 = read(carrying, [], after, p1);
    const again = buildPlan(a, after, { inForce: carrying, progress: p2 });
    const owed = new Set([...(again.rebalance?.unplaced.map((u) => u.id) ?? []), ...days(again).filter((d) => d.date >= after).flatMap((d) => d.tasks.filter((t) => t.carried).map((t) => t.id))]);
    expect(carried.some((c) => owed.has(c.id))).toBe(true);
    expect(new Set(ids(again)).size).toBe(ids(again).length);
  });

  it('the week that holds today keeps its focus after an exam logged in it; the next week leads with what it found weak', () => {
    const history: LoggedExam[] = [{ kind: 'nbme', form: '26', date: cp.date, score: 60, weak: ['microbiology', 'biochemistry'] }];
    const after = buildPlan(a, cp.date, { history, inForce: first, previous: first });
    expect(after.weeks[0]!.focus).toEqual(first.weeks[0]!.focus);
    expect(after.sinceLastPlan!.items.join('\n')).not.toMatch(/Week 1 now leads/);
    expect(after.weeks[1]!.focus.primary.slice(0, 2).sort()).toEqual(['biochemistry', 'microbiology']);
    // The next week, begun after the log, is planned with it.
    const monday = addDays(START, 7);
    expect(buildPlan(a, monday, { history, inForce: after }).weeks[0]!.focus).toEqual(after.weeks[1]!.focus);
  });

  it('the day of a logged exam, and its review, name what was sat when another form was', () => {
    const history: LoggedExam[] = [{ kind: 'nbme', form: '26', date: cp.date, score: 62 }];
    const plan = buildPlan(a, cp.date, { history, inForce: first });
    const exam = days(plan).find((d) => d.date === cp.date)!.tasks.find((t) => t.type === 'practice-exam')!;
    expect(exam.text).toMatch(/form 26/);
    expect(exam.done).toEqual({ on: cp.date });
    const reviews = days(plan).filter((d) => d.date >= cp.date).flatMap((d) => d.tasks).filter((t) => t.type === 'incorrects-review');
    expect(reviews.length).toBeGreaterThan(0);
    expect(reviews[0]!.text).toMatch(/form 26/);
    expect(plan.weeks[0]!.checkpoint!.taken).toMatchObject({ date: cp.date, score: 62 });
  });

  it.each([
    [4, 0, 0, 0, 'Missed work now: 4 tasks carried into the days ahead (your last plan had none); see Missed work, carried forward.'],
    [0, 0, 4, 0, 'Missed work: none left to carry now (your last plan: 4 tasks carried into the days ahead).'],
    [1, 2, 3, 0, 'Missed work now: 1 task carried into the days ahead and 2 tasks that did not fit (your last plan: 3 tasks carried into the days ahead); see Missed work, carried forward.'],
  ])('missed work is said from the counts (%i, %i; was %i, %i)', (c, u, wc, wu, says) => expect(missedWork(c, u, wc, wu)).toBe(says));
});
