// The interview end to end: the built binary in a real pseudo-terminal (tmux), answered
// question by question. Each answer waits for its question on the screen (never a fixed
// pause); stdout goes to a file and must hold only the plan (prompts and messages are on
// the terminal, through stderr). The prompt counts measured here are the ones in README.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT } from './run.js';

let socket = 0;
const SOCKET = () => `retake-e2e-${process.pid}-${socket}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET(), ...args], { encoding: 'utf8' });
/** The whole session, wrapped lines joined: a line longer than the pane was split by the terminal. */
const screen = () => tmux('capture-pane', '-t', 'rt', '-p', '-J', '-S', '-');
const poll = () => new Promise((r) => setTimeout(r, 50));

async function waitFor(test: (s: string) => boolean, what: string, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    const s = screen();
    if (test(s)) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; screen:\n${s}`);
    await poll();
  }
}
const count = (s: string, text: string) => s.split(text).length - 1;

/** Waits for the next unanswered question `question` (a "?" line), then types `keys`. */
async function answer(question: string, ...keys: string[]): Promise<void> {
  const seen = count(screen(), `✔ ${question}`);
  await waitFor((s) => count(s, `? ${question}`) > 0 && count(s, `✔ ${question}`) === seen, `? ${question}`);
  tmux('send-keys', '-t', 'rt', ...keys);
  await waitFor((s) => count(s, `✔ ${question}`) > seen || /^> .+$/m.test(s.split(`? ${question}`).pop()!), `an answer to ${question}`);
}

/** Types into the question on screen after it refused an answer with `reason`. */
async function retry(reason: string, ...keys: string[]): Promise<void> {
  // Inquirer wraps long messages at word boundaries itself: compare with the breaks as spaces.
  await waitFor((s) => s.replace(/\s+/g, ' ').includes(reason), reason);
  tmux('send-keys', '-t', 'rt', 'C-u', ...keys);
}

function start(dir: string, args: string, width = 120): void {
  const cmd = `cd ${dir} && RETAKE_HOME=${dir}/home NO_COLOR=1 ${process.execPath} ${BIN} plan --as-of 2026-11-26 ${args} > ${dir}/plan.md; echo $? > ${dir}/rc; sleep 60`;
  tmux('new-session', '-d', '-s', 'rt', '-x', String(width), '-y', '40', cmd);
}

async function exitCode(dir: string): Promise<number> {
  await waitFor(() => existsSync(join(dir, 'rc')) && readFileSync(join(dir, 'rc'), 'utf8').trim() !== '', 'the exit code', 20_000);
  return Number(readFileSync(join(dir, 'rc'), 'utf8'));
}

/** The question waiting for an answer: a "? " line after the last answered one. */
function current(): string | undefined {
  const lines = screen().split('\n');
  const last = lines.map((l) => l.startsWith('✔ ')).lastIndexOf(true);
  return lines.slice(last + 1).find((l) => l.startsWith('? '))?.slice(2);
}

/** Answered questions: each leaves one "✔" line. */
const prompts = () => screen().split('\n').filter((l) => l.startsWith('✔ ')).length;

const hasTmux = spawnSync('tmux', ['-V']).status === 0;

