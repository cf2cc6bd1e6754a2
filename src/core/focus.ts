// Which areas lead which weeks. Time follows the points: each candidate area gets focus
// slots in proportion to its priority (exam weight × how far below passing, rank.ts), every
// area below a low pass leads at least once, large areas return for a second and third
// pass, and a week never goes to small areas alone while a large one still has slots.
import { FINAL_WEEKS } from '../content/schedule.js';
import { daysBetween } from '../lib/dates.js';
import type { RankedArea } from '../schema/plan.js';
import type { Adaptation } from './adapt.js';
import { isWeak } from './rank.js';

export interface WeekFocus {
  primary: RankedArea[];
  secondary: RankedArea[];
}

/** Areas whose outline share (midpoint %) is below this are small: they share a week with a larger one. */
export const SMALL_AREA_PERCENT = 10;
const mid = (r: RankedArea) => (r.weight[0] + r.weight[1]) / 2;
const small = (r: RankedArea) => mid(r) < SMALL_AREA_PERCENT;

/** The areas that may lead a week, in the order they first lead: below a low pass first. */
export function focusQueue(ranked: readonly RankedArea[]): RankedArea[] {
  const q = [
    ...ranked.filter((r) => r.band === 'lower'),
    ...ranked.filter((r) => r.kind === 'discipline' && (r.band === 'same' || r.band === 'unknown')),
    ...ranked.filter((r) => r.kind === 'system' && (r.band === 'same' || r.band === 'unknown')),
  ];
  return q.length ? q : [...ranked];
}

/**
 * Slots per area: one for each area below a low pass, the rest by the highest-averages
 * (D'Hondt) method on priority, so an area with twice the priority gets about twice the weeks.
 */
export function focusSlots(queue: readonly RankedArea[], slots: number): Map<string, number> {
  const out = new Map<string, number>(queue.map((r) => [r.slug, 0]));
  for (const r of queue) if (r.band === 'lower' && sum(out) < slots) out.set(r.slug, 1);
  while (sum(out) < slots) {
    let best = queue[0]!;
    for (const r of queue) if (r.priority / (out.get(r.slug)! + 1) > best.priority / (out.get(best.slug)! + 1)) best = r;
    out.set(best.slug, out.get(best.slug)! + 1);
  }
  return out;
}
const sum = (m: Map<string, number>) => [...m.values()].reduce((n, x) => n + x, 0);

/** Groups focus areas over `weeks` weeks: two per week, more when many areas are below a low pass. */
export function assignFocus(ranked: readonly RankedArea[], weeks: number): WeekFocus[] {
  if (weeks <= 0) return [];
  const queue = focusQueue(ranked);
  const order = new Map(queue.map((r, i) => [r.slug, i]));
  const lower = queue.filter((r) => r.band === 'lower').length;
  const perGroup = Math.min(queue.length, Math.max(2, Math.ceil(lower / weeks)));
  const slots = focusSlots(queue, perGroup * weeks);
  // Passes: every area with slots, then those with a second slot, and so on.
  const seq: RankedArea[] = [];
  for (let pass = 0; seq.length < perGroup * weeks; pass++) for (const r of queue) if (slots.get(r.slug)! > pass) seq.push(r);
  const groups: RankedArea[][] = [];
  while (seq.length) {
    const g: RankedArea[] = [];
    while (g.length < perGroup && seq.length) {
      const i = seq.findIndex((r) => !g.some((x) => x.slug === r.slug));
      // Only one area left to place: the week stays smaller rather than naming it twice.
      if (i < 0) break;
      g.push(...seq.splice(i, 1));
    }
    // A week of small areas only takes the next large area in, when one is still to come.
    if (g.every(small)) {
      const j = seq.findIndex((r) => !small(r) && !g.some((x) => x.slug === r.slug));
      if (j >= 0) seq.splice(j, 1, g.splice(g.length - 1, 1, seq[j]!)[0]!);
    }
    // Within a week, areas keep the queue's order (below a low pass first): the weak-areas finding names them in that order.
    groups.push(g.sort((x, y) => order.get(x.slug)! - order.get(y.slug)!));
  }
  const queue2 = secondaryQueue(ranked, new Set(groups.flat().map((r) => r.slug)));
  const n = Math.min(2, queue2.length);
  // One rotation through the queue, skipping the week's own primary areas.
  let next = 0;
  return groups.slice(0, weeks).map((primary) => {
    const secondary: RankedArea[] = [];
    for (let tries = 0; secondary.length < n && tries < queue2.length; tries++) {
      const r = queue2[next++ % queue2.length]!;
      if (!primary.some((p) => p.slug === r.slug) && !secondary.includes(r)) secondary.push(r);
    }
    return { primary, secondary };
  });
}

