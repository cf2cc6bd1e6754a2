// The Org file read back by uniorg-parse (a port of Emacs's own org-element parser): every
// task is a TODO heading scheduled on its day, with its stable ID, and no text turns into
// structure it is not.
import { parse } from 'uniorg-parse/lib/parser.js';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan.js';
import { formatLong } from '../../src/lib/dates.js';
import { renderOrg } from '../../src/render/org.js';
import { weeksUntilExam } from '../../src/render/until-exam.js';
import { TODAY, fixtureAnswers, fixtureNames } from '../helpers.js';

interface Node {
  type: string;
  level?: number;
  todoKeyword?: string | null;
  rawValue?: string;
  tags?: string[];
  key?: string;
  value?: string;
  scheduled?: { rawValue: string; start: { year: number; month: number; day: number } } | null;
  children?: Node[];
}

/** Headlines in order, each with the planning and properties of its own section. */
function headlines(root: Node) {
  const out: { level: number; todo: string | null; title: string; tags: string[]; scheduled?: string; props: Record<string, string> }[] = [];
  const walk = (n: Node) => {
    for (const c of n.children ?? []) {
      if (c.type === 'headline') out.push({ level: c.level!, todo: c.todoKeyword ?? null, title: c.rawValue!, tags: c.tags ?? [], props: {} });
      else if (c.type === 'planning' && c.scheduled) {
        const s = c.scheduled.start;
        out.at(-1)!.scheduled = `${s.year}-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}`;
      } else if (c.type === 'node-property') out.at(-1)!.props[c.key!] = c.value!;
      if (c.type !== 'headline') walk(c);
    }
  };
  walk(root);
  return out;
}

describe.each(fixtureNames())('%s', (name) => {
  const plan = buildPlan(fixtureAnswers(name), TODAY);
  const org = renderOrg(plan);
  const heads = headlines(parse(org) as Node);
  // The rendered plan stops at the exam (render/until-exam.ts).
  const days = weeksUntilExam(plan).flatMap((w) => w.days);

  it('has the title keyword and one heading per section, week and day', () => {
    expect(org).toMatch(/^#\+TITLE: .+retake plan/);
    expect(heads.filter((h) => h.level === 1)).toHaveLength(2 + weeksUntilExam(plan).length);
    const sections = heads.filter((h) => h.level === 2 && !h.todo).map((h) => h.title.replace(/\u00a0$/, ''));
    expect(sections).toEqual([...plan.diagnosis.findings.map((f) => f.title), ...days.map((d) => expect.stringMatching(new RegExp(`^${formatLong(d.date)} · `)))]);
    expect(heads.every((h) => h.tags.length === 0)).toBe(true);
  });

  it('every task is a TODO heading SCHEDULED on its day, with its ID and effort', () => {
    const tasks = heads.filter((h) => h.level === 3);
    const expected = days.flatMap((d) => d.tasks.map((t) => ({ date: d.date, t })));
    expect(tasks).toHaveLength(expected.length);
    tasks.forEach((h, i) => {
      const { date, t } = expected[i]!;
      expect(h.todo).toBe('TODO');
      expect(h.scheduled).toBe(date);
      expect(h.props.RETAKE_ID).toBe(t.id);
      const [hh, mm] = h.props.Effort!.split(':').map(Number);
      expect(hh! * 60 + mm!).toBe(t.minutes);
      expect(h.title.replace(/\u00a0$/, '')).toContain(t.text.replace(/\s*\n\s*/g, ' '));
    });
    expect(heads.filter((h) => h.todo === 'TODO')).toHaveLength(expected.length + plan.firstSteps.length);
  });
});
