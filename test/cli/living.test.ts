// Three simulated weeks with an Obsidian-style vault, on the built binary: write plan.md, tick
// some boxes, read them back, skip a sick day, regenerate; ticks survive, missed work is
// carried without any day passing its hours, and `retake today` shows the right tasks.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { BIN, retake } from './run.js';

const answers = join(FIXTURES, 'videos-anxious-step1', 'answers.yaml');

const MINUTES = /\*\*(?:(\d+) h)?\s?(?:(\d+) min)?\*\*/;
const minutesOf = (line: string) => {
  const m = MINUTES.exec(line)!;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
};

/** Each day of a Markdown plan: its hours and the minutes of its live (checkbox) tasks. */
function dayLoads(md: string): { day: string; hours: number; minutes: number }[] {
  return md.split(/^### /m).slice(1).filter((s) => /^\w{3} \d+ \w{3} \d{4} ·/.test(s)).map((s) => {
    const head = s.split('\n')[0]!;
    const hours = Number(/· (\d+(?:\.\d+)?) h$/.exec(head)?.[1] ?? 0);
    const minutes = s.split('\n').filter((l) => /^- \[[ x]\] /.test(l)).reduce((n, l) => n + minutesOf(l), 0);
    return { day: head, hours, minutes };
  });
}

/** Ticks every unticked task due on one of `dates` (only those of `types`, when given), as sed would. */
function tick(md: string, dates: readonly string[], only?: RegExp): string {
  return md.replace(/^- \[ \] (.*📅 (\d{4}-\d{2}-\d{2}).*)$/gmu, (line, rest: string, date: string) => (dates.includes(date) && (!only || only.test(rest)) ? `- [x] ${rest} ✅ ${date}` : line));
}

const tickedIds = (md: string) => new Set([...md.matchAll(/^- \[x\] .*🆔 (\w+)/gmu)].map((m) => m[1]!));

