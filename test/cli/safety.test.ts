// Privacy, time zones, interrupts, migrations and forgetting, through the built CLI.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/cli/errors.js';
import { Store, storeDir } from '../../src/cli/store.js';
import type { Plan } from '../../src/schema/plan.js';
import { parse } from 'yaml';
import { FIXTURES } from '../helpers.js';
import { BIN, ROOT, retake } from './run.js';

/** An import or require of one of Node's network modules, in the bundle's code. */
const NET_IMPORT = /(?:from|import|require)\s*\(?\s*["'](?:node:)?(?:http|https|http2|net|dns|tls|dgram)["']/;

describe('privacy', () => {
  it('the built bundle imports no network module', () => {
    const dist = join(ROOT, 'dist');
    for (const f of readdirSync(dist)) expect(readFileSync(join(dist, f), 'utf8'), f).not.toMatch(NET_IMPORT);
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
    expect('import{request}from"node:https"').toMatch(NET_IMPORT);
    expect('const net = require("net")').toMatch(NET_IMPORT);
  });
});

describe('dates are calendar dates', () => {
  // Zones at +14, −11, a half-hour DST shift and the two ends of the US; one process per zone
  // writes every format with --out, so a case costs five spawns, not fifteen.
  const zones = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe'];
  const cases: [string, string][] = [
    // A fixture with earlier attempts, an exam date and waiting rules: the most date arithmetic.
    ['step1-last-attempt-distress', readFileSync(join(FIXTURES, 'step1-last-attempt-distress', 'answers.yaml'), 'utf8')],
    // Across a leap day, a year end and the US spring DST change.
    ['leap day', 'exam: step1\nattempt: 2\nschedule: {start: 2028-02-24, hoursPerDay: 8, examDate: 2028-04-21}\n'],
    ['year end', 'exam: step2ck\nattempt: 3\nscore: 210\nschedule: {start: 2030-12-28, hoursPerDay: 6, daysOffPerWeek: 2}\n'],
    ['DST', 'exam: step1\nattempt: 2\ntestDay: {anxiety: 8}\nschedule: {start: 2027-03-08, hoursPerDay: 7.5, dayStartsAt: "01:30"}\n'],
  ];
  it.each(cases)('%s: byte-identical plans in every time zone', (_, answers) => {
    const outputs = zones.map((TZ) => {
      const out = join(mkdtempSync(join(tmpdir(), 'retake-tz-')), 'plan');
      expect(retake(['plan', '--answers', '-', '--out', out, '--as-of', '2026-11-26'], { input: answers, env: { TZ } }).status).toBe(0);
      return ['plan.md', 'plan.yaml', 'plan.ics'].map((f) => readFileSync(join(out, f), 'utf8'));
    });
    for (const files of outputs) for (const text of files) expect(text.length).toBeGreaterThan(100);
    for (const files of outputs) expect(files).toEqual(outputs[0]);
  });
  it('the leap-day plan has 29 February', () => {
    const plan = parse(retake(['plan', '--answers', '-', '--format', 'yaml', '--as-of', '2026-11-26'], { input: cases.find((c) => c[0] === 'leap day')![1] }).stdout);
    expect(plan.weeks[0].days.map((d: { date: string }) => d.date)).toContain('2028-02-29');
  });
});

describe('interrupted and failed writes', () => {
  const listing = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

  it.each(['SIGINT', 'SIGTERM'] as const)('%s while the temp file exists: the previous bytes or this run’s complete output, and no temp file left', async (signal) => {
    const dir = mkdtempSync(join(tmpdir(), 'retake-int-'));
    const out = join(dir, 'out');
    const env = { ...process.env, RETAKE_HOME: join(dir, 'home') };
    expect(retake(['plan', '--demo', '--out', out, '--force', '--as-of', '2026-11-26', '--weeks', '6']).status).toBe(0);
    const before = readFileSync(join(out, 'plan.md'), 'utf8');
    const release = join(dir, 'release');
    // The seam holds the write after its first chunk, with the temp file on disk, until `release` exists.
    const child = spawn(process.execPath, [BIN, 'plan', '--demo', '--out', out, '--force', '--as-of', '2026-11-26', '--weeks', '12'], { env: { ...env, RETAKE_TEST_PAUSE_AFTER_TEMP: release } });
    const closed = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    await new Promise<void>((r) => child.stderr.on('data', (d: Buffer) => d.toString().includes('retake-test: writing') && r()));
    expect(listing(out)).toHaveLength(1);
    child.kill(signal);
    writeFileSync(release, '');
    // Handled after the synchronous write: either the run finished first, or it stopped there.
    expect([0, signal === 'SIGINT' ? 130 : 143]).toContain(await closed);
    expect(listing(out)).toEqual([]);
    const after = readFileSync(join(out, 'plan.md'), 'utf8');
    if (after !== before) expect(after).toBe(retake(['plan', '--demo', '--format', 'markdown', '--as-of', '2026-11-26', '--weeks', '12']).stdout);
  });

  // write(2) writes what fits under a file size limit and reports the rest as EFBIG (as on a full disk).
  const limited = (args: string[], env: Record<string, string>) =>
    spawnSync('bash', ['-c', 'ulimit -f 8; exec "$@"', 'bash', process.execPath, BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

  it('a write cut short by a full disk or a size limit fails clearly and keeps the previous file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'retake-short-'));
    const out = join(dir, 'out');
    const RETAKE_HOME = join(dir, 'home');
    retake(['plan', '--demo', '--out', out, '--as-of', '2026-11-26'], { env: { RETAKE_HOME } });
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    const r = limited(['plan', '--demo', '--out', out, '--force', '--as-of', '2026-11-26', '--weeks', '10'], { RETAKE_HOME });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^retake: cannot write .*plan\.\w+: the file would be larger than this system allows \(a file size limit\)\. The previous file is unchanged\.\n$/);
    expect(Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]))).toEqual(before);
  });

  it('retake log never commits a cut history', () => {
    const RETAKE_HOME = join(mkdtempSync(join(tmpdir(), 'retake-short-')), 'home');
    const store = new Store(RETAKE_HOME);
    store.writeHistory({ schemaVersion: 1, exam: 'step1', entries: Array.from({ length: 150 }, (_, i) => ({ kind: 'nbme' as const, form: String(i), date: '2027-01-09', score: 61 })) });
    const before = readFileSync(store.historyPath, 'utf8');
    const r = limited(['log', '--exam', 'step1', '--kind', 'nbme', '--score', '60', '--as-of', '2027-01-10'], { RETAKE_HOME });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/Logged|This is a bug/);
    expect(readFileSync(store.historyPath, 'utf8')).toBe(before);
    expect(readdirSync(RETAKE_HOME)).toEqual(['history.json']);
  });

  it('an impossible --as-of is a usage error, not a bug', async () => {
    const r = retake(['plan', '--demo', '--as-of', '2027-02-30']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/'2027-02-30' is invalid\. expected a real date written YYYY-MM-DD/);
  });
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
    expect(done.stderr).toMatch(/Deleted 3 files\./);
    expect(existsSync(RETAKE_HOME)).toBe(false);
  });
});

