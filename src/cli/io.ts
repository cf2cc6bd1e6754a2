// File and stream I/O for the CLI: bounded reads, safe YAML parsing, atomic private writes.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from './errors.js';
import { readYaml } from './yaml-read.js';

/** Answers and history files are small; anything larger is a mistake or an attack. */
export const MAX_INPUT_BYTES = 1024 * 1024;

export function readInput(file: string): string {
  if (file === '-') return readStdin();
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new UserError(`${file} is a folder; pass an answers file (YAML or JSON)`);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot read ${file}: ${describeFsError(e)}`);
  }
  if (size > MAX_INPUT_BYTES) throw new UserError(`${file} is ${Math.round(size / 1024)} KB; an answers file is at most ${MAX_INPUT_BYTES / 1024} KB`);
  try {
    return decode(readFileSync(file), file);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot read ${file}: ${describeFsError(e)}`);
  }
}

function readStdin(): string {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(65536);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw new UserError(`cannot read standard input: ${describeFsError(e)}`);
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_INPUT_BYTES) throw new UserError(`standard input is over ${MAX_INPUT_BYTES / 1024} KB; an answers file is at most that`);
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return decode(Buffer.concat(chunks), 'standard input');
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
    default:
      return (e as Error)?.message ?? String(e);
  }
}

/** Parses YAML or JSON answers into plain data; problems become one readable line each. */
export function parseYaml(text: string, source: string): unknown {
  if (!text.trim()) throw new UserError(`${source} is empty; expected answers in YAML or JSON (see retake help plan)`);
  const r = readYaml(text);
  if (!r.ok) throw new UserError(`${source} is not valid YAML or JSON:\n${r.problems.map((p) => `  - ${p}`).join('\n')}`);
  return r.value;
}

/**
 * Writes a file atomically and privately: a temp file (mode 0600) in the same folder,
 * fsync, then rename over the target, so a crash or signal leaves the old file whole.
 */
export function writeFileAtomic(path: string, data: string, mode = 0o600, durable = true): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = join(dirname(path), `.${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  const fd = openSync(tmp, 'wx', mode);
  try {
    writeSync(fd, data);
    if (durable) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temp file is already gone
    }
    throw e;
  }
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
 */
export function writeKeepingPrevious(path: string, content: string, backup: string, force: boolean): string | undefined {
  let kept: string | undefined;
  if (!force && exists(path)) {
    try {
      renameSync(path, backup);
    } catch (e) {
      throw new UserError(`cannot keep the previous ${path} as ${backup}: ${describeFsError(e)}`);
    }
    kept = backup;
  }
  try {
    writeFileAtomic(path, content);
  } catch (e) {
    throw new UserError(`cannot write ${path}: ${describeFsError(e)}`);
  }
  return kept;
}
