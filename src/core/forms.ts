// The practice-exam ledger: which forms a student has already used (answers' formsTaken plus
// logged history) and which to plan, newest forms last. Nothing here reads files.
import type { Exam } from '../content/exams.js';
import { CHECKPOINTS, PRACTICE_EXAM, examKey, type PracticeExam } from '../content/schedule.js';
import { parseForm, type FormKind } from '../schema/forms.js';
import type { LoggedExam } from '../schema/history.js';
import { formKey } from './readiness-model.js';
import { entryName } from './scale.js';

/** examKey()s of forms the student listed as taken before this plan. */
export function takenKeys(formsTaken: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const raw of formsTaken ?? []) {
    const f = parseForm(raw);
    if (f) out.add(examKey(f.kind, f.form));
  }
  return out;
}

/** The numbered forms a student can still buy: their own pool if given, else the dated default. */
export function formPool(exam: Exam, pool: readonly string[] | undefined): PracticeExam[] {
  if (!pool?.length) return [...CHECKPOINTS[exam].forms];
  const want = exam === 'step1' ? 'nbme' : 'ccssa';
  return pool
    .map(parseForm)
    .filter((f): f is { kind: FormKind; form: string } => !!f && f.kind === want)
    .sort((x, y) => Number(x.form) - Number(y.form))
    .map((f) => (want === 'nbme' ? PRACTICE_EXAM.nbme(Number(f.form)) : PRACTICE_EXAM.ccssa(Number(f.form))));
}

/** True when a student-given pool leaves out the late exams (UWSA, Free 120) on purpose. */
function inPool(e: PracticeExam, pool: readonly string[] | undefined): boolean {
  if (!pool?.length) return true;
  return pool.some((raw) => {
    const f = parseForm(raw);
    return !!f && examKey(f.kind, f.form) === examKey(e.kind, e.form);
  });
}

export interface CheckpointSlots {
  /** Checkpoints before the rehearsal, in order. */
  before: number;
  /** Checkpoints after the rehearsal, in order. */
  after: number;
  /** Whether one of the checkpoints is the test-day rehearsal. */
  rehearsal: boolean;
}

/**
 * The exams of a block's checkpoints in order: numbered forms (oldest first, so the newest —
 * the most representative — come last) before the rehearsal, spread over the slots when there
 * are fewer forms than slots — the first slot takes a form, so the baseline is a reading the
 * readiness gate counts, and question-bank mocks fill the gaps between forms rather than a
 * block of mocks coming first. When there are more unused forms than slots, the newest are
 * planned and the oldest left over (a longer plan reaches them). Late exams that no slot after
 * the rehearsal takes (UWSA 3 when only one week follows it) take the rehearsal when UWSA 1 was
 * taken, else stand in the last gaps before it, instead of being dropped. The rehearsal on
 * UWSA 1; UWSA 2 and the Free 120 after it. Taken forms are never planned. The lead-in's mocks
 * are placed by core/checkpoints.ts: forms are kept for the block.
 */
export function checkpointExams(exam: Exam, slots: CheckpointSlots, taken: ReadonlySet<string>, pool?: readonly string[]): { before: PracticeExam[]; rehearsal?: PracticeExam; after: PracticeExam[] } {
  const c = CHECKPOINTS[exam];
  const fresh = (e: PracticeExam) => !taken.has(examKey(e.kind, e.form)) && inPool(e, pool);
  const late = c.late.filter(fresh);
  const after = late.slice(Math.max(0, late.length - slots.after));
  const spareLate = late.slice(0, Math.max(0, late.length - slots.after));
  // A taken rehearsal exam (UWSA 1) gives its day to the latest late exam no slot after it takes
  // (UWSA 3 for Step 2 CK), so a question-bank mock stands in only when no such exam is left.
  const rehearsal = !slots.rehearsal ? undefined : fresh(c.rehearsal) ? c.rehearsal : (spareLate.pop() ?? c.fallback);
  const unused = formPool(exam, pool).filter(fresh);
  // Forms left over after the late slots can stand after the rehearsal too.
  const extraAfter = Math.max(0, slots.after - after.length);
  const forms = unused.slice(Math.max(0, unused.length - slots.before - extraAfter));
  const lateForms = forms.splice(Math.max(0, forms.length - extraAfter));
  const afterAll = [...lateForms, ...after];
  while (afterAll.length < slots.after) afterAll.unshift(c.fallback);
  return { before: spreadForms(forms, spareLate, slots.before, c.fallback), rehearsal, after: afterAll };
}

/**
 * `n` slots: `spare` real exams in the last ones (late exams belong near the exam), `forms` (in
 * order) spread evenly over the others, first and last included, and `fallback` in the gaps.
 */
function spreadForms(forms: readonly PracticeExam[], spare: readonly PracticeExam[], n: number, fallback: PracticeExam): PracticeExam[] {
  const tail = spare.slice(Math.max(0, spare.length - Math.max(0, n - forms.length)));
  const m = n - tail.length;
  const k = Math.min(forms.length, m);
  const out: PracticeExam[] = Array.from({ length: m }, () => fallback);
  for (let j = 0; j < k; j++) out[k === 1 ? 0 : Math.round((j * (m - 1)) / (k - 1))] = forms[forms.length - k + j]!;
  return [...out, ...tail];
}

/**
 * Where a newly logged sitting stands among the sittings of its form. The earlier sitting by
 * date is the first exposure, whatever order they were logged in (the readiness model reads
 * entries by date): the new one is a repeat when the form is in the answers' formsTaken or
 * was sat on or before its date; otherwise a sitting already logged for a later date is the
 * repeat. A sitting with no known form (an NBME without its number) is neither.
 */
export function sittingOrder(exam: Exam, entry: LoggedExam, logged: readonly LoggedExam[], formsTaken: readonly string[] | undefined): { repeat: boolean; laterRepeat?: LoggedExam } {
  const key = formKey(exam, entry.kind, entry.form);
  if (key === undefined) return { repeat: false };
  const same = logged.filter((e) => formKey(exam, e.kind, e.form) === key);
  if (takenKeys(formsTaken).has(key) || same.some((e) => e.date <= entry.date)) return { repeat: true };
  const later = same.reduce<LoggedExam | undefined>((first, e) => (!first || e.date < first.date ? e : first), undefined);
  return later ? { repeat: false, laterRepeat: later } : { repeat: false };
}

/**
 * The practice exam a logged entry stands for: the form the student actually sat, so the
 * review that follows it names that form and not the one the plan had pencilled in.
 */
export function satExam(e: { kind: PracticeExam['kind']; form?: string }): PracticeExam {
  const n = Number((e.form ?? '').replace(/\D/g, ''));
  if (n > 0 && (e.kind === 'nbme' || e.kind === 'ccssa' || e.kind === 'uwsa')) return PRACTICE_EXAM[e.kind](n);
  if (e.kind === 'free120') return PRACTICE_EXAM.free120;
  return { ...PRACTICE_EXAM.mock, kind: e.kind, form: e.form ?? '', name: entryName(e) };
}