describe('three weeks with a vault', () => {
  it('keeps ticks, rebalances a skipped day and a half-done week within each day, and shows today', () => {
    const root = mkdtempSync(join(tmpdir(), 'retake-vault-'));
    const env = { RETAKE_HOME: join(root, 'data') };
    const vault = join(root, 'vault');
    mkdirSync(vault);
    const planMd = join(vault, 'plan.md');
    const run = (args: string[]) => retake(args, { env });
    const regenerate = (asOf: string) => {
      const r = run(['plan', '--as-of', asOf]);
      expect(r.code, r.stderr).toBe(0);
      writeFileSync(planMd, r.stdout);
      for (const d of dayLoads(r.stdout)) expect(d.minutes, d.day).toBeLessThanOrEqual(d.hours * 60);
      return r.stdout;
    };

    // Without a saved profile, today says what to do.
    expect(run(['today']).code).toBe(2);
    const first = run(['plan', '--answers', answers, '--save', '--as-of', '2027-01-04']);
    expect(first.code).toBe(0);
    writeFileSync(planMd, first.stdout);
    expect(first.stdout).not.toMatch(/## Missed work/);

    const monday = run(['today', '--as-of', '2027-01-04']);
    expect(monday.code).toBe(0);
    expect(monday.stdout).toMatch(/^Mon 4 Jan 2027 · study · 9 h \(week 1 of \d+, from your plan of 4 Jan\)/);
    // As many open tasks as the plan gives Monday.
    const mondayTasks = first.stdout.split(/^### /m).find((s) => s.startsWith('Mon 4 Jan 2027'))!.split('\n').filter((l) => l.startsWith('- [ ] ')).length;
    expect(mondayTasks).toBeGreaterThan(2);
    expect(monday.stdout.split('\n').filter((l) => l.startsWith('  [ ] ')).length).toBe(mondayTasks);

    // Week 1: Monday done, Tuesday only its question block, Wednesday lost to illness.
    let md = tick(readFileSync(planMd, 'utf8'), ['2027-01-04']);
    md = tick(md, ['2027-01-05'], /timed questions/);
    writeFileSync(planMd, md);
    const done1 = tickedIds(md);
    expect(run(['skip', '2027-01-06', '--reason', 'sick', '--as-of', '2027-01-07']).code).toBe(0);
    const read = run(['plan', '--progress', planMd, '--as-of', '2027-01-07', '--format', 'json']);
    expect(read.code, read.stderr).toBe(0);
    expect(read.stderr).toMatch(new RegExp(`: ${done1.size} ticked \\(${done1.size} new since the last read\\)`));
    expect(statSync(join(env.RETAKE_HOME, 'progress.json')).mode & 0o777).toBe(0o600);

    md = regenerate('2027-01-07');
    for (const id of done1) expect(tickedIds(md).has(id), id).toBe(true);
    expect(md).toMatch(/^### Wed 6 Jan 2027 · skipped \(sick\)/m);
    expect(md).toMatch(/^## Missed work, carried forward/m);
    expect(md).toMatch(/carried from 6 Jan/);
    // The buffer day on Friday holds carried work; today shows it.
    const friday = run(['today', '--as-of', '2027-01-08']);
    expect(friday.stdout).toMatch(/^Fri 8 Jan 2027 · buffer \/ catch-up/);
    expect(friday.stdout).toMatch(/70 timed (\S+ )?questions/);
    expect(friday.stdout).toMatch(/Not ticked from earlier days: \d+/);

    // Week 2: tick Thursday to Saturday of week 1 and Monday to Wednesday of week 2 (a half-done week).
    md = tick(readFileSync(planMd, 'utf8'), ['2027-01-07', '2027-01-08', '2027-01-09', '2027-01-11', '2027-01-12', '2027-01-13']);
    writeFileSync(planMd, md);
    const done2 = tickedIds(md);
    expect(run(['plan', '--progress', planMd, '--as-of', '2027-01-14', '--format', 'json']).code).toBe(0);
    md = regenerate('2027-01-14');
    for (const id of done2) if (md.includes(id)) expect(tickedIds(md).has(id), id).toBe(true);
    expect(md).toMatch(/^## Week 2 /m);
    // The skipped day's week is over; the skip is still said, not "nothing is overdue".
    expect(md).toMatch(/^- Wed 6 Jan 2027 was skipped \(sick\)/m);
    expect(md).not.toMatch(/Nothing is overdue/);
    const thursday = run(['today', '--as-of', '2027-01-14', '--format', 'markdown']);
    expect(thursday.stdout).toMatch(/^---\ndate: "2027-01-14"/);
    expect(thursday.stdout).toMatch(/^# Thu 14 Jan 2027 · /m);
    expect(thursday.stdout).toMatch(/^- \[ \] \*\*.*📅 2027-01-14 🆔 /mu);

    // Week 3: nothing ticked since; a new read still keeps every earlier tick.
    expect(run(['plan', '--progress', planMd, '--as-of', '2027-01-21', '--format', 'json']).code).toBe(0);
    md = regenerate('2027-01-21');
    for (const id of [...done1, ...done2]) if (md.includes(id)) expect(tickedIds(md).has(id), id).toBe(true);
    expect(md).toMatch(/^## Week 3 /m);
    // Two weeks after the skipped day: what is still open from it is let go, and said so.
    expect(md).toMatch(/^- Let go, more than 14 days after it was missed, and no longer carried: anything still open from Wed 6 Jan 2027 \(skipped\)/m);
    expect(run(['today', '--as-of', '2027-01-21']).stdout).toMatch(/^Thu 21 Jan 2027 · /);

    // retake forget removes the recorded progress too.
    expect(run(['forget', '--yes']).code).toBe(0);
    expect(existsSync(join(env.RETAKE_HOME, 'progress.json'))).toBe(false);
  });

  it('refuses a file that is not a retake plan, and a plan the shell emptied, recording nothing', () => {
    const root = mkdtempSync(join(tmpdir(), 'retake-vault-'));
    const env = { RETAKE_HOME: join(root, 'data') };
    expect(retake(['plan', '--answers', answers, '--save', '--as-of', '2027-01-04', '--format', 'json'], { env }).code).toBe(0);
    const notes = join(root, 'groceries.md');
    writeFileSync(notes, '# Groceries\n- [x] milk\n');
    const r = retake(['plan', '--progress', notes, '--as-of', '2027-01-05'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/groceries\.md is not a plan retake can read back: .*Nothing was recorded/);
    expect(r.stdout).toBe('');
    expect(existsSync(join(env.RETAKE_HOME, 'progress.json'))).toBe(false);

    // retake plan --progress plan.md > plan.md: the shell truncates plan.md first.
    const planMd = join(root, 'plan.md');
    writeFileSync(planMd, '');
    const fd = openSync(planMd, 'w');
    const same = spawnSync(process.execPath, [BIN, 'plan', '--progress', planMd, '--as-of', '2027-01-05'], { env: { ...process.env, ...env }, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/your shell emptied it/);
    expect(existsSync(join(env.RETAKE_HOME, 'progress.json'))).toBe(false);
  });

  it('--out keeps the earlier plan in the data folder, not in the vault', () => {
    const root = mkdtempSync(join(tmpdir(), 'retake-vault-'));
    const env = { RETAKE_HOME: join(root, 'data') };
    const vault = join(root, 'vault');
    expect(retake(['plan', '--answers', answers, '--save', '--out', vault, '--as-of', '2027-01-04'], { env }).code).toBe(0);
    const again = retake(['plan', '--out', vault, '--as-of', '2027-01-05'], { env });
    expect(again.code).toBe(0);
    const kept = /Kept the previous plan in (\S+) /.exec(again.stderr)?.[1];
    expect(kept?.startsWith(join(env.RETAKE_HOME, 'out-archive'))).toBe(true);
    expect(readFileSync(join(kept!, 'plan.md'), 'utf8')).toMatch(/generated: "2027-01-04"/);
    expect(existsSync(join(vault, 'plan.prev.md'))).toBe(false);
    expect(retake(['forget', '--yes'], { env }).code).toBe(0);
    expect(existsSync(join(env.RETAKE_HOME, 'out-archive'))).toBe(false);
  });
});
