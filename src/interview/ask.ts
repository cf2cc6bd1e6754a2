// Asking for a number, dates, a week or a list of forms: read forgivingly (parse-input,
// parse-lists), check against the answers schema and the question's own rule, re-ask with a
// reason, and echo what was understood when the student wrote it differently ("2,500" →
// "2,500 questions", "1 Mar" → "Mon 1 Mar 2027", "mon-fri 4" → "Mon–Fri 4 h · Sat 8 h · Sun off").
import type { Exam } from '../content/exams.js';
import { weeklyHours } from '../core/availability.js';
import { formatLong } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import { fits } from './fields.js';
import { readNumber, type DateDirection, type NumberKind } from './parse-input.js';
import { describeWeek, formName, readForms, readWeek } from './parse-lists.js';
import type { Context } from './steps.js';

const str = (v: unknown) => (v === undefined ? '' : String(v));

export interface NumberQuestion {
  message: string;
  kind: NumberKind;
  default?: number;
  /** Enter on an empty answer skips the question. */
  optional?: boolean;
  /** The field whose schema the value must fit, and how to say what fits. */
  path?: string;
  allowed: string;
  /** How the understood value is echoed when the student wrote it differently. */
  echo: (n: number) => string;
  /** A further check beyond the schema (e.g. a percent scale for Step 1): true or the reason. */
  check?: (n: number) => true | string;
}

export async function askNumber(ctx: Pick<Context, 'prompt'>, q: NumberQuestion): Promise<number | undefined> {
  const read = (raw: string): { ok: true; value?: number } | { ok: false; reason: string } => {
    if (!raw.trim()) return q.optional ? { ok: true } : { ok: false, reason: `Please enter ${q.allowed}.` };
    const r = readNumber(raw, q.kind);
    if (!r.ok) return { ok: false, reason: `Please enter ${q.allowed}, ${r.reason}.` };
    const extra = q.check?.(r.value);
    if (extra !== undefined && extra !== true) return { ok: false, reason: extra };
    return !q.path || fits(q.path, r.value) ? r : { ok: false, reason: `Please enter ${q.allowed}.` };
  };
  const raw = await ctx.prompt.input({ message: q.message, default: str(q.default), validate: (v) => { const r = read(v); return r.ok || r.reason; } });
  const r = read(raw);
  const value = r.ok ? r.value : undefined;
  if (value !== undefined && raw.trim() !== String(value)) ctx.prompt.say(`  → ${q.echo(value)}`);
  return value;
}

export async function askDates(ctx: Pick<Context, 'prompt' | 'today' | 'readDate'>, q: { message: string; default?: string; optional?: boolean; direction: DateDirection; check: (dates: string[]) => true | string }): Promise<string[]> {
  const read = (raw: string): { ok: true; value: string[] } | { ok: false; reason: string } => {
    const parts = raw.split(raw.includes(';') ? ';' : ',').map((s) => s.trim()).filter(Boolean);
    if (!parts.length) return q.optional ? { ok: true, value: [] } : { ok: false, reason: 'Please enter a date, such as 2027-01-04, next monday or 1 Mar.' };
    const value: string[] = [];
    for (const p of parts) {
      const r = ctx.readDate(p, ctx.today, q.direction);
      if (!r.ok) return { ok: false, reason: `Please enter ${r.reason}.` };
      value.push(r.value);
    }
    const c = q.check(value);
    return c === true ? { ok: true, value } : { ok: false, reason: c };
  };
  const raw = await ctx.prompt.input({ message: q.message, default: q.default, validate: (v) => { const r = read(v); return r.ok || r.reason; } });
  const r = read(raw);
  const value = r.ok ? r.value : [];
  if (value.length && raw.trim() !== value.join(', ')) ctx.prompt.say(`  → ${value.map(formatLong).join(', ')}`);
  return value;
}

// ---------------------------------------------------------------- the lines that hold several answers

type Schedule = Answers['schedule'];
export type WeekChoice = Pick<Schedule, 'availability' | 'daysOffPerWeek'>;

const WEEK_ALLOWED = 'your week like mon-fri 4, sat 6, sun 0 (0 = a day off), or a number of rest days from 0 to 3';

