// The rendered plan stops at the exam: the schedule's last week runs to seven days, but the
// weeks table, the week headings, the Gantt bars and the days listed end on the exam date.
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan.js';
import { addDays } from '../../src/lib/dates.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { weeksUntilExam } from '../../src/render/until-exam.js';
import { fixtureAnswers, fixtureNames } from '../helpers.js';

describe('a booked exam in the middle of a plan week', () => {
  const base = fixtureAnswers(fixtureNames()[0]!);
  // Wed 2 Dec to Fri 12 Feb: 73 days, the eleventh week three days long.
  const a = { ...base, schedule: { ...base.schedule, start: '2026-12-02', examDate: '2027-02-12' } };
  const plan = buildPlan(a, '2026-12-01');
  const md = renderMarkdown(plan);

  it('is a plan whose last schedule week runs past the exam (the case under test)', () => {
    expect(plan.weeks.at(-1)!.end > '2027-02-12').toBe(true);
  });
  it('clips the last week at the exam and keeps its days up to it', () => {
    const last = weeksUntilExam(plan).at(-1)!;
    expect(last.end).toBe('2027-02-12');
    expect(last.days.at(-1)!.date).toBe('2027-02-12');
    expect(weeksUntilExam(plan).flatMap((w) => w.days).every((d) => d.date <= '2027-02-12')).toBe(true);
  });
  it('renders no week, bar or day after the exam', () => {
    expect(md).toMatch(/\| 10 Feb–12 Feb \|/);
    expect(md).not.toMatch(/16 Feb|After the exam/);
    const bars = [...md.matchAll(/:p\d+, (\d{4}-\d{2}-\d{2}), (\d+)d$/gm)].map((m) => addDays(m[1]!, Number(m[2]) - 1));
    expect(bars.at(-1)).toBe('2027-02-12');
  });
  it('leaves a plan without an exam date as it is', () => {
    const open = { ...a, schedule: { ...a.schedule, examDate: undefined } };
    const p = buildPlan(open, '2026-12-01');
    expect(weeksUntilExam(p)).toBe(p.weeks);
  });
});
