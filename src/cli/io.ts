// File and stream I/O for the CLI: bounded reads of regular files, safe YAML parsing,
// complete atomic private writes.
import { closeSync, constants, fstatSync, fsyncSync, linkSync, mkdirSync, openSync, readSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { printable } from '../lib/printable.js';
import { UserError } from './errors.js';
import { readYaml } from './yaml-read.js';

/** Answers and history files are small; anything larger is a mistake or an attack. */
export const MAX_INPUT_BYTES = 1024 * 1024;
const CHUNK = 64 * 1024;

export function readInput(file: string): string {
  if (file === '-') return decode(readBounded(0, MAX_INPUT_BYTES, () => `standard input is over ${MAX_INPUT_BYTES / 1024} KB; an answers file is at most that`), 'standard input');
  const bytes = readRegularFile(file, MAX_INPUT_BYTES, (size) => `${printable(file)} is ${size === undefined ? 'over' : Math.round(size / 1024)} KB; an answers file is at most ${MAX_INPUT_BYTES / 1024} KB`);
  if (bytes === undefined) throw new UserError(`cannot read ${printable(file)}: no such file`);
  return decode(bytes, printable(file));
}

/**
 * Reads a regular file of at most `limit` bytes, in chunks; undefined if it does not exist.
 * Devices, pipes and sockets are refused before they are read (st.size says nothing about
 * them: /dev/zero or a FIFO would read forever), and the file is opened without blocking.
 */
export function readRegularFile(file: string, limit: number, tooBig: (size?: number) => string): Buffer | undefined {
  let fd: number | undefined;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new UserError(`${printable(file)} is a folder; pass an answers file (YAML or JSON)`);
    if (!st.isFile()) throw notRegular(file);
    if (st.size > limit) throw new UserError(tooBig(st.size));
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    // The path may have been swapped between stat and open.
    if (!fstatSync(fd).isFile()) throw notRegular(file);
    return readBounded(fd, limit, tooBig);
  } catch (e) {
    if (e instanceof UserError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`cannot read ${printable(file)}: ${describeFsError(e)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function notRegular(file: string): UserError {
  return new UserError(`${printable(file)} is not a regular file (a device, pipe or socket); pass an answers file, or - to read standard input`);
}

/** Reads a file descriptor to its end, refusing more than `limit` bytes. */
function readBounded(fd: number, limit: number, tooBig: (size?: number) => string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(CHUNK);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // A non-blocking pipe with nothing in it yet: wait a little rather than spin.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      throw new UserError(`cannot read ${fd === 0 ? 'standard input' : 'the file'}: ${describeFsError(e)}`);
    }
    if (n === 0) break;
    total += n;
    if (total > limit) throw new UserError(tooBig());
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Buffer, source: string): string {
  if (bytes.includes(0)) throw new UserError(`${source} is not a text file (it contains binary data); expected YAML or JSON answers`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) throw new UserError(`${source} is not valid UTF-8 text; save it as UTF-8 YAML or JSON`);
  return text;
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'EEXIST':
      return 'a file is in the way';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'your disk quota is used up';
    case 'EFBIG':
      return 'the file would be larger than this system allows (a file size limit)';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EIO':
      return 'an input/output error (a failing disk?)';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return (e as Error)?.message ?? String(e);
  }
}

// A place the student chose that cannot be written (no permission, read-only, a file in the way,
// a folder that cannot exist there) is theirs to change, not a bug: exit 2, like bad input.
// Anything else (a full disk, a size limit, a failing disk) is the machine failing a write to
// a good place; the same command works once that is fixed: exit 1, kept apart for scripts.
const PLACE_REFUSALS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'EISDIR', 'ENOENT', 'ENAMETOOLONG', 'ELOOP']);

/** The exit code for a failed write: 2 when the place cannot be written, 1 otherwise (never "a bug"). */
export function writeFailureExitCode(e: unknown): 1 | 2 {
  const code = (e as NodeJS.ErrnoException)?.code;
  return typeof code === 'string' && PLACE_REFUSALS.has(code) ? 2 : 1;
}

/** Why a write failed, in words; an ENOENT while writing means a folder that cannot be made there (under /proc). */
export function describeWriteError(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'its folder cannot be created there' : describeFsError(e);
}

/** Parses YAML or JSON answers into plain data; problems become one readable line each. */
export function parseYaml(text: string, source: string): unknown {
  if (!text.trim()) throw new UserError(`${source} is empty; expected answers in YAML or JSON (see retake help plan)`);
  const r = readYaml(text);
  if (!r.ok) throw new UserError(`${source} is not valid YAML or JSON:\n${r.problems.map((p) => `  - ${p}`).join('\n')}`);
  return r.value;
}

// Temp files being written. A signal during a write is handled after the (synchronous) write
// and rename finish — a listener defers it — and the handler removes any temp file left.
const live = new Set<string>();
let trapped = false;
function trapSignals(): void {
  if (trapped) return;
  trapped = true;
  for (const [signal, n] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]] as const) {
    process.on(signal, () => {
      for (const tmp of live) tryUnlink(tmp);
      process.exit(128 + n);
    });
  }
}

function tryUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/** A temp file's name in `dir`: hidden, unique, and ending in .tmp so `forget` finds any left by a crash. */
export function tempName(dir: string, of: string): string {
  return join(dir, `.${of}.${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}.tmp`);
}
export const TEMP_FILE = /^\..*\.tmp$/;

/** Renames, retrying briefly on Windows, where a file open in another program refuses (EPERM/EBUSY). */
export function renameRetrying(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      return renameSync(from, to);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (process.platform !== 'win32' || attempt >= 10 || !['EPERM', 'EBUSY', 'EACCES'].includes(code ?? '')) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * (attempt + 1));
    }
  }
}

/** Moves a finished temp file into place without replacing anything there (EEXIST if taken). */
export function linkExclusive(tmp: string, path: string): void {
  linkSync(tmp, path);
  tryUnlink(tmp);
}

/**
 * Creates `dir` and any missing parents, privately. Node's `mkdirSync(…, { recursive: true })`
 * never returns for some paths (under /proc it loops on ENOENT), so parents are made one by
 * one and the first real error is thrown.
 */
export function makeDirs(dir: string, mode = 0o700): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !exists(d); d = dirname(d)) {
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d, { mode });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  if (!statSync(dir).isDirectory()) throw Object.assign(new Error(`EEXIST: a file is in the way, mkdir '${dir}'`), { code: 'EEXIST', path: dir });
}

/** Writes `data` in full into a new private temp file next to `path`; returns its name. */
function writeTemp(path: string, data: string | Buffer, mode: number, durable: boolean): string {
  const dir = dirname(path);
  makeDirs(dir);
  trapSignals();
  const tmp = tempName(dir, basename(path));
  const fd = openSync(tmp, 'wx', mode);
  live.add(tmp);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    // write(2) may write fewer bytes than asked (a full disk, a file size limit): loop until
    // every byte is written; the next call then reports the error.
    for (let off = 0; off < bytes.length; ) {
      off += writeSync(fd, bytes, off, Math.min(CHUNK, bytes.length - off));
      if (off === Math.min(CHUNK, bytes.length)) pauseForTest(tmp);
    }
    if (durable) fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    tryUnlink(tmp);
    live.delete(tmp);
    throw e;
  }
  closeSync(fd);
  return tmp;
}

/**
 * Writes a file completely or not at all, privately: a temp file (mode 0600) in the same
 * folder, every byte written, fsync, then `commit` (by default a rename over the target), so
 * a crash, a signal or a full disk leaves the previous file whole and no temp file behind.
 * Fails with a UserError naming the file and the reason: exit 2 when the place cannot be written
 * (permission, read-only, a file in the way), exit 1 when the machine failed (full disk, size limit).
 */
export function writeFileAtomic(path: string, data: string | Buffer, mode = 0o600, durable = true, commit: (tmp: string, path: string) => void = renameRetrying): void {
  let tmp: string | undefined;
  try {
    tmp = writeTemp(path, data, mode, durable);
    commit(tmp, path);
  } catch (e) {
    if (tmp) tryUnlink(tmp);
    if (e instanceof UserError) throw e;
    throw Object.assign(new UserError(`cannot write ${printable(path, 200)}: ${describeWriteError(e)}. ${exists(path) ? 'The previous file is unchanged' : 'Nothing was written'}.`, writeFailureExitCode(e)), { cause: e });
  } finally {
    if (tmp) live.delete(tmp);
  }
}

/** Test seam: RETAKE_TEST_PAUSE_AFTER_TEMP=FILE holds a write after its first chunk until FILE exists. */
function pauseForTest(tmp: string): void {
  const until = process.env.RETAKE_TEST_PAUSE_AFTER_TEMP;
  if (!until) return;
  process.stderr.write(`retake-test: writing ${tmp}\n`);
  const deadline = Date.now() + 20_000;
  while (!exists(until) && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
}

export function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a file the student owns (a plan, an answers file): atomically, mode 0600, and an
 * existing file is first kept as `backup` unless `force`. Returns the backup kept, if any.
 * The new content is complete on disk before the previous file is moved.
 */
export function writeKeepingPrevious(path: string, content: string, backup: string, force: boolean): string | undefined {
  let kept: string | undefined;
  writeFileAtomic(path, content, 0o600, true, (tmp) => {
    if (!force && exists(path)) {
      try {
        renameRetrying(path, backup);
      } catch (e) {
        throw new UserError(`cannot keep the previous ${printable(path, 200)} as ${printable(backup, 200)}: ${describeFsError(e)}`);
      }
      kept = backup;
    }
    try {
      renameRetrying(tmp, path);
    } catch (e) {
      if (kept) renameRetrying(kept, path);
      throw e;
    }
  });
  return kept;
}

/** A folder's entries; none when it is missing or unreadable. */
export function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
