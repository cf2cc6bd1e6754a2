import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildPlan } from '../../src/core/plan.js';
import { FIXTURES, TODAY, fixtureAnswers, fixtureNames } from '../helpers.js';
import { retake } from './run.js';

const fixture = (name: string) => join(FIXTURES, name, 'answers.yaml');
const tmp = () => mkdtempSync(join(tmpdir(), 'retake-test-'));
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('retake plan (built binary)', () => {
  it('prints the version and help', () => {
    const v = retake(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')).version);
    const h = retake(['plan', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/--answers <file>/);
    expect(h.stdout).toMatch(/Examples:/);
  });

  it('plans for the demo student, Markdown on stdout only', () => {
    const r = retake(['plan', '--demo', '--as-of', '2026-11-26']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('---\n')).toBe(true);
    expect(r.stdout).toMatch(/^## Week 1 · 30 Nov–6 Dec 2026/m);
  });

  // One process per student writes every format: the YAML parses (as YAML 1.2 and 1.1) to the
  // plan the core builds, and the other files are the formats they claim to be.
  it.each(fixtureNames())('%s: --out writes every format; the YAML is the plan the core builds', (name) => {
    const dir = join(tmp(), 'out');
    const r = retake(['plan', '--answers', fixture(name), '--out', dir, '--as-of', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const yaml = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    const built = JSON.parse(JSON.stringify(buildPlan(fixtureAnswers(name), TODAY)));
    expect(parse(yaml)).toEqual(built);
    expect(parse(yaml, { version: '1.1' })).toEqual(built);
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toMatch(/^---\n[\s\S]*\n## Week 1 · /);
    expect(readFileSync(join(dir, 'plan.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });

  it('reads answers from standard input and honours --weeks', () => {
    const r = retake(['plan', '--answers', '-', '--format', 'json', '--weeks', '6', '--as-of', '2026-11-26'], { input: readFileSync(fixture('step2ck-timing')) });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    // --weeks sets the block; a booked date further away adds a lead-in before it, so the block ends at the exam.
    expect(plan.weeks.filter((w: { phase: { id: string } }) => w.phase.id !== 'lead-in')).toHaveLength(6);
    expect(plan.schedule.end >= plan.schedule.examDate).toBe(true);
    expect(plan).toEqual(JSON.parse(JSON.stringify(buildPlan(fixtureAnswers('step2ck-timing'), TODAY, { weeks: 6 }))));
  });

  it('writes plan.md, plan.yaml, plan.ics, plan.org and plan-todoist.csv privately with --out, keeping the previous plan out of the folder', () => {
    const dir = join(tmp(), 'out');
    const first = retake(['plan', '--demo', '--out', dir, '--as-of', '2026-11-26']);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    const files = ['plan-todoist.csv', 'plan.ics', 'plan.md', 'plan.org', 'plan.yaml'];
    expect(readdirSync(dir).sort()).toEqual(files);
    for (const f of files) expect(statSync(join(dir, f)).mode & 0o777).toBe(0o600);
    const second = retake(['plan', '--demo', '--out', dir, '--as-of', '2026-12-03']);
    expect(second.code).toBe(0);
    // No saved profile: the copy goes to a hidden folder that notes apps skip, never beside plan.md.
    const kept = /Kept the previous plan in (\S+) /.exec(second.stderr)?.[1];
    expect(kept).toBeDefined();
    expect(readdirSync(dir).sort()).toEqual(['.retake-previous', ...files]);
    expect(readdirSync(kept!).sort()).toEqual(files);
    expect(readFileSync(join(kept!, 'plan.md'), 'utf8')).toMatch(/generated: "2026-11-26"/);
    const forced = retake(['plan', '--demo', '--out', dir, '--force', '--as-of', '2026-12-10']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).not.toMatch(/Kept/);
    expect(readdirSync(join(dir, '.retake-previous'))).toHaveLength(1);
  });
});

describe('bad input exits 2 with a readable message and writes nothing', () => {
  const bad = (name: string, content: string | Buffer) => {
    const dir = tmp();
    const file = join(dir, name);
    writeFileSync(file, content);
    return { dir, file };
  };
  it.each<[string, string | Buffer, RegExp]>([
    ['a missing field', 'exam: step1\nschedule: { start: 2027-01-04, hoursPerDay: 8 }\n', /attempt: missing; expected the attempt you are preparing for/],
    ['an invalid field', 'exam: step1\nattempt: 2\nschedule: { start: 2027-01-04, hoursPerDay: lots }\n', /schedule\.hoursPerDay: expected study hours a day from 1 to 14, in steps of 0\.25, got "lots"/],
    ['an impossible date', 'exam: step1\nattempt: 2\nschedule: { start: 2027-02-30, hoursPerDay: 8 }\n', /schedule\.start: expected the first study day, a real date written YYYY-MM-DD, got "2027-02-30"/],
    ['an unknown area', 'exam: step1\nattempt: 2\nperformance: { disciplines: { astrology: lower } }\nschedule: { start: 2027-01-04, hoursPerDay: 8 }\n', /performance\.disciplines\.astrology: unknown USMLE Step 1 discipline; valid: pathology/],
    ['a YAML syntax error', 'exam: step1\nattempt: [2\n', /is not valid YAML or JSON:\n  - line \d+, column \d+/],
    ['malformed JSON', '{"exam": "step1", "attempt": 2,,}', /is not valid YAML or JSON/],
    ['an empty file', '', /is empty; expected answers in YAML or JSON/],
    ['binary garbage', Buffer.from([0x00, 0xff, 0x10, 0x80, 0x00]), /is not a text file/],
    ['a YAML alias bomb', ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n'), /could not be read|not valid YAML/],
    ['a list instead of answers', '- 1\n- 2\n', /must be a group of fields/],
  ])('%s', (_, content, message) => {
    const { dir, file } = bad('answers.yaml', content);
    const out = join(dir, 'out');
    const r = retake(['plan', '--answers', file, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    noStack(r.stderr);
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });

  it('a missing file', () => {
    const r = retake(['plan', '--answers', '/nonexistent/me.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('retake: cannot read /nonexistent/me.yaml: no such file\n');
  });

  it('an --out that cannot be written stops --save too: no profile, no archived plan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'retake-outsave-'));
    writeFileSync(join(dir, 'afile'), '');
    const home = join(dir, 'home');
    const r = retake(['plan', '--answers', join(FIXTURES, 'videos-anxious-step1', 'answers.yaml'), '--save', '--out', join(dir, 'afile', 'x'), '--as-of', TODAY], { env: { RETAKE_HOME: home } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Nothing was written\.\n$/);
    expect(r.stderr).not.toMatch(/Saved your answers/);
    expect(readdirSync(dir)).toEqual(['afile']);
  });

  it('a file over 1 MB', () => {
    const { file } = bad('big.yaml', `exam: step1\n#${'x'.repeat(10 * 1024 * 1024)}\n`);
    const r = retake(['plan', '--answers', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/an answers file is at most 1024 KB/);
  });

  it('no answers and no terminal', () => {
    const r = retake(['plan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no answers given and no saved profile: pass --answers FILE/);
  });

  it.each([
    [['plan', '--demo', '--weeks', '20'], /expected a whole number of weeks from 6 to 12/],
    [['plan', '--demo', '--as-of', 'tomorrow'], /expected a date written YYYY-MM-DD/],
    [['plan', '--demo', '--format', 'pdf'], /Allowed choices are markdown, yaml, json/],
    [['plann'], /unknown command 'plann'/],
  ])('bad option %j', (args, message) => {
    const r = retake(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
