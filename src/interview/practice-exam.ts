// The questions `retake log` asks when --kind or --score is missing, through the Prompter seam.
import { EXAM_FACTS, PRACTICE_SCALES, type Exam } from '../content/exams.js';
import { text, type Vars } from '../content/texts.js';
import { isIsoDate } from '../lib/dates.js';
import { CHECKPOINT_KINDS } from '../schema/history.js';
import type { Prompter } from './prompter.js';

/** What the student may leave out on the command line; answers come back as the flags' strings. */
export interface PracticeExamFlags {
  kind?: string;
  form?: string;
  date?: string;
  score?: string;
}

const Q = (key: string, vars?: Vars) => text('interview', `log.${key}`, vars);

export async function askPracticeExam(prompt: Prompter, given: PracticeExamFlags, exam: Exam, today: string): Promise<PracticeExamFlags> {
  const out: PracticeExamFlags = {};
  if (!given.kind) out.kind = await prompt.select({ message: Q('kind'), choices: CHECKPOINT_KINDS.map((k) => ({ value: k, name: k })), default: exam === 'step1' ? 'nbme' : 'ccssa' });
  if (!given.form) out.form = (await prompt.input({ message: Q('form'), default: '' })) || undefined;
  if (!given.date) out.date = await prompt.input({ message: Q('date'), default: today, validate: (v) => (isIsoDate(v) && v <= today) || Q('pastDate') });
  if (given.score === undefined) {
    const scale = PRACTICE_SCALES[EXAM_FACTS[exam].practiceScale];
    out.score = await prompt.input({ message: Q('score', { scale: scale.ask }), validate: (v) => (Number.isFinite(Number(v)) && v.trim() !== '') || Q('number') });
  }
  return out;
}
