// The command line's answers to what the student got wrong or the machine refused, checked in
// process: which write failures are the student's to fix (exit 2) and which the machine's
// (exit 1); skip refuses days outside the plan and writes nothing without a profile; log keeps
// the last attempt's preparation out of the history and reads sittings of a form by date;
// forget names what it deletes.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/cli/errors.js';
import { forgetCommand, whatIsStored } from '../../src/cli/forget-command.js';
import { writeFailureExitCode, writeFileAtomic } from '../../src/cli/io.js';
import { logCommand } from '../../src/cli/log-command.js';
import { skipCommand } from '../../src/cli/skip-command.js';
import { Store } from '../../src/cli/store.js';
import { sittingOrder } from '../../src/core/forms.js';
import { buildPlan } from '../../src/core/plan.js';
import { checkEntry, type LoggedExam } from '../../src/schema/history.js';
import { TODAY, fixtureAnswers } from '../helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'retake-cli-input-'));
const errno = (code: string) => Object.assign(new Error(`${code}: refused`), { code, syscall: 'open' });

describe('a write that fails: the place (exit 2) or the machine (exit 1)', () => {
  it.each([
    ['EACCES', 2, 'permission denied'],
    ['EPERM', 2, 'permission denied'],
    ['EROFS', 2, 'the file system is read-only'],
    ['ENOTDIR', 2, 'part of the path is a file, not a folder'],
    ['EEXIST', 2, 'a file is in the way'],
    ['EISDIR', 2, 'it is a folder'],
    ['ENOENT', 2, 'its folder cannot be created there'],
    ['ENOSPC', 1, 'the disk is full'],
    ['EDQUOT', 1, 'your disk quota is used up'],
    ['EFBIG', 1, 'the file would be larger than this system allows (a file size limit)'],
    ['EIO', 1, 'an input/output error (a failing disk?)'],
  ] as const)('%s exits %i: "%s", and nothing is left behind', (code, exit, reason) => {
    const dir = tmp();
    const path = join(dir, 'plan.md');
    let thrown: unknown;
    try {
      writeFileAtomic(path, 'x', 0o600, false, () => {
        throw errno(code);
      });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).exitCode).toBe(exit);
    expect((thrown as UserError).message).toBe(`cannot write ${path}: ${reason}. Nothing was written.`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an error without a code (not a refusal retake can name) is not blamed on the student', () => {
    expect(writeFailureExitCode(new Error('odd'))).toBe(1);
  });

  it('a path under a file and a file where a folder should be are real refusals, exit 2', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'f'), '');
    for (const path of [join(dir, 'f', 'x', 'plan.md'), join(dir, 'f', 'plan.md')]) {
      expect(() => writeFileAtomic(path, 'x')).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringMatching(/: (part of the path is a file, not a folder|a file is in the way)\. Nothing was written\.$/) }));
    }
    expect(readdirSync(dir)).toEqual(['f']);
  });
});

describe('skip, log and forget, run in process on a throwaway store', () => {
  let home: string;
  let stderr: string;
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.RETAKE_HOME;
    home = join(tmp(), 'data');
    process.env.RETAKE_HOME = home;
    stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.RETAKE_HOME;
    else process.env.RETAKE_HOME = saved;
    vi.restoreAllMocks();
  });
  const withPlan = () => {
    // step2ck-timing: starts Mon 7 Dec 2026, exam Mon 15 Mar 2027.
    const answers = fixtureAnswers('step2ck-timing');
    const store = new Store(home);
    store.saveProfile(answers, TODAY);
    const plan = buildPlan(answers, TODAY);
    store.archivePlan(plan);
    return { store, plan };
  };

  it('without a saved profile says so and creates nothing', async () => {
    await expect(skipCommand('2027-01-06', { asOf: TODAY })).rejects.toThrow(/retake skip marks a day of your saved plan, and there is none yet/);
    expect(existsSync(home)).toBe(false);
  });

  it('refuses a day before the plan starts or after it ends, naming the plan’s dates, and records nothing', async () => {
    const { store, plan } = withPlan();
    expect(plan.schedule.start).toBe('2026-12-07');
    for (const day of ['2026-11-01', '2030-01-01'])
      await expect(skipCommand(day, { asOf: TODAY })).rejects.toThrow(new RegExp(`is outside your plan, which runs from Mon 7 Dec 2026 to .* 2027; skip a day within it`));
    expect(existsSync(store.progressPath)).toBe(false);
  });

  it('records a future day within the plan (a wedding next month is known in advance)', async () => {
    const { store } = withPlan();
    await skipCommand('2026-12-24', { asOf: TODAY, reason: 'family' });
    expect(store.readProgress().skipped).toEqual([{ date: '2026-12-24', reason: 'family' }]);
  });

  it('log refuses a practice exam from before the last attempt (2026-09-14) and writes nothing', async () => {
    const { store } = withPlan();
    await expect(logCommand({ kind: 'ccssa', form: '16', score: '216', date: '2026-09-01', asOf: '2027-01-25' })).rejects.toThrow(/date: 2026-09-01 is on or before your last attempt \(2026-09-14\), so it belongs to that preparation/);
    expect(existsSync(store.historyPath)).toBe(false);
  });

  it('log names the later sitting of a form as the repeat when the earlier one is logged second', async () => {
    const { store } = withPlan();
    await logCommand({ kind: 'ccssa', form: '16', score: '216', date: '2027-01-20', asOf: '2027-01-25' });
    expect(stderr).not.toMatch(/inflated/);
    await logCommand({ kind: 'ccssa', form: '16', score: '205', date: '2027-01-10', asOf: '2027-01-25' });
    expect(stderr).toMatch(/You also took CCSSA 16 on 2027-01-20, after this sitting: this one is your first exposure, and retake now reads the 2027-01-20 score as the inflated repeat\./);
    expect(stderr).not.toMatch(/You had taken/);
    expect(store.readHistory().entries).toHaveLength(2);
  });

  it('forget lists only what is there', async () => {
    const store = new Store(home);
    store.updateProgress((p) => ({ progress: { ...p, skipped: [{ date: '2027-01-06' }] }, result: undefined }));
    await forgetCommand({ yes: true });
    expect(stderr).toMatch(/^This deletes 1 file in .*: your recorded progress \(ticks and skipped days\)\.\nDeleted 1 file\./);
    expect(existsSync(home)).toBe(false);
  });
});

