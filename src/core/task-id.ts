// Stable task identity: an ID per task that every renderer prints (Obsidian Tasks `🆔`,
// Org property, Todoist description) and that survives regeneration when the task is
// unchanged. Pure: the ID is a function of the day's date, the task's type and its text,
// so a regenerated plan gives an unchanged task the same ID and a changed one a new ID.
import { shortHash } from '../lib/hash.js';
import type { Task, Week } from '../schema/plan.js';

/**
 * The ID of a task on a date. Minutes are left out on purpose: a content block cut from
 * 90 to 60 minutes is still the block the student may have ticked. `occurrence` tells
 * apart identical tasks on one day (0 for the first).
 */
export function taskId(date: string, task: Pick<Task, 'type' | 'text'>, occurrence = 0): string {
  // Eight base-36 characters (TASK_ID_PATTERN): about 41 bits.
  return shortHash(`${date}\u0000${task.type}\u0000${task.text}\u0000${occurrence}`);
}

/** The weeks with an ID on every task; returns new objects, the input is not changed. */
export function withTaskIds(weeks: readonly Week[]): Week[] {
  const seen = new Set<string>();
  return weeks.map((w) => ({
    ...w,
    days: w.days.map((d) => {
      const count = new Map<string, number>();
      return {
        ...d,
        tasks: d.tasks.map((t) => {
          const key = `${t.type}\u0000${t.text}`;
          const n = count.get(key) ?? 0;
          count.set(key, n + 1);
          let id = taskId(d.date, t, n);
          // A hash collision inside one plan (about one plan in 10^7): rehash with an occurrence
          // number no real duplicate reaches, so IDs in a plan stay unique and deterministic.
          for (let k = 1; seen.has(id); k++) id = taskId(d.date, t, n + 1000 * k);
          seen.add(id);
          const { id: _stale, ...rest } = t;
          return { id, ...rest };
        }),
      };
    }),
  }));
}
