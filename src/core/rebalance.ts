// The living plan: ticks the student recorded, days they marked lost, and unfinished past work
// carried forward into the days ahead within each day's hours. Pure: (weeks, progress, today)
// → new weeks and a summary; the input is not changed.
//
// Only what the student told us counts: a task is unfinished when a plan file read back on a
// later day left it unticked, or when its day was skipped. Without any progress recorded
// nothing is carried: a student who never ticks boxes is not handed a pile of "overdue" work.
import { CARRY_HORIZON_DAYS, CARRY_RANK, CONTENT_SHARE, DISPLACES_CONTENT } from '../content/rebalance.js';
import { DAY } from '../content/schedule.js';
import { counted, text } from '../content/texts.js';
import { addDays, formatLong } from '../lib/dates.js';
import type { Day, Rebalance, Task, Week } from '../schema/plan.js';
import type { Progress } from '../schema/progress.js';

const R = (key: string, vars?: Record<string, string | number>) => text('plan', `rebalance.${key}`, vars);

type Carried = keyof typeof CARRY_RANK;
const carriable = (t: Pick<Task, 'type'>): t is Task & { type: Carried } => t.type in CARRY_RANK;

/** Work to carry: one task, or a question block with its explanations (they move together). */
interface Unit {
  from: string;
  rank: number;
  tasks: Task[];
  minutes: number;
}

const unitMinutes = (units: readonly Unit[]) => units.reduce((n, u) => n + u.minutes, 0);

export interface Living {
  weeks: Week[];
  rebalance?: Rebalance;
}

export function applyProgress(weeks: readonly Week[], progress: Progress | undefined, today: string): Living {
  if (!progress || (!Object.keys(progress.tasks).length && !progress.skipped.length)) return { weeks: [...weeks] };
  const skipped = new Map(progress.skipped.map((s) => [s.date, s.reason]));
  const days = new Map<string, Day>();
  // Copies all the way down to the tasks: the caller's weeks stay as they were.
  const out: Week[] = weeks.map((w) => ({ ...w, days: w.days.map((d) => {
    const tasks = d.tasks.map((t) => {
      const p = t.id ? progress.tasks[t.id] : undefined;
      return p?.done ? { ...t, done: p.doneOn ? { on: p.doneOn } : {} } : { ...t };
    });
    const day: Day = { ...d, tasks, ...(skipped.has(d.date) ? { skipped: skipped.get(d.date) ? { reason: skipped.get(d.date)! } : {} } : {}) };
    days.set(d.date, day);
    return day;
  }) }));

  // 1. What is unfinished: in the plan on a skipped day, or recorded unticked after its day.
  const missed = new Map<string, { from: string; task: Task }>();
  for (const d of days.values())
    if (d.skipped) for (const t of d.tasks) if (t.id && !t.done && !progress.tasks[t.id]?.dropped) missed.set(t.id, { from: t.carried?.from ?? d.date, task: t });
  for (const [id, p] of Object.entries(progress.tasks)) {
    if (p.done || p.dropped || missed.has(id) || p.date >= today) continue;
    if (!(p.date < p.seen || skipped.has(p.date))) continue;
    const inPlan = days.get(p.date)?.tasks.find((t) => t.id === id);
    const task = inPlan ?? (p.type && p.minutes && p.text ? { id, type: p.type, minutes: p.minutes, text: p.text, ...(p.questions ? { questions: p.questions } : {}) } : undefined);
    if (task) missed.set(id, { from: p.date, task });
  }
  const exams = [...missed.values()].filter((m) => m.task.type === 'practice-exam');
  const units = toUnits([...missed.values()].filter((m) => carriable(m.task)));

  // 2. Where it may go: today on, within the horizon, the next buffer day first.
  const horizon = addDays(today, CARRY_HORIZON_DAYS - 1);
  const open = [...days.values()].filter((d) => d.date >= today && d.date <= horizon && !d.skipped && !d.taper && (d.kind === 'buffer' || d.kind === 'study'));
  const buffer = open.find((d) => d.kind === 'buffer');
  const targets = buffer ? [buffer, ...open.filter((d) => d !== buffer)] : open;
  const lent = new Map<Day, number>();
  const placed = new Map<string, string>();
  const unplaced: Unit[] = [];
  for (const u of units) {
    const day = targets.find((d) => place(d, u, lent));
    if (day) for (const t of u.tasks) placed.set(t.id!, day.date);
    else unplaced.push(u);
  }

  // 3. Mark where each missed task went, on the day it left.
  for (const d of days.values())
    d.tasks = d.tasks.map((t) => (t.id && !t.carried && missed.has(t.id) && carriable(t) ? { ...t, moved: placed.has(t.id) ? { to: placed.get(t.id)! } : {} } : t));

  const carriedUnits = units.filter((u) => placed.has(u.tasks[0]!.id!));
  const rebalance: Rebalance = {
    carried: carriedUnits.reduce((n, u) => n + u.tasks.length, 0),
    carriedMinutes: unitMinutes(carriedUnits),
    unplaced: unplaced.flatMap((u) => u.tasks.map((t) => ({ date: u.from, id: t.id!, type: t.type, minutes: t.minutes, text: t.text }))),
    notes: notes({ carried: carriedUnits, unplaced, exams, skipped: [...days.values()].filter((d) => d.skipped), days: [...days.values()], horizon, today, buffer }),
  };
  return { weeks: out, rebalance };
}