/**
 * The systems that come second in the weeks, in rotation order: systems with a known band not
 * already leading a week (below a low pass first, as ranked), then those with an unknown band by
 * exam weight, largest first. Without a profile nothing says a small system is weak, so the
 * rotation follows the outline's shares through every system rather than the smallest ones.
 */
export function secondaryQueue(ranked: readonly RankedArea[], inPrimary: ReadonlySet<string>): RankedArea[] {
  const systems = ranked.filter((r) => r.kind === 'system' && r.band !== 'higher');
  const known = systems.filter((r) => r.band !== 'unknown' && !inPrimary.has(r.slug));
  const unknown = systems.filter((r) => r.band === 'unknown').sort((x, y) => mid(y) - mid(x));
  return [...known, ...unknown];
}

/** Areas weighted in the final weeks: those still weakest. */
export function finalFocus(ranked: readonly RankedArea[]): WeekFocus {
  const weak = ranked.filter(isWeak);
  return { primary: (weak.length ? weak : ranked).slice(0, 4), secondary: [] };
}

/** The weak areas in the order the weeks lead with them: what a sentence about "the first weeks" names. */
export function leadOrder(ranked: readonly RankedArea[]): RankedArea[] {
  return focusQueue(ranked).filter(isWeak);
}

/**
 * The focus of every week from `fromWeek` to the end (the last FINAL_WEEKS mixed): the one
 * assignment both the schedule and the findings read, so a sentence about "the first weeks"
 * names what they lead with. The assignment is anchored to the plan's own weeks: made over every
 * targeted week from week 0, then read from `fromWeek` on, so a regenerated plan with the same
 * ranking keeps each week's focus where it was (assigning afresh from the current week would
 * lead every week with the same top areas). A ranking changed by a practice exam changes the
 * weeks ahead: the areas the latest practice exam found weak (`reported`) lead the week after it,
 * anchored to that week too, so every rebuild from the same history agrees.
 */
