// --out keeps earlier copies out of the student's notes: a plan.prev.md beside plan.md puts
// every task twice in an Obsidian vault. With a saved profile they go to the data folder
// ($RETAKE_HOME/out-archive/<time>/), which `retake forget` clears; without one, to a hidden
// folder in the output folder (.retake-previous/), which notes apps such as Obsidian skip.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { printable } from '../lib/printable.js';
import { UserError } from './errors.js';
import { describeFsError, exists, makeDirs, readRegularFile, writeFileAtomic } from './io.js';
import type { Store } from './store.js';

/** Earlier copies kept per archive folder; older ones are deleted. */
export const OUT_ARCHIVE_KEEP = 20;

/** Copies the files about to be replaced; returns the folder they went to, if any. */
export function archiveOutFiles(dir: string, names: readonly string[], store: Store, now: Date): string | undefined {
  const present = names.filter((n) => exists(join(dir, n)));
  if (!present.length) return undefined;
  const base = store.hasProfile() ? store.outArchiveDir : join(dir, '.retake-previous');
  if (base === store.outArchiveDir) store.ensure();
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let target = '';
  try {
    makeDirs(base);
    for (let n = 1; ; n++) {
      target = join(base, n === 1 ? stamp : `${stamp}-${n}`);
      try {
        mkdirSync(target, { mode: 0o700 });
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
  } catch (e) {
    throw new UserError(`cannot keep the earlier plan in ${printable(base, 200)}: ${describeFsError(e)}; nothing was written (use --force to overwrite without a copy)`);
  }
  for (const n of present) {
    const bytes = readRegularFile(join(dir, n), 64 * 1024 * 1024, () => `${printable(join(dir, n), 200)} is too large to keep a copy of; nothing was written`);
    if (bytes) writeFileAtomic(join(target, n), bytes);
  }
  prune(base);
  return target;
}

function prune(base: string): void {
  const folders = readdirSync(base).filter((f) => /^\d{8}T\d{6}Z(-\d+)?$/.test(f)).sort();
  for (const f of folders.slice(0, Math.max(0, folders.length - OUT_ARCHIVE_KEEP))) rmSync(join(base, f), { recursive: true, force: true });
}