it('the terminal tests have a pseudo-terminal to use', () => {
  expect(spawnSync('script', ['--version']).status).toBe(0);
});

describe('the store, in process', () => {
  const dir = () => join(mkdtempSync(join(tmpdir(), 'retake-store-')), 'data');
  const entry = (i: number) => ({ kind: 'nbme' as const, form: String(i), date: '2027-01-09', score: 61 });
  const deadPid = () => spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;

  it('a lock whose owner has died is taken over at once; the lock records its owner', () => {
    const store = new Store(dir(), 100);
    store.ensure();
    writeFileSync(store.lockPath, JSON.stringify({ pid: Number(deadPid()), host: hostname(), started: '2026-11-27T10:00:00Z' }));
    const seen = store.withHistoryLock(() => JSON.parse(readFileSync(store.lockPath, 'utf8')));
    expect(seen).toMatchObject({ pid: process.pid, host: hostname() });
    expect(existsSync(store.lockPath)).toBe(false);
  });

  it('a live owner’s lock is waited for, never broken by age, and named when retake gives up', () => {
    const store = new Store(dir(), 50);
    store.ensure();
    const held = JSON.stringify({ pid: process.ppid, host: hostname(), started: '2020-01-01T00:00:00Z' });
    writeFileSync(store.lockPath, held);
    utimesSync(store.lockPath, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(() => store.withHistoryLock(() => 1)).toThrow(new RegExp(`process ${process.ppid} on .*, since 2020-01-01T00:00:00Z is writing in`));
    expect(readFileSync(store.lockPath, 'utf8')).toBe(held);
  });

  it('forget takes the lock, and deletes temp files a crash left behind', () => {
    const store = new Store(dir(), 50);
    store.writeHistory({ schemaVersion: 1, exam: 'step1', entries: [entry(1)] });
    mkdirSync(store.plansDir);
    writeFileSync(join(store.dir, '.history.json.123-abc.tmp'), '{"entries": [sleep and anxiety]}');
    writeFileSync(join(store.plansDir, '.0002-2027-01-09.json.9-x.tmp'), '{}');
    expect(store.storedFiles().filter((f) => f.endsWith('.tmp'))).toHaveLength(2);
    writeFileSync(store.lockPath, JSON.stringify({ pid: process.ppid, host: hostname(), started: 'x' }));
    expect(() => store.forget()).toThrow(/is writing in/);
    expect(existsSync(store.historyPath)).toBe(true);
    unlinkSync(store.lockPath);
    expect(store.forget()).toBe(3);
    expect(existsSync(store.dir)).toBe(false);
  });

  it('a history that would not read back is not written (entry 5,001)', () => {
    const store = new Store(dir());
    const full = { schemaVersion: 1 as const, exam: 'step1' as const, entries: Array.from({ length: 5000 }, (_, i) => entry(i)) };
    store.writeHistory(full);
    const before = readFileSync(store.historyPath, 'utf8');
    expect(() => store.writeHistory({ ...full, entries: [...full.entries, entry(5000)] })).toThrow(/the practice history was not saved/);
    expect(readFileSync(store.historyPath, 'utf8')).toBe(before);
    expect(store.readHistory().entries).toHaveLength(5000);
  });

  it('archives are numbered past 9999 and still listed (and forgotten)', () => {
    const store = new Store(dir());
    mkdirSync(store.plansDir, { recursive: true });
    writeFileSync(join(store.plansDir, '9999-2026-11-26.json'), '{}');
    const path = store.archivePlan({ asOf: '2026-11-27' } as Plan);
    expect(path).toMatch(/10000-2026-11-27\.json$/);
    expect(store.planFiles()).toEqual(['9999-2026-11-26.json', '10000-2026-11-27.json']);
    expect(store.storedFiles()).toContain(path);
  });

  it('weak areas stored by an earlier retake under short names are read by their canonical name', () => {
    const store = new Store(dir());
    store.ensure();
    writeFileSync(join(store.dir, 'history.yaml'), 'schemaVersion: 1\nexam: step1\nentries:\n  - {kind: nbme, form: "27", date: "2027-01-09", score: 61, weak: [pharm]}\n');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(store.readHistory().entries[0]!.weak).toEqual(['pharmacology']);
    stderr.mockRestore();
    writeFileSync(store.historyPath, JSON.stringify({ schemaVersion: 1, exam: 'step1', entries: [{ ...entry(1), weak: ['nonsense\u001b[2J'] }] }));
    expect(() => store.readHistory()).toThrow(/history\.json \(left untouched\) has 1 problem:\n  - entries\[0\]\.weak: unknown USMLE Step 1 area "nonsense\\x1b\[2J"/);
  });

  it('RETAKE_HOME that is a file is a sentence, not a bug', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'retake-store-')), 'a-file');
    writeFileSync(file, '');
    expect(() => new Store(file).writeHistory({ schemaVersion: 1, entries: [] })).toThrow(UserError);
    expect(() => new Store(file).writeHistory({ schemaVersion: 1, entries: [] })).toThrow(/cannot use .*a-file for retake's data: a file is in the way/);
  });

  it('on Windows the data lives in %LOCALAPPDATA%\\retake', () => {
    expect(storeDir({ LOCALAPPDATA: 'C:\\Users\\s\\AppData\\Local' }, 'win32')).toBe(join('C:\\Users\\s\\AppData\\Local', 'retake'));
    expect(storeDir({ XDG_DATA_HOME: '/x' }, 'linux')).toBe(join('/x', 'retake'));
  });
});

