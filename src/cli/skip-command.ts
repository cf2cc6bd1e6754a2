// `retake skip DATE [--reason sick]`: a day lost. Nothing on it is ticked; the next plan
// carries its tasks forward like unfinished ones (core/rebalance.ts).
import { text } from '../content/texts.js';
import { formatLong } from '../lib/dates.js';
import type { SKIP_REASONS } from '../content/rebalance.js';
import { UserError } from './errors.js';
import { Store } from './store.js';
import { todayFrom } from './today.js';

export async function skipCommand(date: string, opts: { reason?: (typeof SKIP_REASONS)[number]; undo?: boolean; asOf?: string }): Promise<void> {
  const today = todayFrom(opts);
  const store = new Store();
  if (!store.hasProfile()) throw new UserError('retake skip marks a day of your saved plan, and there is none yet: save your answers with retake plan --answers FILE --save (or run retake plan in a terminal)');
  // A mark already made can always be taken off; a new one must fall on a day of the plan in force.
  // A future day inside it is fine: a wedding next week is known in advance.
  if (!opts.undo) {
    const plan = store.archivedPlan(today, true);
    if (!plan) throw new UserError(`no plan made on or before ${today} in ${store.dir}; run retake plan first`);
    const { start, end } = plan.schedule;
    if (date < start || date > end) throw new UserError(`${formatLong(date)} is outside your plan, which runs from ${formatLong(start)} to ${formatLong(end)}; skip a day within it`);
  }
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
