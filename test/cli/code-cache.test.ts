// The V8 code cache bin/retake.cjs keeps: created on first run, never required, never harmful.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from './run.js';

const run = (cache: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, 'plan', '--demo', '--format', 'yaml', '--as-of', '2026-11-26'], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CACHE_HOME: cache, RETAKE_HOME: join(cache, 'home'), ...env },
  });

describe('code cache', () => {
  it('is written privately on the first run and gives the same output after', () => {
    const cache = mkdtempSync(join(tmpdir(), 'retake-cc-'));
    const first = run(cache);
    const files = readdirSync(join(cache, 'retake'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/-plan\.v8cache$/);
    expect(statSync(join(cache, 'retake')).mode & 0o777).toBe(0o700);
    expect(statSync(join(cache, 'retake', files[0]!)).mode & 0o777).toBe(0o600);
    expect(run(cache).stdout).toBe(first.stdout);
  });

  it('a corrupted cache is ignored and replaced', () => {
    const cache = mkdtempSync(join(tmpdir(), 'retake-cc-'));
    const good = run(cache).stdout;
    const file = join(cache, 'retake', readdirSync(join(cache, 'retake'))[0]!);
    writeFileSync(file, 'not a cache');
    const r = run(cache);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(good);
    expect(readFileSync(file).length).toBeGreaterThan(1000);
  });

  it('an unwritable cache folder does no harm, and RETAKE_NO_CODE_CACHE turns it off', () => {
    const cache = mkdtempSync(join(tmpdir(), 'retake-cc-'));
    writeFileSync(join(cache, 'retake'), 'a file where the folder should be');
    expect(run(cache).status).toBe(0);
    const off = mkdtempSync(join(tmpdir(), 'retake-cc-'));
    expect(run(off, { RETAKE_NO_CODE_CACHE: '1' }).status).toBe(0);
    expect(existsSync(join(off, 'retake'))).toBe(false);
  });
});
