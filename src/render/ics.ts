// The plan as an iCalendar file (RFC 5545): one event per study or buffer day, each
// practice exam with a reminder the evening before, and the exam date if known. Times are
// floating local times, so events land at the same clock time in any time zone; UIDs are
// stable, so importing a regenerated plan updates events instead of duplicating them.
import { addDays, clockTime } from '../lib/dates.js';
import type { Day, Plan } from '../schema/plan.js';
import { duration } from './markdown.js';
import { text } from '../content/texts.js';
import { areaNames } from '../core/rank.js';

const C = (key: string, vars?: Record<string, string | number>) => text('plan', `calendar.${key}`, vars);
const REMINDER_AT = 19 * 60; // 19:00 the evening before a practice exam

export function renderIcs(plan: Plan, dayStartsAt = '08:00'): string {
  const [h, m] = dayStartsAt.split(':').map(Number) as [number, number];
  const startMin = h * 60 + m;
  const names = areaNames(plan.diagnosis.weakAreas);
  const stamp = `${plan.asOf.replace(/-/g, '')}T000000Z`;
  const uid = (date: string, kind: string) => `retake-${plan.exam}-${plan.schedule.start}-${date}-${kind}@retake.local`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//retake//study plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escape(C('name', { exam: plan.examName }))}`];
  for (const day of plan.weeks.flatMap((w) => w.days)) {
    if (day.kind === 'rest' || !day.tasks.length) continue;
    const end = startMin + Math.round(day.hours * 60);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(day.date, day.kind)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${dateTime(day.date, startMin)}`,
      `DTEND:${dateTime(day.date, end)}`,
      `SUMMARY:${escape(summary(day, names))}`,
      `DESCRIPTION:${escape(description(day))}`,
      `CATEGORIES:${day.kind === 'checkpoint' ? 'PRACTICE EXAM' : 'STUDY'}`,
      'TRANSP:OPAQUE',
    );
    if (day.kind === 'checkpoint') {
      const before = startMin + (24 * 60 - REMINDER_AT);
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escape(C('reminder', { title: summary(day, names) }))}`, `TRIGGER:-PT${Math.floor(before / 60)}H${before % 60}M`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  if (plan.schedule.examDate) {
    const d = plan.schedule.examDate;
    lines.push('BEGIN:VEVENT', `UID:${uid(d, 'exam')}`, `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${d.replace(/-/g, '')}`, `DTEND;VALUE=DATE:${addDays(d, 1).replace(/-/g, '')}`, `SUMMARY:${escape(C('exam', { exam: plan.examName }))}`, `DESCRIPTION:${escape(plan.readiness.gate.text)}`, 'END:VEVENT');
  }
  // The student's own dates, as all-day events; the UID names the date and the milestone.
  for (const m of plan.milestones ?? []) {
    // A slug for people, a hash of the exact name so names that slug alike stay distinct.
    let hash = 0x811c9dc5;
    for (const ch of m.name) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
    const key = `${m.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30)}-${hash.toString(16).padStart(8, '0')}`;
    const desc = text('beyond', 'calendar.description', { note: m.note.charAt(0).toUpperCase() + m.note.slice(1) });
    lines.push('BEGIN:VEVENT', `UID:retake-milestone-${m.date}-${key}@retake.local`, `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${m.date.replace(/-/g, '')}`, `DTEND;VALUE=DATE:${addDays(m.date, 1).replace(/-/g, '')}`, `SUMMARY:${escape(text('beyond', 'calendar.milestone', { name: m.name }))}`, `DESCRIPTION:${escape(desc)}`, 'TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

function summary(day: Day, names: Map<string, string>): string {
  if (day.kind === 'checkpoint') return C('checkpoint', { name: day.tasks.find((t) => t.type === 'practice-exam')?.text.split(':')[0] ?? '' });
  const focus = day.focus.map((s) => names.get(s) ?? s).join(' + ');
  return day.kind === 'buffer' ? C('buffer', { focus: focus || C('allSubjects') }) : C('study', { focus: focus || C('allSubjects') });
}

function description(day: Day): string {
  const lines = day.tasks.map((t) => `☐ ${duration(t.minutes)}: ${t.text}`);
  return [...lines, ...day.notes].join('\n');
}

function dateTime(date: string, minutes: number): string {
  const d = addDays(date, Math.floor(minutes / 1440));
  const m = minutes % 1440;
  return `${d.replace(/-/g, '')}T${clockTime(m).replace(':', '')}00`;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT. */
export function escape(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
export function fold(line: string): string {
  const enc = new TextEncoder();
  if (enc.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let cur = '';
  let size = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    const limit = parts.length ? 74 : 75; // continuation lines start with a space
    if (size + n > limit) {
      parts.push(cur);
      cur = '';
      size = 0;
    }
    cur += ch;
    size += n;
  }
  parts.push(cur);
  return parts.join('\r\n ');
}
