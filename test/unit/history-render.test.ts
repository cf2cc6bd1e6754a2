import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { MODEL } from '../../src/content/readiness.js';
import { passLine } from '../../src/core/readiness-model.js';
import { lineForKind } from '../../src/core/readiness.js';
import { renderHistory } from '../../src/render/history.js';
import { buildPlan } from '../../src/core/plan.js';
import { makeAnswers } from '../helpers.js';
import type { LoggedExam } from '../../src/schema/history.js';

const c = new Chalk({ level: 0 });
const today = '2026-11-27';
const row = (out: string, name: string) => out.split('\n').find((l) => l.includes(name)) ?? '';

describe('retake history', () => {
  it("says beside the table that readiness reads the scores lower by the student's own over-prediction", () => {
    const a = makeAnswers({ exam: 'step2ck', score: 211, methods: { bestPracticeScore: 226 }, schedule: { start: '2026-11-02' } });
    const entries = [{ date: '2026-11-20', kind: 'ccssa', form: '12', score: 224 } as LoggedExam];
    const r = buildPlan(a, today, { history: entries }).readiness;
    expect(r.personalOffset).toBeGreaterThan(0);
    const out = renderHistory('step2ck', entries, today, c, r);
    expect(out).toContain(`Readiness reads each of these scores ${Math.round(r.personalOffset!)} points lower than the line column shows`);
    expect(renderHistory('step2ck', entries, today, c, { ...r, personalOffset: undefined })).not.toContain('Readiness reads each');
  });

  it('sets each result against the readiness model line, not the old streak target', () => {
    const line = passLine('step1', today);
    expect(line).toBe(MODEL.step1.line.value);
    const out = renderHistory('step1', [{ date: '2026-11-20', kind: 'nbme', form: '30', score: 66 } as LoggedExam], today, c);
    expect(out).toContain(`vs the line (${line}%)`);
    expect(row(out, 'NBME')).toContain(`+${66 - line}`);
  });

  it('reads a Step 1 UWSA on its own three-digit scale, its over-reading added to the line', () => {
    const kindLine = lineForKind('step1', 'uwsa', passLine('step1', today))!;
    expect(kindLine).toBeGreaterThan(196);
    const out = renderHistory('step1', [{ date: '2026-11-20', kind: 'uwsa', form: '2', score: 200 } as LoggedExam], today, c);
    expect(row(out, 'UWSA')).toContain(`${Math.round(200 - kindLine)} (line ≈ ${Math.round(kindLine)})`);
  });

  it('leaves a kind the model does not count marked so (a Step 2 CK Free 120)', () => {
    const out = renderHistory('step2ck', [{ date: '2026-11-20', kind: 'free120', score: 70 } as LoggedExam], today, c);
    expect(row(out, 'Free 120')).toContain('not counted');
  });

  it('says "no clear change" for a trend that rounds to nothing', () => {
    const flat = [20, 27].map((d) => ({ date: `2026-11-${d}`, kind: 'nbme', form: String(d), score: 64 }) as LoggedExam);
    expect(renderHistory('step1', flat, today, c)).toContain('no clear change');
    expect(renderHistory('step1', flat, today, c)).not.toContain('+0 points');
  });
});