describe('racing processes', () => {
  const spawnRetake = (args: string[], env: Record<string, string>) =>
    new Promise<number | null>((resolve) => spawn(process.execPath, [BIN, ...args], { stdio: 'ignore', env: { ...process.env, ...env } }).on('close', resolve));

  it('eight logs racing to take over a dead process’s lock lose no entry', async () => {
    const RETAKE_HOME = join(mkdtempSync(join(tmpdir(), 'retake-race-')), 'home');
    const store = new Store(RETAKE_HOME);
    store.ensure();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(store.lockPath, JSON.stringify({ pid: Number(dead), host: hostname(), started: '2026-11-27T10:00:00Z' }));
    const codes = await Promise.all(Array.from({ length: 8 }, (_, i) => spawnRetake(['log', '--exam', 'step1', '--kind', 'nbme', '--form', String(i), '--score', '60', '--as-of', '2027-01-10'], { RETAKE_HOME })));
    expect(codes).toEqual(Array(8).fill(0));
    expect(store.readHistory().entries.map((e) => e.form).sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
    expect(readdirSync(RETAKE_HOME)).toEqual(['history.json']);
  });

  it('plans generated at once each get their own archive file', async () => {
    const RETAKE_HOME = join(mkdtempSync(join(tmpdir(), 'retake-race-')), 'home');
    retake(['plan', '--answers', join(FIXTURES, 'videos-anxious-step1', 'answers.yaml'), '--save', '--format', 'json', '--as-of', '2026-12-28'], { env: { RETAKE_HOME } });
    // Six different days, so each run has its own inputs and archives its plan (the same inputs archive once).
    const days = ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03'];
    const codes = await Promise.all(days.map((day) => spawnRetake(['plan', '--format', 'json', '--as-of', day], { RETAKE_HOME })));
    expect(codes).toEqual(Array(6).fill(0));
    expect(new Store(RETAKE_HOME).planFiles()).toHaveLength(7);
    // A new day archives its plan; viewing it again with the same inputs adds nothing.
    retake(['plan', '--format', 'json', '--as-of', '2027-01-04'], { env: { RETAKE_HOME } });
    retake(['plan', '--format', 'ics', '--as-of', '2027-01-04'], { env: { RETAKE_HOME } });
    expect(new Store(RETAKE_HOME).planFiles()).toHaveLength(8);
  });
});
