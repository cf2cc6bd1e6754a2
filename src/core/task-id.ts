// Stable task identity: an ID per task that every renderer prints (Obsidian Tasks `🆔`,
// Org property, Todoist description) and that survives regeneration when the task is
// unchanged. Pure: the ID is a function of the day's date, the task's type and its text (a
// review's, with its question block's), so a regenerated plan gives an unchanged task the same
// ID and a changed one a new ID.
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
      let block: string | undefined;
      return {
        ...d,
        tasks: d.tasks.map((t) => {
          if (t.type === 'questions') block = t.text;
          // A review is the review of its block ("Review all 30 explanations" reads the same
          // every day): a block that changes (new areas) makes its review a new task too, so
          // the two keep or change their IDs together.
          const named = t.type === 'explanations' && block !== undefined ? { type: t.type, text: `${t.text}\u0000${block}` } : t;
          const key = `${named.type}\u0000${named.text}`;
          const n = count.get(key) ?? 0;
          count.set(key, n + 1);
          let id = taskId(d.date, named, n);
          // A hash collision inside one plan (about one plan in 10^7): rehash with an occurrence
          // number no real duplicate reaches, so IDs in a plan stay unique and deterministic.
          for (let k = 1; seen.has(id); k++) id = taskId(d.date, named, n + 1000 * k);
          seen.add(id);
          const { id: _stale, ...rest } = t;
          return { id, ...rest };
        }),
      };
    }),
  }));
}
