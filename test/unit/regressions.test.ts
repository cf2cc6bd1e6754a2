// Counter-examples found by the property tests, kept by name.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildPlan } from '../../src/core/plan.js';
import { emitYaml } from '../../src/render/yaml-emit.js';
import { parseAnswers } from '../../src/schema/answers.js';
import { planViolations } from '../invariants.js';

describe('regressions', () => {
  it('a plan whose dates are all past shows its last week and says it has ended (fast-check: start 2020-01-01, 1 h/day, Step 2 CK)', () => {
    const r = parseAnswers({ exam: 'step2ck', attempt: 2, schedule: { start: '2020-01-01', hoursPerDay: 1 } });
    if (!r.ok) throw new Error(r.problems.join());
    const plan = buildPlan(r.value, '2026-11-26');
    expect(plan.weeks).toHaveLength(1);
    expect(plan.weeks[0]!.week).toBe(plan.schedule.weeks);
    expect(plan.diagnosis.findings.map((f) => f.id)).toContain('plan-ended');
    expect(planViolations(plan, r.value)).toEqual([]);
  });

  it('YAML keys like "e0" stay strings: YAML 1.1 float patterns accept them (fast-check: {"e0":{}})', () => {
    for (const k of ['e0', 'E10', 'e+1']) expect(parse(emitYaml({ [k]: k }), { version: '1.1' })).toEqual({ [k]: k });
  });

  it('an empty top-level object is written as {} (fast-check: [{}])', () => {
    expect(parse(emitYaml({}))).toEqual({});
  });
});
