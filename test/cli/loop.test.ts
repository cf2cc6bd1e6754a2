// The core loop through the built binary with a temporary RETAKE_HOME:
// plan --save → log → plan adapts; bad logs change nothing; concurrent logs lose nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FIXTURES } from '../helpers.js';
import { BIN, retake } from './run.js';

const answers = join(FIXTURES, 'videos-anxious-step1', 'answers.yaml');
const home = () => join(mkdtempSync(join(tmpdir(), 'retake-home-')), 'data');

describe('plan → log → plan', () => {
  it('saves a private profile, logs a score, and the regenerated plan shows what changed', () => {
    const RETAKE_HOME = home();
    const env = { RETAKE_HOME };
    const first = retake(['plan', '--answers', answers, '--save', '--as-of', '2026-12-28', '--format', 'json'], { env });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/Saved your answers to/);
    expect(statSync(RETAKE_HOME).mode & 0o777).toBe(0o700);
    for (const f of ['profile.yaml', join('plans', readdirSync(join(RETAKE_HOME, 'plans'))[0]!)]) expect(statSync(join(RETAKE_HOME, f)).mode & 0o777).toBe(0o600);

    const log = retake(['log', '--kind', 'nbme', '--form', '27', '--score', '61', '--weak', 'pharm,micro', '--date', '2027-01-09', '--as-of', '2027-01-10'], { env });
    expect(log.code).toBe(0);
    expect(log.stdout).toBe('');
    expect(log.stderr).toMatch(/Logged NBME 27 on 2027-01-09: 61%/);
    expect(log.stderr).toMatch(/Readiness: not-ready/);
    expect(statSync(join(RETAKE_HOME, 'history.json')).mode & 0o777).toBe(0o600);

    const again = retake(['plan', '--as-of', '2027-01-11', '--format', 'markdown'], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/## Since your last plan \(Mon 28 Dec 2026\)\n\n- New score: NBME 27 on 9 Jan, 61%\.\n- Readiness moved from no-data to not-ready\./);
    expect(again.stdout).toMatch(/Microbiology rose from #\d+ to #\d+: your practice exam showed it as weak\./);
    expect(again.stdout).toMatch(/Week 2 now leads with Pharmacology, Microbiology/);
    expect(again.stdout).toMatch(/^## Week 2 · 11 Jan/m);
    expect(again.stdout).not.toMatch(/^## Week 1 · /m);
    expect(again.stdout).toMatch(/```mermaid\nxychart-beta/);

    const json = JSON.parse(retake(['plan', '--as-of', '2027-01-11', '--format', 'json'], { env }).stdout);
    expect(json.readiness.status).toBe('not-ready');
    expect(json.schedule.currentWeek).toBe(2);
    expect(json.weeks.map((w: { checkpoint?: { name: string } }) => w.checkpoint?.name)).not.toContain('NBME CBSSA form 27');

    const hist = retake(['history', '--format', 'json', '--as-of', '2027-01-11'], { env });
    expect(JSON.parse(hist.stdout)).toMatchObject({ exam: 'step1', entries: [{ kind: 'nbme', form: '27', score: 61, weak: ['pharmacology', 'microbiology'] }], readiness: { status: 'not-ready' } });
    const table = retake(['history', '--as-of', '2027-01-11'], { env });
    expect(table.stdout).toMatch(/NBME 27.*61%.*-7/);
    expect(table.stdout).toMatch(/Readiness: not-ready/);
  });

  it.each<[string, string[], RegExp]>([
    ['a Step 1 score over 100', ['--kind', 'nbme', '--score', '230'], /score: an NBME CBSSA on Step 1 reports an equated percent correct \(EPC\) from 0 to 100, got 230/],
    ['a score that is not a number', ['--kind', 'nbme', '--score', 'sixty'], /score: expected an equated percent correct \(EPC\) from 0 to 100, got "sixty"/],
    ['an unknown kind', ['--kind', 'mcat', '--score', '60'], /Allowed choices are nbme, uwsa, free120, ccssa, other/],
    ['a future date', ['--kind', 'nbme', '--score', '60', '--date', '2030-01-01'], /date: 2030-01-01 is in the future/],
    ['an unknown weak area', ['--kind', 'nbme', '--score', '60', '--weak', 'astrology'], /weak: unknown USMLE Step 1 area "astrology"/],
    ['a missing score', ['--kind', 'nbme'], /missing --score/],
    ['an impossible date', ['--kind', 'nbme', '--score', '60', '--date', '2027-02-30'], /date: expected a real date written YYYY-MM-DD, got "2027-02-30"/],
  ])('log with %s exits 2 and leaves the history unchanged', (_, args, message) => {
    const env = { RETAKE_HOME: home() };
    retake(['plan', '--answers', answers, '--save', '--as-of', '2026-12-28', '--format', 'json'], { env });
    retake(['log', '--kind', 'nbme', '--score', '58', '--date', '2027-01-09', '--as-of', '2027-01-10'], { env });
    const before = readFileSync(join(env.RETAKE_HOME, 'history.json'), 'utf8');
    const r = retake(['log', ...args, '--as-of', '2027-01-10'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(env.RETAKE_HOME, 'history.json'), 'utf8')).toBe(before);
  });

  it('log needs to know the exam when no profile is saved', () => {
    const env = { RETAKE_HOME: home() };
    const r = retake(['log', '--kind', 'nbme', '--score', '60'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pass --exam step1\|step2ck/);
    expect(retake(['log', '--kind', 'nbme', '--score', '60', '--exam', 'step1'], { env }).code).toBe(0);
  });

  it('a damaged history is named, left untouched, and nothing is written', () => {
    const env = { RETAKE_HOME: home() };
    retake(['plan', '--answers', answers, '--save', '--as-of', '2026-12-28', '--format', 'json'], { env });
    const path = join(env.RETAKE_HOME, 'history.json');
    writeFileSync(path, '{"schemaVersion": 1, "entries": [{"kind": "nbme", "score": "oops"}]}');
    const planned = readdirSync(join(env.RETAKE_HOME, 'plans')).length;
    for (const args of [['log', '--kind', 'nbme', '--score', '60'], ['plan'], ['history']]) {
      const r = retake(args, { env });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(left untouched\\) has 2 problems`));
    }
    expect(readFileSync(path, 'utf8')).toBe('{"schemaVersion": 1, "entries": [{"kind": "nbme", "score": "oops"}]}');
    expect(readdirSync(join(env.RETAKE_HOME, 'plans'))).toHaveLength(planned);
  });

  it('two × 12 concurrent logs lose no entry', async () => {
    const env = { ...process.env, RETAKE_HOME: home(), NO_COLOR: '1' };
    const run = (i: number) =>
      new Promise<number>((resolve) => {
        const p = spawn(process.execPath, [BIN, 'log', '--exam', 'step1', '--kind', 'nbme', '--form', String(i), '--score', String(50 + (i % 40)), '--date', '2027-01-09', '--as-of', '2027-01-10'], { env, stdio: 'ignore' });
        p.on('close', (code) => resolve(code ?? -1));
      });
    // Twelve writers at once per batch contend for the lock as hard as fifty did, in a quarter of the spawns.
    const batch = async (offset: number) => {
      const codes: number[] = [];
      for (let k = 0; k < 12; k += 6) codes.push(...(await Promise.all(Array.from({ length: 6 }, (_, j) => run(offset + k + j)))));
      return codes;
    };
    const codes = (await Promise.all([batch(0), batch(12)])).flat();
    expect(codes.every((c) => c === 0)).toBe(true);
    const history = parse(readFileSync(join(env.RETAKE_HOME, 'history.json'), 'utf8'));
    expect(history.entries).toHaveLength(24);
    expect(new Set(history.entries.map((e: { form: string }) => e.form)).size).toBe(24);
    expect(readdirSync(env.RETAKE_HOME).filter((f) => f.includes('lock') || f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
