// Which areas lead which weeks. Every area below a low pass becomes a primary focus
// before the final mixed-review weeks; systems not already in focus run as secondary.
import type { RankedArea } from '../schema/plan.js';
import { isWeak } from './rank.js';

export interface WeekFocus {
  primary: RankedArea[];
  secondary: RankedArea[];
}

/**
 * Groups focus areas over `targeted` weeks. Following the seeds' sample block, a pair of
 * areas holds two weeks when that still covers every lower area; otherwise each week takes
 * its own group, as large as needed to cover them all.
 */
export function assignFocus(ranked: readonly RankedArea[], targeted: number): WeekFocus[] {
  if (targeted <= 0) return [];
  const lower = ranked.filter((r) => r.band === 'lower');
  const primaryQueue = focusQueue(ranked);
  const perGroup = Math.max(2, Math.ceil(lower.length / targeted));
  const weeksPerGroup = Math.ceil(lower.length / perGroup) <= Math.floor(targeted / 2) ? 2 : 1;
  const groups = Math.ceil(targeted / weeksPerGroup);
  const primaryGroups = take(primaryQueue.length ? primaryQueue : [...ranked], groups, perGroup);
  const inPrimary = new Set(primaryGroups.flat().map((r) => r.slug));
  const secondaryQueue = ranked.filter((r) => r.kind === 'system' && r.band !== 'higher' && !inPrimary.has(r.slug));
  const secondaryGroups = secondaryQueue.length ? take(secondaryQueue, groups, 2) : [];
  return Array.from({ length: targeted }, (_, w) => {
    const g = Math.floor(w / weeksPerGroup);
    return { primary: primaryGroups[g]!, secondary: secondaryGroups[g] ?? [] };
  });
}

/**
 * The order weeks take areas as their primary focus: every area below a low pass, then
 * disciplines about a low pass or unknown, then such systems. The weak-areas finding names
 * its lead areas from this same queue, so it says what the weeks do.
 */
export function focusQueue(ranked: readonly RankedArea[]): RankedArea[] {
  const open = (r: RankedArea) => r.band === 'same' || r.band === 'unknown';
  return [...ranked.filter((r) => r.band === 'lower'), ...ranked.filter((r) => r.kind === 'discipline' && open(r)), ...ranked.filter((r) => r.kind === 'system' && open(r))];
}

/** `groups` groups of `size` from the queue, wrapping to the top (a second pass) when it runs out. */
function take<T>(queue: readonly T[], groups: number, size: number): T[][] {
  const n = Math.min(size, queue.length);
  return Array.from({ length: groups }, (_, g) => Array.from({ length: n }, (_, i) => queue[(g * n + i) % queue.length]!));
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
