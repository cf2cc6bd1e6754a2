// The plan as a Todoist CSV import (Todoist's template: TYPE, CONTENT, DESCRIPTION,
// PRIORITY, INDENT, AUTHOR, RESPONSIBLE, DATE, DATE_LANG, TIMEZONE). One section per week,
// one task per plan task from today on, due on its day. Todoist's limits shape the file:
// 300 active tasks and 20 sections per project, 500 characters in a task name; a 1 in
// PRIORITY is p1 (highest), and an empty PRIORITY also means p1, so every task sets it.
import { formatShort } from '../lib/dates.js';
import type { Plan, Task } from '../schema/plan.js';
import { duration } from './markdown.js';

export const TODOIST_COLUMNS = ['TYPE', 'CONTENT', 'DESCRIPTION', 'PRIORITY', 'INDENT', 'AUTHOR', 'RESPONSIBLE', 'DATE', 'DATE_LANG', 'TIMEZONE'] as const;
export const TODOIST_MAX_TASKS = 300;
const MAX_NAME = 500;

// Practice exams first, then question blocks and their review (the work missed days cost most); the rest p3.
const PRIORITY: Partial<Record<Task['type'], number>> = { 'practice-exam': 1, questions: 2, 'incorrects-review': 2, explanations: 2 };

type Row = Partial<Record<(typeof TODOIST_COLUMNS)[number], string>>;

export function renderTodoist(plan: Plan): string {
  const rows: Row[] = [];
  let tasks = 0;
  let full = false;
  for (const w of plan.weeks) {
    // Ticked and moved-on tasks stay out: the import is what is left to do.
    const days = w.days.filter((d) => d.date >= plan.asOf).map((d) => ({ ...d, tasks: d.tasks.filter((t) => !t.moved && !t.done) })).filter((d) => d.tasks.length);
    if (!days.length || full) continue;
    rows.push({ TYPE: 'section', CONTENT: `Week ${w.week} · ${formatShort(w.start)}–${formatShort(w.end)} · ${w.phase.name}` });
    for (const d of days) {
      // Whole days only; one place is kept for the task that says where the rest is.
      if (tasks + d.tasks.length > TODOIST_MAX_TASKS - 1) {
        rows.push(task(`Import the rest of your plan: run retake plan --format todoist again from ${formatShort(d.date)} (a Todoist project holds at most ${TODOIST_MAX_TASKS} tasks)`, '', 1, d.date));
        full = true;
        break;
      }
      d.tasks.forEach((t, i) => {
        const content = `${duration(t.minutes)} · ${t.text}`;
        const long = content.length > MAX_NAME;
        const description = [long ? content : '', t.why ? `Why: ${t.why}` : '', ...(i === 0 ? d.notes : []), t.id ? `retake id: ${t.id}` : ''].filter(Boolean).join('\n');
        rows.push(task(long ? `${content.slice(0, MAX_NAME - 1)}…` : content, description, PRIORITY[t.type] ?? 3, d.date));
      });
      tasks += d.tasks.length;
    }
  }
  return [TODOIST_COLUMNS.join(','), ...rows.map((r) => TODOIST_COLUMNS.map((c) => csvCell(r[c] ?? '')).join(','))].join('\r\n') + '\r\n';
}

function task(content: string, description: string, priority: number, date: string): Row {
  // DATE in ISO form, which Todoist's date parser reads in any language; TIMEZONE empty: the student's own.
  return { TYPE: 'task', CONTENT: content, DESCRIPTION: description, PRIORITY: String(priority), INDENT: '1', DATE: date, DATE_LANG: 'en' };
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote, CR or LF, quotes doubled.
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe (OWASP's CSV-injection advice), since the file may be opened in one first.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
