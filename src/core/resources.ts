// Which of the student's own resources to keep, and what each is for. Computed once per plan
// (diagnose.ts) and read by the resource finding and the plan's resource section alike.
import { areaBySlug } from '../content/areas.js';
import { MAX_CORE_RESOURCES, ROLE_ORDER, resourceBySlug } from '../content/resources.js';
import { joinWords, text } from '../content/texts.js';
import type { Answers } from '../schema/answers.js';
import type { RankedArea, ResourcePlan } from '../schema/plan.js';
import { isWeak } from './rank.js';

export interface ResourceChoice {
  keep: string[];
  setAside: string[];
}

/**
 * Keeps at most four of the student's resources: one question bank, the scaffold, the
 * card deck, then targeted resources ranked by how high their areas sit on the weak list.
 * Unknown resources are kept only while there is room.
 */
export function chooseResources(owned: readonly string[], areas: readonly Pick<RankedArea, 'slug' | 'rank' | 'band'>[]): ResourceChoice {
  // Only weak areas pull a targeted resource in.
  const weakRanks = new Map(areas.filter(isWeak).map((w) => [w.slug, w.rank]));
  const score = (slug: string): number => {
    const def = resourceBySlug(slug);
    if (!def) return 0;
    if (def.role !== 'targeted') return 1000 - ROLE_ORDER.indexOf(def.role) * 100;
    const best = Math.min(...def.serves.map((s) => weakRanks.get(s) ?? 99));
    return 500 - best;
  };
  const unique = [...new Set(owned)];
  const ranked = unique.map((slug, i) => ({ slug, s: score(slug), i })).sort((x, y) => y.s - x.s || x.i - y.i);
  const keep: string[] = [];
  let qbanks = 0;
  for (const { slug } of ranked) {
    const isQbank = resourceBySlug(slug)?.role === 'qbank';
    if (keep.length >= MAX_CORE_RESOURCES || (isQbank && qbanks >= 1)) continue;
    if (isQbank) qbanks++;
    keep.push(slug);
  }
  return { keep, setAside: unique.filter((s) => !keep.includes(s)) };
}

const G = (key: string, vars?: Record<string, string | number>) => text('guidance', key, vars);

/** The plan's resource section: the kept resources, each mapped to the weak areas it serves. */
export function resourcePlan(answers: Answers, weakAreas: readonly RankedArea[], choice: ResourceChoice): ResourcePlan {
  const owned = answers.methods?.resources ?? [];
  const weak = weakAreas.filter(isWeak);
  const { keep, setAside } = choice;
  const notes: string[] = [];
  if (!owned.length) notes.push(G('resources.none'));
  else if (!keep.some((s) => resourceBySlug(s)?.role === 'qbank')) notes.push(G('resources.noQbank'));
  const core = keep.map((slug) => {
    const def = resourceBySlug(slug);
    const role = def?.role ?? 'targeted';
    const areas = def?.role === 'targeted' ? weak.filter((w) => def.serves.includes(w.slug)).map((w) => w.slug) : [];
    const use = role === 'targeted' ? G('resources.targeted', { areas: areas.length ? joinWords(areas.map((s) => areaBySlug(answers.exam, s).name)) : G('resources.targetedAny') }) : G(`resources.${role}`);
    return { slug, name: def?.name ?? slug, role, use, areas };
  });
  return { core, setAside, notes };
}
