// Common resources and the role each plays. Seeds 001/003: a question bank, one annotated
// text scaffold, a spaced-repetition deck and one targeted resource are enough; switching
// and piling on more are failure causes. Choosing among the student's own resources: the
// fix is the method, not a new book.
import type { RankedArea } from '../schema/plan.js';

export type Role = 'qbank' | 'scaffold' | 'flashcards' | 'targeted';

export interface ResourceDef {
  slug: string;
  name: string;
  role: Role;
  /** Area slugs (either exam) this resource serves best, for targeted resources. */
  serves: readonly string[];
}

const r = (slug: string, name: string, role: Role, serves: string[] = []): ResourceDef => ({ slug, name, role, serves });

export const RESOURCES: readonly ResourceDef[] = [
  r('uworld', 'UWorld question bank', 'qbank'),
  r('amboss', 'AMBOSS question bank', 'qbank'),
  r('kaplan', 'Kaplan question bank', 'qbank'),
  r('truelearn', 'TrueLearn question bank', 'qbank'),
  r('first-aid', 'First Aid (annotated scaffold)', 'scaffold'),
  r('anki', 'Anki (spaced-repetition cards)', 'flashcards'),
  r('pathoma', 'Pathoma', 'targeted', ['pathology', 'physiology', 'blood-immune', 'multisystem']),
  r('sketchy', 'Sketchy (visual mnemonics)', 'targeted', ['microbiology', 'pharmacology', 'immunology']),
  r('boards-and-beyond', 'Boards and Beyond', 'targeted', ['physiology', 'biochemistry', 'pharmacology', 'respiratory-renal', 'cardiovascular', 'genetics']),
  r('costanzo', 'Costanzo Physiology', 'targeted', ['physiology', 'respiratory-renal', 'cardiovascular', 'gastrointestinal', 'reproductive-endocrine']),
  r('bootcamp', 'Bootcamp', 'targeted', ['medicine', 'surgery', 'pediatrics', 'obstetrics-gynecology', 'psychiatry']),
  r('online-med-ed', 'OnlineMedEd', 'targeted', ['medicine', 'surgery', 'pediatrics', 'obstetrics-gynecology', 'psychiatry']),
  r('divine-intervention', 'Divine Intervention podcasts', 'targeted', ['medicine', 'surgery', 'obstetrics-gynecology', 'pediatrics', 'social-sciences', 'biostatistics']),
];

export const MAX_CORE_RESOURCES = 4;
const ROLE_ORDER: readonly Role[] = ['qbank', 'scaffold', 'flashcards', 'targeted'];

/**
 * Keeps at most four of the student's resources: one question bank, the scaffold, the
 * card deck, then targeted resources ranked by how high their areas sit on the weak list.
 * Unknown resources are kept only while there is room.
 */
export function chooseResources(owned: readonly string[], areas: readonly Pick<RankedArea, 'slug' | 'rank' | 'band'>[]): { keep: string[]; setAside: string[] } {
  // Only weak areas (below or about a low pass) pull a targeted resource in.
  const weakRanks = new Map(areas.filter((w) => w.band === 'lower' || w.band === 'same').map((w) => [w.slug, w.rank]));
  const score = (slug: string): number => {
    const def = RESOURCES.find((x) => x.slug === slug);
    if (!def) return 0;
    if (def.role !== 'targeted') return 1000 - ROLE_ORDER.indexOf(def.role) * 100;
    const best = Math.min(...def.serves.map((s) => weakRanks.get(s) ?? 99));
    return 500 - best;
  };
  const unique = [...new Set(owned)];
  const ranked = unique.map((slug, i) => ({ slug, s: score(slug), i })).sort((a, b) => b.s - a.s || a.i - b.i);
  const keep: string[] = [];
  let qbanks = 0;
  for (const { slug } of ranked) {
    const isQbank = RESOURCES.find((x) => x.slug === slug)?.role === 'qbank';
    if (keep.length >= MAX_CORE_RESOURCES || (isQbank && qbanks >= 1)) continue;
    if (isQbank) qbanks++;
    keep.push(slug);
  }
  return { keep, setAside: unique.filter((s) => !keep.includes(s)) };
}
