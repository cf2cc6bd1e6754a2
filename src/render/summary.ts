// The terminal view: a compact, coloured summary for a person at a TTY. Returns a string;
// the CLI decides whether to show it (stdout is a terminal and no --format was asked for).
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { counted, text } from '../content/texts.js';
import { formatLong, formatShort } from '../lib/dates.js';
import type { Finding, Plan } from '../schema/plan.js';
import { areaNames } from '../core/rank.js';

const S = (key: string, vars?: Record<string, string | number>) => text('plan', `summary.${key}`, vars);

export function severityColor(c: ChalkInstance, s: Finding['severity']): (t: string) => string {
  return { critical: c.bold.red, high: c.red, moderate: c.yellow, info: c.cyan }[s];
}

export function findingsTable(c: ChalkInstance, findings: readonly Finding[], width: number, withActions = false): string {
  const table = new Table({
    head: withActions ? [S('severity'), S('finding'), S('actions')] : [S('severity'), S('finding')],
    style: { head: c.level ? ['bold'] : [], border: [] },
    colWidths: withActions ? [12, Math.floor((width - 16) * 0.45), Math.ceil((width - 16) * 0.55)] : [12, Math.max(30, width - 15)],
    wordWrap: true,
  });
  for (const f of findings) table.push(withActions ? [severityColor(c, f.severity)(f.severity), f.title, f.actions.join('\n')] : [severityColor(c, f.severity)(f.severity), f.title]);
  return table.toString();
}

export function renderSummary(plan: Plan, c: ChalkInstance, opts: { width: number; written: string[]; rerun: string }): string {
  const s = plan.schedule;
  const names = areaNames(plan.diagnosis.weakAreas);
  const out: string[] = [];
  out.push(c.bold(S('title', { exam: plan.examName, attempt: plan.attempt })));
  out.push(S('span', { weeks: s.weeks, start: formatLong(s.start), end: formatLong(s.end), hours: s.hoursPerDay, rest: counted('plan', 'summary.restDays', s.daysOffPerWeek) }));
  out.push(c.dim(plan.disclaimer), '');
  const top = plan.diagnosis.findings.filter((f) => f.severity !== 'info').slice(0, 6);
  out.push(c.bold(S('findings', { shown: top.length, total: plan.diagnosis.findings.length })));
  out.push(findingsTable(c, top, opts.width), '');
  out.push(c.bold(S('weeks')));
  const weeks = new Table({ head: [S('week'), S('dates'), S('focus'), S('checkpoint')], style: { head: c.level ? ['bold'] : [], border: [] }, wordWrap: true, colWidths: [6, 15, Math.max(20, Math.floor((opts.width - 30) * 0.55)), Math.max(16, Math.floor((opts.width - 30) * 0.45))] });
  for (const w of plan.weeks) weeks.push([String(w.week), `${formatShort(w.start)}–${formatShort(w.end)}`, w.focus.primary.map((x) => names.get(x) ?? x).join(', '), w.checkpoint ? `${formatShort(w.checkpoint.date)} ${w.checkpoint.name}` : '—']);
  out.push(weeks.toString(), '');
  out.push(c.bold(plan.readiness.gate.text), `${plan.readiness.status}: ${plan.readiness.headline}`, '');
  out.push(c.bold(S('firstSteps')));
  for (const f of plan.firstSteps.slice(0, 3)) out.push(`  • ${c.cyan(f.when)}: ${f.text}`);
  out.push('');
  if (opts.written.length) out.push(S('written', { files: opts.written.join(', ') }));
  out.push(c.dim(S('more', { rerun: opts.rerun })));
  return `${out.join('\n')}\n`;
}
