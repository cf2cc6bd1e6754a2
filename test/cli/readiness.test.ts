// The readiness verdict through the built CLI: `retake log` then `retake history --format json`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { retake } from './run.js';

function student(answers: string) {
  const dir = mkdtempSync(join(tmpdir(), 'retake-readiness-'));
  const env = { RETAKE_HOME: join(dir, 'data') };
  writeFileSync(join(dir, 'answers.yaml'), answers);
  expect(retake(['plan', '--answers', join(dir, 'answers.yaml'), '--save', '--as-of', '2027-01-03', '--format', 'yaml'], { env }).code).toBe(0);
  const log = (kind: string, form: string | undefined, score: number, date: string) => {
    const r = retake(['log', '--kind', kind, ...(form ? ['--form', form] : []), '--score', String(score), '--date', date, '--as-of', date], { env });
    expect(r.code, r.stderr).toBe(0);
    return r.stderr;
  };
  const readiness = (asOf: string) => JSON.parse(retake(['history', '--format', 'json', '--as-of', asOf], { env }).stdout).readiness;
  return { log, readiness };
}

describe('readiness on the built CLI', () => {
  it('NBMEs at 63–66, then UWSA 2 at 207 (three digits) and Free 120 at 75: not ready, with a later date proposed', () => {
    const s = student('exam: step1\nattempt: 2\ndistanceFromPassing: close\nschedule: { start: 2027-01-04, hoursPerDay: 8, examDate: 2027-03-01 }\n');
    ['63', '64', '65', '66'].forEach((score, k) => s.log('nbme', String(26 + k), Number(score), ['2027-01-16', '2027-01-23', '2027-01-30', '2027-02-06'][k]!));
    s.log('uwsa', '2', 207, '2027-02-13');
    expect(s.log('free120', undefined, 75, '2027-02-20')).toMatch(/Readiness: at-risk\. About \d+ in 100 chance of passing if you sat on Mon 1 Mar 2027/);
    const r = s.readiness('2027-02-21');
    expect(r.status).not.toBe('ready');
    expect(r.passProbability).toBeLessThan(0.75);
    expect(r.line).toEqual({ value: 65, source: expect.any(String) });
    expect(r.level.low).toBeLessThan(r.level.estimate);
    expect(r.suggestedExamDate >= '2027-03-21').toBe(true);
  });

  it('Step 2 CK: the personal over-prediction from the answers is applied', () => {
    const answers = 'exam: step2ck\nattempt: 2\nscore: 206\npreviousAttempts: [2026-10-01]\nschedule: { start: 2027-01-04, hoursPerDay: 8, examDate: 2027-03-01 }\n';
    const plain = student(answers);
    const own = student(answers.replace('score: 206', 'score: 206\nmethods: { bestPracticeScore: 221 }'));
    for (const s of [plain, own]) {
      s.log('ccssa', '10', 233, '2027-02-06');
      s.log('ccssa', '11', 236, '2027-02-13');
      s.log('uwsa', '2', 240, '2027-02-20');
    }
    const [a, b] = [plain.readiness('2027-02-21'), own.readiness('2027-02-21')];
    expect(b.personalOffset).toBeGreaterThan(0);
    expect(b.passProbability).toBeLessThan(a.passProbability);
    expect(b.level.estimate).toBeLessThan(a.level.estimate);
  });
});
