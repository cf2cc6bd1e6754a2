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
    // A UWSA reports a three-digit score on both Steps; on Step 1 the chart plots it mapped onto EPC.
    { kind: 'uwsa' as const, form: '1', date: a.schedule.start, score: 214 },
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

describe('one scale per chart', () => {
  const md = (exam: 'step1' | 'step2ck', history: { kind: 'nbme' | 'ccssa' | 'uwsa' | 'free120' | 'other'; form?: string; date: string; score: number }[]) => {
    const a = fixtureAnswers(fixtureNames().find((n) => fixtureAnswers(n).exam === exam)!);
    return renderMarkdown(buildPlan(a, a.schedule.start, { history: history.map((h) => ({ ...h, date: a.schedule.start })) }));
  };
  const points = (text: string) => [...blocks(text)[0]!.matchAll(/line \[([^\]]*)\]/g)].map((m) => m[1]!.split(', ').map(Number))[0];

  it('leaves percent mocks out of a three-digit chart and says so (the trial: 66 and 63 beside 224, 213, 226)', async () => {
    const text = md('step2ck', [
      { kind: 'other', date: '', score: 66 },
      { kind: 'other', date: '', score: 63 },
      { kind: 'ccssa', form: '9', date: '', score: 224 },
      { kind: 'uwsa', form: '1', date: '', score: 213 },
      { kind: 'ccssa', form: '10', date: '', score: 226 },
    ]);
    expect(points(text)).toEqual([224, 213, 226]);
    expect(blocks(text)[0]).toMatch(/y-axis "predicted three-digit score" 205 --> 235/);
    expect(text).toMatch(/Not plotted, on another scale with no published link to this one: .*\(66%\), .*\(63%\)/);
    expect((await mermaid.parse(blocks(text)[0]!)).diagramType).toBe('xychart');
  });

  it('plots a Step 1 UWSA through the mapping and names it', () => {
    const text = md('step1', [{ kind: 'nbme', form: '27', date: '', score: 62 }, { kind: 'uwsa', form: '1', date: '', score: 214 }]);
    expect(points(text)).toEqual([62, 75.3]); // 65 + (214 − 196) × 0.57
    expect(text).toMatch(/UWSA plotted on this scale through the readiness model's approximate mapping/);
  });

  it('draws no chart when nothing is on the scale, and says why', () => {
    const text = md('step2ck', [{ kind: 'free120', date: '', score: 70 }]);
    expect(blocks(text).some((b) => b.startsWith('xychart'))).toBe(false);
    expect(text).toMatch(/No chart yet: no logged result is on the predicted three-digit score scale/);
  });
});