describe.skipIf(!hasTmux)('retake plan in a terminal', () => {
  afterEach(() => {
    spawnSync('tmux', ['-L', SOCKET(), 'kill-server']);
    socket++;
  });

  it('accepting every default takes 21 prompts or fewer, then saves and plans', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'retake-e2e-'));
    start(dir, '');
    await answer('Which exam, and which attempt', 'Enter');
    let n = 1;
    // Enter on whatever question comes next, until the recap's.
    for (;;) {
      await waitFor(() => current() !== undefined, 'the next question');
      if (current()!.startsWith('Build the plan')) break;
      const before = prompts();
      tmux('send-keys', '-t', 'rt', 'Enter');
      await waitFor(() => prompts() > before, 'the answer');
      n++;
    }
    await answer('Build the plan, or change', 'Enter');
    n++;
    expect(await exitCode(dir)).toBe(0);
    expect(prompts()).toBe(n);
    expect(n).toBeLessThanOrEqual(21);
    // eslint-disable-next-line no-console
    console.log(`prompts: every default ${n}`);
    expect(readdirSync(join(dir, 'home'))).toContain('profile.yaml');
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toMatch(/^---\ntitle: USMLE Step 1 retake plan \(attempt 2\)\n/);
  }, 90_000);

  it('fills everything typed as people write, refuses with the exam named, changes the week from the recap, at 80 columns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'retake-e2e-'));
    start(dir, '--save-answers me.yaml', 80);
    await answer('Which exam, and which attempt', 'Enter');
    await answer('When did you sit Step 1?', '20 Oct', 'Enter');
    await answer('How far from passing', 'Up', 'Up', 'Up', 'Enter'); // from "skip", up to moderate
    await answer('Which areas were LOWER', 'Down', 'Down', 'Space', 'Down', 'Space', ...Array(12).fill('Down'), 'Space', 'Enter'); // pharmacology, biochemistry, respiratory-renal
    await answer('Which were HIGHER', 'Enter');
    await answer('In how many of the 7 blocks', '2', 'Enter');
    await answer('Test-day anxiety', '8/10', 'Enter');
    await answer('Tick what is true', 'Space', 'Down', 'Down', 'Space', 'Enter'); // mind went blank; may have a condition
    tmux('send-keys', '-t', 'rt', 'lots', 'Enter');
    await retry('Please enter a whole number of questions from 0 to 100,000, written like 2,500.', '2,500', 'Enter');
    await answer('Minutes reviewing one 40-question block', '15 min', 'Enter');
    await answer('What took most of your study time?', 'Down', 'Enter'); // videos
    await answer('Full-length practice exams taken', '2', 'Enter');
    await answer('Which ones, if you know?', 'NBME 27, uwsa1', 'Enter');
    tmux('send-keys', '-t', 'rt', '231', 'Enter');
    await retry('USMLE Step 1 practice exams report a percent correct (0 to 100); 231 looks like a three-digit score.', '58%', 'Enter');
    await answer('Which resources did you use?', 'Space', ...Array(5).fill('Down'), 'Space', 'Enter'); // UWorld, Anki
    await answer('Spaced repetition', 'Enter'); // "now and then": "none" is not offered with Anki
    await answer('Which of these were true', 'Down', 'Down', 'Space', 'Enter'); // crammed
    await answer('Hours of sleep', '5h30', 'Enter');
    await answer('How worn out do you feel', '6', 'Enter');
    await answer('Tick what applies', 'Down', 'Space', ...Array(9).fill('Down'), 'Space', 'Down', 'Space', 'Enter'); // family; no one right now; no exercise
    await answer('First study day', 'next monday', 'Enter');
    await answer('Study hours a day', '7.5 hours', 'Enter');
    await answer('Your week: Mon–Sat 7.5 h · Sun off. Keep it?', 'mon-fri 4, sat 0, sun 0', 'Enter');
    await answer('Which day suits your practice exams?', 'Enter'); // the plan picks
    await answer('When does your study day start?', '6pm', 'Enter');
    await answer('Step 1 exam date, if booked', '1 Mar', 'Enter');
    await answer('A date that waits on this result?', 'core rotations start 8 Mar', 'Enter');
    await answer('Another date?', 'Enter');
    const filled = prompts() + 1; // and the recap's question
    await waitFor((s) => s.includes('? Build the plan, or change'), 'the recap');
    const recap = screen();
    expect(recap).toMatch(/→ 2,500 questions/);
    expect(recap).toMatch(/→ Mon 30 Nov 2026/);
    expect(recap).toMatch(/→ 7\.5 hours a day/);
    expect(recap).toMatch(/→ Mon 1 Mar 2027/);
    expect(recap).toMatch(/→ NBME 27, UWSA 1/);
    expect(recap).toMatch(/→ Mon–Fri 4 h · Sat–Sun off/);
    expect(recap.replace(/\s+/g, ' ')).toMatch(/days start at 18:00/);
    expect(recap).toMatch(/→ core rotations start: Mon 8 Mar 2027/);
    expect(recap.replace(/\s+/g, ' ')).toMatch(/a condition limiting timed tests: maybe/);
    expect(recap).not.toMatch(/Step 2 CK/);
    await answer('Build the plan, or change', 'Up', 'Up', 'Enter'); // wraps to "change 8 Your dates", then "change 7 Time"
    await answer('First study day', 'Enter');
    await answer('Study hours a day', 'Enter');
    await answer('Your week: Mon–Fri 4 h · Sat–Sun off. Keep it?', 'mon-fri 4, sat 6, sun 0', 'Enter');
    await answer('Which day suits your practice exams?', 'Enter');
    await answer('When does your study day start?', 'Enter'); // keeps 18:00
    await answer('Step 1 exam date, if booked', 'Enter');
    await waitFor((s) => count(s, '? Build the plan, or change') === 2 || count(s, 'Your answers') === 2, 'the recap again');
    expect(screen().split('Your answers').pop()!.replace(/\s+/g, ' ')).toMatch(/Mon–Fri 4 h · Sat 6 h · Sun off/);
    await answer('Build the plan, or change', 'Enter');
    expect(await exitCode(dir)).toBe(0);
    expect(filled).toBeLessThanOrEqual(30);
    // eslint-disable-next-line no-console
    console.log(`prompts: everything filled ${filled}`);

    // No line of the session was longer than the 80-column pane (the terminal would have split a word).
    const long = screen().split('\n').filter((l) => l.length > 80);
    expect(long).toEqual([]);
    const saved = parse(readFileSync(join(dir, 'me.yaml'), 'utf8'));
    // The answers this session types, as an answers file (the fixture is reviewed by hand).
    expect(saved).toEqual(parse(readFileSync(join(ROOT, 'test', 'fixtures-interview', 'expected-answers.yaml'), 'utf8')));
    const plan = readFileSync(join(dir, 'plan.md'), 'utf8');
    expect(plan.startsWith('---\ntitle: USMLE Step 1 retake plan (attempt 2)\n')).toBe(true);
    expect(plan).not.toMatch(/^\? |✔|Which exam|\u001b\[/m);
    // The plan follows the answers: the week (Sundays off, weekdays at most 4 h), the forms
    // already taken never planned again, the student's date and the condition they suspect.
    const days = [...plan.matchAll(/^### (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+ \w+ \d{4} · ([a-z -]+?)(?: · ([\d.]+) h)?$/gm)];
    expect(days.length).toBeGreaterThan(50);
    for (const [line, day, kind, hours] of days) {
      if (day === 'Sun') expect(kind, line).toBe('rest');
      else if (day !== 'Sat' && kind === 'study') expect(Number(hours), line).toBeLessThanOrEqual(4);
    }
    expect(plan).not.toMatch(/NBME CBSSA form 27\b|\(UWSA 1\)/);
    expect(plan).toMatch(/core rotations start/);
    expect(plan).toMatch(/^### \d+\. Something may be limiting you on timed tests: ask about accommodations$/m);
    expect(screen()).toMatch(/Saved your answers to me\.yaml/);
    expect(readdirSync(join(dir, 'home'))).toContain('profile.yaml');

    // The saved file reloads to the same plan, with no interview.
    const again = spawnSync(process.execPath, [BIN, 'plan', '--answers', join(dir, 'me.yaml'), '--format', 'markdown', '--as-of', '2026-11-26'], { encoding: 'utf8', env: { ...process.env, RETAKE_HOME: join(dir, 'other') } });
    expect(again.stdout).toBe(plan);
  }, 120_000);

  it.each(['C-c', 'C-d'])('%s says goodbye, exits 130 and writes nothing', async (key) => {
    const dir = mkdtempSync(join(tmpdir(), 'retake-e2e-'));
    start(dir, '--save-answers me.yaml');
    await answer('Which exam, and which attempt', 'Enter');
    await waitFor((s) => s.includes('? When did you sit'), 'the second question');
    tmux('send-keys', '-t', 'rt', key);
    expect(await exitCode(dir)).toBe(130);
    expect(screen()).toMatch(/Goodbye: nothing was written\./);
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe('');
    expect(existsSync(join(dir, 'me.yaml'))).toBe(false);
    expect(existsSync(join(dir, 'home'))).toBe(false);
  }, 60_000);
});
