// The V8 code cache bin/retake.cjs keeps: created on first run, never required, never harmful.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './run.js';

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

  it('is keyed by the bundle’s content: a same-length change runs the new code', () => {
    const cache = mkdtempSync(join(tmpdir(), 'retake-cc-'));
    const copy = mkdtempSync(join(tmpdir(), 'retake-cc-bin-'));
    cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
    const version = () => spawnSync(process.execPath, [join(copy, 'bin', 'retake.cjs'), '--version'], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cache } }).stdout.trim();
    const v = version();
    expect(version()).toBe(v);
    const bundle = join(copy, 'dist', 'retake.cjs');
    const patched = `${v.slice(0, -1)}${v.endsWith('9') ? '8' : '9'}`;
    writeFileSync(bundle, readFileSync(bundle, 'utf8').replace(JSON.stringify(v), JSON.stringify(patched)));
    expect(version()).toBe(patched);
    // Only the current bundle's caches are kept, and no temp file is left.
    expect(readdirSync(join(cache, 'retake'))).toHaveLength(1);
  });

  it('a cache folder others can write to is not used', () => {
    const cache = mkdtempSync(join(tmpdir(), 'retake-cc-'));
    run(cache);
    const dir = join(cache, 'retake');
    const file = join(dir, readdirSync(dir)[0]!);
    writeFileSync(file, 'planted by someone else');
    chmodSync(dir, 0o777);
    const r = run(cache);
    expect(r.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('planted by someone else');
  });
});
