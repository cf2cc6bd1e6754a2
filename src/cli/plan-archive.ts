// The plan archive: every plan generated from the store, as plans/NNNN-DATE.json. Numbers
// are taken exclusively (two runs never share one); a damaged file is skipped, never read as a plan.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inForcePlanSchema, previousPlanSchema, type InForcePlan, type Plan, type PreviousPlan } from '../schema/plan.js';
import { linkExclusive, listDir, writeFileAtomic } from './io.js';

export interface Archived {
  newest?: PreviousPlan;
  inForce?: InForcePlan;
  previous?: PreviousPlan;
}

/**
 * The newest archived plan made on `asOf` (a plan file's `generated:` date), or with
 * `atOrBefore` the newest made on or before it: the plan in force. Whole plans, lightly
 * checked: an unreadable file is skipped.
 */
export function archivedPlan(plansDir: string, asOf: string, atOrBefore = false): Plan | undefined {
  for (const name of planFiles(plansDir).reverse()) {
    const date = name.slice(-15, -5);
    if (atOrBefore ? date > asOf : date !== asOf) continue;
    try {
      const plan = JSON.parse(readFileSync(join(plansDir, name), 'utf8')) as Plan;
      if (Array.isArray(plan?.weeks) && typeof plan.asOf === 'string') return plan;
    } catch {
      // skip a damaged archive file
    }
  }
  return undefined;
}

/**
 * What a regenerated plan reads from the archive, newest first (an unreadable file is
 * skipped with no harm done): the newest plan, which was in force and holds the calendar
 * ledger, and for "Since your last plan" the newest plan made from other inputs than
 * `inputs`, so rerunning or viewing with unchanged inputs tells the same story.
 */
export function archived(plansDir: string, inputs?: string): Archived {
  const out: Archived = {};
  for (const name of planFiles(plansDir).reverse()) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(plansDir, name), 'utf8'));
    } catch {
      continue; // a damaged archive file
    }
    const r = previousPlanSchema.safeParse(data);
    if (!r.success) continue;
    if (!out.newest) {
      out.newest = r.data;
      // Validated, then kept as written (zod would reorder keys): past days are copied byte for byte.
      if (inForcePlanSchema.safeParse(data).success) out.inForce = data as InForcePlan;
    }
    if (inputs === undefined || r.data.inputs !== inputs) {
      out.previous = r.data;
      break;
    }
  }
  return out;
}

/** Archives a plan under the next free number; two `plan` runs at once never take the same one. */
export function archivePlan(plansDir: string, plan: Plan): string {
  const last = planFiles(plansDir).at(-1);
  for (let n = (last ? parseInt(last, 10) : 0) + 1; ; n++) {
    const path = join(plansDir, `${String(n).padStart(4, '0')}-${plan.asOf}.json`);
    try {
      // An archive copy: complete, but not worth an fsync (profile and history get one).
      writeFileAtomic(path, JSON.stringify(plan), 0o600, false, linkExclusive);
      return path;
    } catch (e) {
      if ((e as { cause?: NodeJS.ErrnoException }).cause?.code !== 'EEXIST') throw e;
    }
  }
}

/** Archived plans, oldest first (numbered 0001… and on past 9999). */
export function planFiles(plansDir: string): string[] {
  return listDir(plansDir)
    .filter((f) => /^\d{4,}-\d{4}-\d{2}-\d{2}\.json$/.test(f))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || (a < b ? -1 : 1));
}
