// What `retake today` shows, decided from the plan in force and the recorded ticks: today's
// live tasks, whether the day was skipped, and (once ticks are recorded) what is overdue.
import type { Day, Plan, Task } from '../schema/plan.js';
import type { Progress } from '../schema/progress.js';
import { satInItsWeek } from './rebalance.js';

export interface TodayEntry {
  date: string;
  task: Task;
  done: boolean;
}

export interface TodayView {
  date: string;
  day?: Day;
  planAsOf: string;
  tasks: TodayEntry[];
  /** Unticked tasks before today, from the plan in force; only once ticks have been recorded. */
  overdue?: TodayEntry[];
  skipped?: { reason?: string };
  week?: number;
  weeks: number;
}

/** `logged`: the dates of the practice exams in the history; a practice exam logged in its week is done. */
export function todayView(plan: Plan, progress: Progress, today: string, logged: readonly string[] = []): TodayView {
  const sat = satInItsWeek(plan.weeks[0]?.start ?? today, logged, today);
  const done = (t: Task, date: string) => Boolean(t.done || (t.id && progress.tasks[t.id]?.done) || (t.type === 'practice-exam' && sat(date)));
  const skipped = new Map(progress.skipped.map((s) => [s.date, s]));
  const week = plan.weeks.find((w) => w.start <= today && today <= w.end);
  const day = week?.days.find((d) => d.date === today);
  const live = (d: Day) => d.tasks.filter((t) => !t.moved).map((t) => ({ date: d.date, task: t, done: done(t, d.date) }));
  const view: TodayView = { date: today, planAsOf: plan.asOf, tasks: day ? live(day) : [], weeks: plan.schedule.weeks, ...(week ? { week: week.week, day } : {}) };
  const skip = skipped.get(today);
  if (skip) view.skipped = skip.reason ? { reason: skip.reason } : {};
  if (progress.reads.length) {
    const before = plan.weeks.flatMap((w) => w.days).filter((d) => d.date >= plan.asOf && d.date < today && !skipped.has(d.date) && !d.skipped);
    const unplaced = (plan.rebalance?.unplaced ?? []).map((u) => ({ date: u.date, task: { id: u.id, type: u.type, minutes: u.minutes, text: u.text } as Task, done: Boolean(progress.tasks[u.id]?.done) }));
    view.overdue = [...unplaced, ...before.flatMap(live)].filter((e) => !e.done);
  }
  return view;
}
