// `retake today`: the morning glance. Reads the plan in force (the newest archived plan made on
// or before today) and the recorded ticks; builds nothing, loads no prompt library, and colours
// only a terminal, so it starts about as fast as Node itself.
import { formatLong, formatShort } from '../lib/dates.js';
import { duration } from '../render/markdown.js';
import type { Day, Plan, Task } from '../schema/plan.js';
import type { Progress } from '../schema/progress.js';
import { UserError } from './errors.js';
import { Store } from './store.js';
import { todayFrom } from './today.js';

interface Entry {
  date: string;
  task: Task;
  done: boolean;
}

export interface TodayView {
  date: string;
  day?: Day;
  planAsOf: string;
  tasks: Entry[];
  /** Unticked tasks before today, from the plan in force; only once ticks have been recorded. */
  overdue?: Entry[];
  skipped?: { reason?: string };
  week?: number;
  weeks: number;
}

export async function todayCommand(opts: { format?: 'text' | 'markdown'; asOf?: string; color?: boolean }): Promise<void> {
  const today = todayFrom(opts);
  const store = new Store();
  if (!store.hasProfile()) throw new UserError('retake today reads your saved plan, and there is none yet: save your answers with retake plan --answers FILE --save (or run retake plan in a terminal)');
  const plan = store.archivedPlan(today, true);
  if (!plan) throw new UserError(`no plan made on or before ${today} in ${store.dir}; run retake plan first`);
  const view = todayView(plan, store.readProgress(), today);
  if (opts.format === 'markdown') return void process.stdout.write(dailyNote(view));
  const paint = process.stdout.isTTY ? (await import('./color.js')).chalkFor(process.stdout) : undefined;
  process.stdout.write(terminalLines(view, Math.min(process.stdout.columns || 100, 120), paint));
}

export function todayView(plan: Plan, progress: Progress, today: string): TodayView {
  const done = (t: Task) => Boolean(t.done || (t.id && progress.tasks[t.id]?.done));
  const skipped = new Map(progress.skipped.map((s) => [s.date, s]));
  const week = plan.weeks.find((w) => w.start <= today && today <= w.end);
  const day = week?.days.find((d) => d.date === today);
  const live = (d: Day) => d.tasks.filter((t) => !t.moved).map((t) => ({ date: d.date, task: t, done: done(t) }));
  const view: TodayView = { date: today, planAsOf: plan.asOf, tasks: day ? live(day) : [], weeks: plan.schedule.weeks, ...(week ? { week: week.week, day } : {}) };
  const skip = skipped.get(today);
  if (skip) view.skipped = skip.reason ? { reason: skip.reason } : {};
  if (progress.reads.length) {
    const before = plan.weeks.flatMap((w) => w.days).filter((d) => d.date >= plan.asOf && d.date < today && !skipped.has(d.date) && !d.skipped);
    const unplaced = (plan.rebalance?.unplaced ?? []).map((u) => ({ date: u.date, task: { id: u.id, type: u.type, minutes: u.minutes, text: u.text } as Task, done: Boolean(progress.tasks[u.id]?.done) }));
    view.overdue = [...unplaced, ...before.flatMap(live)].filter((e) => !e.done);
  }
  return view;
}

const MAX_OVERDUE_LINES = 5;

function headline(v: TodayView): string {
  const kind = v.skipped ? `skipped${v.skipped.reason ? ` (${v.skipped.reason})` : ''}` : v.day ? (v.day.kind === 'buffer' ? 'buffer / catch-up' : v.day.kind === 'checkpoint' ? 'practice exam' : v.day.kind) : 'outside your plan';
  const hours = v.day?.hours && !v.skipped ? ` · ${v.day.hours} h` : '';
  const where = v.week ? `week ${v.week} of ${v.weeks}, ` : '';
  return `${formatLong(v.date)} · ${kind}${hours} (${where}from your plan of ${formatShort(v.planAsOf)})`;
}

function hoursOf(es: readonly Entry[]): string {
  return `${Math.round((es.reduce((n, e) => n + e.task.minutes, 0) / 60) * 4) / 4} h`;
}

export function terminalLines(v: TodayView, width: number, paint?: { bold: (s: string) => string; dim: (s: string) => string }): string {
  const bold = paint?.bold ?? ((s: string) => s);
  const dim = paint?.dim ?? ((s: string) => s);
  const cut = (s: string) => (s.length > width ? `${s.slice(0, width - 1)}…` : s);
  const out = [bold(cut(headline(v)))];
  if (v.skipped) out.push('  A day off the plan: rest. Run retake plan to move its tasks to days with room.');
  else if (!v.tasks.length) out.push(v.day ? `  ${v.day.notes[0] ?? 'Nothing planned today.'}` : '  No day of your plan falls on this date; run retake plan for a plan from today.');
  else for (const e of v.tasks) out.push(cut(`  ${e.done ? '[x]' : '[ ]'} ${duration(e.task.minutes)} · ${e.task.carried ? `(from ${formatShort(e.task.carried.from)}) ` : ''}${e.task.text}`));
  if (v.overdue === undefined) out.push(dim('  (Tick boxes in your plan and run retake plan --progress FILE: what is overdue shows here.)'));
  else if (v.overdue.length) {
    out.push(bold(`Not ticked from earlier days: ${v.overdue.length}, about ${hoursOf(v.overdue)}`));
    for (const e of v.overdue.slice(0, MAX_OVERDUE_LINES)) out.push(cut(`  [ ] ${formatShort(e.date)} · ${duration(e.task.minutes)} · ${e.task.text}`));
    if (v.overdue.length > MAX_OVERDUE_LINES) out.push(`  … and ${v.overdue.length - MAX_OVERDUE_LINES} more; retake plan carries them forward.`);
  }
  return `${out.join('\n')}\n`;
}

/** A daily note: task lines as in the plan (📅, 🆔), so retake plan --progress can read it back too. */
export function dailyNote(v: TodayView): string {
  const line = (e: Entry) => `- [${e.done ? 'x' : ' '}] **${duration(e.task.minutes)}** · ${e.task.text} 📅 ${e.date}${e.task.id ? ` 🆔 ${e.task.id}` : ''}`;
  const out = ['---', `date: "${v.date}"`, 'tags:', '  - retake', '  - daily-note', '---', '', `# ${headline(v)}`, ''];
  if (v.skipped) out.push('A day off the plan: rest. Run retake plan to move its tasks to days with room.', '');
  else if (!v.tasks.length) out.push(v.day?.notes[0] ?? 'Nothing planned today.', '');
  else out.push(...v.tasks.map(line), '');
  if (v.overdue?.length) out.push(`## Not ticked from earlier days (about ${hoursOf(v.overdue)})`, '', ...v.overdue.map(line), '');
  return `${out.join('\n').trimEnd()}\n`;
}
