// Content areas of the USMLE performance profile, with display names and the
// share of exam questions the content outline gives each (min–max %).
// Sources (see shared/domain.md; correct a figure here in one line):
// - Step 1 disciplines: the 2024 outline set (General Principles folded into the systems), quoted
//   by two independent prep sites [secondary]. The older set (Pathology 44–52, Biochemistry 14–24,
//   with a separate General Principles row) belongs to the pre-2024 outline: do not mix them.
// - Step 1 systems: 2024 outline via a blog quoting the official infographic [secondary].
// - Step 2 CK disciplines: first of two circulating sets [unverified].
// - Step 2 CK systems: names reliable; human development, immune, blood, behavioral health and
//   social sciences ranges [secondary]; the rest are estimates for ranking only [unverified].
import type { Exam } from './exams.js';

export type AreaKind = 'discipline' | 'system';
export type Confidence = 'official' | 'secondary' | 'unverified';

export interface AreaDef {
  slug: string;
  name: string;
  kind: AreaKind;
  /** Share of exam questions, percent [min, max]. */
  weight: readonly [number, number];
  confidence: Confidence;
  aliases: readonly string[];
}

const d = (slug: string, name: string, weight: [number, number], confidence: Confidence, aliases: string[] = []): AreaDef =>
  ({ slug, name, kind: 'discipline', weight, confidence, aliases });
const s = (slug: string, name: string, weight: [number, number], confidence: Confidence, aliases: string[] = []): AreaDef =>
  ({ slug, name, kind: 'system', weight, confidence, aliases });

export const AREAS: Record<Exam, readonly AreaDef[]> = {
  step1: [
    d('pathology', 'Pathology', [45, 55], 'secondary', ['path']),
    d('physiology', 'Physiology', [30, 40], 'secondary', ['physio', 'phys']),
    d('pharmacology', 'Pharmacology', [10, 20], 'secondary', ['pharm']),
    d('biochemistry', 'Biochemistry & Nutrition', [5, 15], 'secondary', ['biochem', 'nutrition']),
    d('microbiology', 'Microbiology', [10, 20], 'secondary', ['micro']),
    d('immunology', 'Immunology', [5, 15], 'secondary', ['immuno']),
    d('anatomy', 'Gross Anatomy & Embryology', [10, 20], 'secondary', ['anat', 'gross-anatomy', 'embryology']),
    d('histology', 'Histology & Cell Biology', [5, 15], 'secondary', ['histo', 'cell-biology']),
    d('behavioral-sciences', 'Behavioral Sciences', [10, 15], 'secondary', ['behavioral', 'behavior', 'behavioural-sciences']),
    d('genetics', 'Genetics', [5, 10], 'secondary', ['gen']),
    s('human-development', 'Human Development', [1, 3], 'secondary', ['development']),
    s('blood-immune', 'Blood & Lymphoreticular / Immune Systems', [9, 13], 'secondary', ['blood', 'heme', 'hematology', 'immune']),
    s('behavioral-nervous', 'Behavioral Health & Nervous Systems / Special Senses', [10, 14], 'secondary', ['neuro', 'nervous', 'psych', 'behavioral-health']),
    s('musculoskeletal-skin', 'Musculoskeletal, Skin & Subcutaneous Tissue', [8, 12], 'secondary', ['msk', 'musculoskeletal', 'skin', 'derm']),
    s('cardiovascular', 'Cardiovascular System', [7, 11], 'secondary', ['cardio', 'cv', 'cardiology']),
    s('respiratory-renal', 'Respiratory & Renal / Urinary Systems', [11, 15], 'secondary', ['respiratory', 'renal', 'pulm', 'pulmonology', 'resp']),
    s('gastrointestinal', 'Gastrointestinal System', [6, 10], 'secondary', ['gi']),
    s('reproductive-endocrine', 'Reproductive & Endocrine Systems', [12, 16], 'secondary', ['repro', 'reproductive', 'endo', 'endocrine']),
    s('multisystem', 'Multisystem Processes & Disorders', [8, 12], 'secondary', ['multi']),
    s('biostatistics', 'Biostatistics & Epidemiology / Population Health', [4, 6], 'secondary', ['biostats', 'epidemiology', 'epi']),
    s('social-sciences', 'Social Sciences: Communication & Interpersonal Skills', [6, 9], 'secondary', ['ethics', 'communication']),
  ],
  step2ck: [
    d('medicine', 'Medicine', [55, 65], 'unverified', ['internal-medicine', 'im']),
    d('surgery', 'Surgery', [20, 30], 'unverified', ['surg']),
    d('pediatrics', 'Pediatrics', [17, 27], 'unverified', ['peds']),
    d('obstetrics-gynecology', 'Obstetrics & Gynecology', [10, 20], 'unverified', ['obgyn', 'ob-gyn', 'obgyn']),
    d('psychiatry', 'Psychiatry', [10, 15], 'unverified', ['psych']),
    s('human-development', 'Human Development', [2, 4], 'secondary', ['development']),
    s('immune', 'Immune System', [3, 5], 'secondary', ['immunology', 'immuno']),
    s('blood-lymphoreticular', 'Blood & Lymphoreticular System', [4, 6], 'secondary', ['blood', 'heme', 'hematology']),
    s('behavioral-health', 'Behavioral Health', [5, 10], 'secondary', ['behavioral']),
    s('nervous-system', 'Nervous System & Special Senses', [6, 10], 'unverified', ['neuro', 'neurology', 'nervous']),
    s('skin', 'Skin & Subcutaneous Tissue', [4, 8], 'unverified', ['derm', 'dermatology']),
    s('musculoskeletal', 'Musculoskeletal System', [6, 10], 'unverified', ['msk']),
    s('cardiovascular', 'Cardiovascular System', [6, 10], 'unverified', ['cardio', 'cv', 'cardiology']),
    s('respiratory', 'Respiratory System', [7, 11], 'unverified', ['pulm', 'pulmonology', 'resp']),
    s('gastrointestinal', 'Gastrointestinal System', [6, 10], 'unverified', ['gi']),
    s('renal-urinary', 'Renal & Urinary System', [4, 8], 'unverified', ['renal', 'urinary']),
    s('pregnancy', 'Pregnancy, Childbirth & the Puerperium', [4, 8], 'unverified', ['obstetrics', 'ob']),
    s('female-reproductive', 'Female Reproductive System & Breast', [4, 8], 'unverified', ['gyn', 'gynecology', 'breast']),
    s('male-reproductive', 'Male Reproductive System', [1, 3], 'unverified', ['male']),
    s('endocrine', 'Endocrine System', [5, 9], 'unverified', ['endo']),
    s('multisystem', 'Multisystem Processes & Disorders', [3, 7], 'unverified', ['multi']),
    s('biostatistics', 'Biostatistics, Epidemiology & Medical Literature', [3, 5], 'unverified', ['biostats', 'epidemiology', 'epi']),
    s('social-sciences', 'Social Sciences: Legal/Ethical, Professionalism, Patient Safety', [10, 15], 'secondary', ['ethics', 'legal']),
  ],
};

