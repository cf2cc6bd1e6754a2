// Builders for tests: valid answers with defaults, overridden per test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseAnswers, type Answers, type AnswersInput } from '../src/schema/answers.js';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

export const TODAY = '2026-11-26';

/** Minimal valid answers (Step 1, attempt 2, 8 h a day from Mon 4 Jan 2027), merged with overrides. */
export function makeAnswers(over: DeepPartial<AnswersInput> = {}): Answers {
  const base: AnswersInput = { exam: 'step1', attempt: 2, schedule: { start: '2027-01-04', hoursPerDay: 8 } };
  const merged = merge(base, over) as AnswersInput;
  const r = parseAnswers(merged, { today: TODAY });
  if (!r.ok) throw new Error(`makeAnswers built invalid answers: ${r.problems.join('; ')}`);
  return r.value;
}

function merge(a: unknown, b: unknown): unknown {
  if (b === undefined) return a;
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const out: Record<string, unknown> = { ...(a as object) };
    for (const [k, v] of Object.entries(b)) out[k] = merge(out[k], v);
    return out;
  }
  return b;
}

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function fixtureAnswers(name: string): Answers {
  const r = parseAnswers(parse(readFileSync(join(FIXTURES, name, 'answers.yaml'), 'utf8')), { today: TODAY });
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.value;
}
