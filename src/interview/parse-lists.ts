// Forgiving input for the answers that fit on one line but hold several values: a week of
// study hours ("mon-fri 4, sat 6, sun 0"), the practice exams already taken ("nbme 27, 28,
// uwsa 1, free 120") and one of the student's own dates ("core rotations start 1 Mar").
// Each reader returns the value or the reason it could not read the text; the question
// that asks adds the exam's name and the range.
import { EXAM_FACTS, type Exam } from '../content/exams.js';
import { WEEKDAYS } from '../schema/answers.js';
import { parseForm, type FormKind } from '../schema/forms.js';
import type { DateReader, Read } from './parse-input.js';

export type Weekday = (typeof WEEKDAYS)[number];
export type Week = Partial<Record<Weekday, number>>;

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const GROUPS: Record<string, number[]> = {
  weekdays: [0, 1, 2, 3, 4],
  weekday: [0, 1, 2, 3, 4],
  weekends: [5, 6],
  weekend: [5, 6],
  daily: [0, 1, 2, 3, 4, 5, 6],
  everyday: [0, 1, 2, 3, 4, 5, 6],
  all: [0, 1, 2, 3, 4, 5, 6],
};
const OFF = /^(?:off|rest|free|none|no|0)$/;
const HOURS = /^(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)?$/;

/** "tues" → 1; a day is known by any start of its name from three letters on. */
function dayIndex(raw: string): number {
  const word = raw === 'weds' ? 'wed' : raw;
  return word.length >= 2 ? DAY_NAMES.findIndex((d) => d.startsWith(word) && (word.length >= 3 || word === 'tu' || word === 'th')) : -1;
}

/** "mon-fri" · "sat sun" · "sat & sun" · "weekends" · "fri to mon" → weekday indexes (0 = Monday). */
function readDays(text: string): Read<number[]> {
  const s = text.replace(/every day/g, 'everyday').replace(/\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b)\s*/g, '-');
  const out: number[] = [];
  for (const word of s.split(/[\s&/+]+|\band\b/).filter(Boolean)) {
    const range = /^([a-z]+)-([a-z]+)$/.exec(word);
    if (range) {
      const [a, b] = [dayIndex(range[1]!), dayIndex(range[2]!)];
      if (a < 0 || b < 0) return { ok: false, reason: `"${word}" is not a range of weekdays` };
      for (let d = a; ; d = (d + 1) % 7) {
        out.push(d);
        if (d === b) break;
      }
    } else if (GROUPS[word]) out.push(...GROUPS[word]!);
    else if (dayIndex(word) >= 0) out.push(dayIndex(word));
    else return { ok: false, reason: `"${word}" is not a weekday` };
  }
  return out.length ? { ok: true, value: out } : { ok: false, reason: 'each part needs its days' };
}

export type WeekAnswer = { kind: 'same' } | { kind: 'rest'; days: number } | { kind: 'week'; week: Week };

const SAME = /^(?:y|yes|yep|yeah|ok|okay|same|right|keep|sure)$/;
const REST_WORDS: Record<string, number> = { no: 0, none: 0, zero: 0, one: 1, two: 2, three: 3 };

/**
 * The answer to "Your week: … Keep it?": yes (keep it), a number of rest days ("2", "2 rest
 * days", "no rest day"), or the week by day ("mon-fri 4, sat 6, sun 0"; "sat off"; "4h mon-fri").
 * Days the line leaves out are not in the result (they keep the hours a day).
 */
