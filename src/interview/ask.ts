// Asking for a number or dates: read forgivingly (parse-input), check against the answers
// schema and the question's own rule, re-ask with a reason, and echo what was understood
// when the student wrote it differently ("2,500" → "2,500 questions", "1 Mar" → "Mon 1 Mar 2027").
import { formatLong } from '../lib/dates.js';
import { fits } from './fields.js';
import { readNumber, type DateDirection, type NumberKind } from './parse-input.js';
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
