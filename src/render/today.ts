// `retake today` as text: terminal lines (coloured only when given a paint) and a daily note
// whose task lines retake plan --progress reads back. Sentences from templates/cli.yaml.
import { text } from '../content/texts.js';
import { formatLong, formatShort } from '../lib/dates.js';
import type { TodayEntry, TodayView } from '../core/today.js';
import { duration } from './markdown.js';

const MAX_OVERDUE_LINES = 5;

function headline(v: TodayView): string {
  const kind = v.skipped ? text('cli', v.skipped.reason ? 'today.kind.skippedFor' : 'today.kind.skipped', { reason: v.skipped.reason ?? '' }) : text('cli', `today.kind.${v.day?.kind ?? 'outside'}`);
  const hours = v.day?.hours && !v.skipped ? text('cli', 'today.hours', { hours: v.day.hours }) : '';
  const where = v.week ? text('cli', 'today.week', { week: v.week, weeks: v.weeks }) : '';
  return text('cli', 'today.headline', { date: formatLong(v.date), kind, hours, where, plan: formatShort(v.planAsOf) });
}

function hoursOf(es: readonly TodayEntry[]): string {
  return `${Math.round((es.reduce((n, e) => n + e.task.minutes, 0) / 60) * 4) / 4} h`;
}

export function terminalLines(v: TodayView, width: number, paint?: { bold: (s: string) => string; dim: (s: string) => string }): string {
  const bold = paint?.bold ?? ((s: string) => s);
  const dim = paint?.dim ?? ((s: string) => s);
  const cut = (s: string) => (s.length > width ? `${s.slice(0, width - 1)}…` : s);
  const out = [bold(cut(headline(v)))];
  if (v.skipped) out.push(`  ${text('cli', 'today.skipped')}`);
  else if (!v.tasks.length) out.push(`  ${v.day ? (v.day.notes[0] ?? text('cli', 'today.nothing')) : text('cli', 'today.outside')}`);
  else for (const e of v.tasks) out.push(cut(`  ${e.done ? '[x]' : '[ ]'} ${duration(e.task.minutes)} · ${e.task.carried ? `(from ${formatShort(e.task.carried.from)}) ` : ''}${e.task.text}`));
  if (v.overdue === undefined) out.push(dim(`  ${text('cli', 'today.tickHint')}`));
  else if (v.overdue.length) {
    out.push(bold(text('cli', 'today.overdue', { count: v.overdue.length, hours: hoursOf(v.overdue) })));
    for (const e of v.overdue.slice(0, MAX_OVERDUE_LINES)) out.push(cut(`  [ ] ${formatShort(e.date)} · ${duration(e.task.minutes)} · ${e.task.text}`));
    if (v.overdue.length > MAX_OVERDUE_LINES) out.push(`  ${text('cli', 'today.more', { count: v.overdue.length - MAX_OVERDUE_LINES })}`);
  }
  return `${out.join('\n')}\n`;
}

/** A daily note: task lines as in the plan (📅, 🆔), so retake plan --progress can read it back too. */
export function dailyNote(v: TodayView): string {
  const line = (e: TodayEntry) => `- [${e.done ? 'x' : ' '}] **${duration(e.task.minutes)}** · ${e.task.text} 📅 ${e.date}${e.task.id ? ` 🆔 ${e.task.id}` : ''}`;
  const out = ['---', `date: "${v.date}"`, 'tags:', '  - retake', '  - daily-note', '---', '', `# ${headline(v)}`, ''];
  if (v.skipped) out.push(text('cli', 'today.skipped'), '');
  else if (!v.tasks.length) out.push(v.day?.notes[0] ?? text('cli', 'today.nothing'), '');
  else out.push(...v.tasks.map(line), '');
  if (v.overdue?.length) out.push(`## ${text('cli', 'today.overdueHeading', { hours: hoursOf(v.overdue) })}`, '', ...v.overdue.map(line), '');
  return `${out.join('\n').trimEnd()}\n`;
}
