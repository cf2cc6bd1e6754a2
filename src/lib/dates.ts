// Calendar dates as ISO strings (YYYY-MM-DD). A study day is a date on a wall
// calendar, never an instant: arithmetic runs on UTC day numbers, so the same
// answers give the same plan in every time zone, across DST changes and leap days.

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** True when `s` is a real calendar date written YYYY-MM-DD (so 2027-02-30 is false). */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function toDayNumber(d: IsoDate): number {
  const m = ISO.exec(d);
  if (!m) throw new Error(`not an ISO date: ${d}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

function fromDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + n);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: IsoDate, n: number): IsoDate {
  const m = ISO.exec(d)!;
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + n;
  const y = Math.floor(total / 12);
  const mo = (total % 12) + 1;
  const day = Math.min(Number(m[3]), daysInMonth(y, mo));
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of a plan of `weeks` weeks starting on `start`. */
export function planEnd(start: IsoDate, weeks: number): IsoDate {
  return addDays(start, weeks * 7 - 1);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(d: IsoDate): number {
  return (new Date(toDayNumber(d) * DAY_MS).getUTCDay() + 6) % 7;
}

/** A date to suggest booking: a Sunday moves to the Monday after, so the date named is a weekday or a Saturday. */
export function offSunday(d: IsoDate): IsoDate {
  return weekday(d) === 6 ? addDays(d, 1) : d;
}

/** The first Monday strictly after `d`. */
export function nextMonday(d: IsoDate): IsoDate {
  return addDays(d, 7 - weekday(d));
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** "Mon 4 Jan 2027" */
export function formatLong(d: IsoDate): string {
  const m = ISO.exec(d)!;
  return `${WEEKDAYS[weekday(d)]} ${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** "4 Jan" */
export function formatShort(d: IsoDate): string {
  const m = ISO.exec(d)!;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]}`;
}

export function weekdayName(i: number): string {
  return WEEKDAY_NAMES[((i % 7) + 7) % 7]!;
}

/** "HH:MM" → minutes after midnight (the inverse of clockTime). */
export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Minutes after midnight → "HH:MM". */
export function clockTime(minutes: number): string {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Today's date on the user's wall calendar. Only the CLI layer calls this. */
export function localToday(now: Date): IsoDate {
  const y = now.getFullYear();
  return `${String(y).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
