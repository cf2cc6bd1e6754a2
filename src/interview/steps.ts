// The interview as small steps. Each takes the prompter and the draft it fills; defaults
// come from a pre-filled answers file when there is one. Enter skips any optional question.
import { AREAS, type AreaKind } from '../content/areas.js';
import { EXAMS, EXAM_FACTS, PRACTICE_SCALES, type Exam } from '../content/exams.js';
import { RESOURCES } from '../content/resources.js';
import { isIsoDate, nextMonday } from '../lib/dates.js';
import { DISTANCES, MAIN_ACTIVITIES, SPACED, STRESSORS, SUPPORTS, type Answers, type AnswersInput } from '../schema/answers.js';
import { check, toNumber, toText } from './fields.js';
import type { Prompter } from './prompter.js';

type Partial2<T> = { -readonly [K in keyof T]?: NonNullable<T[K]> extends readonly unknown[] ? T[K] : NonNullable<T[K]> extends object ? Partial2<NonNullable<T[K]>> : T[K] };
/** The answers being built: an answers file's shape, every field still optional. parseAnswers checks the whole. */
export type Draft = Partial2<AnswersInput>;

export interface StepCtx {
  prompt: Prompter;
  draft: Draft;
  prefill?: Answers;
  today: string;
}

/** A step takes only the context fields it uses. */
export type Step<K extends keyof StepCtx = keyof StepCtx> = (ctx: Pick<StepCtx, K>) => Promise<void>;

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
function setIf<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete obj[key];
  else obj[key] = value;
}

/** A number question whose default is the pre-filled value (or `fallback`); `path` names the schema field. */
async function number(prompt: Prompter, path: string, message: string, pre: number | undefined, fallback?: number): Promise<number | undefined> {
  const raw = await prompt.input({ message, default: str(pre ?? fallback), validate: check(path, toNumber) });
  return toNumber(raw.trim());
}

function yesNo(prompt: Prompter, message: string, pre: boolean | undefined): Promise<boolean> {
  return prompt.confirm({ message, default: pre ?? false });
}

