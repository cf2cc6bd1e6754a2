// The core loop through the built binary with a temporary RETAKE_HOME:
// plan --save → log → plan adapts; bad logs change nothing; concurrent logs lose nothing.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FIXTURES } from '../helpers.js';
import { BIN, ROOT, retake } from './run.js';
import { addDays } from '../../src/lib/dates.js';

const answers = join(FIXTURES, 'videos-anxious-step1', 'answers.yaml');
const home = () => join(mkdtempSync(join(tmpdir(), 'retake-home-')), 'data');
let logged: string | undefined;
/** One saved profile with one logged score, shared by the bad-log cases: a refused log changes nothing, which each case checks. */
function loggedOnce(): string {
  if (logged) return logged;
  const env = { RETAKE_HOME: home() };
  expect(retake(['plan', '--answers', answers, '--save', '--as-of', '2026-12-28', '--format', 'json'], { env }).code).toBe(0);
  expect(retake(['log', '--kind', 'nbme', '--score', '58', '--date', '2027-01-09', '--as-of', '2027-01-10'], { env }).code).toBe(0);
  return (logged = env.RETAKE_HOME);
}

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
    expect(table.stdout).toMatch(/vs the line \(65%\)[\s\S]*NBME 27.*61%.*-4 /);
    expect(table.stdout).toMatch(/Readiness: not-ready/);
  });

  it.each<[string, string[], RegExp]>([
    ['a Step 1 score over 100', ['--kind', 'nbme', '--score', '230'], /score: an NBME CBSSA on Step 1 reports an equated percent correct \(EPC\) from 0 to 100, got 230/],
    ['a score beyond any scale', ['--kind', 'nbme', '--score', '900'], /score: expected an equated percent correct \(EPC\) from 0 to 100, got 900/],
    ['a score that is not a number', ['--kind', 'nbme', '--score', 'sixty'], /score: expected an equated percent correct \(EPC\) from 0 to 100, got "sixty"/],
    ['an unknown kind', ['--kind', 'mcat', '--score', '60'], /Allowed choices are nbme, uwsa, free120, ccssa, other/],
    ['a future date', ['--kind', 'nbme', '--score', '60', '--date', '2030-01-01'], /date: 2030-01-01 is in the future/],
    ['an unknown weak area', ['--kind', 'nbme', '--score', '60', '--weak', 'astrology'], /weak: unknown USMLE Step 1 area "astrology"/],
    ['a missing score', ['--kind', 'nbme'], /missing --score/],
    ['an impossible date', ['--kind', 'nbme', '--score', '60', '--date', '2027-02-30'], /date: expected a real date written YYYY-MM-DD, got "2027-02-30"/],
  ])('log with %s exits 2 and leaves the history unchanged', (_, args, message) => {
    const env = { RETAKE_HOME: loggedOnce() };
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

interface YDay {
  date: string;
}
interface YWeek {
  week: number;
  checkpoint?: { date: string; name: string; taken?: { date: string; name: string; score: number } };
  days: YDay[];
}

/** The calendar's events by UID, each without its DTSTAMP (the time of export). */
function icsEvents(ics: string): Map<string, { date: string; text: string }> {
  const out = new Map<string, { date: string; text: string }>();
  for (const block of ics.replace(/\r\n /g, '').split('BEGIN:VEVENT').slice(1)) {
    const text = block.split('END:VEVENT')[0]!.replace(/^DTSTAMP:.*$/m, '');
    const date = text.match(/DTSTART(?:;VALUE=DATE)?:(\d{4})(\d{2})(\d{2})/)!.slice(1).join('-');
    out.set(text.match(/^UID:(.*)$/m)![1]!.trim(), { date, text });
  }
  return out;
}

/** The summary a student sees on a terminal (a pseudo-terminal from `script`). */
function summaryOnTerminal(args: string[], env: Record<string, string>): string {
  const cmd = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', COLUMNS: '110', TERM: 'xterm', ...env }, timeout: 30_000 });
  expect(r.status, r.stdout).toBe(0);
  return r.stdout.replace(/\r\n/g, '\n');
}

describe('three weeks of logging the plan\'s own checkpoints', () => {
  it('never changes a past day or event, shows each checkpoint taken, plans no form twice, and tells each new score', () => {
    const env = { RETAKE_HOME: home() };
    const run = (args: string[]) => {
      const r = retake(args, { env });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      return r.stdout;
    };
    // One process writes every format (--out) where the test once ran one per format.
    const out = mkdtempSync(join(tmpdir(), 'retake-out-'));
    const files = (today: string) => {
      run(['plan', '--as-of', today, '--out', out, '--force']);
      return { yaml: parse(readFileSync(join(out, 'plan.yaml'), 'utf8')), ics: icsEvents(readFileSync(join(out, 'plan.ics'), 'utf8')), md: readFileSync(join(out, 'plan.md'), 'utf8') };
    };
    run(['plan', '--answers', answers, '--save', '--as-of', '2026-12-28', '--format', 'json']);
    let { yaml, ics } = files('2026-12-28');
    const start: string = yaml.schedule.start;
    const taken: string[] = [];
    let pastDays = 0;
    let pastEvents = 0;
    // Each regeneration: the days and calendar events before today are those of the plan before it.
    const regenerate = (today: string) => {
      const { yaml: next, ics: nextIcs, md } = files(today);
      const was = new Map((yaml.weeks as YWeek[]).flatMap((w) => w.days).map((d) => [d.date, d]));
      for (const d of (next.weeks as YWeek[]).flatMap((w) => w.days).filter((x) => x.date < today && was.has(x.date))) {
        expect(d, d.date).toEqual(was.get(d.date));
        pastDays++;
      }
      for (const [uid, e] of nextIcs) {
        if (e.date >= today || !ics.has(uid)) continue;
        expect(e.text, uid).toBe(ics.get(uid)!.text);
        pastEvents++;
      }
      const ahead = (next.weeks as YWeek[]).flatMap((w) => (w.checkpoint && w.checkpoint.date >= today ? [w.checkpoint.name] : []));
      expect(new Set(ahead).size, ahead.join()).toBe(ahead.length);
      for (const name of ahead) expect(taken.some((f) => name.endsWith(` form ${f}`)), `${name} after it was taken`).toBe(false);
      yaml = next;
      ics = nextIcs;
      return md;
    };
    for (let week = 0; week < 3; week++) {
      const monday = addDays(start, week * 7);
      regenerate(addDays(monday, 2));
      const cp = (yaml.weeks as YWeek[])[0]!.checkpoint!;
      const planned = cp.name.match(/form (\d+)$/)![1]!;
      // In week 2 the student sits another form than the one planned.
      const form = week === 1 ? String(Number(planned) - 4) : planned;
      const score = 56 + week * 4;
      run(['log', '--kind', 'nbme', '--form', form, '--score', String(score), '--weak', week ? 'biochemistry' : 'pharm,micro', '--date', cp.date, '--as-of', cp.date]);
      taken.push(form);
      const today = addDays(cp.date, 1);
      // The summary on a terminal, then the files: every view after the log tells the new score.
      // (On a terminal in week 2; the other weeks show the Markdown twice.)
      const newScore = `New score: NBME ${form} on ${Number(cp.date.slice(8))} `;
      expect(week === 1 ? summaryOnTerminal(['plan', '--as-of', today], env) : run(['plan', '--as-of', today, '--format', 'markdown'])).toContain(newScore);
      const md = regenerate(today);
      expect(md).toContain(newScore);
      expect(md).toContain(`, ${cp.name} — taken ${Number(cp.date.slice(8))} `);
      expect(md).toMatch(new RegExp(`taken [^\\n]*: NBME ${form}, ${score}%\\.`));
      expect((yaml.weeks as YWeek[])[0]!.checkpoint).toEqual({ ...cp, taken: { date: cp.date, name: `NBME ${form}`, score } });
    }
    expect(pastDays).toBeGreaterThan(12);
    expect(pastEvents).toBeGreaterThan(8);
  }, 120_000);

  it('diagnose uses the saved profile and history like plan does', () => {
    const env = { RETAKE_HOME: home() };
    retake(['plan', '--answers', answers, '--save', '--as-of', '2026-12-28', '--format', 'json'], { env });
    retake(['log', '--kind', 'nbme', '--form', '27', '--score', '61', '--weak', 'micro', '--date', '2027-01-09', '--as-of', '2027-01-10'], { env });
    const plan = JSON.parse(retake(['plan', '--as-of', '2027-01-11', '--format', 'json'], { env }).stdout);
    const dx = retake(['diagnose', '--as-of', '2027-01-11', '--format', 'json'], { env });
    expect(dx.code, dx.stderr).toBe(0);
    const data = JSON.parse(dx.stdout);
    expect(data.findings).toEqual(plan.diagnosis.findings);
    expect(data.weakAreas.map((a: { slug: string }) => a.slug)).toEqual(plan.diagnosis.weakAreas.filter((a: { band: string }) => a.band !== 'unknown').map((a: { slug: string }) => a.slug));
    expect(retake(['diagnose', '--as-of', '2027-01-11'], { env: { RETAKE_HOME: home() } }).stderr).toMatch(/no answers given and no saved profile/);
  });
});
