// The interview's steps about time: when study starts, the student's week, a booked exam
// date, the day a practice exam fits, and their own dates that wait on the result.
import { practiceWeekday } from '../core/availability.js';
import { formatLong, nextMonday, weekdayName } from '../lib/dates.js';
import { DEFAULT_DAY_START, WEEKDAYS, type Answers } from '../schema/answers.js';
import { askDates, askNumber, askWeek, weekHours, type WeekChoice } from './ask.js';
import { readMilestone, type Weekday } from './parse-lists.js';
import { shortName, type Context, type Milestone, type Step } from './step.js';

// ---------------------------------------------------------------- your time

export const scheduleStep: Step = {
  id: 'schedule',
  title: 'Time',
  fields: ['schedule'],
  async run(ctx: Pick<Context, 'prompt' | 'draft' | 'today' | 'readDate'>) {
    const { prompt, draft, today } = ctx;
    const s = draft.schedule ?? {};
    prompt.say('\nYour time. These shape how your days are built.');
    const [start] = await askDates(ctx, {
      message: 'First study day (e.g. next monday, 4 Jan or 2027-01-04)',
      default: s.start ?? nextMonday(today),
      direction: 'future',
      check: ([d]) => d! >= today || `Please enter a day from today on; ${formatLong(d!)} has passed.`,
    });
    const hoursPerDay = await askNumber(ctx, {
      message: 'Study hours a day (e.g. 8 or 7.5h)',
      kind: 'hours',
      default: s.hoursPerDay ?? 8,
      path: 'schedule.hoursPerDay',
      allowed: 'study hours a day from 1 to 14, in quarter hours (such as 7.5)',
      echo: (n) => `${n} hours a day`,
    });
    const week = await askWeek(ctx, hoursPerDay!, s);
    const practiceExamDay = week.availability || s.practiceExamDay ? await askPracticeDay(ctx, hoursPerDay!, week, s.practiceExamDay) : undefined;
    // A week of its own (evenings after work, say) rarely starts at 08:00: one optional question, only then.
    const dayStartsAt = week.availability ? await askDayStart(ctx, s.dayStartsAt) : s.dayStartsAt;
    const [examDate] = await askDates(ctx, {
      message: `${shortName(draft.exam ?? 'step1')} exam date, if booked (e.g. 1 Mar)`,
      default: s.examDate ?? '',
      optional: true,
      direction: 'future',
      check: ([d]) => d! > start! || `Please enter an exam date after your first study day (${formatLong(start!)}).`,
    });
    return { schedule: { start, hoursPerDay, ...week, practiceExamDay, examDate, weeks: s.weeks, dayStartsAt } };
  },
};

/** Asked once the student has said their own week: the day a whole practice exam fits best. */
async function askPracticeDay(ctx: Pick<Context, 'prompt'>, hoursPerDay: number, week: WeekChoice, before: Weekday | undefined): Promise<Weekday | undefined> {
  const hours = weekHours(hoursPerDay, week);
  const longest = WEEKDAYS[practiceWeekday({ schedule: { start: '', hoursPerDay, ...week } } as Answers, hours)]!;
  const open = WEEKDAYS.filter((_, i) => hours[i]! > 0);
  ctx.prompt.say('A practice exam takes most of a study day; pick the day you can best give it.');
  const day = await ctx.prompt.select<Weekday | 'plan'>({
    message: 'Which day suits your practice exams?',
    choices: [{ value: 'plan', name: `let the plan pick your longest day (${dayName(longest)})` }, ...open.map((d) => ({ value: d, name: `${dayName(d)} (${hours[WEEKDAYS.indexOf(d)]} h)` }))],
    default: before && open.includes(before) ? before : 'plan',
  });
  return day === 'plan' ? undefined : day;
}

/** "18:00", "6pm", "6:30 pm" or "18" as HH:MM; null when it is not a time of day. */
export function readClock(raw: string): string | null {
  const m = /^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?\s*$/i.exec(raw);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  const half = m[3]?.toLowerCase();
  if (half && (h < 1 || h > 12)) return null;
  if (half === 'pm' && h < 12) h += 12;
  if (half === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** When the study day starts: the calendar's events and the sleep window follow it. Enter keeps the default. */
async function askDayStart(ctx: Pick<Context, 'prompt'>, before: string | undefined): Promise<string | undefined> {
  const raw = await ctx.prompt.input({
    message: 'When does your study day start? (e.g. 18:00 or 6pm)',
    default: before ?? DEFAULT_DAY_START,
    validate: (v) => readClock(v) !== null || 'Please enter a time of day, such as 18:00 or 6pm.',
  });
  const at = readClock(raw);
  // The default stays implicit, so the answers file says only what the student chose.
  return at === null || (at === DEFAULT_DAY_START && !before) ? before : at;
}

const dayName = (d: Weekday) => weekdayName(WEEKDAYS.indexOf(d));

// ---------------------------------------------------------------- your own dates

const MAX_MILESTONES = 10;

export const milestonesStep: Step = {
  id: 'milestones',
  title: 'Your dates',
  fields: ['milestones'],
  async run(ctx: Pick<Context, 'prompt' | 'draft' | 'today' | 'readDate'>) {
    const { prompt, draft, today, readDate } = ctx;
    prompt.say('\nYour own dates. Any date of yours that waits on this result, like rotations starting? The plan checks each against your exam and the weeks a result takes.\nWrite a name and a date, such as core rotations start 1 Mar; one at a time, Enter when done.');
    const out: Milestone[] = [];
    const ask = async (message: string, def: string): Promise<Milestone | 'done'> => {
      const read = (raw: string): { ok: true; value: Milestone | 'done' } | { ok: false; reason: string } => {
        if (/^\s*(?:none|no|n|-|done)?\s*$/i.test(raw)) return { ok: true, value: 'done' };
        const r = readMilestone(raw, today, readDate);
        if (!r.ok) return { ok: false, reason: `Please enter ${r.reason}.` };
        if (r.value.name.length > 80) return { ok: false, reason: 'Please keep the name under 80 characters.' };
        if (out.some((m) => m.name.toLowerCase() === r.value.name.toLowerCase() && m.date === r.value.date)) return { ok: false, reason: `${r.value.name} on ${formatLong(r.value.date)} is already listed.` };
        return r;
      };
      const raw = await prompt.input({ message, default: def, validate: (v) => { const r = read(v); return r.ok || r.reason; } });
      const r = read(raw);
      return r.ok ? r.value : 'done';
    };
    // Dates given before come back one by one: Enter keeps each, "none" drops it.
    for (const [i, m] of (draft.milestones ?? []).entries()) {
      const kept = await ask(`Date ${i + 1} (Enter keeps it; none removes it)`, `${m.name} ${m.date}`);
      if (kept !== 'done') out.push(kept);
    }
    while (out.length < MAX_MILESTONES) {
      const m = await ask(out.length ? 'Another date? (Enter when done)' : 'A date that waits on this result? (Enter: none)', '');
      if (m === 'done') break;
      prompt.say(`  → ${m.name}: ${formatLong(m.date)}`);
      out.push(m);
    }
    return { milestones: out.length ? out : undefined };
  },
};
