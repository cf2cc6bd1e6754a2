// The past is fixed: a regenerated plan keeps the days before today as the plan in force had
// them, shows a logged checkpoint as taken, and plans no taken form again.
import { describe, expect, it } from 'vitest';
import { inputsFingerprint, keepPast } from '../../src/core/past.js';
import { buildPlan } from '../../src/core/plan.js';
import { addDays } from '../../src/lib/dates.js';
import type { LoggedExam } from '../../src/schema/history.js';
import type { Day, Plan } from '../../src/schema/plan.js';
import { fixtureAnswers, makeAnswers } from '../helpers.js';
import { expectPlanInvariants } from '../invariants.js';

const a = makeAnswers({ schedule: { examDate: '2027-03-01' } });
const days = (p: Plan) => new Map(p.weeks.flatMap((w) => w.days).map((d) => [d.date, d]));
const before = (p: Plan, date: string): Day[] => p.weeks.flatMap((w) => w.days).filter((d) => d.date < date);
const nbme = (form: number, score: number, date: string): LoggedExam => ({ kind: 'nbme', form: String(form), score, date });
/** Numbered forms the plan schedules on or after `from`. */
/** A day without the done marks a log puts on its practice exam (logging is the tick): what was planned on it. */
const asPlanned = (d: Day | undefined) => d && { ...d, tasks: d.tasks.map(({ done: _d, ...t }) => t) };
const planned = (p: Plan, from: string) => p.weeks.flatMap((w) => (w.checkpoint && w.checkpoint.date >= from ? [w.checkpoint.name] : []));

