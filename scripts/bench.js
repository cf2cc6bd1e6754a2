// npm run bench: start-up and memory of the built CLI against `node -e 0` on this machine.
// Runs alternate (baseline, command) after a warm-up; the median per-pair ratio is reported. Not a test:
// it prints the figures and whether each meets its target (README "Performance").
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'retake.cjs');
const PROBE = join(ROOT, 'scripts', 'rss-probe.mjs');
const PAIRS = Number(process.env.BENCH_PAIRS ?? 21);
const FIXTURE = join(ROOT, 'test', 'fixtures', 'step2ck-timing', 'answers.yaml');
const work = mkdtempSync(join(tmpdir(), 'retake-bench-'));
// The code cache (see bin/retake.cjs) lives in the bench's own folder; the warm-up runs fill it.
process.env.XDG_CACHE_HOME = join(work, 'cache');

function time(args, env) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function peakRss(args, env) {
  const out = join(work, 'rss');
  time(['--import', PROBE, ...args], { ...env, RETAKE_RSS_OUT: out });
  return Number(readFileSync(out, 'utf8')) / 1024;
}

function measure(label, args, env = {}, target) {
  const base = ['-e', '0'];
  for (let i = 0; i < 3; i++) (time(base), time(args, env));
  const b = [];
  const c = [];
  for (let i = 0; i < PAIRS; i++) {
    b.push(time(base));
    c.push(time(args, env));
  }
  // Each command run sits next to its own baseline run: the median of per-pair ratios
  // cancels drift in the machine's load better than a ratio of medians.
  const ratio = median(c.map((x, i) => x / b[i]));
  const rss = peakRss(args, env);
  return { label, ms: median(c), base: median(b), ratio, rss, target };
}

// A store with a saved 12-week profile and a 500-entry practice history.
function historyHome() {
  const home = join(work, 'home');
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const answers = parse(readFileSync(join(ROOT, 'test', 'fixtures', 'videos-anxious-step1', 'answers.yaml'), 'utf8'));
  answers.schedule.weeks = 12;
  writeFileSync(join(home, 'profile.yaml'), stringify({ schemaVersion: 1, savedAt: '2027-01-01', answers }));
  const areas = ['pharmacology', 'biochemistry', 'microbiology', 'pathology', 'physiology'];
  const entries = Array.from({ length: 500 }, (_, i) => ({
    kind: 'nbme',
    form: String(25 + (i % 9)),
    date: new Date(Date.UTC(2026, 0, 1) + i * 86400000 * 0.8).toISOString().slice(0, 10),
    score: 50 + ((i * 7) % 25),
    weak: [areas[i % 5], areas[(i + 2) % 5]],
  }));
  writeFileSync(join(home, 'history.json'), JSON.stringify({ schemaVersion: 1, exam: 'step1', entries }));
  return home;
}

function cohort(n) {
  const dir = join(work, `cohort-${n}`);
  mkdirSync(dir, { recursive: true });
  const fixtures = ['videos-anxious-step1', 'step2ck-timing', 'step1-last-attempt-distress', 'step1-close-minimal'];
  for (let i = 0; i < n; i++) copyFileSync(join(ROOT, 'test', 'fixtures', fixtures[i % 4], 'answers.yaml'), join(dir, `student-${String(i).padStart(3, '0')}.yaml`));
  return dir;
}

const home = historyHome();
const rows = [
  measure('retake --version', [BIN, '--version'], {}, 1.25),
  measure('plan --format yaml', [BIN, 'plan', '--answers', FIXTURE, '--format', 'yaml', '--as-of', '2026-11-26'], {}, 1.6),
  measure('plan --format markdown', [BIN, 'plan', '--answers', FIXTURE, '--format', 'markdown', '--as-of', '2026-11-26'], {}, 1.6),
  measure('plan from 500-entry history, 12 weeks', [BIN, 'plan', '--format', 'markdown', '--as-of', '2027-02-20'], { RETAKE_HOME: home }, 2),
];
const cohorts = [50, 100, 200].map((n) => {
  const dir = cohort(n);
  const out = join(work, `out-${n}`);
  const runs = Array.from({ length: 3 }, () => {
    rmSync(out, { recursive: true, force: true });
    return time([BIN, 'plan', '--answers', dir, '--out', out, '--as-of', '2026-11-26']);
  });
  return { n, ms: median(runs), rss: peakRss([BIN, 'plan', '--answers', dir, '--out', join(work, `rss-${n}`), '--as-of', '2026-11-26']) };
});

const pad = (s, n) => String(s).padEnd(n);
console.log(`retake benchmark · node ${process.version} · ${PAIRS} alternating pairs after 3 warm-ups · median of per-pair ratios\n`);
console.log(`${pad('command', 42)}${pad('ms', 8)}${pad('× node -e 0', 13)}${pad('target', 9)}${pad('peak RSS', 11)}ok`);
let ok = true;
for (const r of rows) {
  const pass = r.ratio <= r.target && r.rss <= 80;
  ok &&= pass;
  console.log(`${pad(r.label, 42)}${pad(r.ms.toFixed(1), 8)}${pad(r.ratio.toFixed(2), 13)}${pad(`≤ ${r.target}`, 9)}${pad(`${r.rss.toFixed(1)} MB`, 11)}${pass ? 'yes' : 'NO'}`);
}
console.log(`\n(node -e 0: ${median(rows.map((r) => r.base)).toFixed(1)} ms)\n`);
console.log(`${pad('cohort (one process)', 42)}${pad('ms', 10)}${pad('ms / student', 14)}peak RSS`);
for (const c of cohorts) console.log(`${pad(`${c.n} answer files`, 42)}${pad(c.ms.toFixed(0), 10)}${pad((c.ms / c.n).toFixed(1), 14)}${c.rss.toFixed(1)} MB`);
// Linear (or better): doubling the files at most doubles the time, within 15% for noise;
// a falling cost per student is start-up being shared.
const perFile = cohorts.map((c) => c.ms / c.n);
const linear = perFile[2] <= perFile[1] * 1.15 && perFile[1] <= perFile[0] * 1.15;
console.log(`\ncohort scales linearly (ms per student does not grow from 50 to 200 files, within 15%): ${linear ? 'yes' : 'NO'}`);
console.log(`peak RSS ≤ 80 MB for single plans: ${rows.every((r) => r.rss <= 80) ? 'yes' : 'NO'}`);
console.log(`all targets met: ${ok && linear ? 'yes' : 'NO'}`);
rmSync(work, { recursive: true, force: true });
