// "Since your last plan": what a regenerated plan changed, computed against the archived
// previous plan (new scores, readiness, areas that moved, weeks and days that shifted).
import { counted, joinWords, text } from '../content/texts.js';
import { formatLong, formatShort } from '../lib/dates.js';
import type { Plan, PreviousPlan } from '../schema/plan.js';
import { entryName, scoreLabel } from './readiness.js';
import { areaNames } from './rank.js';

const C = (key: string, vars?: Record<string, string | number>) => text('plan', `changes.${key}`, vars);
const TOP = 6;
const MAX_MOVES = 3;
const MAX_WEEKS = 2;
const tasks = (n: number) => counted('plan', 'changes.tasks', n);

export function sinceLastPlan(prev: PreviousPlan, next: Plan): { previousAsOf: string; items: string[] } {
  const items: string[] = [];
  const key = (e: PreviousPlan['practiceExams'][number]) => `${e.date}|${e.kind}|${e.form ?? ''}|${e.score}`;
  const seen = new Set(prev.practiceExams.map(key));
  const score = (k: 'newScore' | 'removedScore', e: PreviousPlan['practiceExams'][number]) => C(k, { name: entryName(e), date: formatShort(e.date), score: scoreLabel(next.exam, e.score, e.kind) });
  for (const e of next.practiceExams.filter((x) => !seen.has(key(x)))) items.push(score('newScore', e));
  const now = new Set(next.practiceExams.map(key));
  // Removed with `log --undo` (or from the history file): not merely after this plan's date.
  for (const e of prev.practiceExams.filter((x) => !now.has(key(x)) && x.date <= next.asOf)) items.push(score('removedScore', e));
  if (prev.readiness.status !== next.readiness.status) items.push(C('readiness', { from: prev.readiness.status, to: next.readiness.status }));
  if (next.readiness.suggestedExamDate && next.readiness.suggestedExamDate !== prev.readiness.suggestedExamDate)
    items.push(C('suggested', { date: formatLong(next.readiness.suggestedExamDate) }));
  if (prev.schedule.weeks !== next.schedule.weeks) items.push(C('length', { from: prev.schedule.weeks, to: next.schedule.weeks, end: formatLong(next.schedule.end) }));

  // Areas that moved: the biggest moves first, a few at most, with a cause only when the band changed.
  const before = new Map(prev.diagnosis.weakAreas.map((a) => [a.slug, a]));
  const moved = next.diagnosis.weakAreas
    .map((a) => ({ a, was: before.get(a.slug) }))
    .filter(({ a, was }) => was && was.rank !== a.rank && (a.rank <= TOP || was.rank <= TOP))
    .sort((x, y) => Math.abs(y.was!.rank - y.a.rank) - Math.abs(x.was!.rank - x.a.rank) || x.a.rank - y.a.rank);
  // Practice exams report weak areas, not per-area scores: an area off the latest report's list
  // is "not flagged", said with the report that left it off, never "improved".
  const report = next.practiceExams.filter((e) => e.weak?.length && !seen.has(key(e))).at(-1);
  for (const { a, was } of moved.slice(0, MAX_MOVES)) {
    const unflagged = was!.band === 'lower' && a.band !== 'lower';
    const by = unflagged && report && !report.weak!.includes(a.slug) ? `${entryName(report)} on ${formatShort(report.date)}` : undefined;
    const key = a.rank < was!.rank ? (a.band === 'lower' && was!.band !== 'lower' ? 'roseWeak' : 'rose') : unflagged ? (by ? 'unflaggedBy' : 'unflagged') : 'movedDown';
    items.push(C(key, { name: a.name, from: was!.rank, to: a.rank, source: by ?? '' }));
  }

  const names = areaNames(next.diagnosis.weakAreas);
  const label = (slugs: string[]) => slugs.map((s) => names.get(s) ?? s).join(', ') || C('none');
  const oldWeeks = new Map(prev.weeks.map((w) => [w.week, w]));
  const refocused = next.weeks.filter((w) => {
    const o = oldWeeks.get(w.week);
    return o && o.focus.primary.join() !== w.focus.primary.join();
  });
  for (const w of refocused.slice(0, MAX_WEEKS)) items.push(C('weekFocus', { week: w.week, now: label(w.focus.primary), was: label(oldWeeks.get(w.week)!.focus.primary) }));
  if (refocused.length > MAX_WEEKS) items.push(counted('plan', 'changes.moreWeeks', refocused.length - MAX_WEEKS));
  // Forms the student may have bought: one planned ahead that moved or left the plan is said.
  const ahead = (p: Pick<PreviousPlan, 'weeks'>) => p.weeks.flatMap((w) => (w.checkpoint && w.checkpoint.date >= next.asOf && !w.checkpoint.taken ? [w.checkpoint] : []));
  const planned = ahead(prev);
  const sat = new Set(next.weeks.flatMap((w) => (w.checkpoint?.taken ? [w.checkpoint.taken.name, w.checkpoint.name] : [])));
  for (const cp of planned.filter((c) => planned.filter((x) => x.name === c.name).length === 1 && !sat.has(c.name))) {
    const now = ahead(next).filter((x) => x.name === cp.name);
    if (!now.length) items.push(C('formDropped', { name: cp.name, date: formatShort(cp.date) }));
    else if (!now.some((x) => x.date === cp.date)) items.push(C('formMoved', { name: cp.name, from: formatShort(cp.date), to: formatShort(now[0]!.date) }));
  }
  const oldDays = new Map(prev.weeks.flatMap((w) => w.days).map((d) => [d.date, d]));
  const shifted = next.weeks
    .flatMap((w) => w.days)
    .filter((d) => d.date >= next.asOf)
    .filter((d) => {
      const o = oldDays.get(d.date);
      return o && (o.kind !== d.kind || o.focus.join() !== d.focus.join() || o.hours !== d.hours);
    });
  if (shifted.length) items.push(counted('plan', 'changes.days', shifted.length, { first: formatLong(shifted[0]!.date) }));
  // Days marked skipped (or unmarked) since, past ones included: the student changed them.
  for (const d of next.weeks.flatMap((w) => w.days)) {
    const o = oldDays.get(d.date);
    if (o && Boolean(o.skipped) !== Boolean(d.skipped))
      items.push(C(d.skipped ? 'skipped' : 'unskipped', { date: formatLong(d.date), reason: d.skipped?.reason ? ` (${d.skipped.reason})` : '' }));
  }
  // Where missed work went: from the computed rebalancing, so a skip or a read-back is never "nothing changed".
  const was = { carried: prev.rebalance?.carried ?? 0, unplaced: (prev.rebalance?.unplaced ?? []).map((u) => u.id).sort().join() };
  const is = { carried: next.rebalance?.carried ?? 0, unplaced: (next.rebalance?.unplaced ?? []).map((u) => u.id).sort().join() };
  if (was.carried !== is.carried || was.unplaced !== is.unplaced)
    items.push(missedWork(is.carried, next.rebalance?.unplaced.length ?? 0, was.carried, prev.rebalance?.unplaced.length ?? 0));
  if (!items.length) items.push(C('nothing'));
  return { previousAsOf: prev.asOf, items };
}

/** Missed work now and in the last plan, from the counts: a zero count is left out, not spelled "0 tasks". */
export function missedWork(carried: number, unplaced: number, wasCarried: number, wasUnplaced: number): string {
  const what = (c: number, u: number) => joinWords([...(c ? [C('missedCarried', { tasks: tasks(c) })] : []), ...(u ? [C('missedUnplaced', { tasks: tasks(u) })] : [])]);
  const was = wasCarried + wasUnplaced ? C('missedWas', { what: what(wasCarried, wasUnplaced) }) : C('missedWasNone');
  return carried + unplaced ? C('missedWork', { now: what(carried, unplaced), was }) : C('missedCleared', { was });
}