export function weeksFocus(ranked: readonly RankedArea[], planWeeks: number, fromWeek: number, reported?: ReportedWeak): WeekFocus[] {
  const final = finalFocus(ranked);
  const assigned = assignFocus(ranked, Math.max(0, planWeeks - FINAL_WEEKS));
  const at = reported?.week ?? -1;
  const week = assigned[at];
  if (reported && week) {
    // The reported areas lead that week; what they displace moves on to the following weeks
    // (every slot from there on shifts), so no area loses its only week to them.
    const moved = focusQueue(ranked).filter((r) => reported.slugs.has(r.slug));
    const seq = assigned.slice(at).flatMap((w) => w.primary);
    for (const r of moved) {
      const i = seq.findIndex((x) => x.slug === r.slug);
      if (i >= 0) seq.splice(i, 1);
    }
    seq.unshift(...moved);
    for (let k = at; k < assigned.length; k++) {
      const size = k === at ? Math.max(assigned[k]!.primary.length, moved.length) : assigned[k]!.primary.length;
      const primary: RankedArea[] = [];
      while (primary.length < size) {
        const i = seq.findIndex((r) => !primary.some((x) => x.slug === r.slug));
        if (i < 0) break;
        primary.push(...seq.splice(i, 1));
      }
      assigned[k] = { primary, secondary: assigned[k]!.secondary.filter((r) => !primary.some((x) => x.slug === r.slug)) };
    }
    // The reported areas may hold slots others had: what is left over joins the lightest of the
    // weeks from then on (the latest first), so every area still leads a week before the final ones.
    for (const r of seq) {
      if (assigned.slice(at).some((w) => w.primary.some((x) => x.slug === r.slug))) continue;
      let k = assigned.length - 1;
      for (let j = assigned.length - 2; j >= at; j--) if (assigned[j]!.primary.length < assigned[k]!.primary.length) k = j;
      const w = assigned[k]!;
      assigned[k] = { primary: [...w.primary, r], secondary: w.secondary.filter((x) => x.slug !== r.slug) };
    }
  }
  return Array.from({ length: Math.max(1, planWeeks - fromWeek) }, (_, k) => assigned[fromWeek + k] ?? final);
}

/** The areas the latest practice exam found weak, and the plan week after that exam. */
export interface ReportedWeak {
  slugs: ReadonlySet<string>;
  week: number;
}

export function reportedWeak(adaptation: Adaptation | undefined, start: string): ReportedWeak | undefined {
  const slugs = new Set(adaptation?.moves.filter((m) => m.why !== 'unflagged').map((m) => m.slug));
  if (!adaptation?.date || !slugs.size || adaptation.date < start) return undefined;
  return { slugs, week: Math.floor(daysBetween(start, adaptation.date) / 7) + 1 };
}

/** The plan week (0-based) that `today` falls in; 0 before the start. */
export function currentWeekIndex(start: string, today: string, planWeeks: number): number {
  return today > start ? Math.min(Math.floor(daysBetween(start, today) / 7), planWeeks - 1) : 0;
}

/** Areas in the order the weeks ahead first lead with them. */
export function leadAreas(focus: readonly WeekFocus[]): RankedArea[] {
  const seen = new Set<string>();
  return focus.flatMap((f) => f.primary).filter((r) => !seen.has(r.slug) && Boolean(seen.add(r.slug)));
}

/** A week's focus `held` as it was chosen, its areas read in the current ranking (`ranked`). */
export function holdFocus(held: WeekFocus, ranked: readonly RankedArea[]): WeekFocus {
  const now = new Map(ranked.map((r) => [r.slug, r]));
  const read = (rs: readonly RankedArea[]) => rs.map((r) => now.get(r.slug) ?? r);
  return { primary: read(held.primary), secondary: read(held.secondary) };
}

/**
 * The weeks from today with the current week held as it began (holdFocus). An area the new
 * ranking had put in this week, and no other week before the final ones leads, joins the
 * lightest of the later weeks, so no area loses its only week to the hold.
 */
export function keepCurrentWeek(began: WeekFocus, ahead: readonly WeekFocus[], ranked: readonly RankedArea[], planWeeks: number, fromWeek: number): WeekFocus[] {
  const weeks = [holdFocus(began, ranked), ...ahead.slice(1)];
  const led = Math.min(weeks.length, Math.max(0, planWeeks - FINAL_WEEKS) - fromWeek);
  for (const r of ahead[0]?.primary ?? []) {
    if (led <= 1 || weeks.slice(0, led).some((w) => w.primary.some((x) => x.slug === r.slug))) continue;
    let k = led - 1;
    for (let j = led - 2; j >= 1; j--) if (weeks[j]!.primary.length < weeks[k]!.primary.length) k = j;
    weeks[k] = { primary: [...weeks[k]!.primary, r], secondary: weeks[k]!.secondary.filter((x) => x.slug !== r.slug) };
  }
  return weeks;
}