export const examStep: Step<'prompt' | 'draft' | 'prefill' | 'today'> = async (ctx) => {
  const { prompt, draft, prefill } = ctx;
  prompt.say('\nThe exam. These set the passing standard, the attempt rules and the practice exams your plan uses.');
  draft.exam = await prompt.select<Exam>({ message: 'Which exam are you retaking?', choices: EXAMS.map((e) => ({ value: e, name: EXAM_FACTS[e].name })), default: prefill?.exam ?? 'step1' });
  const attempts = { '2': 2, '3': 3, '4': 4 } as const;
  const attempt = await prompt.select<keyof typeof attempts>({ message: 'Which attempt are you preparing for?', choices: (['2', '3', '4'] as const).map((n) => ({ value: n, name: `attempt ${n}` })), default: `${prefill?.attempt ?? 2}` as keyof typeof attempts });
  draft.attempt = attempts[attempt];
  const raw = await prompt.input({
    message: 'Dates of your earlier attempts, oldest first (YYYY-MM-DD, comma-separated; Enter to skip)',
    default: (prefill?.previousAttempts ?? []).join(', '),
    validate: (v) => {
      const dates = v.split(',').map((s) => s.trim()).filter(Boolean);
      if (dates.some((d) => !isIsoDate(d))) return 'Please enter real dates written YYYY-MM-DD, separated by commas.';
      if (dates.some((d, i) => i > 0 && d <= dates[i - 1]!)) return 'Please list the dates oldest first.';
      if (dates.some((d) => d > ctx.today)) return 'Those dates should be in the past.';
      const attempt = draft.attempt ?? 2;
      return dates.length <= attempt - 1 || `Attempt ${attempt} has at most ${attempt - 1} earlier attempts.`;
    },
  });
  setIf(draft, 'previousAttempts', raw.trim() ? raw.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
};

export const resultStep: Step<'prompt' | 'draft' | 'prefill'> = async (ctx) => {
  const { prompt, draft, prefill } = ctx;
  prompt.say('\nYour result. How far from passing decides how long the plan should run.');
  if (draft.exam === 'step1') {
    const d = await prompt.select({
      message: 'How far from passing did your score report place you?',
      choices: [...DISTANCES.map((x) => ({ value: x, name: x })), { value: 'unknown', name: 'not sure / skip' }],
      default: prefill?.distanceFromPassing ?? 'unknown',
    });
    setIf(draft, 'distanceFromPassing', d === 'unknown' ? undefined : d);
    setIf(draft, 'score', await number(prompt, 'score', 'A three-digit score, only if your report has one (pre-2022 reports; Enter to skip)', prefill?.score));
  } else {
    setIf(draft, 'score', await number(prompt, 'score', 'Your three-digit score (Enter to skip)', prefill?.score));
    setIf(draft, 'distanceFromPassing', undefined);
  }
};

async function bands(ctx: Pick<StepCtx, 'prompt' | 'draft' | 'prefill'>, kind: AreaKind): Promise<Record<string, 'lower' | 'same' | 'higher'>> {
  const exam: Exam = ctx.draft.exam ?? 'step1';
  const areas = AREAS[exam].filter((a) => a.kind === kind);
  const pre = (kind === 'discipline' ? ctx.prefill?.performance?.disciplines : ctx.prefill?.performance?.systems) ?? {};
  const label = kind === 'discipline' ? 'disciplines' : 'systems';
  const lower = await ctx.prompt.checkbox({ message: `Which ${label} were LOWER than a low pass? (space to tick, Enter when done)`, choices: areas.map((a) => ({ value: a.slug, name: a.name, checked: pre[a.slug] === 'lower' })) });
  const rest = areas.filter((a) => !lower.includes(a.slug));
  const higher = await ctx.prompt.checkbox({ message: `Which ${label} were HIGHER than a low pass?`, choices: rest.map((a) => ({ value: a.slug, name: a.name, checked: pre[a.slug] === 'higher' })) });
  // Not ticked: "about a low pass" in a fresh interview; with a pre-filled file, what the file
  // said (an area it did not mention stays unmentioned), so Enter changes nothing.
  const prefilled = Boolean(ctx.prefill?.performance);
  return Object.fromEntries(
    areas
      .map((a) => [a.slug, lower.includes(a.slug) ? 'lower' : higher.includes(a.slug) ? 'higher' : prefilled ? (pre[a.slug] === undefined ? undefined : 'same') : 'same'] as const)
      .filter((e): e is readonly [string, 'lower' | 'same' | 'higher'] => e[1] !== undefined),
  );
}

export const profileStep: Step<'prompt' | 'draft' | 'prefill'> = async (ctx) => {
  const { prompt, draft, prefill } = ctx;
  prompt.say('\nYour performance profile. It decides what your first weeks focus on.');
  const has = await prompt.confirm({ message: 'Do you have your score report’s performance profile at hand?', default: prefill ? Boolean(prefill.performance) : true });
  if (!has) return void delete draft.performance;
  draft.performance = { disciplines: await bands(ctx, 'discipline'), systems: await bands(ctx, 'system') };
};

export const methodsStep: Step<'prompt' | 'draft' | 'prefill'> = async (ctx) => {
  const { prompt, draft, prefill } = ctx;
  prompt.say('\nHow you studied. The plan changes methods, not just hours.');
  const m = (draft.methods ??= {});
  const pre = prefill?.methods;
  setIf(m, 'questionsCompleted', await number(prompt, 'methods.questionsCompleted', 'How many question-bank questions had you done before the exam? (Enter to skip)', pre?.questionsCompleted));
  setIf(m, 'reviewMinutesPerBlock', await number(prompt, 'methods.reviewMinutesPerBlock', 'Minutes spent reviewing one 40-question block (Enter to skip)', pre?.reviewMinutesPerBlock));
  m.mainActivity = await prompt.select({ message: 'What took most of your study time?', choices: MAIN_ACTIVITIES.map((x) => ({ value: x, name: x })), default: prefill?.methods?.mainActivity ?? 'questions' });
  m.timedRandomBlocks = await yesNo(prompt, 'Did you do timed, random blocks?', pre?.timedRandomBlocks);
  setIf(m, 'practiceExamsTaken', await number(prompt, 'methods.practiceExamsTaken', 'How many full-length practice exams (NBME, UWSA, Free 120) did you take?', pre?.practiceExamsTaken, 0));
  const scale = PRACTICE_SCALES[EXAM_FACTS[draft.exam ?? 'step1'].practiceScale];
  setIf(m, 'bestPracticeScore', await number(prompt, 'methods.bestPracticeScore', `Your best practice score (${scale.ask}; Enter to skip)`, pre?.bestPracticeScore));
  const owned = prefill?.methods?.resources ?? [];
  const known = await prompt.checkbox({ message: 'Which resources did you use?', choices: RESOURCES.map((r) => ({ value: r.slug, name: r.name, checked: owned.includes(r.slug) })) });
  // "My Notes, boards" → ["my-notes", "boards"]
  const slugs = (v: string) => v.split(',').map((x) => x.trim().toLowerCase().replace(/\s+/g, '-')).filter(Boolean);
  const others = await prompt.input({
    message: 'Any others? (short names, comma-separated; Enter to skip)',
    default: owned.filter((o) => !RESOURCES.some((r) => r.slug === o)).join(', '),
    validate: (v) => check('methods.resources', slugs)(v) === true || 'Please enter short names such as my-notes, separated by commas.',
  });
  // Keep the student's own order for what they listed before; new ones follow.
  const resources = [...known, ...slugs(others)];
  const ordered = [...owned.filter((o) => resources.includes(o)), ...resources.filter((r) => !owned.includes(r))];
  setIf(m, 'resources', ordered.length ? ordered : undefined);
  m.switchedResources = await yesNo(prompt, 'Did you switch resources part-way?', pre?.switchedResources);
  m.spacedRepetition = await prompt.select({ message: 'Spaced repetition (e.g. Anki)?', choices: SPACED.map((x) => ({ value: x, name: x })), default: prefill?.methods?.spacedRepetition ?? 'none' });
  m.crammed = await yesNo(prompt, 'Did you cram in the last days?', pre?.crammed);
};

export const testDayStep: Step<'prompt' | 'draft' | 'prefill'> = async (ctx) => {
  const { prompt, draft, prefill } = ctx;
  prompt.say('\nTest day. These shape pacing drills and anxiety work.');
  const t = (draft.testDay ??= {});
  const pre = prefill?.testDay;
  t.ranOutOfTime = await yesNo(prompt, 'Did you run out of time in any block?', pre?.ranOutOfTime);
  t.mindWentBlank = await yesNo(prompt, 'Did your mind go blank on questions you knew?', pre?.mindWentBlank);
  setIf(t, 'anxiety', await number(prompt, 'testDay.anxiety', 'How anxious were you on test day, 0 (calm) to 10 (overwhelming)? (Enter to skip)', pre?.anxiety));
};

export const wellbeingStep: Step<'prompt' | 'draft' | 'prefill'> = async (ctx) => {
  const { prompt, draft, prefill } = ctx;
  prompt.say('\nHow you are doing. These answers stay on this computer; they make the plan humane, not longer.');
  const w = (draft.wellbeing ??= {});
  const preW = prefill?.wellbeing;
  setIf(w, 'sleepHours', await number(prompt, 'wellbeing.sleepHours', 'Hours of sleep on a typical night (Enter to skip)', preW?.sleepHours));
  setIf(w, 'exerciseDaysPerWeek', await number(prompt, 'wellbeing.exerciseDaysPerWeek', 'Days a week you exercise (Enter to skip)', preW?.exerciseDaysPerWeek));
  setIf(w, 'burnout', await number(prompt, 'wellbeing.burnout', 'How worn out do you feel, 0 (fresh) to 10 (exhausted)? (Enter to skip)', preW?.burnout));
  const stressors = await prompt.checkbox({ message: 'Anything else weighing on you?', choices: STRESSORS.map((s) => ({ value: s, name: s, checked: prefill?.wellbeing?.stressors?.includes(s) })) });
  setIf(w, 'stressors', stressors.length ? stressors : undefined);
  // Ticking nothing skips the question; "no one" must be said, since it changes the plan.
  const pre = prefill?.wellbeing?.support;
  const support = await prompt.checkbox<(typeof SUPPORTS)[number] | 'none'>({
    message: 'Who is supporting you? (Enter to skip)',
    choices: [...SUPPORTS.map((s) => ({ value: s, name: s, checked: pre?.includes(s) })), { value: 'none', name: 'no one right now', checked: pre?.length === 0 }],
  });
  const chosen = support.filter((x) => x !== 'none');
  setIf(w, 'support', support.includes('none') ? [] : chosen.length ? chosen : undefined);
};

export const scheduleStep: Step<'prompt' | 'draft' | 'prefill' | 'today'> = async (ctx) => {
  const { prompt, draft, prefill, today } = ctx;
  prompt.say('\nYour time. These shape how your days are built.');
  const s = (draft.schedule ??= {});
  s.start = (await prompt.input({ message: 'First study day (YYYY-MM-DD)', default: prefill?.schedule.start ?? nextMonday(today), validate: check('schedule.start', toText) })).trim();
  s.hoursPerDay = toNumber((await prompt.input({ message: 'Study hours a day', default: str(prefill?.schedule.hoursPerDay ?? 8), validate: (v) => (v.trim() === '' ? 'Please enter a number of hours.' : check('schedule.hoursPerDay', toNumber)(v)) })).trim());
  s.daysOffPerWeek = toNumber((await prompt.input({ message: 'Rest days a week (0–3)', default: str(prefill?.schedule.daysOffPerWeek ?? 1), validate: check('schedule.daysOffPerWeek', toNumber) })).trim()) ?? 1;
  const exam = (await prompt.input({ message: 'Exam date, if booked (YYYY-MM-DD; Enter to skip)', default: prefill?.schedule.examDate ?? '', validate: check('schedule.examDate', toText) })).trim();
  setIf(s, 'examDate', exam || undefined);
  for (const k of ['weeks', 'dayStartsAt'] as const) setIf(s, k, prefill?.schedule[k]);
};

export const STEPS: readonly { name: string; fields: readonly string[]; run: Step }[] = [
  { name: 'exam', fields: ['exam', 'attempt', 'previousAttempts'], run: examStep },
  { name: 'result', fields: ['score', 'distanceFromPassing'], run: resultStep },
  { name: 'profile', fields: ['performance'], run: profileStep },
  { name: 'methods', fields: ['methods'], run: methodsStep },
  { name: 'test day', fields: ['testDay'], run: testDayStep },
  { name: 'wellbeing', fields: ['wellbeing'], run: wellbeingStep },
  { name: 'schedule', fields: ['schedule'], run: scheduleStep },
];