export function readWeek(raw: string): Read<WeekAnswer> {
  const s = raw.trim().toLowerCase().replace(/[.!]+$/, '');
  if (!s || SAME.test(s)) return { ok: true, value: { kind: 'same' } };
  const rest = /^(\d+|no|none|zero|one|two|three)\s*(?:rest\s*days?|days?\s*off|rest|off)?(?:\s*(?:a|per)\s*week)?$/.exec(s);
  if (rest) return { ok: true, value: { kind: 'rest', days: /^\d+$/.test(rest[1]!) ? Number(rest[1]) : REST_WORDS[rest[1]!]! } };
  if (/^(?:every ?day|7 days)(?: a week)?$/.test(s)) return { ok: true, value: { kind: 'rest', days: 0 } };
  const week: Week = {};
  for (const part of s.split(/[,;\n]+/).map((p) => p.trim()).filter(Boolean)) {
    // "mon-fri 4" · "mon-fri: 4h" · "sat off" · "4h mon-fri" · "4 hours on weekdays"
    const after = /^(.*?)[\s:=]+(off|rest|free|none|\d+(?:\.\d+)?\s*(?:h|hrs?|hours?)?)$/.exec(part);
    const before = after ? null : /^(off|\d+(?:\.\d+)?\s*(?:h|hrs?|hours?)?)\s+(?:on\s+)?(.+)$/.exec(part);
    const m = after ? { days: after[1]!, hours: after[2]! } : before ? { days: before[2]!, hours: before[1]! } : undefined;
    if (!m) return { ok: false, reason: `"${part}" needs days and hours, such as mon-fri 4` };
    const days = readDays(m.days.trim());
    if (!days.ok) return days;
    const hours = OFF.test(m.hours) ? 0 : Number(HOURS.exec(m.hours)![1]);
    for (const d of days.value) {
      const key = WEEKDAYS[d]!;
      if (week[key] !== undefined && week[key] !== hours) return { ok: false, reason: `${cap(key)} is given twice` };
      week[key] = hours;
    }
  }
  return { ok: true, value: { kind: 'week', week } };
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Runs of neighbouring days with the same hours: [["mon", "fri", 4], ["sat", "sun", 0]]. */
function runs(hours: readonly number[]): [Weekday, Weekday, number][] {
  const out: [Weekday, Weekday, number][] = [];
  hours.forEach((h, i) => {
    const last = out[out.length - 1];
    if (last && last[2] === h) last[1] = WEEKDAYS[i]!;
    else out.push([WEEKDAYS[i]!, WEEKDAYS[i]!, h]);
  });
  return out;
}

/** A week to read: "Mon–Fri 4 h · Sat–Sun off". */
export function describeWeek(hours: readonly number[]): string {
  return runs(hours)
    .map(([a, b, h]) => `${cap(a)}${a === b ? '' : `–${cap(b)}`} ${h ? `${h} h` : 'off'}`)
    .join(' · ');
}

/** A week as the student would type it, for a default that reads back the same: "mon-fri 4, sat-sun 0". */
export function weekLine(week: Week): string {
  return WEEKDAYS.filter((d) => week[d] !== undefined)
    .map((d) => `${d} ${week[d]}`)
    .join(', ');
}

const KIND_NAMES: Record<FormKind, string> = { nbme: 'NBME', ccssa: 'CCSSA', uwsa: 'UWSA', free120: 'Free 120' };

/** How a form is kept in the answers file and echoed: "nbme 27" and "NBME 27". */
export const formText = (kind: FormKind, form: string) => (kind === 'free120' ? 'free120' : `${kind} ${form}`);
export const formName = (raw: string) => {
  const f = parseForm(raw);
  return f ? (f.kind === 'free120' ? KIND_NAMES.free120 : `${KIND_NAMES[f.kind]} ${f.form}`) : raw;
};

/**
 * "nbme 27, 28, uwsa 1, free 120" → ["nbme 27", "nbme 28", "uwsa 1", "free120"]: a bare number
 * takes the kind before it. Forms of the other Step are refused (a CCSSA is a Step 2 CK form).
 */
export function readForms(raw: string, exam: Exam): Read<string[]> {
  const out: string[] = [];
  let kind: FormKind | undefined;
  const other: FormKind = exam === 'step1' ? 'ccssa' : 'nbme';
  for (const part of raw.toLowerCase().split(/[,;&]|\band\b/).map((p) => p.trim()).filter(Boolean)) {
    // "nbme 27 28" lists two forms of one kind.
    const several = /^([a-z][a-z ]*?)\s*((?:\d{1,2}\s+)+\d{1,2})$/.exec(part);
    const pieces = several && !/^(usmle\s*)?free$/.test(several[1]!) ? several[2]!.split(/\s+/).map((n) => `${several[1]} ${n}`) : [part];
    for (const p of pieces) {
      const f = parseForm(p) ?? (kind && kind !== 'free120' && /^\d{1,2}$/.test(p) ? parseForm(`${kind} ${p}`) : undefined);
      if (!f) return { ok: false, reason: `"${p}" is not a practice exam I know` };
      if (f.kind === other)
        return { ok: false, reason: exam === 'step1' ? `${formName(p)} is a Step 2 CK form; ${EXAM_FACTS[exam].name}'s NBME forms are written like nbme 27` : `${EXAM_FACTS[exam].name}'s NBME forms are CCSSA forms, written like ccssa 12` };
      kind = f.kind;
      const text = formText(f.kind, f.form);
      if (!out.includes(text)) out.push(text);
    }
  }
  return { ok: true, value: out };
}

/**
 * "core rotations start 1 Mar" · "rotations: 2027-03-01" · "1 Mar 2027 rotations" → a name and a
 * date (the next such day). The date is the longest run of words at either end that reads as one.
 */
export function readMilestone(raw: string, today: string, readDate: DateReader): Read<{ name: string; date: string }> {
  const words = raw.trim().replace(/\s+/g, ' ').split(' ');
  const clean = (name: string) => name.replace(/^[\s,:;–—-]+|[\s,:;–—-]+$/g, '').replace(/\s+(?:on|by|from|in)$/i, '').trim();
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    for (const [dateWords, nameWords] of [[words.slice(-k), words.slice(0, -k)], [words.slice(0, k), words.slice(k)]]) {
      const d = readDate(dateWords!.join(' ').replace(/^[,:;–—-]+|[,:;–—-]+$/g, ''), today, 'future');
      const name = clean(nameWords!.join(' '));
      if (d.ok && name) {
        if (d.value < today) return { ok: false, reason: `a date still to come (${dateWords!.join(' ')} has passed)` };
        return { ok: true, value: { name, date: d.value } };
      }
    }
  }
  return { ok: false, reason: 'a name and a date, such as core rotations start 1 Mar' };
}
