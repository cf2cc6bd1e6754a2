// Forgiving input: the ways people write numbers, ratings, hours and dates ("2,500", "63%",
// "7/10", "8h", "7.5 hours", "next monday", "1 Mar"), read into the value the answers file
// holds. Each reader returns the value or the reason it could not read the text; the range
// check and the exam-specific wording belong to the question that asks.
import type { IsoDate } from '../lib/dates.js';

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

/** What a number stands for: decides the units accepted ("h", "min", "%", "/10"). */
export type NumberKind = 'count' | 'minutes' | 'hours' | 'rating' | 'percent' | 'score' | 'days';

const APPROX = /^(?:~|about|around|approx(?:imately|\.)?|roughly|maybe)\s*/;
const UNITS: Record<NumberKind, RegExp> = {
  count: /\s*(?:questions?|qs?|exams?)$/,
  minutes: /\s*(?:m|mins?|minutes?)$/,
  hours: /\s*(?:h|hrs?|hours?)(?:\s*(?:a|per)\s*(?:day|night))?$/,
  rating: /\s*(?:\/\s*10|out of 10)$/,
  percent: /\s*(?:%|percent|pc)$/,
  score: /\s*(?:points?)$/,
  days: /\s*(?:d|days?)(?:\s*(?:a|per)\s*week)?$/,
};
const WORDS: Record<string, number> = { none: 0, zero: 0, no: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** "2,500" · "2 500" · "2.5k" → 2500; commas only as thousands separators (never a decimal comma). */
function plainNumber(s: string): number | undefined {
  if (s in WORDS) return WORDS[s];
  const k = /^(\d+(?:\.\d+)?)\s*k$/.exec(s);
  if (k) return Math.round(Number(k[1]) * 1000);
  const grouped = /^\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?$/.test(s) ? s.replace(/[, ]/g, '') : s;
  return /^\d+(?:\.\d+)?$/.test(grouped) ? Number(grouped) : /^\.\d+$/.test(grouped) ? Number(grouped) : undefined;
}

export function readNumber(raw: string, kind: NumberKind): Read<number> {
  let s = raw.trim().toLowerCase().replace(APPROX, '');
  if (s.startsWith('-')) return { ok: false, reason: 'of 0 or more' };
  if (kind === 'hours' || kind === 'minutes') {
    // "7h30", "7 h 30 min", "1:30", "90 min" (for hours) and "1.5 h" (for minutes)
    const hm = /^(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\s*(?:(\d{1,2})\s*(?:m|mins?|minutes?)?)?$/.exec(s) ?? /^(\d+):(\d{2})$/.exec(s);
    if (hm && (hm[2] !== undefined || kind === 'minutes')) {
      const hours = Number(hm[1]) + Number(hm[2] ?? 0) / 60;
      return { ok: true, value: kind === 'hours' ? hours : Math.round(hours * 60) };
    }
    const min = kind === 'hours' ? /^(\d+)\s*(?:m|mins?|minutes?)$/.exec(s) : null;
    if (min) return { ok: true, value: Number(min[1]) / 60 };
  }
  if (kind === 'rating') {
    const of = /^(\d+(?:\.\d+)?)\s*(?:\/|out of)\s*(\d+)$/.exec(s);
    if (of && Number(of[2]) !== 10) return { ok: true, value: Math.round((Number(of[1]) / Number(of[2])) * 10) };
  }
  s = s.replace(UNITS[kind], '').trim();
  const n = plainNumber(s);
  if (n === undefined) return { ok: false, reason: `written like ${EXAMPLES[kind]}` };
  return { ok: true, value: n };
}

const EXAMPLES: Record<NumberKind, string> = {
  count: '2,500',
  minutes: '45 or 1.5h',
  hours: '8, 8h or 7.5 hours',
  rating: '7 or 7/10',
  percent: '63 or 63%',
  score: '209',
  days: '3',
};

/** "2500" → "2,500" for echoing what was understood. */
export function withThousands(n: number): string {
  const [int, frac] = String(n).split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

/** Which way a date without a year points: the next such day, or the last one. */
export type DateDirection = 'future' | 'past';
export type DateReader = (raw: string, today: IsoDate, direction: DateDirection) => Read<IsoDate>;

const FORMATS = ['yyyy-MM-dd', 'yyyy-M-d', 'd MMM yyyy', 'd MMMM yyyy', 'MMM d yyyy', 'MMMM d yyyy', 'd MMM', 'd MMMM', 'MMM d', 'MMMM d'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Loads date-fns (only the interview reads free-form dates, so the other commands never
 * load it) and returns a reader for "2027-01-04", "next monday", "tomorrow", "in 2 weeks",
 * "1 Mar", "March 1 2027". Slashed dates ("3/1") are refused: day and month order differ
 * between countries, and a wrong guess silently moves the plan by months.
 */
export async function loadDateReader(): Promise<DateReader> {
  const { addDays, addWeeks, addMonths, addYears, format, isValid, nextDay, parse, subYears } = await import('date-fns');
  const iso = (d: Date) => format(d, 'yyyy-MM-dd');
  return (raw, today, direction) => {
    const s = raw.trim().toLowerCase().replace(/,/g, ' ').replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/\s+/g, ' ');
    const base = parse(today, 'yyyy-MM-dd', new Date(2000, 0, 1));
    if (s === 'today') return { ok: true, value: today };
    if (s === 'tomorrow') return { ok: true, value: iso(addDays(base, 1)) };
    if (s === 'yesterday') return { ok: true, value: iso(addDays(base, -1)) };
    const rel = /^(in )?(\d+|a|one|two|three|four) (day|week|month)s?( ago)?$/.exec(s);
    if (rel && Boolean(rel[1]) !== Boolean(rel[4])) {
      const n = (/^\d+$/.test(rel[2]!) ? Number(rel[2]) : WORDS[rel[2]!] ?? 1) * (rel[4] ? -1 : 1);
      const step = { day: addDays, week: addWeeks, month: addMonths }[rel[3] as 'day' | 'week' | 'month'];
      return { ok: true, value: iso(step(base, n)) };
    }
    const wd = /^(next |this |last )?([a-z]+)$/.exec(s);
    const day = wd ? WEEKDAYS.findIndex((w) => w === wd[2] || w.slice(0, 3) === wd[2]) : -1;
    if (wd && day >= 0) {
      // "monday" and "next monday" both mean the coming one, never today; "last monday" the one before.
      const next = nextDay(base, day as 0 | 1 | 2 | 3 | 4 | 5 | 6);
      return { ok: true, value: iso(wd[1] === 'last ' ? addWeeks(next, -1) : next) };
    }
    if (/^\d{1,4}[/.]\d{1,2}([/.]\d{2,4})?$/.test(s)) return { ok: false, reason: 'a date with the month in words or as YYYY-MM-DD, such as 1 Mar or 2027-03-01 (3/1 reads differently in different countries)' };
    if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(s) && !isValid(parse(s, 'yyyy-M-d', base))) return { ok: false, reason: `a real date (${raw.trim()} does not exist)` };
    for (const f of FORMATS) {
      const d = parse(s, f, base);
      if (!isValid(d) || format(d, f).toLowerCase() !== s) continue;
      if (f.includes('y')) return { ok: true, value: iso(d) };
      // No year given: the next such day from today, or the last one before it.
      const value = iso(d);
      if (direction === 'future' && value < today) return { ok: true, value: iso(addYears(d, 1)) };
      if (direction === 'past' && value > today) return { ok: true, value: iso(subYears(d, 1)) };
      return { ok: true, value };
    }
    return { ok: false, reason: 'a date such as 2027-01-04, next monday, 1 Mar or in 2 weeks' };
  };
}
