// The terminal summary needs a real TTY: `script` gives the CLI a pseudo-terminal.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
    expect(r.out).toMatch(/--format markdown > plan\.md {3}\(or --out DIR\)/);
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

// A returning student on a real terminal of a known width (tmux): saved in November, one
// practice exam logged, back in week 3. The test waits for the summary's last line.
const hasTmux = spawnSync('tmux', ['-V']).status === 0;

describe.skipIf(!hasTmux)('a returning student in week 3', () => {
  const setup = () => {
    const home = join(mkdtempSync(join(tmpdir(), 'retake-tty-')), 'data');
    const answers = join(home, '..', 'answers.yaml');
    const a = readFileSync(join(ROOT, 'test/fixtures/videos-anxious-step1/answers.yaml'), 'utf8').replace(/start: \d{4}-\d{2}-\d{2}/, 'start: 2026-11-30');
    writeFileSync(answers, a);
    const env = { RETAKE_HOME: home };
    expect(retake(['plan', '--answers', answers, '--save', '--as-of', '2026-11-26', '--format', 'json'], { env }).code).toBe(0);
    expect(retake(['log', '--kind', 'nbme', '--form', '30', '--score', '61', '--date', '2026-12-12', '--as-of', '2026-12-12'], { env }).code).toBe(0);
    return home;
  };

  it.each([80, 120])('at %i columns: week, readiness, changes and today first; no first-48-hours steps; no line wider than the terminal', async (width) => {
    const home = setup();
    const socket = `retake-tty-${process.pid}-${width}`;
    const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
    try {
      tmux('new-session', '-d', '-s', 'rt', '-x', String(width), '-y', '50', `RETAKE_HOME=${home} NO_COLOR=1 ${process.execPath} ${BIN} plan --as-of 2026-12-17; echo DONE; sleep 30`);
      let screen = '';
      for (const until = Date.now() + 20_000; !/^DONE$/m.test(screen); ) {
        if (Date.now() > until) throw new Error(`no summary; screen:\n${screen}`);
        await new Promise((r) => setTimeout(r, 50));
        // -J joins lines the terminal wrapped: a joined line wider than the pane split a word.
        screen = tmux('capture-pane', '-t', 'rt', '-p', '-J', '-S', '-');
      }
      const lines = screen.split('\n');
      expect(lines[0]).toBe('Your USMLE Step 1 retake plan (attempt 2) · Week 3 of ' + /of (\d+)$/.exec(lines[0]!)![1]);
      const order = ['Readiness: ', 'Since your last plan', 'Today, Thu 17 Dec 2026', 'What held the last attempt back', 'Week by week'].map((t) => screen.indexOf(t));
      for (const i of order) expect(i).toBeGreaterThan(0);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(screen).toMatch(/New score: NBME 30 on 12 Dec, 61%/);
      expect(screen).not.toMatch(/First steps|within 48 hours/i);
      expect(lines.filter((l) => [...l].length > width)).toEqual([]);
    } finally {
      spawnSync('tmux', ['-L', socket, 'kill-server']);
    }
  }, 60_000);

  it('a new student still sees the first steps', () => {
    const r = inTty(['plan', '--demo', '--as-of', '2026-11-26'], { NO_COLOR: '1' });
    expect(r.out).toMatch(/First steps/);
    expect(r.out).toMatch(/Your plan starts|Week 1 of/);
  });
});