describe('keepPast', () => {
  const first = buildPlan(a, '2027-01-04');
  // Week 2's checkpoint: a numbered NBME form (week 1 holds a question-bank mock here).
  const cp1 = first.weeks[1]!.checkpoint!;
  const inWeek2 = buildPlan(a, '2027-01-12');

  it('keeps every day before today as planned, even when the answers changed, and replans today on', () => {
    const fewer = makeAnswers({ schedule: { examDate: '2027-03-01', hoursPerDay: 5 } });
    const next = buildPlan(fewer, '2027-01-07', { inForce: first });
    const was = days(first);
    expect(before(next, '2027-01-07').map((d) => d.date)).toEqual(['2027-01-04', '2027-01-05', '2027-01-06']);
    for (const d of before(next, '2027-01-07')) expect(d).toEqual(was.get(d.date));
    expect(days(next).get('2027-01-07')!.hours).toBeLessThan(was.get('2027-01-07')!.hours);
  });

  it('without a plan in force, the plan is the one generated', () => {
    expect(buildPlan(a, '2027-01-07', { inForce: undefined })).toEqual(buildPlan(a, '2027-01-07'));
  });

  it('shows a logged checkpoint as taken, with the form actually sat and its score', () => {
    const took = Number(cp1.name.match(/form (\d+)$/)![1]) - 1;
    const history = [nbme(took, 61, cp1.date)];
    const next = buildPlan(a, addDays(cp1.date, 1), { history, inForce: inWeek2 });
    const cp = next.weeks[0]!.checkpoint!;
    expect(cp.name).toBe(cp1.name);
    expect(cp.taken).toEqual({ date: cp1.date, name: `NBME ${took}`, score: 61 });
    expect(planned(next, next.asOf).join()).not.toMatch(new RegExp(`form ${took}\\b`));
    expectPlanInvariants(next, a);
  });

  it('shows today’s checkpoint taken once it is logged: its practice exam done, the rest as planned', () => {
    const form = Number(cp1.name.match(/form (\d+)$/)![1]);
    const next = buildPlan(a, cp1.date, { history: [nbme(form, 64, cp1.date)], inForce: inWeek2 });
    expect(asPlanned(days(next).get(cp1.date))).toEqual(days(first).get(cp1.date));
    expect(days(next).get(cp1.date)!.tasks.filter((t) => t.type === 'practice-exam').map((t) => t.done)).toEqual([{ on: cp1.date }]);
    expect(next.weeks[0]!.checkpoint!.taken).toEqual({ date: cp1.date, name: `NBME ${form}`, score: 64 });
    // Without a log, today is planned afresh (and is the same day here).
    expect(buildPlan(a, cp1.date, { inForce: inWeek2 }).weeks[0]!.checkpoint!.taken).toBeUndefined();
  });

  it('a checkpoint sat a day late in its week still answers it', () => {
    const history = [nbme(20, 55, addDays(cp1.date, 1))];
    const next = buildPlan(a, addDays(cp1.date, 1), { history, inForce: inWeek2 });
    expect(next.weeks[0]!.checkpoint!.taken).toEqual({ date: addDays(cp1.date, 1), name: 'NBME 20', score: 55 });
  });

  it('the review after a logged checkpoint names the form sat, planned or not, and the forms ahead stay put', () => {
    // Short days: the review of a checkpoint rolls into the next days ("Finish the review of …").
    const short = makeAnswers({ schedule: { examDate: '2027-03-01', hoursPerDay: 3 } });
    const inForce = buildPlan(short, '2027-01-12');
    const cp = inForce.weeks.find((w) => /form \d+$/.test(w.checkpoint?.name ?? ''))!.checkpoint!;
    const form = Number(cp.name.match(/form (\d+)$/)![1]);
    const reviews = (p: Plan) => p.weeks.flatMap((w) => w.days).filter((d) => d.date > cp.date && d.date <= addDays(cp.date, 6)).flatMap((d) => d.tasks).filter((t) => t.type === 'incorrects-review').map((t) => t.text);
    expect(reviews(inForce).length).toBeGreaterThan(0);
    const ahead = planned(inForce, addDays(cp.date, 1));
    for (const sat of [form, form - 3]) {
      const next = buildPlan(short, cp.date, { history: [nbme(sat, 62, cp.date)], inForce });
      expect(reviews(next).length).toBeGreaterThan(0);
      for (const r of reviews(next)) expect(r).toContain(`form ${sat}:`);
      // Logged as planned: every later week keeps the form it had.
      if (sat === form) expect(planned(next, addDays(cp.date, 1))).toEqual(ahead);
    }
  });

  it('over weeks of logging, days already lived never change and no form is planned twice or after it was taken', () => {
    const start = fixtureAnswers('videos-anxious-step1');
    // From week 3 the student has fewer hours a day: the days ahead change, the days lived do not.
    const fewer = { ...start, schedule: { ...start.schedule, hoursPerDay: 7 } };
    let inForce = buildPlan(start, '2026-12-28');
    const history: LoggedExam[] = [];
    let compared = 0;
    // Regenerate mid-week, then after logging the week's checkpoint: each time, the days before
    // today are those of the plan the student was following.
    const regenerate = (b: typeof start, today: string) => {
      const next = buildPlan(b, today, { history, inForce });
      const was = days(inForce);
      for (const d of before(next, today)) {
        expect(d, d.date).toEqual(was.get(d.date));
        compared++;
      }
      const ahead = planned(next, today);
      expect(new Set(ahead).size, ahead.join()).toBe(ahead.length);
      for (const name of ahead) expect(history.some((e) => name.endsWith(`form ${e.form}`)), name).toBe(false);
      inForce = next;
      return next;
    };
    for (let week = 0; week < 4; week++) {
      const b = week < 2 ? start : fewer;
      const monday = addDays(start.schedule.start, week * 7);
      regenerate(b, addDays(monday, 2));
      const cp = inForce.weeks[0]!.checkpoint!;
      const form = cp.name.match(/form (\d+)$/)?.[1];
      // Week 2: the student sits another form than the one planned.
      const weak = [['microbiology', 'pharmacology'], ['anatomy'], ['biostatistics'], ['pathology']][week]!;
      if (form) history.push({ ...nbme(week === 1 ? Number(form) - 3 : Number(form), 55 + week * 3, cp.date), weak });
      const next = regenerate(b, addDays(cp.date, 1));
      if (form) expect(next.weeks[0]!.checkpoint!.taken?.score).toBe(55 + week * 3);
      if (week < 2) expectPlanInvariants(next, b);
    }
    expect(compared).toBeGreaterThan(20);
    expect(history.length).toBeGreaterThanOrEqual(3);
  });

  it('returns the generated weeks untouched when no day is past', () => {
    const weeks = buildPlan(a, '2027-01-04').weeks;
    expect(keepPast(weeks, first, '2027-01-04', [])).toEqual(weeks);
  });
});

describe('inputsFingerprint', () => {
  const e = [nbme(28, 60, '2027-01-09')];
  const f = inputsFingerprint(a, e, '2027-01-10');
  it.each<[string, string]>([
    ['changed answers', inputsFingerprint(makeAnswers({ schedule: { examDate: '2027-03-01', hoursPerDay: 6 } }), e, '2027-01-10')],
    ['a new log entry', inputsFingerprint(a, [...e, nbme(29, 62, '2027-01-10')], '2027-01-10')],
    ['a new day', inputsFingerprint(a, e, '2027-01-11')],
    ['a chosen length', inputsFingerprint(a, e, '2027-01-10', 10)],
  ])('changes with %s', (_, other) => expect(other).not.toBe(f));
  it('is the same for the same inputs', () => expect(inputsFingerprint(makeAnswers({ schedule: { examDate: '2027-03-01' } }), [nbme(28, 60, '2027-01-09')], '2027-01-10')).toBe(f));
});
