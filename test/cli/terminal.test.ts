// The terminal summary needs a real TTY: `script` gives the CLI a pseudo-terminal.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, retake } from './run.js';

const ESC = '\u001b[';

function inTty(args: string[], env: Record<string, string | undefined> = {}) {
  const cmd = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, COLUMNS: '110', TERM: 'xterm-256color', RETAKE_HOME: join(mkdtempSync(join(tmpdir(), 'retake-tty-')), 'data'), ...env },
    timeout: 30_000,
  });
  return { code: r.status, out: r.stdout.replace(/\r\n/g, '\n') };
}

describe('on a terminal', () => {
  it('shows a coloured summary, not the raw Markdown', () => {
    const r = inTty(['plan', '--demo', '--as-of', '2026-11-26']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(ESC);
    expect(r.out).toMatch(/Your USMLE Step 1 retake plan \(attempt 2\)/);
    expect(r.out).toMatch(/Week by week/);
    expect(r.out).toMatch(/--format markdown > plan\.md, or --out DIR/);
    expect(r.out).not.toMatch(/^- \[ \]/m);
  });
  it.each([
    ['NO_COLOR', ['plan', '--demo'], { NO_COLOR: '1' }],
    ['--no-color', ['plan', '--demo', '--no-color'], {}],
    ['TERM=dumb', ['plan', '--demo'], { TERM: 'dumb' }],
  ])('has no colour with %s', (_, args, env) => {
    const r = inTty(args as string[], env as Record<string, string>);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Week by week/);
    expect(r.out).not.toContain(ESC);
  });
  it('an explicit --format prints that format even on a terminal', () => {
    expect(inTty(['plan', '--demo', '--format', 'markdown']).out).toMatch(/^- \[ \] /m);
  });
  it('from the saved profile, the hint to get the full plan is a command that works', () => {
    const home = join(mkdtempSync(join(tmpdir(), 'retake-tty-')), 'data');
    retake(['plan', '--demo', '--format', 'json'], { env: { RETAKE_HOME: home } });
    retake(['plan', '--answers', join(ROOT, 'test/fixtures/step2ck-timing/answers.yaml'), '--save', '--format', 'json'], { env: { RETAKE_HOME: home } });
    const r = inTty(['plan'], { RETAKE_HOME: home, NO_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/retake plan --format markdown > plan\.md/);
    expect(r.out).not.toMatch(/undefined/);
  });
  it('diagnose shows a findings table', () => {
    const r = inTty(['diagnose', '--demo']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/what changes in your plan/);
  });
});

describe('piped', () => {
  it('is exactly the chosen format with no colour codes, even with FORCE_COLOR', () => {
    const r = retake(['plan', '--demo'], { env: { FORCE_COLOR: '3' } });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('---\n')).toBe(true);
    expect(r.stdout).not.toContain(ESC);
  });
  it('--format ics prints a calendar', () => {
    const r = retake(['plan', '--demo', '--format', 'ics']);
    expect(r.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });
  it('--out writes plan.md, plan.yaml, plan.ics, plan.org and plan-todoist.csv', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'retake-')), 'p');
    const r = retake(['plan', '--demo', '--out', dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['plan-todoist.csv', 'plan.ics', 'plan.md', 'plan.org', 'plan.yaml']);
  });
  it('diagnose --format json gives the findings', () => {
    const r = retake(['diagnose', '--demo', '--format', 'json', '--as-of', '2026-11-26']);
    const data = JSON.parse(r.stdout);
    expect(data.findings.length).toBeGreaterThan(3);
    expect(data.timeline.verdict).toBe('fits');
  });
  it('every help shows an example; help plan explains the answers format', () => {
    for (const args of [['--help'], ['plan', '--help'], ['diagnose', '--help']]) expect(retake(args).stdout).toMatch(/Examples:\n  \$ retake/);
    const h = retake(['help', 'plan']);
    expect(h.stdout).toMatch(/The answers file/);
    expect(h.stdout).toMatch(/README\.md/);
  });
});
