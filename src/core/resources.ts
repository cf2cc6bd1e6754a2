// Which of the student's own resources to keep, and what each is for. Computed once per plan
// (diagnose.ts) and read by the resource finding and the plan's resource section alike.
import { areaBySlug } from '../content/areas.js';
import type { Exam } from '../content/exams.js';
import { MAX_CORE_RESOURCES, ONE_OF, ROLE_ORDER, resourceBySlug, resourceName } from '../content/resources.js';
import { joinWords, text } from '../content/texts.js';
import type { Answers } from '../schema/answers.js';
import type { RankedArea, ResourcePlan } from '../schema/plan.js';
import { isWeak } from './rank.js';

/** Why a resource is set aside: another exam's, none of its areas weak, one of its kind kept already, no room. */
export type AsideReason = 'otherExam' | 'notWeak' | 'oneOf' | 'room';

export interface ResourceChoice {
  keep: string[];
  setAside: string[];
  /** Why each set-aside resource is set aside. */
  why: Record<string, AsideReason>;
  /** Practice exams the student listed: the checkpoints use them; they are not core resources. */
  checkpoints: string[];
}

type Areas = readonly Pick<RankedArea, 'slug' | 'band' | 'priority'>[];

/**
 * Keeps at most four of the student's resources: one question bank, one main text or course,
 * the card deck, then targeted resources ranked first by the weakest area they serve (the one that
 * covers the student's #1 weak area is never set aside for one that does not), then by how much
 * weak ground they cover. A resource
 * for the other exam is set aside; a targeted one is kept only for areas that are actually weak
 * (when the report gives bands). Unknown resources are kept only while there is room.
 */
export function chooseResources(exam: Exam, owned: readonly string[], areas: Areas): ResourceChoice {
  const weakPriority = new Map(areas.filter(isWeak).map((w) => [w.slug, w.priority]));
  const profile = areas.some((a) => a.band !== 'unknown');
  const why: Record<string, AsideReason> = {};
  const checkpoints: string[] = [];
  // s: the role's order, or for a targeted resource its weakest area's priority; t: the weak ground it covers.
  const candidates: { slug: string; s: number; t: number; i: number }[] = [];
  [...new Set(owned)].forEach((slug, i) => {
    const def = resourceBySlug(slug);
    if (def && !def.exams.includes(exam)) why[slug] = 'otherExam';
    else if (def?.role === 'assessment') checkpoints.push(slug);
    else if (def?.role === 'targeted') {
      const served = def.serves.map((s) => weakPriority.get(s)).filter((x): x is number => x !== undefined);
      if (profile && !served.length) why[slug] = 'notWeak';
      // The weakest area it serves first (priorities from rank.ts), then all the weak ground it covers.
      else candidates.push({ slug, s: Math.max(0, ...served), t: served.reduce((n, p) => n + p, 0), i });
    } else candidates.push({ slug, s: def ? 10_000 - ROLE_ORDER.indexOf(def.role) * 1000 : -1, t: 0, i });
  });
  candidates.sort((x, y) => y.s - x.s || y.t - x.t || x.i - y.i);
  const keep: string[] = [];
  const taken = new Set<string>();
  for (const { slug } of candidates) {
    const role = resourceBySlug(slug)?.role;
    if (role && ONE_OF.includes(role) && taken.has(role)) why[slug] = 'oneOf';
    else if (keep.length >= MAX_CORE_RESOURCES) why[slug] = 'room';
    else {
      keep.push(slug);
      if (role) taken.add(role);
    }
  }
  const setAside = [...new Set(owned)].filter((s) => s in why);
  return { keep, setAside, why, checkpoints };
}

const G = (key: string, vars?: Record<string, string | number>) => text('guidance', key, vars);

/** "UWorld, First Aid and Anki": the names a student knows, in order. */
export function resourceNames(exam: Exam, slugs: readonly string[]): string {
  return joinWords(slugs.map((s) => resourceName(s, exam)));
}

/** The plan's resource section: the kept resources, each mapped to the weak areas it serves, and why the rest wait. */
export function resourcePlan(answers: Answers, weakAreas: readonly RankedArea[], choice: ResourceChoice): ResourcePlan {
  const { exam } = answers;
  const owned = answers.methods?.resources ?? [];
  const weak = weakAreas.filter(isWeak);
  const { keep, setAside, why, checkpoints } = choice;
  const notes: string[] = [];
  if (!owned.length) notes.push(G(`resources.none.${exam}`));
  else if (!keep.some((s) => resourceBySlug(s)?.role === 'qbank')) notes.push(G('resources.noQbank'));
  if (owned.length && exam === 'step2ck' && !keep.some((s) => resourceBySlug(s)?.role === 'scaffold')) notes.push(G('resources.ckStaples'));
  if (checkpoints.length) notes.push(G('resources.checkpoints', { names: resourceNames(exam, checkpoints) }));
  for (const reason of ['otherExam', 'notWeak', 'oneOf', 'room'] as const) {
    const these = setAside.filter((s) => why[s] === reason);
    if (these.length) notes.push(G(`resources.aside.${reason}.${these.length === 1 ? 'one' : 'other'}`, { names: resourceNames(exam, these), keep: resourceNames(exam, keep.filter((k) => resourceBySlug(k)?.role === resourceBySlug(these[0]!)?.role)) }));
  }
  const core = keep.map((slug) => {
    const def = resourceBySlug(slug);
    const role = def?.role ?? 'targeted';
    const areas = def?.role === 'targeted' ? weak.filter((w) => def.serves.includes(w.slug)).map((w) => w.slug) : [];
    const use = !def
      ? G('resources.own')
      : role === 'targeted'
        ? G('resources.targeted', { areas: areas.length ? joinWords(areas.map((s) => areaBySlug(exam, s).name)) : G('resources.targetedAny') })
        : G(role === 'scaffold' ? `resources.scaffold.${exam}` : `resources.${role}`);
    return { slug, name: resourceName(slug, exam), role, use, areas };
  });
  return { core, setAside, notes };
}

/** The kept question bank and card deck by name, for the day's task texts ("60 timed UWorld questions"). */
export function taskWords(exam: Exam, keep: readonly string[]): { qbank: string; deck: string } {
  const of = (role: string) => keep.find((s) => resourceBySlug(s)?.role === role);
  const qbank = of('qbank');
  const deck = of('flashcards');
  return { qbank: qbank ? resourceName(qbank, exam) : text('plan', 'tasks.anyQbank'), deck: deck ? resourceName(deck, exam) : text('plan', 'tasks.anyDeck') };
}
