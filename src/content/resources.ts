// Common resources, the name a student knows each by, the exams each suits and the role it
// plays. Seeds 001/003: a question bank, one annotated text scaffold, a spaced-repetition deck
// and one targeted resource are enough; switching and piling on more are failure causes. For
// Step 2 CK the staples are a question bank (UWorld or AMBOSS), one Step 2 CK review book or
// course, and NBME's CCSSAs and UWorld's UWSAs (the plan's checkpoints); Step 1 resources
// (Pathoma, Sketchy, Costanzo) are not core for it (seed 002; shared/domain.md). Which of the
// student's own resources to keep is decided in core/resources.ts.
import type { Exam } from './exams.js';

/** qbank, scaffold (an annotated text, or a review book or course), flashcards, targeted review, practice exams. */
export type Role = 'qbank' | 'scaffold' | 'flashcards' | 'targeted' | 'assessment';

export interface ResourceDef {
  slug: string;
  /** What a student calls it. */
  name: string;
  /** A different name for a Step 2 CK student (First Aid has a Step 2 CK book). */
  nameFor?: Partial<Record<Exam, string>>;
  role: Role;
  /** The exams it is a core resource for; for any other it is set aside with that reason. */
  exams: readonly Exam[];
  /** Area slugs (either exam) a targeted resource serves: it is kept only when one of them is weak. */
  serves: readonly string[];
}

const BOTH: readonly Exam[] = ['step1', 'step2ck'];
const STEP1: readonly Exam[] = ['step1'];
const CK: readonly Exam[] = ['step2ck'];
const r = (slug: string, name: string, role: Role, exams: readonly Exam[], serves: string[] = [], nameFor?: Partial<Record<Exam, string>>): ResourceDef =>
  ({ slug, name, role, exams, serves, ...(nameFor ? { nameFor } : {}) });

const STEP1_SYSTEMS = ['respiratory-renal', 'cardiovascular', 'gastrointestinal', 'reproductive-endocrine', 'behavioral-nervous', 'blood-immune', 'musculoskeletal-skin', 'multisystem'];
const CK_DISCIPLINES = ['medicine', 'surgery', 'pediatrics', 'obstetrics-gynecology', 'psychiatry'];

export const RESOURCES: readonly ResourceDef[] = [
  r('uworld', 'UWorld', 'qbank', BOTH),
  r('amboss', 'AMBOSS', 'qbank', BOTH),
  r('kaplan', 'Kaplan Qbank', 'qbank', BOTH),
  r('truelearn', 'TrueLearn', 'qbank', BOTH),
  r('first-aid', 'First Aid', 'scaffold', BOTH, [], { step2ck: 'First Aid for the Step 2 CK' }),
  r('anki', 'Anki', 'flashcards', BOTH),
  r('pathoma', 'Pathoma', 'targeted', STEP1, ['pathology', ...STEP1_SYSTEMS]),
  r('sketchy', 'Sketchy', 'targeted', STEP1, ['microbiology', 'pharmacology']),
  r('boards-and-beyond', 'Boards and Beyond', 'targeted', STEP1, ['physiology', 'biochemistry', 'pharmacology', 'immunology', 'genetics', ...STEP1_SYSTEMS]),
  r('costanzo', 'Costanzo Physiology', 'targeted', STEP1, ['physiology', 'respiratory-renal', 'cardiovascular', 'gastrointestinal', 'reproductive-endocrine']),
  r('bootcamp', 'Bootcamp', 'targeted', BOTH, [...CK_DISCIPLINES, 'pathology', 'physiology', 'pharmacology', 'microbiology', 'biochemistry']),
  r('online-med-ed', 'OnlineMedEd', 'scaffold', CK),
  r('divine-intervention', 'Divine Intervention podcasts', 'targeted', BOTH, [...CK_DISCIPLINES, 'social-sciences', 'biostatistics']),
  // Added after the first list; the interview shows them in this order.
  r('master-the-boards', 'Master the Boards', 'scaffold', CK),
  r('mehlman-pdfs', 'Mehlman PDFs', 'targeted', BOTH, [...CK_DISCIPLINES, 'biostatistics', 'social-sciences', 'behavioral-sciences', 'behavioral-health']),
  r('nbme', 'NBME self-assessments', 'assessment', BOTH),
  r('uwsa', 'UWorld self-assessments (UWSA)', 'assessment', BOTH),
  r('free120', 'Free 120', 'assessment', BOTH),
];

/** Core resources kept (practice exams are the checkpoints and do not count). */
export const MAX_CORE_RESOURCES = 4;
/** At most one of each of these roles: one question bank, one main text or course. */
export const ONE_OF: readonly Role[] = ['qbank', 'scaffold'];
/** The order roles are kept in: a question bank first, then the scaffold, the deck, targeted resources. */
export const ROLE_ORDER: readonly Role[] = ['qbank', 'scaffold', 'flashcards', 'targeted'];

export function resourceBySlug(slug: string): ResourceDef | undefined {
  return RESOURCES.find((r) => r.slug === slug);
}

/** The name a student reads: ours for a known resource, the student's own words otherwise ("my-notes" → "my notes"). */
export function resourceName(slug: string, exam?: Exam): string {
  const def = resourceBySlug(slug);
  if (def) return (exam && def.nameFor?.[exam]) ?? def.name;
  return slug.replace(/-+/g, ' ');
}
