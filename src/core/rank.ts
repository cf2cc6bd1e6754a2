// Ranks content areas: priority = band factor × outline weight, so an area far below
// passing that carries many questions comes first.
import { AREAS, midWeight } from '../content/areas.js';
import { RULES } from '../content/rules.js';
import type { Answers } from '../schema/answers.js';
import type { RankedArea } from '../schema/plan.js';

export function rankAreas(a: Answers): RankedArea[] {
  const scored = AREAS[a.exam].map((area, order) => {
    const bands = area.kind === 'discipline' ? a.performance?.disciplines : a.performance?.systems;
    const band: RankedArea['band'] = bands?.[area.slug] ?? 'unknown';
    const priority = Math.round(RULES.bandFactor[band] * midWeight(area) * 100) / 100;
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

/** "Pharmacology (below a low pass; 15–22% of questions)" */
export function describeRank(r: RankedArea): string {
  const band = { lower: 'below a low pass', same: 'about a low pass', higher: 'above a low pass', unknown: 'no band on your report' }[r.band];
  return `${r.name} (#${r.rank}: ${band}; ${r.weight[0]}–${r.weight[1]}% of questions)`;
}