describe('retake log: dates of practice exams', () => {
  const entry = (date: string, form = '16', kind: LoggedExam['kind'] = 'ccssa'): LoggedExam => ({ kind, form, date, score: 216 });

  it('refuses a practice exam dated on or before the last attempt: it belongs to that preparation', () => {
    for (const date of ['2025-01-01', '2026-10-05'])
      expect(checkEntry('step2ck', entry(date), '2026-12-21', '2026-10-05')).toEqual({
        ok: false,
        problems: [`date: ${date} is on or before your last attempt (2026-10-05), so it belongs to that preparation: count it in your answers' methods (practiceExamsTaken, bestPracticeScore, formsTaken), not here`],
      });
    expect(checkEntry('step2ck', entry('2026-10-06'), '2026-12-21', '2026-10-05').ok).toBe(true);
    expect(checkEntry('step2ck', entry('2025-01-01'), '2026-12-21').ok).toBe(true);
  });

  it.each<[string, LoggedExam, LoggedExam[], string[], ReturnType<typeof sittingOrder>]>([
    ['first sitting', entry('2026-12-20'), [], [], { repeat: false }],
    ['after an earlier sitting: the repeat', entry('2026-12-20'), [entry('2026-12-10')], [], { repeat: true }],
    ['before a later sitting: the first exposure, the later one the repeat', entry('2026-12-10'), [entry('2026-12-20'), entry('2026-12-28')], [], { repeat: false, laterRepeat: entry('2026-12-20') }],
    ['listed in formsTaken: a repeat whatever its date', entry('2026-12-10'), [entry('2026-12-20')], ['ccssa 16'], { repeat: true }],
    ['another form is no repeat', entry('2026-12-10'), [entry('2026-12-05', '15')], [], { repeat: false }],
    ['a sitting with no form is never a repeat', { kind: 'ccssa', date: '2026-12-10', score: 216 }, [entry('2026-12-05')], ['ccssa 16'], { repeat: false }],
  ])('%s', (_, e, logged, formsTaken, expected) => {
    expect(sittingOrder('step2ck', e, logged, formsTaken)).toEqual(expected);
  });

  it('the readiness model reads the earlier sitting as the first exposure, whatever the logging order', () => {
    const answers = fixtureAnswers('step2ck-timing');
    const early = { ...entry('2027-01-10'), score: 205 };
    const late = { ...entry('2027-01-24'), score: 230 };
    const inOrder = buildPlan(answers, '2027-01-25', { history: [early, late] }).readiness;
    const loggedLater = buildPlan(answers, '2027-01-25', { history: [late, early] }).readiness;
    expect(inOrder.passProbability).toBeGreaterThan(0);
    expect(loggedLater.passProbability).toBe(inOrder.passProbability);
    expect(loggedLater.level).toEqual(inOrder.level);
  });
});

describe('retake forget names what it deletes', () => {
  const store = new Store('/d');
  it.each<[string, string[], string]>([
    ['progress alone', ['/d/progress.json'], 'your recorded progress (ticks and skipped days)'],
    ['profile and history', ['/d/profile.yaml', '/d/history.json'], 'your saved answers and your practice-exam history'],
    [
      'everything',
      ['/d/profile.yaml', '/d/history.yaml.bak', '/d/progress.json', '/d/history.lock', '/d/.profile.yaml.1-a.tmp', '/d/plans/0001-2026-11-26.json', '/d/plans/0002-2026-11-27.json', '/d/out-archive/20261126T100000Z/plan.md', '/d/out-archive/20261126T100000Z/plan.ics'],
      'your saved answers, your practice-exam history, your recorded progress (ticks and skipped days), 2 archived plans, the copy of 1 plan replaced with --out, files left by an interrupted write and a leftover lock file',
    ],
  ])('%s', (_, files, what) => {
    expect(whatIsStored(store, files)).toBe(what);
  });
});
