// `retake skip DATE [--reason sick]`: a day lost. Nothing on it is ticked; the next plan
// carries its tasks forward like unfinished ones (core/rebalance.ts).
import { formatLong } from '../lib/dates.js';
import type { SKIP_REASONS } from '../schema/progress.js';
import { Store } from './store.js';

export async function skipCommand(date: string, opts: { reason?: (typeof SKIP_REASONS)[number]; undo?: boolean }): Promise<void> {
  const store = new Store();
  const changed = store.updateProgress((p) => {
    const others = p.skipped.filter((s) => s.date !== date);
    if (opts.undo) return { progress: { ...p, skipped: others }, result: others.length !== p.skipped.length };
    const skipped = [...others, { date, ...(opts.reason ? { reason: opts.reason } : {}) }].sort((a, b) => (a.date < b.date ? -1 : 1));
    return { progress: { ...p, skipped }, result: true };
  });
  const day = formatLong(date);
  if (opts.undo) return void process.stderr.write(changed ? `${day} is no longer marked skipped.\n` : `${day} was not marked skipped; nothing changed.\n`);
  process.stderr.write(`Marked ${day} as skipped${opts.reason ? ` (${opts.reason})` : ''}; nothing on it is ticked. Recorded in ${store.progressPath}.\nRun retake plan to move its tasks to days with room.\n`);
}
