// The living plan: ticks the student recorded, days they marked lost, and unfinished past work
// carried forward into the days ahead within each day's hours. Pure: (weeks, progress, today)
// → new weeks and a summary; the input is not changed.
//
// Only what the student told us counts: a task is unfinished when a plan file read back on a
// later day left it unticked, or when its day was skipped. Without any progress recorded
// nothing is carried: a student who never ticks boxes is not handed a pile of "overdue" work.
import { CARRY_HORIZON_DAYS, CARRY_RANK, CONTENT_SHARE, DISPLACES_CONTENT } from '../content/rebalance.js';
import { DAY } from '../content/schedule.js';
import { counted, joinWords, text } from '../content/texts.js';
import { addDays, daysBetween, formatLong } from '../lib/dates.js';
import type { Day, InForcePlan, Rebalance, Task, Week } from '../schema/plan.js';
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
  /** The day the plan in force carried it to: it stays there while that day holds it. */
  prefer?: string;
}

interface Missed {
  from: string;
  task: Task;
  prefer?: string;
}

const unitMinutes = (units: readonly Unit[]) => units.reduce((n, u) => n + u.minutes, 0);
/** The last day work missed on `from` may be carried into: two weeks after it (the carry window). */
const windowEnd = (from: string) => addDays(from, CARRY_HORIZON_DAYS);

export interface Living {
  weeks: Week[];
  rebalance?: Rebalance;
}

/**
 * Whether a practice exam planned on a day was sat: one was logged (up to today) in that day's
 * plan week, ticked or not, since the log is the record. Weeks count from `anchor`, a week's start.
 */
export function satInItsWeek(anchor: string, logged: readonly string[], today: string): (date: string) => boolean {
  const weekOf = (d: string) => Math.floor(daysBetween(anchor, d) / 7);
  const sat = new Set(logged.filter((d) => d <= today).map(weekOf));
  return (date) => sat.has(weekOf(date));
}

/**
 * `inForce` is the plan the student was following: it holds the days of weeks now over (a
 * skipped day's tasks), where it carried missed work and what did not fit, so work owed stays
 * owed and stays where it was put until its window closes, however often the plan is remade.
 */
