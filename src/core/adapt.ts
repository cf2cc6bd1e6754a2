// Re-ranking from practice exams: the latest report's weak areas take over from the score
// report's. An area weak again is persistent and rises; one weak for the first time joins the
// focus. One weak before but not flagged now is only "not flagged": a practice exam lists weak
// areas, it does not score the rest, so the area keeps the band the score report gave it
// (nothing measured an improvement).
import { findAnyArea } from '../content/areas.js';
import type { Answers, Band } from '../schema/answers.js';
import type { LoggedExam } from '../schema/history.js';
import { entryName } from './readiness.js';

export interface AreaMove {
  slug: string;
  from: Band | 'unknown';
  to: Band | 'unknown';
  why: 'persistent' | 'new' | 'unflagged';
}

export interface Adaptation {
  answers: Answers;
  moves: AreaMove[];
  persistent: ReadonlySet<string>;
  source?: string;
  /** The date of the latest report with weak areas: the moves date from it. */
  date?: string;
}

export function adaptToPractice(answers: Answers, entries: readonly LoggedExam[]): Adaptation {
  const reports = entries.filter((e) => e.weak && e.weak.length);
  const latest = reports.at(-1);
  if (!latest) return { answers, moves: [], persistent: new Set() };
  const before = reports.at(-2);
  const perf = { disciplines: { ...(answers.performance?.disciplines ?? {}) }, systems: { ...(answers.performance?.systems ?? {}) } };
  const reported = (slug: string, kind: 'discipline' | 'system') => (kind === 'discipline' ? answers.performance?.disciplines : answers.performance?.systems)?.[slug];
  const bandOf = (slug: string, kind: 'discipline' | 'system') => (kind === 'discipline' ? perf.disciplines : perf.systems)[slug];
  const set = (slug: string, kind: 'discipline' | 'system', band: Band) => ((kind === 'discipline' ? perf.disciplines : perf.systems)[slug] = band);
  const moves: AreaMove[] = [];
  const persistent = new Set<string>();
  const weakNow = new Set(latest.weak);
  for (const slug of weakNow) {
    const area = findAnyArea(answers.exam, slug);
    if (!area) continue;
    const from = bandOf(slug, area.kind) ?? 'unknown';
    const wasWeak = from === 'lower' || Boolean(before?.weak?.includes(slug));
    if (wasWeak) persistent.add(slug);
    set(slug, area.kind, 'lower');
    moves.push({ slug, from, to: 'lower', why: wasWeak ? 'persistent' : 'new' });
  }
  const previouslyWeak = new Set([...Object.entries(perf.disciplines), ...Object.entries(perf.systems)].filter(([, b]) => b === 'lower').map(([s]) => s).concat(before?.weak ?? []));
  for (const slug of previouslyWeak) {
    if (weakNow.has(slug)) continue;
    const area = findAnyArea(answers.exam, slug);
    if (!area) continue;
    const from = bandOf(slug, area.kind) ?? 'unknown';
    // The score report's band stands (or none, when only a practice exam had flagged it).
    const band = reported(slug, area.kind);
    if (band) set(slug, area.kind, band);
    else delete (area.kind === 'discipline' ? perf.disciplines : perf.systems)[slug];
    moves.push({ slug, from, to: band ?? 'unknown', why: 'unflagged' });
  }
  return { answers: { ...answers, performance: perf }, moves, persistent, source: `${entryName(latest)} (${latest.date})`, date: latest.date };
}
