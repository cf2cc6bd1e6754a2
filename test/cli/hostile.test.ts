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
