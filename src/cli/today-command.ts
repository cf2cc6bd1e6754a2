// `retake today`: the morning glance. Reads the plan in force (the newest archived plan made on
// or before today) and the recorded ticks; builds nothing, loads no prompt library, and colours
// only a terminal, so it starts about as fast as Node itself.
import { todayView } from '../core/today.js';
import { dailyNote, terminalLines } from '../render/today.js';
import { UserError } from './errors.js';
import { Store } from './store.js';
import { todayFrom } from './today.js';

export async function todayCommand(opts: { format?: 'text' | 'markdown'; asOf?: string; color?: boolean }): Promise<void> {
  const today = todayFrom(opts);
  const store = new Store();
  if (!store.hasProfile()) throw new UserError('retake today reads your saved plan, and there is none yet: save your answers with retake plan --answers FILE --save (or run retake plan in a terminal)');
  const plan = store.archivedPlan(today, true);
  if (!plan) throw new UserError(`no plan made on or before ${today} in ${store.dir}; run retake plan first`);
  const view = todayView(plan, store.readProgress(), today, store.readHistory().entries.map((e) => e.date));
  if (opts.format === 'markdown') return void process.stdout.write(dailyNote(view));
  const paint = process.stdout.isTTY ? (await import('./color.js')).chalkFor(process.stdout) : undefined;
  process.stdout.write(terminalLines(view, Math.min(process.stdout.columns || 100, 120), paint));
}
