// The interview end to end: the built binary in a real pseudo-terminal (tmux), answered
// question by question; stdout goes to a file and must hold only the plan (prompts and
// messages are on the terminal, through stderr).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT } from './run.js';

// A tmux server per test: a server still shutting down after kill-server cannot take the next session.
let sessions = 0;
let socket = '';
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-t', 'rt', '-p', '-S', '-200');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(text: string | RegExp, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    const s = screen();
    if (typeof text === 'string' ? s.includes(text) : text.test(s)) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${text}; screen:\n${s}`);
    await sleep(80);
  }
}

/** Waits for a question, then answers it with keys. */
async function answer(question: string, ...keys: string[]): Promise<void> {
  await waitFor(`? ${question}`);
  await sleep(60);
  for (const k of keys) {
    tmux('send-keys', '-t', 'rt', k);
    await sleep(40);
  }
}

function start(dir: string, args: string): void {
  socket = `retake-e2e-${process.pid}-${++sessions}`;
  const cmd = `cd ${dir} && RETAKE_HOME=${dir}/home XDG_CACHE_HOME=${dir}/cache NO_COLOR=1 ${process.execPath} ${BIN} plan --as-of 2026-11-26 ${args} > ${dir}/plan.md; echo $? > ${dir}/rc; sleep 60`;
  tmux('new-session', '-d', '-s', 'rt', '-x', '150', '-y', '50', cmd);
}

async function exitCode(dir: string): Promise<number> {
  const until = Date.now() + 20_000;
  while (!existsSync(join(dir, 'rc')) || !readFileSync(join(dir, 'rc'), 'utf8').trim()) {
    if (Date.now() > until) throw new Error(`no exit; screen:\n${screen()}`);
    await sleep(100);
  }
  return Number(readFileSync(join(dir, 'rc'), 'utf8'));
}

const hasTmux = spawnSync('tmux', ['-V']).status === 0;

describe.skipIf(!hasTmux)('retake plan in a terminal', () => {
  afterEach(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  });

  it('interviews, saves the answers, and prints only the plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'retake-e2e-'));
    start(dir, '--save-answers me.yaml');
    await answer('Which exam are you retaking?', 'Enter');
    await answer('Which attempt are you preparing for?', 'Enter');
    await answer('Dates of your earlier attempts', '2026-10-20', 'Enter');
    await answer('How far from passing', 'Down', 'Down', 'Enter'); // from "skip", wraps to close, then moderate
    await answer('A three-digit score', 'Enter');
    await answer('Do you have your score report', 'Enter');
    await answer('Which disciplines were LOWER', 'Down', 'Down', 'Space', 'Down', 'Space', 'Enter'); // pharmacology, biochemistry
    await answer('Which disciplines were HIGHER', 'Enter');
    await answer('Which systems were LOWER', 'Down', 'Down', 'Down', 'Down', 'Down', 'Space', 'Enter'); // respiratory-renal
    await answer('Which systems were HIGHER', 'Enter');
    await answer('How many question-bank questions', 'lots', 'Enter');
    await waitFor('Please enter a whole number of questions from 0 to 100000.');
    tmux('send-keys', '-t', 'rt', 'C-u', '900', 'Enter');
    await answer('Minutes spent reviewing', '15', 'Enter');
    await answer('What took most of your study time?', 'Down', 'Enter'); // videos
    await answer('Did you do timed, random blocks?', 'Enter');
    await answer('How many full-length practice exams', 'Enter');
    await answer('Your best practice score', '58', 'Enter');
    await answer('Which resources did you use?', 'Space', 'Enter'); // uworld
    await answer('Any others?', 'Enter');
    await answer('Did you switch resources', 'Enter');
    await answer('Spaced repetition', 'Enter');
    await answer('Did you cram', 'y', 'Enter');
    await answer('Did you run out of time', 'Enter');
    await answer('Did your mind go blank', 'y', 'Enter');
    await answer('How anxious were you', '8', 'Enter');
    await answer('Hours of sleep', '5.5', 'Enter');
    await answer('Days a week you exercise', '0', 'Enter');
    await answer('How worn out do you feel', '6', 'Enter');
    await answer('Anything else weighing on you?', 'Down', 'Space', 'Enter'); // family
    await answer('Who is supporting you?', 'Up', 'Space', 'Enter'); // wraps to "no one right now"
    await answer('First study day', 'Enter');
    await answer('Study hours a day', 'C-u', '9', 'Enter');
    await answer('Rest days a week', 'Enter');
    await answer('Exam date, if booked', '2027-03-01', 'Enter');
    await answer('Save these answers on this computer', 'Enter');
    expect(await exitCode(dir)).toBe(0);

    const saved = parse(readFileSync(join(dir, 'me.yaml'), 'utf8'));
    // The answers this session types, as an answers file (the fixture is reviewed by hand).
    expect(saved).toEqual(parse(readFileSync(join(ROOT, 'test', 'fixtures-interview', 'expected-answers.yaml'), 'utf8')));
    const plan = readFileSync(join(dir, 'plan.md'), 'utf8');
    expect(plan.startsWith('---\ntitle: USMLE Step 1 retake plan (attempt 2)\n')).toBe(true);
    expect(plan).not.toMatch(/^\? |✔|Which exam|\u001b\[/m);
    expect(screen()).toMatch(/Saved your answers to me\.yaml/);
    expect(readdirSync(join(dir, 'home'))).toContain('profile.yaml');

    // The saved file reloads to the same plan, with no interview.
    const again = spawnSync(process.execPath, [BIN, 'plan', '--answers', join(dir, 'me.yaml'), '--format', 'markdown', '--as-of', '2026-11-26'], { encoding: 'utf8', env: { ...process.env, RETAKE_HOME: join(dir, 'other') } });
    expect(again.stdout).toBe(plan);
  }, 90_000);

  it.each(['C-c', 'C-d'])('%s says goodbye, exits 130 and writes nothing', async (key) => {
    const dir = mkdtempSync(join(tmpdir(), 'retake-e2e-'));
    start(dir, '--save-answers me.yaml');
    await answer('Which exam are you retaking?', 'Enter');
    await answer('Which attempt are you preparing for?', key);
    expect(await exitCode(dir)).toBe(130);
    expect(screen()).toMatch(/Goodbye: nothing was written\./);
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe('');
    expect(existsSync(join(dir, 'me.yaml'))).toBe(false);
    expect(existsSync(join(dir, 'home'))).toBe(false);
  }, 60_000);
});
