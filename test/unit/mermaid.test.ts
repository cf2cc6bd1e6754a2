// The Mermaid blocks parse with Mermaid's own parser (under jsdom), and meet a strict line
// grammar, since Mermaid's gantt parser accepts more than renders well.
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan.js';
import { isIsoDate } from '../../src/lib/dates.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { fixtureAnswers, fixtureNames } from '../helpers.js';

let mermaid: { parse: (text: string) => Promise<{ diagramType: string }> };
beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = (await import('mermaid')).default;
}, 60_000);

const blocks = (md: string) => [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);

describe.each(fixtureNames())('%s', (name) => {
  const a = fixtureAnswers(name);
  const history = [
    { kind: 'nbme' as const, form: '27', date: a.schedule.start, score: a.exam === 'step1' ? 58 : 205, weak: [] },
    { kind: 'uwsa' as const, form: '1', date: a.schedule.start, score: a.exam === 'step1' ? 63.5 : 214 },
  ];
  const md = renderMarkdown(buildPlan(a, a.schedule.start, { history }));

  it('embeds a score chart and a phase gantt that Mermaid parses', async () => {
    const found = blocks(md);
    expect(found).toHaveLength(2);
    expect((await mermaid.parse(found[0]!)).diagramType).toBe('xychart');
    expect((await mermaid.parse(found[1]!)).diagramType).toBe('gantt');
  });

  it('gantt lines follow the strict grammar we emit', () => {
    const gantt = blocks(md)[1]!.split('\n');
    expect(gantt.slice(0, 4)).toEqual(['gantt', expect.stringMatching(/^ {4}title [^:;#"]+$/), '    dateFormat YYYY-MM-DD', '    axisFormat %d %b']);
    for (const line of gantt.slice(4)) {
      if (/^ {4}section [A-Za-z ]+$/.test(line)) continue;
      const m = /^ {4}([^:;#"]+) :(?:crit, )?(?:milestone, )?(p\d+|c\d+|exam), (\d{4}-\d{2}-\d{2}), (\d+)d$/.exec(line);
      expect(m, line).not.toBeNull();
      expect(isIsoDate(m![3]!)).toBe(true);
    }
  });

  it('the chart has one point per score and the readiness line', () => {
    const chart = blocks(md)[0]!;
    const lines = [...chart.matchAll(/line \[([^\]]*)\]/g)].map((m) => m[1]!.split(', ').map(Number));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveLength(2);
    expect(new Set(lines[1]).size).toBe(1);
  });
});

it('a Mermaid syntax error is caught by the parser (the test can fail)', async () => {
  await expect(mermaid.parse('xychart-beta\n    x-axis [a b]\n    line [1, 2')).rejects.toThrow();
});
