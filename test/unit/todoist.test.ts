// The Todoist CSV read back by csv-parse (RFC 4180) against Todoist's import template and
// limits: the ten columns, task/section rows, priorities 1–4, ISO due dates, at most 300
// tasks and 20 sections, and no cell a spreadsheet would run as a formula.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan.js';
import { TODOIST_COLUMNS, csvCell, renderTodoist } from '../../src/render/todoist.js';
import type { Plan } from '../../src/schema/plan.js';
import { TODAY, fixtureAnswers, fixtureNames, makeAnswers } from '../helpers.js';

function read(csv: string): Record<string, string>[] {
  expect(csv.split('\r\n')[0]).toBe(TODOIST_COLUMNS.join(','));
  return parse(csv, { columns: true, skip_empty_lines: true, relax_column_count: false });
}

function checkTemplate(plan: Plan, rows: Record<string, string>[]) {
  for (const r of rows) {
    expect(['task', 'section']).toContain(r.TYPE);
    expect(r.CONTENT!.length).toBeGreaterThan(0);
    expect(r.CONTENT!.length).toBeLessThanOrEqual(500);
    for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    if (r.TYPE === 'task') {
      expect(['1', '2', '3', '4']).toContain(r.PRIORITY);
      expect(r.INDENT).toBe('1');
      expect(r.DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.DATE! >= plan.asOf).toBe(true);
      expect(r.DATE_LANG).toBe('en');
    }
  }
  expect(rows.filter((r) => r.TYPE === 'task').length).toBeLessThanOrEqual(300);
  expect(rows.filter((r) => r.TYPE === 'section').length).toBeLessThanOrEqual(20);
}

describe.each(fixtureNames())('%s', (name) => {
  const plan = buildPlan(fixtureAnswers(name), TODAY);
  const rows = read(renderTodoist(plan));

  it('follows the import template, one task per plan task with its day, priority and ID', () => {
    checkTemplate(plan, rows);
    let tasks = rows.filter((r) => r.TYPE === 'task');
    const expected = plan.weeks.flatMap((w) => w.days.flatMap((d) => d.tasks.map((t) => ({ date: d.date, t }))));
    // Past Todoist's 300 tasks, the file ends early with a task that says so (see 'limits').
    if (expected.length >= 300) tasks = tasks.slice(0, -1);
    else expect(tasks).toHaveLength(expected.length);
    tasks.forEach((r, i) => {
      const { date, t } = expected[i]!;
      expect(r.DATE).toBe(date);
      // A name over Todoist's limit is cut with an ellipsis; the whole text is then in the description.
      const name = r.CONTENT ?? '';
      if (name.endsWith('…')) expect(name.length).toBeLessThanOrEqual(500);
      expect(name.endsWith('…') ? r.DESCRIPTION : name).toContain(t.text);
      expect(r.DESCRIPTION).toContain(`retake id: ${t.id}`);
      expect(r.PRIORITY).toBe(t.type === 'practice-exam' ? '1' : ['questions', 'explanations', 'incorrects-review'].includes(t.type) ? '2' : '3');
    });
    const weeks = [...new Set(rows.filter((r) => r.TYPE === 'task').map((r) => plan.weeks.find((w) => w.start <= r.DATE! && r.DATE! <= w.end)!.week))];
    expect(rows.filter((r) => r.TYPE === 'section').map((r) => r.CONTENT!.split(' · ')[0])).toEqual(weeks.map((w) => `Week ${w}`));
  });
});

describe('limits', () => {
  it('a long plan stops at whole days within 300 tasks and says how to import the rest', () => {
    const plan = buildPlan(makeAnswers({ schedule: { hoursPerDay: 10, daysOffPerWeek: 0 } }), TODAY, { weeks: 12 });
    const all = plan.weeks.flatMap((w) => w.days).reduce((n, d) => n + d.tasks.length, 0);
    expect(all).toBeGreaterThan(300);
    const rows = read(renderTodoist(plan));
    checkTemplate(plan, rows);
    const tasks = rows.filter((r) => r.TYPE === 'task');
    expect(tasks.at(-1)!.CONTENT).toMatch(/^Import the rest of your plan/);
    const lastDay = tasks.at(-2)!.DATE!;
    const day = plan.weeks.flatMap((w) => w.days).find((d) => d.date === lastDay)!;
    expect(tasks.filter((r) => r.DATE === lastDay)).toHaveLength(day.tasks.length);
  });

  it('a regenerated plan exports only today and later', () => {
    const plan = buildPlan(makeAnswers(), '2027-01-13');
    const rows = read(renderTodoist(plan));
    checkTemplate(plan, rows);
    expect(rows.filter((r) => r.TYPE === 'task')[0]!.DATE).toBe('2027-01-13');
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
  ])('%j → %j', (value, cell) => expect(csvCell(value)).toBe(cell));
});
