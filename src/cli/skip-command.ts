// `retake skip DATE [--reason sick]`: a day lost. Nothing on it is ticked; the next plan
// carries its tasks forward like unfinished ones (core/rebalance.ts).
import { text } from '../content/texts.js';
import { formatLong } from '../lib/dates.js';
import type { SKIP_REASONS } from '../content/rebalance.js';
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
  if (opts.undo) return void process.stderr.write(`${text('cli', changed ? 'skip.undone' : 'skip.notSkipped', { day })}\n`);
  const reason = opts.reason ? text('cli', 'skip.reason', { reason: opts.reason }) : '';
  process.stderr.write(`${text('cli', 'skip.marked', { day, reason, path: store.progressPath })}\n${text('cli', 'skip.replan')}\n`);
}