export function applyProgress(weeks: readonly Week[], progress: Progress | undefined, today: string, inForce?: Pick<InForcePlan, 'weeks' | 'rebalance'>, logged: readonly string[] = []): Living {
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
  const open = (id: string) => !progress.tasks[id]?.done && !progress.tasks[id]?.dropped;
  const was = new Map((inForce?.weeks ?? []).flatMap((w) => w.days).map((d) => [d.date, d]));
  // Where the plan in force carried each task: from then on that day is the one a read-back must follow.
  const carriedTo = new Map([...was.values()].filter((d) => !skipped.has(d.date)).flatMap((d) => d.tasks.filter((t) => t.id && t.carried).map((t) => [t.id!, d.date] as const)));
  const readUnticked = (id: string) => {
    const p = progress.tasks[id];
    if (!p || p.done || p.dropped || p.date >= today || !(p.date < p.seen || skipped.has(p.date))) return false;
    // Carried to a day now over: missed again only if a plan read back after that day left it unticked.
    const to = carriedTo.get(id);
    return !to || to >= today || to < p.seen;
  };
  const missed = new Map<string, Missed>();
  for (const date of [...skipped.keys()].sort()) {
    const d = days.get(date) ?? was.get(date);
    for (const t of d?.tasks ?? []) if (t.id && !t.done && open(t.id) && !missed.has(t.id)) missed.set(t.id, { from: t.carried?.from ?? date, task: t });
  }
  // Where the plan in force carried missed work: a day now over had its chance (only a read-back
  // says it was not done); a day ahead keeps it. What did not fit is still owed.
  for (const d of was.values()) {
    if (skipped.has(d.date)) continue;
    for (const t of d.tasks) {
      if (!t.id || !t.carried || !open(t.id) || !(skipped.has(t.carried.from) || readUnticked(t.id))) continue;
      if (d.date < today) missed.delete(t.id);
      else missed.set(t.id, { from: t.carried.from, task: t, prefer: d.date });
    }
  }
  for (const u of inForce?.rebalance?.unplaced ?? [])
    if (!missed.has(u.id) && open(u.id) && (skipped.has(u.date) || readUnticked(u.id))) missed.set(u.id, { from: u.date, task: { id: u.id, type: u.type, minutes: u.minutes, text: u.text } });
  for (const [id, p] of Object.entries(progress.tasks)) {
    if (missed.has(id) || !readUnticked(id)) continue;
    const inPlan = days.get(p.date)?.tasks.find((t) => t.id === id);
    const task = inPlan ?? (p.type && p.minutes && p.text ? { id, type: p.type, minutes: p.minutes, text: p.text, ...(p.questions ? { questions: p.questions } : {}) } : undefined);
    if (task) missed.set(id, { from: p.date, task });
  }
  // A practice exam is done when one was logged in its week, ticked or not: the log is the record.
  if (logged.length) {
    const sat = satInItsWeek(weeks[0]?.start ?? today, logged, today);
    for (const [id, m] of missed) if (m.task.type === 'practice-exam' && sat(m.from)) missed.delete(id);
  }
  // Past its window, work is let go and said so; within it, it is carried or named.
  const live = new Map([...missed].filter(([, m]) => windowEnd(m.from) >= today));
  const expired = [...missed.values()].filter((m) => windowEnd(m.from) < today && !skipped.has(m.from) && carriable(m.task));
  const exams = [...live.values()].filter((m) => m.task.type === 'practice-exam');
  const units = toUnits([...live.values()].filter((m) => carriable(m.task)));

  // 2. Where it may go: today on, within its window, where the plan in force put it first, then
  // the next buffer day, then the days after.
  const openDays = [...days.values()].filter((d) => d.date >= today && !d.skipped && !d.taper && (d.kind === 'buffer' || d.kind === 'study'));
  const buffer = openDays.find((d) => d.kind === 'buffer');
  const targets = buffer ? [buffer, ...openDays.filter((d) => d !== buffer)] : openDays;
  const lent = new Map<Day, number>();
  const placed = new Map<string, string>();
  const put = (u: Unit, day: Day | undefined) => {
    if (!day) return false;
    for (const t of u.tasks) placed.set(t.id!, day.date);
    return true;
  };
  for (const u of units) if (u.prefer) put(u, targets.find((d) => d.date === u.prefer && d.date <= windowEnd(u.from) && place(d, u, lent)));
  const unplaced = units.filter((u) => !placed.has(u.tasks[0]!.id!) && !put(u, targets.find((d) => d.date <= windowEnd(u.from) && place(d, u, lent))));

  // 3. Mark where each missed task went, on the day it left (a carried task missed again left its carried day).
  for (const d of days.values())
    d.tasks = d.tasks.map((t) => (t.id && (!t.carried || d.date < today) && live.has(t.id) && carriable(t) ? { ...t, moved: placed.has(t.id) ? { to: placed.get(t.id)! } : {} } : t));

  const carriedUnits = units.filter((u) => placed.has(u.tasks[0]!.id!));
  const intoBuffer = buffer && carriedUnits.some((u) => placed.get(u.tasks[0]!.id!) === buffer.date) ? buffer : undefined;
  const letGo = [...skipped.keys()].filter((d) => windowEnd(d) < today).sort();
  const rebalance: Rebalance = {
    carried: carriedUnits.reduce((n, u) => n + u.tasks.length, 0),
    carriedMinutes: unitMinutes(carriedUnits),
    unplaced: unplaced.flatMap((u) => u.tasks.map((t) => ({ date: u.from, id: t.id!, type: t.type, minutes: t.minutes, text: t.text }))),
    notes: notes({ carried: carriedUnits, unplaced, exams, skipped: [...skipped].filter(([d]) => !letGo.includes(d)).sort().map(([d, reason]) => [d, reason, outcome(d, units, placed)] as const), letGo, expired: expired.map((m) => m.task), days: [...days.values()], today, buffer: intoBuffer, room: (until) => roomLeft(openDays, lent, until, unplaced) }),
  };
  return { weeks: out, rebalance };
}

