// The terminal view: a compact, coloured summary for a person at a TTY. Returns a string;
// the CLI decides whether to show it (stdout is a terminal and no --format was asked for).
// It opens with where the student is: the week, the readiness line, what changed since the
// last plan and today's tasks; the first-48-hours steps appear only in the plan's first days.
// Text wraps at word boundaries to the width; tables size their columns to it.
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { counted, text } from '../content/texts.js';
import { daysBetween, formatLong, formatShort } from '../lib/dates.js';
import type { Day, Finding, Plan } from '../schema/plan.js';
import { areaNames } from '../core/rank.js';
import { studyDayHours } from '../core/availability.js';
import { wrapWords } from '../lib/wrap.js';
import { checkpointLabel } from './markdown.js';
import { weeksUntilExam } from './until-exam.js';

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

/** The readiness line: the status and the verdict's one-sentence headline (the chance of passing). */
function readinessLine(plan: Plan): string {
  return [S('readiness', { status: plan.readiness.status }), plan.readiness.headline].filter(Boolean).join(' ');
}

function todayLine(day: Day): string {
  const what = {
    study: S('todayStudy', { hours: day.hours }),
    rest: S('todayRest'),
    checkpoint: S('todayCheckpoint'),
    buffer: S('todayBuffer', { hours: day.hours }),
    exam: S('todayExam'),
  }[day.kind];
  return S('today', { date: formatLong(day.date), what });
}

export function renderSummary(plan: Plan, c: ChalkInstance, opts: { width: number; written: string[]; rerun: string }): string {
  const s = plan.schedule;
  const width = opts.width;
  const names = areaNames(plan.diagnosis.weakAreas);
  const out: string[] = [];
  const wrap = (t: string, first = '', rest = first) => out.push(...wrapWords(t, width, first, rest));
  const elapsed = daysBetween(s.start, plan.asOf);
  const started = elapsed >= 0;
  const where = started ? S('weekOf', { week: s.currentWeek, weeks: s.weeks }) : S('startsOn', { date: formatLong(s.start) });
  out.push(c.bold(`${S('title', { exam: plan.examName, attempt: plan.attempt })} · ${where}`));
  wrap(S('span', { weeks: s.weeks, start: formatLong(s.start), end: formatLong(s.end), hours: studyDayHours(s.availability, s.hoursPerDay), rest: counted('plan', 'summary.restDays', s.daysOffPerWeek) }));
  // Every plan carries the crisis line, near the top; severe distress also leads the findings.
  wrap(text('plan', 'crisis'));
  out.push('');
  wrap(c.bold(readinessLine(plan)));
  if (plan.sinceLastPlan) {
    out.push('', c.bold(S('since', { date: formatLong(plan.sinceLastPlan.previousAsOf) })));
    for (const item of plan.sinceLastPlan.items) wrap(item, '  • ', '    ');
  }
  const today = plan.weeks.flatMap((w) => w.days).find((d) => d.date === plan.asOf);
  if (today) {
    out.push('', c.bold(todayLine(today)));
    for (const t of today.tasks) wrap(`${t.text} (${S('taskMinutes', { minutes: t.minutes })})`, '  • ', '    ');
  }
  out.push('');
  // The plan decides when its first steps are over (core/plan.ts); none, nothing shown.
  if (plan.firstSteps.length) {
    out.push(c.bold(S('firstSteps')));
    for (const f of plan.firstSteps.slice(0, 3)) wrap(`${c.cyan(f.when)}: ${f.text}`, '  • ', '    ');
    out.push('');
  }
  const top = plan.diagnosis.findings.filter((f) => f.severity !== 'info').slice(0, started ? 3 : 6);
  out.push(c.bold(S('findings', { shown: top.length, total: plan.diagnosis.findings.length })));
  out.push(findingsTable(c, top, width), '');
  out.push(c.bold(S('weeks')));
  // Column widths fit the terminal; the focus column wraps long area names at spaces.
  const free = width - 6 - 15 - 5;
  const weeks = new Table({ head: [S('week'), S('dates'), S('focus'), S('checkpoint')], style: { head: c.level ? ['bold'] : [], border: [] }, wordWrap: true, colWidths: [6, 15, Math.max(20, Math.floor(free * 0.55)), Math.max(18, free - Math.max(20, Math.floor(free * 0.55)))] });
  for (const w of weeksUntilExam(plan)) weeks.push([String(w.week), `${formatShort(w.start)}–${formatShort(w.end)}`, w.focus.primary.map((x) => names.get(x) ?? x).join(', '), w.checkpoint ? `${formatShort(w.checkpoint.date)} ${checkpointLabel(plan, w.checkpoint)}` : '—']);
  out.push(weeks.toString(), '');
  wrap(c.bold(plan.readiness.gate.text));
  out.push('');
  if (opts.written.length) wrap(S('written', { files: opts.written.join(', ') }));
  wrap(c.dim(S('more', { rerun: opts.rerun })));
  wrap(c.dim(plan.disclaimer));
  return `${out.join('\n')}\n`;
}
