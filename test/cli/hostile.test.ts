// Hostile input through the real CLI: every file in test/hostile/ (plus a generated 10 MB
// file) exits 2 with a readable message, no stack trace, nothing written, in bounded time and memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './run.js';

const CORPUS = join(ROOT, 'test', 'hostile');
const PROBE = join(ROOT, 'scripts', 'rss-probe.mjs');

function run(file: string) {
  const dir = mkdtempSync(join(tmpdir(), 'retake-hostile-'));
  const rss = join(dir, 'rss');
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--import', PROBE, BIN, 'plan', '--answers', file, '--out', join(dir, 'out')], {
    encoding: 'utf8',
    env: { ...process.env, RETAKE_RSS_OUT: rss, RETAKE_HOME: join(dir, 'home'), NO_COLOR: '1' },
    timeout: 20_000,
  });
  return { ...r, ms: Date.now() - started, rssMb: Number(readFileSync(rss, 'utf8')) / 1024, written: readdirSync(dir).filter((f) => f !== 'rss') };
}

function expectRejected(r: ReturnType<typeof run>) {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^retake: .+/);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|internal error/);
  expect(r.written).toEqual([]);
  expect(r.ms).toBeLessThan(10_000);
  expect(r.rssMb).toBeLessThan(150);
}

describe('hostile answers files', () => {
  it.each(readdirSync(CORPUS).sort())('%s', (name) => expectRejected(run(join(CORPUS, name))));

  it('a 10 MB file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'retake-big-')), 'big.yaml');
    writeFileSync(file, `exam: step1\nnotes: "${'x'.repeat(10 * 1024 * 1024)}"\n`);
    const r = run(file);
    expectRejected(r);
    expect(r.stderr).toMatch(/an answers file is at most 1024 KB/);
  });

  it('reports each problem once, even when a value breaks two rules', () => {
    const r = run(join(CORPUS, 'huge-numbers.yaml'));
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('  - '));
    expect(new Set(lines).size).toBe(lines.length);
  });
});

describe('what is echoed, and what is read', () => {
  it('control characters in keys and area names are escaped, and long ones cut', () => {
    const dir = mkdtempSync(join(tmpdir(), 'retake-echo-'));
    const file = join(dir, 'esc.yaml');
    // OSC 52 writes the clipboard; CSI 2J clears the screen; U+202E reverses the text.
    writeFileSync(file, `exam: step1\nattempt: 2\n"\\e]52;c;aGk=\\a${'k'.repeat(500)}": 1\nschedule: {start: 2027-01-04, hoursPerDay: 8}\n`);
    const area = join(dir, 'area.yaml');
    writeFileSync(area, `exam: step1\nattempt: 2\nperformance:\n  disciplines: {"\\e[2J\\u202Epharm": lower}\nschedule: {start: 2027-01-04, hoursPerDay: 8}\n`);
    const [r, a] = [run(file), run(area)];
    for (const x of [r, a]) {
      expectRejected(x);
      expect(x.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    }
    expect(r.stderr).toContain('\\x1b]52;c;aGk=\\x07kkk');
    expect(r.stderr).not.toContain('k'.repeat(100));
    expect(a.stderr).toContain('\\x1b[2J\\u202epharm');
  });

  it.each([
    ['a FIFO', (dir: string) => (spawnSync('mkfifo', [join(dir, 'fifo.yaml')]), join(dir, 'fifo.yaml'))],
    ['/dev/zero', () => '/dev/zero'],
  ])('%s is refused before it is read', (_, make) => {
    const r = run(make(mkdtempSync(join(tmpdir(), 'retake-dev-'))));
    expectRejected(r);
    expect(r.stderr).toMatch(/is not a regular file \(a device, pipe or socket\); pass an answers file, or - to read standard input/);
  });

  it('standard input that never ends is read only up to the limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'retake-yes-'));
    const r = spawnSync('bash', ['-c', 'yes | exec "$@"', 'bash', process.execPath, BIN, 'plan', '--answers', '-'], { encoding: 'utf8', env: { ...process.env, RETAKE_HOME: join(dir, 'home') }, timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`retake: standard input is over 1024 KB; an answers file is at most that\n`);
  });

  it.skipIf(process.platform !== 'linux')('an --out folder that cannot be made (under /proc) fails with a sentence instead of hanging', () => {
    const dir = mkdtempSync(join(tmpdir(), 'retake-proc-'));
    const r = spawnSync(process.execPath, [BIN, 'plan', '--demo', '--out', '/proc/retake-nope'], { encoding: 'utf8', env: { ...process.env, RETAKE_HOME: join(dir, 'home') }, timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('retake: cannot write /proc/retake-nope/plan.md: its folder cannot be created there. Nothing was written.\n');
  });

  it('a real file whose name looks like a glob is read as that file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'retake-br-'));
    writeFileSync(join(dir, 'me[1].yaml'), 'exam: step1\nattempt: 2\nschedule: {start: 2027-01-04, hoursPerDay: 8}\n');
    const r = spawnSync(process.execPath, [BIN, 'plan', '--answers', join(dir, 'me[1].yaml'), '--format', 'yaml', '--as-of', '2026-11-27'], { encoding: 'utf8', env: { ...process.env, RETAKE_HOME: join(dir, 'home') } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^schemaVersion: 1\n/);
  });
});
