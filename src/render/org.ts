// The plan as an Org-mode file for Emacs and Logseq: a heading per week and per day, each
// task a TODO heading SCHEDULED on its day, with its stable ID and its minutes as Effort.
import { formatLong, formatShort } from '../lib/dates.js';
import type { Day, Plan, Task, Week } from '../schema/plan.js';
import { text } from '../content/texts.js';
import { checkpointLabel, duration } from './markdown.js';
import { weeksUntilExam } from './until-exam.js';

const M = (key: string, vars?: Record<string, string | number>) => text('plan', `markdown.${key}`, vars);

export function renderOrg(plan: Plan): string {
  const s = plan.schedule;
  const out = [
    `#+TITLE: ${line(`${plan.examName} retake plan (attempt ${plan.attempt})`)}`,
    `#+DATE: ${stamp(plan.asOf)}`,
    `#+FILETAGS: :usmle:retake:${plan.exam}:`,
    '#+TODO: TODO | DONE',
    '',
    body(plan.disclaimer),
    '',
    body(`${s.weeks} weeks, ${formatLong(s.start)} to ${formatLong(s.end)}; ${s.hoursPerDay} h a day.${s.examDate ? ` Exam date ${formatLong(s.examDate)}.` : ''}`),
    body(plan.readiness.gate.text),
    '',
  ];
  if (plan.firstSteps.length) out.push(`* ${line(M('firstSteps'))}`);
  for (const f of plan.firstSteps) out.push(`** TODO ${line(`${f.when} · ${f.text}`)}`);
  out.push(`* ${line(M('diagnosis'))}`);
  for (const f of plan.diagnosis.findings) {
    out.push(`** ${line(f.title)}`, ...f.evidence.map((e) => `- ${line(e)}`), ...f.actions.map((a) => `- ${line(a)}`));
  }
  for (const w of weeksUntilExam(plan)) out.push(...week(plan, w));
  return `${out.join('\n')}\n`;
}

function week(plan: Plan, w: Week): string[] {
  return [
    `* ${line(`Week ${w.week} · ${formatShort(w.start)}–${formatShort(w.end)} · ${w.phase.name}`)}`,
    body(`${M('whyWeek')}: ${w.why}`),
    ...(w.checkpoint ? [body(`${M('checkpoint')}: ${formatLong(w.checkpoint.date)}, ${checkpointLabel(plan, w.checkpoint)}.`)] : []),
    ...w.days.flatMap(day),
  ];
}

function day(d: Day): string[] {
  const kind = d.skipped ? `${M('skipped')}${d.skipped.reason ? ` (${d.skipped.reason})` : ''}` : M(`dayKinds.${d.kind}`);
  const lines = [`** ${line(`${formatLong(d.date)} · ${kind}${d.hours ? ` · ${d.hours} h` : ''}`)}`];
  for (const n of d.notes) lines.push(`- ${line(n)}`);
  // Moved tasks are body lines of the day, so they come before its task headings.
  const off = (t: Task) => Boolean(t.moved || (d.skipped && !t.done));
  for (const t of [...d.tasks.filter(off), ...d.tasks.filter((t) => !off(t))]) lines.push(...task(t, d.date, Boolean(d.skipped)));
  return lines;
}

function task(t: Task, date: string, skipped = false): string[] {
  // A task that moved on is a plain list item here; its one TODO is on the day it went to.
  if (t.moved || (skipped && !t.done)) return [`- ${line(`${duration(t.minutes)} · ${t.text} (${t.moved?.to ? M('movedTo', { date: formatShort(t.moved.to) }) : t.moved ? M('movedUnplaced') : M('skipped')})`)}`];
  const from = t.carried ? ` (${M('carriedFrom', { date: formatShort(t.carried.from) })})` : '';
  const lines = [`*** ${t.done ? 'DONE' : 'TODO'} ${line(`${duration(t.minutes)} · ${t.text}${from}`)}`, `${t.done?.on ? `CLOSED: [${t.done.on} ${formatLong(t.done.on).split(' ')[0]}] ` : ''}SCHEDULED: ${stamp(date)}`, ':PROPERTIES:'];
  // A custom key, not :ID:: org-id and Logseq expect a UUID there.
  if (t.id) lines.push(`:RETAKE_ID: ${t.id}`);
  lines.push(`:Effort: ${Math.floor(t.minutes / 60)}:${String(t.minutes % 60).padStart(2, '0')}`, ':END:');
  if (t.why) lines.push(body(`Why: ${t.why}`));
  return lines;
}

/** An active Org timestamp, <2027-01-04 Mon>. */
function stamp(date: string): string {
  return `<${date} ${formatLong(date).split(' ')[0]}>`;
}

/**
 * One line of text: newlines become spaces, and a trailing `:word:` (which Org reads as
 * tags on a heading) is kept as text by a closing no-break space.
 */
function line(s: string): string {
  const one = s.replace(/\s*\r?\n\s*/g, ' ').trim();
  return /\s:[\w@#%:]+:$/.test(one) ? `${one}\u00a0` : one;
}

/** Body text: one line, never read as a heading, keyword, list item, drawer or table. */
function body(s: string): string {
  const one = line(s);
  return /^(\*|#|:|\||-|\+|\d+[.)]\s)/.test(one) ? `\u200b${one}` : one;
}
