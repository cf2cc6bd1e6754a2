// The command line's answers to what the student got wrong or the machine refused, checked in
// process: which write failures are the student's to fix (exit 2) and which the machine's
// (exit 1); skip refuses days outside the plan and writes nothing without a profile.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/cli/errors.js';
import { writeFailureExitCode, writeFileAtomic } from '../../src/cli/io.js';
import { skipCommand } from '../../src/cli/skip-command.js';
import { Store } from '../../src/cli/store.js';
import { buildPlan } from '../../src/core/plan.js';
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

describe('retake skip, run in process on a throwaway store', () => {
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

});

