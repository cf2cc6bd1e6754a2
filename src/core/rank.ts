// Ranks content areas: priority = band factor × outline weight, so an area far below
// passing that carries many questions comes first.
import { AREAS, midWeight } from '../content/areas.js';
import { RULES } from '../content/rules.js';
import type { Answers } from '../schema/answers.js';
import type { RankedArea } from '../schema/plan.js';
import { text } from '../content/texts.js';

/** Priority multiplier for areas weak on two reports in a row (score report or practice exams). */
export const PERSISTENT_BOOST = 1.5;

/**
 * What "weak" means everywhere in retake: below a low pass, or about at it (not a cushion).
 * Unknown and higher bands are not weak.
 */
export function isWeak(area: Pick<RankedArea, 'band'>): boolean {
  return area.band === 'lower' || area.band === 'same';
}

export function rankAreas(answers: Answers, persistent: ReadonlySet<string> = new Set()): RankedArea[] {
  const scored = AREAS[answers.exam].map((area, order) => {
    const bands = area.kind === 'discipline' ? answers.performance?.disciplines : answers.performance?.systems;
    const band: RankedArea['band'] = bands?.[area.slug] ?? 'unknown';
    const boost = persistent.has(area.slug) ? PERSISTENT_BOOST : 1;
    const priority = Math.round(RULES.bandFactor[band] * midWeight(area) * boost * 100) / 100;
    return { area, band, priority, order };
  });
  scored.sort((x, y) => y.priority - x.priority || x.order - y.order);
  return scored.map(({ area, band, priority }, i) => ({
    rank: i + 1,
    slug: area.slug,
    name: area.name,
    kind: area.kind,
    band,
    weight: [area.weight[0], area.weight[1]],
    priority,
  }));
}

/** slug → display name, for turning a plan's focus slugs back into words. */
export function areaNames(ranked: readonly RankedArea[]): Map<string, string> {
  return new Map(ranked.map((r) => [r.slug, r.name]));
}


/** "below a low pass", from templates/plan.yaml. */
export function bandWords(r: RankedArea): string {
  return text('plan', `bands.${r.band}`);
}
