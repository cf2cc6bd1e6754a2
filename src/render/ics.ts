// The plan as an iCalendar file (RFC 5545): one event per study or buffer day, each
// practice exam with a reminder the evening before, and the exam date if known. Times are
// floating local times, so events land at the same clock time in any time zone.
//
// Calendars that update (RFC 5546 §2.1.4-5): a UID names a date's study slot, not what the
// day holds, so a study day turned buffer day is the same event; SEQUENCE rises each time a
// regenerated plan changes an event; an event that disappeared is sent once more with
// STATUS:CANCELLED. What was sent last time comes in as a ledger and goes out updated.
import { addDays, clockTime, minutesOfDay } from '../lib/dates.js';
import { shortHash } from '../lib/hash.js';
import type { CalendarLedger, Day, Plan } from '../schema/plan.js';
import { duration } from './markdown.js';
import { text } from '../content/texts.js';
import { areaNames } from '../core/rank.js';
import { DEFAULT_DAY_START } from '../schema/answers.js';

const C = (key: string, vars?: Record<string, string | number>) => text('plan', `calendar.${key}`, vars);
const REMINDER_AT = 19 * 60; // 19:00 the evening before a practice exam

export interface IcsOptions {
  /** Local clock time the study day starts, HH:MM. */
  dayStartsAt?: string;
  /** DTSTAMP, YYYYMMDDTHHMMSSZ (see stampAfter); default midnight UTC of the plan's date. */
  stamp?: string;
  /** The ledger of the calendar sent with the previous plan. */
  previous?: CalendarLedger;
}

type Entry = CalendarLedger['events'][number];
interface Event {
  entry: Entry;
  /** The event's lines between UID and END:VEVENT, without DTSTAMP and SEQUENCE. */
  body: string[];
}

export function renderIcs(plan: Plan, opts: IcsOptions = {}): string {
  return calendar(plan, opts).ics;
}

/** The calendar file and the ledger to pass as `previous` when the plan is next regenerated. */
export function calendar(plan: Plan, opts: IcsOptions = {}): { ics: string; ledger: CalendarLedger } {
  const stamp = opts.stamp ?? `${plan.asOf.replace(/-/g, '')}T000000Z`;
  const current = events(plan, opts.dayStartsAt ?? DEFAULT_DAY_START);
  const before = new Map((opts.previous?.events ?? []).map((e) => [e.uid, e]));
  const firstDay = plan.weeks[0]!.days[0]!.date;
  const sent: Entry[] = [];
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//retake//study plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escape(C('name', { exam: plan.examName }))}`];
  const emit = (entry: Entry, body: string[]) => {
    sent.push(entry);
    lines.push('BEGIN:VEVENT', `UID:${entry.uid}`, `DTSTAMP:${stamp}`, `SEQUENCE:${entry.sequence}`, ...body, 'END:VEVENT');
  };
  for (const { entry, body } of current) {
    const was = before.get(entry.uid);
    const sequence = !was ? 0 : was.hash === entry.hash && !was.cancelled ? was.sequence : was.sequence + 1;
    emit({ ...entry, sequence }, body);
  }
  // Gone from the plan: cancelled, unless the day is past (earlier weeks leave a regenerated
  // plan, and a calendar should keep what the student did). A cancelled event is sent again
  // with the same SEQUENCE until its day is past, for calendars that missed one import.
  const now = new Set(current.map((e) => e.entry.uid));
  const gone = [...before.values()].filter((e) => !now.has(e.uid) && e.date >= firstDay).sort((x, y) => x.date.localeCompare(y.date) || x.uid.localeCompare(y.uid));
  for (const was of gone) {
    const entry: Entry = { ...was, sequence: was.cancelled ? was.sequence : was.sequence + 1, cancelled: true };
    emit(entry, [was.start, was.end, `SUMMARY:${escape(was.summary)}`, 'STATUS:CANCELLED', 'TRANSP:TRANSPARENT']);
  }
  lines.push('END:VCALENDAR');
  return { ics: `${lines.map(fold).join('\r\n')}\r\n`, ledger: { stamp, events: sent } };
}