function toUnits(missed: readonly { from: string; task: Task }[]): Unit[] {
  const sorted = [...missed].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const units: Unit[] = [];
  for (const m of sorted) {
    const prev = units.at(-1);
    // A question block and its explanations travel together: answering without the review teaches little.
    if (prev && m.task.type === 'explanations' && prev.from === m.from && prev.tasks.length === 1 && prev.tasks[0]!.type === 'questions') {
      prev.tasks.push(m.task);
      prev.minutes += m.task.minutes;
      continue;
    }
    units.push({ from: m.from, rank: CARRY_RANK[m.task.type as Carried], tasks: [m.task], minutes: m.task.minutes });
  }
  for (const u of units) u.tasks = u.tasks.map(stripMarks).map((t) => ({ ...t, carried: { from: u.from } }));
  // Most important first; within a rank, the oldest first (a stable sort keeps the day's order).
  // A question block comes before a lone review of equal rank, so a day's first block and first review belong together.
  const lone = (u: Unit) => (u.tasks[0]!.type === 'questions' ? 0 : 1);
  return units.sort((a, b) => a.rank - b.rank || lone(a) - lone(b));
}

function stripMarks(t: Task): Task {
  const { moved: _m, done: _d, carried: _c, ...rest } = t;
  return rest;
}

/**
 * Puts a unit into a day if its flexible time holds it: a buffer day's catch-up slot, or up to
 * CONTENT_SHARE of a study day's content review for questions and reviews. The day's minutes
 * stay what they were: the flexible task shrinks by what the unit takes.
 */
function place(day: Day, u: Unit, lent: Map<Day, number>): boolean {
  const slotType = day.kind === 'buffer' ? 'catch-up' : 'content';
  if (slotType === 'content' && u.rank > DISPLACES_CONTENT) return false;
  const i = day.tasks.findIndex((t) => t.type === slotType && !t.moved && !t.carried);
  if (i < 0) return false;
  const slot = day.tasks[i]!;
  const original = slot.minutes + (lent.get(day) ?? 0);
  const cap = slotType === 'content' ? Math.floor(original * CONTENT_SHARE) - (lent.get(day) ?? 0) : slot.minutes;
  if (u.minutes > cap) return false;
  const left = slot.minutes - u.minutes;
  const cards = day.tasks.findIndex((t) => t.type === 'flashcards');
  // No filler: a remainder under the shortest task goes to the day's spaced repetition, or the unit waits.
  if (left > 0 && left < DAY.minTaskMinutes && cards < 0) return false;
  const tasks = [...day.tasks];
  if (left > 0 && left < DAY.minTaskMinutes) tasks[cards] = { ...tasks[cards]!, minutes: tasks[cards]!.minutes + left };
  // Carried work goes just before the slot it takes time from: after the day's own questions.
  tasks.splice(i, 1, ...u.tasks, ...(left >= DAY.minTaskMinutes ? [{ ...slot, minutes: left }] : []));
  day.tasks = tasks;
  lent.set(day, (lent.get(day) ?? 0) + u.minutes);
  return true;
}

function hoursOf(minutes: number): string {
  const h = Math.round((minutes / 60) * 4) / 4;
  return `${h} h`;
}

function notes(r: { carried: Unit[]; unplaced: Unit[]; exams: { from: string; task: Task }[]; skipped: Day[]; days: Day[]; horizon: string; today: string; buffer?: Day }): string[] {
  const out: string[] = [];
  const count = (us: readonly Unit[]) => us.reduce((n, u) => n + u.tasks.length, 0);
  for (const d of r.skipped) out.push(R(d.date < r.today ? 'skippedPast' : 'skippedAhead', { date: formatLong(d.date), reason: d.skipped?.reason ? ` (${d.skipped.reason})` : '' }));
  if (r.carried.length) {
    const to = [...new Set(r.carried.flatMap((u) => u.tasks.map((t) => t.id!)))].length;
    out.push(counted('plan', 'rebalance.carried', to, { hours: hoursOf(unitMinutes(r.carried)), where: r.buffer ? R('whereBuffer', { date: formatLong(r.buffer.date) }) : R('whereDays') }));
  }
  for (const e of r.exams) out.push(R('missedExam', { date: formatLong(e.from), name: e.task.text.split(':')[0]! }));
  if (r.unplaced.length) {
    out.push(counted('plan', 'rebalance.unplaced', count(r.unplaced), { hours: hoursOf(unitMinutes(r.unplaced)), until: formatLong(r.horizon) }));
    const later = r.days.find((d) => d.kind === 'buffer' && d.date > r.horizon && !d.skipped && !d.taper);
    if (later) out.push(R('useBuffer', { date: formatLong(later.date) }));
    if (r.unplaced.some((u) => u.rank >= 2)) out.push(R('dropContent'));
    const dayMinutes = Math.max(60, ...r.days.map((d) => Math.round(d.hours * 60)));
    if (unitMinutes(r.unplaced) >= dayMinutes || !later) out.push(counted('plan', 'rebalance.moveExam', Math.max(1, Math.ceil(unitMinutes(r.unplaced) / dayMinutes))));
  }
  if (!out.length) out.push(R('onTrack'));
  return out;
}
