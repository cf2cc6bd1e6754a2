// "Since your last plan": what a regenerated plan changed, computed against the archived
// previous plan (new scores, readiness, areas that moved, weeks and days that shifted).
import { text } from '../content/texts.js';
import { formatLong, formatShort } from '../lib/dates.js';
import type { Plan } from '../schema/plan.js';
import { entryName, scoreLabel } from './readiness.js';

const C = (key: string, vars?: Record<string, string | number>) => text('plan', `changes.${key}`, vars);
const TOP = 6;

export function sinceLastPlan(prev: Plan, next: Plan): { previousAsOf: string; items: string[] } {
  const items: string[] = [];
  const key = (e: Plan['practiceExams'][number]) => `${e.date}|${e.kind}|${e.form ?? ''}|${e.score}`;
  const seen = new Set(prev.practiceExams.map(key));
  for (const e of next.practiceExams.filter((x) => !seen.has(key(x))))
    items.push(C('newScore', { name: entryName(e), date: formatShort(e.date), score: scoreLabel(next.exam, e.score) }));
  if (prev.readiness.status !== next.readiness.status) items.push(C('readiness', { from: prev.readiness.status, to: next.readiness.status }));
  if (next.readiness.suggestedExamDate && next.readiness.suggestedExamDate !== prev.readiness.suggestedExamDate)
    items.push(C('suggested', { date: formatLong(next.readiness.suggestedExamDate) }));
  if (prev.schedule.weeks !== next.schedule.weeks) items.push(C('length', { from: prev.schedule.weeks, to: next.schedule.weeks, end: formatLong(next.schedule.end) }));

  const before = new Map(prev.diagnosis.weakAreas.map((a) => [a.slug, a]));
  for (const a of next.diagnosis.weakAreas.slice(0, TOP)) {
    const was = before.get(a.slug);
    if (was && was.rank > a.rank) items.push(C('rose', { name: a.name, from: was.rank, to: a.rank }));
  }
  for (const a of prev.diagnosis.weakAreas.slice(0, TOP)) {
    const now = next.diagnosis.weakAreas.find((x) => x.slug === a.slug);
    if (now && now.rank > a.rank && now.rank > TOP) items.push(C('dropped', { name: a.name, from: a.rank, to: now.rank }));
  }

  const names = new Map(next.diagnosis.weakAreas.map((a) => [a.slug, a.name]));
  const label = (slugs: string[]) => slugs.map((s) => names.get(s) ?? s).join(', ') || C('none');
  const oldWeeks = new Map(prev.weeks.map((w) => [w.week, w]));
  for (const w of next.weeks) {
    const o = oldWeeks.get(w.week);
    if (o && o.focus.primary.join() !== w.focus.primary.join()) items.push(C('weekFocus', { week: w.week, now: label(w.focus.primary), was: label(o.focus.primary) }));
  }
  const oldDays = new Map(prev.weeks.flatMap((w) => w.days).map((d) => [d.date, d]));
  const shifted = next.weeks
    .flatMap((w) => w.days)
    .filter((d) => d.date >= next.asOf)
    .filter((d) => {
      const o = oldDays.get(d.date);
      return o && (o.kind !== d.kind || o.focus.join() !== d.focus.join() || o.hours !== d.hours);
    });
  if (shifted.length) items.push(C('days', { n: shifted.length, first: formatLong(shifted[0]!.date) }));
  if (!items.length) items.push(C('nothing'));
  return { previousAsOf: prev.asOf, items };
}