function events(plan: Plan, dayStartsAt: string): Event[] {
  const startMin = minutesOfDay(dayStartsAt);
  const names = areaNames(plan.diagnosis.weakAreas);
  const out: Event[] = [];
  const add = (uid: string, date: string, start: string, end: string, title: string, rest: string[]) => {
    const body = [start, end, `SUMMARY:${escape(title)}`, ...rest];
    out.push({ entry: { uid, sequence: 0, hash: shortHash(body.join('\n'), 9), date, start, end, summary: title }, body });
  };
  for (const day of plan.weeks.flatMap((w) => w.days)) {
    if (day.kind === 'rest' || !day.tasks.length) continue;
    const title = summary(day, names);
    // A day too long for the usual start begins earlier (core/clock.ts decided it: day.startsAt).
    const from = day.startsAt ? minutesOfDay(day.startsAt) : startMin;
    const rest = [`DESCRIPTION:${escape(description(day))}`, `CATEGORIES:${day.kind === 'checkpoint' ? 'PRACTICE EXAM' : 'STUDY'}`, 'TRANSP:OPAQUE'];
    if (day.kind === 'checkpoint') {
      const before = from + (24 * 60 - REMINDER_AT);
      rest.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escape(C('reminder', { title }))}`, `TRIGGER:-PT${Math.floor(before / 60)}H${before % 60}M`, 'END:VALARM');
    }
    add(uid(plan, `${day.date}-day`), day.date, `DTSTART:${dateTime(day.date, from)}`, `DTEND:${dateTime(day.date, from + Math.round(day.hours * 60))}`, title, rest);
  }
  const d = plan.schedule.examDate;
  // One exam event whatever its date, so a moved exam date moves the event.
  // A reminder at 19:00 the evening before (the all-day event starts at midnight).
  const eve = 24 * 60 - REMINDER_AT;
  const examAlarm = ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escape(C('examReminder', { exam: plan.examName }))}`, `TRIGGER:-PT${Math.floor(eve / 60)}H${eve % 60 ? `${eve % 60}M` : ''}`, 'END:VALARM'];
  if (d) add(uid(plan, 'exam'), d, `DTSTART;VALUE=DATE:${compact(d)}`, `DTEND;VALUE=DATE:${compact(addDays(d, 1))}`, C('exam', { exam: plan.examName }), [`DESCRIPTION:${escape(plan.readiness.gate.text)}`, ...examAlarm]);
  // The student's own dates, as all-day events; the UID names the date and the milestone.
  for (const ms of plan.milestones ?? []) {
    const key = `${ms.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30)}-${shortHash(ms.name, 8)}`;
    const desc = text('beyond', 'calendar.description', { note: ms.note.charAt(0).toUpperCase() + ms.note.slice(1) });
    add(`retake-milestone-${ms.date}-${key}@retake.local`, ms.date, `DTSTART;VALUE=DATE:${compact(ms.date)}`, `DTEND;VALUE=DATE:${compact(addDays(ms.date, 1))}`, text('beyond', 'calendar.milestone', { name: ms.name }), [`DESCRIPTION:${escape(desc)}`, 'TRANSP:TRANSPARENT']);
  }
  return out;
}

/** A date's study slot (or the exam): the same UID whatever the day holds. */
const uid = (plan: Plan, slot: string) => `retake-${plan.exam}-${slot}@retake.local`;

/**
 * The DTSTAMP for a new export: `base` (the generation time, or midnight UTC of --as-of so
 * identical inputs give identical files), moved one second past the previous export's stamp
 * when it is not later, so every regeneration carries a newer DTSTAMP.
 */
export function stampAfter(base: string, previous?: string): string {
  const ms = (s: string) => Date.parse(s.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
  let t = Math.floor(ms(base) / 1000) * 1000;
  if (previous && ms(previous) >= t) t = ms(previous) + 1000;
  return new Date(t).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
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

const compact = (date: string) => date.replace(/-/g, '');

function dateTime(date: string, minutes: number): string {
  const d = addDays(date, Math.floor(minutes / 1440));
  const m = minutes % 1440;
  return `${compact(d)}T${clockTime(m).replace(':', '')}00`;
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
