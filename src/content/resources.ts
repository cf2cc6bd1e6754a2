// Common resources and the role each plays. Seeds 001/003: a question bank, one annotated
// text scaffold, a spaced-repetition deck and one targeted resource are enough; switching
// and piling on more are failure causes. Choosing among the student's own resources: the
// fix is the method, not a new book. Which of them to keep is decided in core/resources.ts.
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
/** The order roles are kept in: a question bank first, then the scaffold, the deck, targeted resources. */
export const ROLE_ORDER: readonly Role[] = ['qbank', 'scaffold', 'flashcards', 'targeted'];

export function resourceBySlug(slug: string): ResourceDef | undefined {
  return RESOURCES.find((r) => r.slug === slug);
}
