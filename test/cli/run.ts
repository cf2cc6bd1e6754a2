// Spawns the built CLI (bin/retake.cjs → dist/retake.cjs) as a user would run it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'retake.cjs');

export interface Run {
  code: number | null;
  status: number | null;
  stdout: string;
  stderr: string;
}

export function retake(args: string[], opts: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input ?? '',
    cwd: opts.cwd ?? ROOT,
    // A throwaway data folder unless a test brings its own: tests never touch the user's store.
    env: { ...process.env, NO_COLOR: '1', RETAKE_HOME: join(mkdtempSync(join(tmpdir(), 'retake-run-')), 'data'), ...opts.env },
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, status: r.status, stdout: r.stdout, stderr: r.stderr };
}
