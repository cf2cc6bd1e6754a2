// Practice-exam forms as students write them (answers' methods.formsTaken and practiceExams.pool).

export const FORM_KINDS = ['nbme', 'ccssa', 'uwsa', 'free120'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

/**
 * Reads a form as students write it: "nbme 27", "NBME-27", "CBSSA 30", "ccssa12", "UWSA 1",
 * "free 120", "Free120". Returns undefined for anything else.
 */
export function parseForm(raw: string): { kind: FormKind; form: string } | undefined {
  const s = raw.trim().toLowerCase().replace(/[\s_.\-/#]+/g, '');
  if (/^(usmle)?free120$/.test(s)) return { kind: 'free120', form: '' };
  const m = /^(nbme|cbssa|ccssa|uwsa|uworldsa|uworld)(?:form)?(\d{1,2})$/.exec(s);
  if (!m) return undefined;
  const kind: FormKind = m[1] === 'cbssa' ? 'nbme' : m[1]!.startsWith('uw') ? 'uwsa' : (m[1] as FormKind);
  return { kind, form: String(Number(m[2])) };
}

export const FORM_EXAMPLE = 'a practice exam written like nbme 27, ccssa 12, uwsa 1 or free120';