/** Hours per weekday (0 = Monday) as the plan will read them: core's one definition. */
export function weekHours(hoursPerDay: number, w: WeekChoice): number[] {
  return weeklyHours({ schedule: { start: '', hoursPerDay, ...w } } as Answers);
}

/**
 * The week, as a follow-up to hours a day: Enter keeps it (by default the hours every day
 * with one rest day); a number sets the rest days; a line gives the hours by weekday, and
 * then the days it sets to 0 are the rest days (daysOffPerWeek is dropped).
 */
export async function askWeek(ctx: Pick<Context, 'prompt'>, hoursPerDay: number, before: WeekChoice): Promise<WeekChoice> {
  const current: WeekChoice = { availability: before.availability, daysOffPerWeek: before.daysOffPerWeek ?? (before.availability ? undefined : 1) };
  const read = (raw: string): { ok: true; value: WeekChoice; same: boolean } | { ok: false; reason: string } => {
    const r = readWeek(raw);
    if (!r.ok) return { ok: false, reason: `Please write ${WEEK_ALLOWED}; ${r.reason}.` };
    const v = r.value;
    if (v.kind === 'same') return { ok: true, value: current, same: true };
    if (v.kind === 'rest')
      return fits('schedule.daysOffPerWeek', v.days) ? { ok: true, value: { daysOffPerWeek: v.days }, same: false } : { ok: false, reason: `Please write ${WEEK_ALLOWED}; ${v.days} rest days is more than 3.` };
    for (const [day, h] of Object.entries(v.week))
      if (!fits(`schedule.availability.${day}`, h)) return { ok: false, reason: `Please give each day from 0 (a day off) to 14 hours, in quarter hours (such as 4.5); ${day} has ${h}.` };
    const value: WeekChoice = { availability: v.week, daysOffPerWeek: undefined };
    if (weekHours(hoursPerDay, value).every((h) => h === 0)) return { ok: false, reason: 'Please give at least one day some study time.' };
    return { ok: true, value, same: false };
  };
  const now = describeWeek(weekHours(hoursPerDay, current));
  ctx.prompt.say(`If your days differ, write ${WEEK_ALLOWED}.${now.length > 40 ? `\nYour week now: ${now}.` : ''}`);
  const raw = await ctx.prompt.input({
    message: now.length > 40 ? 'Your week as above. Keep it?' : `Your week: ${now}. Keep it?`,
    default: 'yes',
    validate: (v) => { const r = read(v); return r.ok || r.reason; },
  });
  const r = read(raw);
  if (!r.ok) return current;
  if (!r.same) ctx.prompt.say(`  → ${describeWeek(weekHours(hoursPerDay, r.value))}`);
  return r.value;
}

/** The practice exams already taken, as a forgiving list; an empty answer (or "none") lists none. */
export async function askForms(ctx: Pick<Context, 'prompt'>, q: { exam: Exam; default?: readonly string[] }): Promise<string[]> {
  const read = (raw: string): { ok: true; value: string[] } | { ok: false; reason: string } => {
    if (/^\s*(?:none|no|n|-|i don'?t know|not sure)?\s*$/i.test(raw)) return { ok: true, value: [] };
    const r = readForms(raw, q.exam);
    if (!r.ok) return { ok: false, reason: `Please write the forms like nbme 27, 28, uwsa 1, free 120; ${r.reason}.` };
    return fits('methods.formsTaken', r.value) ? r : { ok: false, reason: 'Please list at most 40 forms.' };
  };
  const raw = await ctx.prompt.input({
    message: `Which ones, if you know? (e.g. ${q.exam === 'step1' ? 'nbme 27, 28' : 'ccssa 12, 13'}, uwsa 1)`,
    default: (q.default ?? []).join(', '),
    validate: (v) => { const r = read(v); return r.ok || r.reason; },
  });
  const r = read(raw);
  const value = r.ok ? r.value : [];
  if (value.length && raw.trim().toLowerCase() !== value.join(', ')) ctx.prompt.say(`  → ${value.map(formName).join(', ')}`);
  return value;
}