function toUnits(missed: readonly Missed[]): Unit[] {
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
    units.push({ from: m.from, rank: CARRY_RANK[m.task.type as Carried], tasks: [m.task], minutes: m.task.minutes, ...(m.prefer ? { prefer: m.prefer } : {}) });
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
/**
 * A day's flexible slot and the minutes carried work may still take from it: all of a buffer
 * day's catch-up time, or CONTENT_SHARE of a study day's content review (less what it already lent).
 */
function flexibleRoom(day: Day, lent: ReadonlyMap<Day, number>): { i: number; content: boolean; minutes: number } | undefined {
  const content = day.kind !== 'buffer';
  const i = day.tasks.findIndex((t) => t.type === (content ? 'content' : 'catch-up') && !t.moved && !t.carried);
  if (i < 0) return undefined;
  const slot = day.tasks[i]!;
  const given = lent.get(day) ?? 0;
  return { i, content, minutes: content ? Math.floor((slot.minutes + given) * CONTENT_SHARE) - given : slot.minutes };
}

function place(day: Day, u: Unit, lent: Map<Day, number>): boolean {
  const room = flexibleRoom(day, lent);
  if (!room || (room.content && u.rank > DISPLACES_CONTENT) || u.minutes > room.minutes) return false;
  const { i } = room;
  const slot = day.tasks[i]!;
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

/** What became of a skipped day's carried work: all moved, part moved, none moved, or nothing to carry. */
type Outcome = 'moved' | 'part' | 'none' | 'nothing';
function outcome(date: string, units: readonly Unit[], placed: ReadonlyMap<string, string>): { kind: Outcome; moved: number; count: number } {
  const ids = units.filter((u) => u.from === date).flatMap((u) => u.tasks.map((t) => t.id!));
  const moved = ids.filter((id) => placed.has(id)).length;
  const kind: Outcome = !ids.length ? 'nothing' : moved === ids.length ? 'moved' : moved ? 'part' : 'none';
  return { kind, moved, count: ids.length };
}

/**
 * The flexible minutes each open day up to `until` still has after the placement, for the work
 * that did not fit: a buffer day's catch-up slot, and, when questions or reviews are among it,
 * the share of a study day's content review they may take (flexibleRoom, as place() uses it).
 */
function roomLeft(openDays: readonly Day[], lent: ReadonlyMap<Day, number>, until: string, unplaced: readonly Unit[]): { date: string; minutes: number; buffer: boolean }[] {
  const displaces = unplaced.some((u) => u.rank <= DISPLACES_CONTENT);
  const out: { date: string; minutes: number; buffer: boolean }[] = [];
  for (const d of openDays) {
    if (d.date > until) break;
    const room = flexibleRoom(d, lent);
    if (!room || (room.content && !displaces)) continue;
    if (room.minutes >= DAY.minTaskMinutes) out.push({ date: d.date, minutes: room.minutes, buffer: !room.content });
  }
  return out;
}

function hoursOf(minutes: number): string {
  const h = Math.round((minutes / 60) * 4) / 4;
  return `${h} h`;
}

function notes(r: { carried: Unit[]; unplaced: Unit[]; exams: Missed[]; skipped: (readonly [string, string | undefined, ReturnType<typeof outcome>])[]; letGo: string[]; expired: Task[]; days: Day[]; today: string; buffer?: Day; room: (until: string) => { date: string; minutes: number; buffer: boolean }[] }): string[] {
  const out: string[] = [];
  const count = (us: readonly Unit[]) => us.reduce((n, u) => n + u.tasks.length, 0);
  // Written from what happened to the day's work, not from what skipping is meant to do.
  for (const [date, reason, o] of r.skipped) {
    const what = R(`outcome.${o.kind}`, { moved: o.moved, count: o.count });
    out.push(R(date < r.today ? 'skippedPast' : 'skippedAhead', { date: formatLong(date), reason: reason ? ` (${reason})` : '', what }));
  }
  if (r.carried.length) {
    const to = [...new Set(r.carried.flatMap((u) => u.tasks.map((t) => t.id!)))].length;
    out.push(counted('plan', 'rebalance.carried', to, { hours: hoursOf(unitMinutes(r.carried)), where: r.buffer ? R('whereBuffer', { date: formatLong(r.buffer.date) }) : R('whereDays') }));
  }
  for (const e of r.exams) out.push(R('missedExam', { date: formatLong(e.from), name: e.task.text.split(':')[0]! }));
  if (r.unplaced.length) {
    const until = r.unplaced.map((u) => windowEnd(u.from)).sort().at(-1)!;
    out.push(counted('plan', 'rebalance.unplaced', count(r.unplaced), { hours: hoursOf(unitMinutes(r.unplaced)), until: formatLong(until) }));
    // Advice names only days inside the carry window: after it, the work is let go.
    const room = r.room(until);
    if (room.length) {
      const where = room.slice(0, 3).map((d) => R(d.date === r.today && d.buffer ? 'roomToday' : 'roomDay', { date: formatLong(d.date), hours: hoursOf(d.minutes) }));
      out.push(R('useRoom', { where: joinWords(where), until: formatLong(until) }));
    } else {
      const rest = r.days.find((d) => d.kind === 'rest' && d.date >= r.today && d.date <= until && !d.skipped);
      out.push(rest ? R('noRoomRest', { until: formatLong(until), date: formatLong(rest.date) }) : R('noRoom', { until: formatLong(until) }));
    }
    if (r.unplaced.some((u) => u.rank >= 2)) out.push(R('dropContent'));
    const dayMinutes = Math.max(60, ...r.days.map((d) => Math.round(d.hours * 60)));
    if (unitMinutes(r.unplaced) >= dayMinutes || !room.length) out.push(counted('plan', 'rebalance.moveExam', Math.max(1, Math.ceil(unitMinutes(r.unplaced) / dayMinutes))));
  }
  // Past the window: said plainly, so a plan never calls dropped work "nothing overdue".
  const gone = [
    ...(r.letGo.length ? [R('letGoDays', { dates: joinWords(r.letGo.map(formatLong)) })] : []),
    ...(r.expired.length ? [counted('plan', 'rebalance.letGoTasks', r.expired.length, { hours: hoursOf(r.expired.reduce((n, t) => n + t.minutes, 0)) })] : []),
  ];
  if (gone.length) out.push(R('letGo', { what: joinWords(gone), days: CARRY_HORIZON_DAYS }));
  if (!out.length) out.push(R('onTrack'));
  return out;
}
