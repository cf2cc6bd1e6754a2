// The command line's answers to what the student got wrong or the machine refused, checked in
// process: which write failures are the student's to fix (exit 2) and which the machine's
// (exit 1).
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/cli/errors.js';
import { writeFailureExitCode, writeFileAtomic } from '../../src/cli/io.js';

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
