// Privacy, time zones, interrupts, migrations and forgetting, through the built CLI.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FIXTURES, fixtureNames } from '../helpers.js';
import { BIN, ROOT, retake } from './run.js';

describe('privacy', () => {
  it('the built bundle imports no network module', () => {
    const dist = join(ROOT, 'dist');
    const net = /(?:from|import|require)\s*\(?\s*["'](?:node:)?(?:http|https|http2|net|dns|tls|dgram)["']/;
    for (const f of readdirSync(dist)) expect(readFileSync(join(dist, f), 'utf8'), f).not.toMatch(net);
  });
  it.each([
    ['plan', '--demo', '--format', 'yaml'],
    ['plan', '--demo', '--format', 'ics'],
    ['log', '--exam', 'step1', '--kind', 'nbme', '--score', '60'],
    ['history', '--format', 'json'],
  ])('running retake %s loads none of Node’s network modules', (...args) => {
    const dir = mkdtempSync(join(tmpdir(), 'retake-net-'));
    const [out, err] = [openSync(join(dir, 'out'), 'w'), openSync(join(dir, 'err'), 'w')];
    // Files, not pipes, for stdout and stderr: Node itself uses sockets for pipes.
    const r = spawnSync(process.execPath, ['--require', join(ROOT, 'test', 'cli', 'load-probe.cjs'), BIN, ...args], {
      stdio: ['ignore', out, err],
      env: { ...process.env, RETAKE_LOADED_OUT: join(dir, 'loaded'), RETAKE_HOME: join(dir, 'home') },
    });
    expect(r.status).toBe(0);
    const loaded = readFileSync(join(dir, 'loaded'), 'utf8').split('\n');
    expect(loaded.length).toBeGreaterThan(10);
    expect(loaded.filter((m) => /^NativeModule (net|dgram|dns|tls|https?|http2|child_process)$/.test(m))).toEqual([]);
  });
  it('the check would catch one', () => {
    expect('import{request}from"node:https"').toMatch(/(?:from|import|require)\s*\(?\s*["'](?:node:)?(?:http|https|http2|net|dns|tls|dgram)["']/);
  });
});

describe('dates are calendar dates', () => {
  const zones = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe'];
  const cases: [string, string][] = [
    ...fixtureNames().map((n): [string, string] => [n, readFileSync(join(FIXTURES, n, 'answers.yaml'), 'utf8')]),
    // Across a leap day, a year end and the US spring DST change.
    ['leap day', 'exam: step1\nattempt: 2\nschedule: {start: 2028-02-24, hoursPerDay: 8, examDate: 2028-04-21}\n'],
    ['year end', 'exam: step2ck\nattempt: 3\nscore: 210\nschedule: {start: 2030-12-28, hoursPerDay: 6, daysOffPerWeek: 2}\n'],
    ['DST', 'exam: step1\nattempt: 2\ntestDay: {anxiety: 8}\nschedule: {start: 2027-03-08, hoursPerDay: 7.5, dayStartsAt: "01:30"}\n'],
  ];
  it.each(cases)('%s: byte-identical plans in every time zone', (_, answers) => {
    const outputs = zones.flatMap((TZ) =>
      (['markdown', 'yaml', 'ics'] as const).map((format) => retake(['plan', '--answers', '-', '--format', format, '--as-of', '2026-11-26'], { input: answers, env: { TZ } }).stdout),
    );
    for (const o of outputs) expect(o.length).toBeGreaterThan(100);
    for (let i = 0; i < outputs.length; i++) expect(outputs[i]).toBe(outputs[i % 3]);
  });
  it('the leap-day plan has 29 February', () => {
    const plan = parse(retake(['plan', '--answers', '-', '--format', 'yaml', '--as-of', '2026-11-26'], { input: cases.find((c) => c[0] === 'leap day')![1] }).stdout);
    expect(plan.weeks[0].days.map((d: { date: string }) => d.date)).toContain('2028-02-29');
  });
});

describe('interrupts', () => {
  it('SIGINT or SIGTERM while writing leaves the previous plan whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'retake-int-'));
    const out = join(dir, 'out');
    expect(retake(['plan', '--demo', '--out', out, '--force', '--as-of', '2026-11-26']).status ?? 0).toBe(0);
    const whole = (f: string) => {
      const text = readFileSync(join(out, f), 'utf8');
      expect(text.endsWith('\n')).toBe(true);
      if (f.endsWith('.yaml')) expect(parse(text).schemaVersion).toBe(1);
      if (f.endsWith('.md')) expect(text).toMatch(/^---\n[\s\S]*## Week 8 ·[\s\S]*\n$/);
    };
    for (let i = 0; i < 24; i++) {
      const child = spawn(process.execPath, [BIN, 'plan', '--demo', '--out', out, '--force', '--as-of', '2026-11-26', '--weeks', String(6 + (i % 7))], { stdio: 'ignore', env: { ...process.env, RETAKE_HOME: join(dir, 'home') } });
      const closed = new Promise((r) => child.on('close', r));
      await new Promise((r) => setTimeout(r, 20 + ((i * 37) % 120)));
      child.kill(i % 2 ? 'SIGINT' : 'SIGTERM');
      await closed;
      for (const f of ['plan.md', 'plan.yaml']) whole(f);
    }
  }, 60_000);
});

describe('storage', () => {
  const home = () => join(mkdtempSync(join(tmpdir(), 'retake-st-')), 'data');
  const answers = join(FIXTURES, 'videos-anxious-step1', 'answers.yaml');

  it('moves a YAML history from an earlier version to JSON and keeps a backup', () => {
    const RETAKE_HOME = home();
    retake(['plan', '--answers', answers, '--save', '--format', 'json', '--as-of', '2026-12-28'], { env: { RETAKE_HOME } });
    const legacy = 'schemaVersion: 1\nexam: step1\nentries:\n  - kind: nbme\n    form: "27"\n    date: "2027-01-09"\n    score: 61\n';
    writeFileSync(join(RETAKE_HOME, 'history.yaml'), legacy);
    const r = retake(['history', '--format', 'json', '--as-of', '2027-01-10'], { env: { RETAKE_HOME } });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).entries).toEqual([{ kind: 'nbme', form: '27', date: '2027-01-09', score: 61 }]);
    expect(r.stderr).toMatch(/Moved your practice history to .*history\.json; the old file is kept as .*history\.yaml\.bak/);
    expect(readFileSync(join(RETAKE_HOME, 'history.yaml.bak'), 'utf8')).toBe(legacy);
    expect(statSync(join(RETAKE_HOME, 'history.json')).mode & 0o777).toBe(0o600);
    expect(existsSync(join(RETAKE_HOME, 'history.yaml'))).toBe(false);
  });

  it('refuses a history written by a newer retake and leaves it untouched', () => {
    const RETAKE_HOME = home();
    mkdirSync(RETAKE_HOME, { recursive: true });
    writeFileSync(join(RETAKE_HOME, 'history.json'), '{"schemaVersion": 2, "entries": []}');
    const r = retake(['log', '--exam', 'step1', '--kind', 'nbme', '--score', '60'], { env: { RETAKE_HOME } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/written by a newer retake \(schemaVersion 2\)/);
    expect(readFileSync(join(RETAKE_HOME, 'history.json'), 'utf8')).toBe('{"schemaVersion": 2, "entries": []}');
  });

  it('a damaged profile is named and left untouched', () => {
    const RETAKE_HOME = home();
    retake(['plan', '--answers', answers, '--save', '--format', 'json'], { env: { RETAKE_HOME } });
    writeFileSync(join(RETAKE_HOME, 'profile.yaml'), 'schemaVersion: 1\nanswers: {exam: step9}\n');
    const r = retake(['plan'], { env: { RETAKE_HOME } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/profile\.yaml \(left untouched\) has \d+ problems:\n  - exam: expected one of step1, step2ck, got "step9"/);
    expect(readFileSync(join(RETAKE_HOME, 'profile.yaml'), 'utf8')).toBe('schemaVersion: 1\nanswers: {exam: step9}\n');
  });

  it('retake forget deletes the profile, history and archive, after confirmation', () => {
    const RETAKE_HOME = home();
    retake(['plan', '--answers', answers, '--save', '--format', 'json'], { env: { RETAKE_HOME } });
    retake(['log', '--kind', 'nbme', '--score', '60'], { env: { RETAKE_HOME } });
    const refused = retake(['forget'], { env: { RETAKE_HOME } });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/pass --yes/);
    expect(readdirSync(RETAKE_HOME).sort()).toEqual(['history.json', 'plans', 'profile.yaml']);
    const done = retake(['forget', '--yes'], { env: { RETAKE_HOME } });
    expect(done.status).toBe(0);
    expect(done.stderr).toMatch(/Deleted 3 file\(s\)/);
    expect(existsSync(RETAKE_HOME)).toBe(false);
  });
});

it('the terminal tests have a pseudo-terminal to use', () => {
  expect(spawnSync('script', ['--version']).status).toBe(0);
});