const index = new Map<string, Map<string, AreaDef>>();
for (const [exam, list] of Object.entries(AREAS)) {
  const byName = new Map<string, AreaDef>();
  for (const a of list) for (const key of [a.slug, ...a.aliases]) if (!byName.has(`${a.kind}:${key}`)) byName.set(`${a.kind}:${key}`, a);
  index.set(exam, byName);
}

/** Looks a slug or alias up among one exam's disciplines or systems ("Pharm", "pharm " → pharmacology). */
export function findArea(exam: Exam, kind: AreaKind, name: string): AreaDef | undefined {
  const key = name.trim().toLowerCase().replace(/[\s_&/]+/g, '-').replace(/-+/g, '-');
  return index.get(exam)!.get(`${kind}:${key}`);
}

/** Looks a name up in both lists, disciplines first (for practice-exam weak areas, which mix them). */
export function findAnyArea(exam: Exam, name: string): AreaDef | undefined {
  return findArea(exam, 'discipline', name) ?? findArea(exam, 'system', name);
}

export function areaBySlug(exam: Exam, slug: string): AreaDef {
  const a = AREAS[exam].find((x) => x.slug === slug);
  if (!a) throw new Error(`unknown area ${slug} for ${exam}`);
  return a;
}

export function areaSlugs(exam: Exam, kind: AreaKind): string[] {
  return AREAS[exam].filter((a) => a.kind === kind).map((a) => a.slug);
}

export const midWeight = (a: AreaDef): number => (a.weight[0] + a.weight[1]) / 2;

/** "10–20%", or "about 55–65%" where the range is unverified: never more certain than its source. */
export function shareWords(exam: Exam, slug: string): string {
  const a = AREAS[exam].find((x) => x.slug === slug);
  if (!a) return '';
  return `${a.confidence === 'unverified' ? 'about ' : ''}${a.weight[0]}–${a.weight[1]}%`;
}
