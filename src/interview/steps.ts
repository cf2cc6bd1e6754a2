// The interview as small steps. Each takes the prompter and the draft it fills; defaults
// come from a pre-filled answers file when there is one. Enter skips any optional question.
import { AREAS, type AreaKind } from '../content/areas.js';
import { EXAMS, EXAM_FACTS, PRACTICE_SCALES, type Exam } from '../content/exams.js';
import { RESOURCES } from '../content/resources.js';
import { isIsoDate, nextMonday } from '../lib/dates.js';
import { DISTANCES, MAIN_ACTIVITIES, SPACED, STRESSORS, SUPPORTS, type Answers, type AnswersInput } from '../schema/answers.js';
import { text, type Vars } from '../content/texts.js';
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

/** A question or note from templates/interview.yaml. */
const Q = (key: string, vars?: Vars) => text('interview', `steps.${key}`, vars);
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
  prompt.say(Q('section-exam'));
  draft.exam = await prompt.select<Exam>({ message: Q('which-exam-are-you'), choices: EXAMS.map((e) => ({ value: e, name: EXAM_FACTS[e].name })), default: prefill?.exam ?? 'step1' });
  const attempts = { '2': 2, '3': 3, '4': 4 } as const;
  const attempt = await prompt.select<keyof typeof attempts>({ message: Q('which-attempt-are-you'), choices: (['2', '3', '4'] as const).map((n) => ({ value: n, name: `attempt ${n}` })), default: `${prefill?.attempt ?? 2}` as keyof typeof attempts });
  draft.attempt = attempts[attempt];
  const raw = await prompt.input({
    message: Q('dates-of-your-earlier'),
    default: (prefill?.previousAttempts ?? []).join(', '),
    validate: (v) => {
      const dates = v.split(',').map((s) => s.trim()).filter(Boolean);
      if (dates.some((d) => !isIsoDate(d))) return Q('please-enter-real-dates');
      if (dates.some((d, i) => i > 0 && d <= dates[i - 1]!)) return Q('please-list-the-dates');
      if (dates.some((d) => d > ctx.today)) return Q('those-dates-should-be');
      const attempt = draft.attempt ?? 2;
      return dates.length <= attempt - 1 || Q('attempt-at-most', { attempt, earlier: attempt - 1 });
    },
  });
  setIf(draft, 'previousAttempts', raw.trim() ? raw.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
};

export const resultStep: Step<'prompt' | 'draft' | 'prefill'> = async (ctx) => {
  const { prompt, draft, prefill } = ctx;
  prompt.say(Q('section-result'));
  if (draft.exam === 'step1') {
    const d = await prompt.select({
      message: Q('how-far-from-passing'),
      choices: [...DISTANCES.map((x) => ({ value: x, name: x })), { value: 'unknown', name: 'not sure / skip' }],
      default: prefill?.distanceFromPassing ?? 'unknown',
    });
    setIf(draft, 'distanceFromPassing', d === 'unknown' ? undefined : d);
    setIf(draft, 'score', await number(prompt, 'score', Q('a-three-digit-score'), prefill?.score));
  } else {
    setIf(draft, 'score', await number(prompt, 'score', Q('your-three-digit-score'), prefill?.score));
    setIf(draft, 'distanceFromPassing', undefined);
  }
};

async function bands(ctx: Pick<StepCtx, 'prompt' | 'draft' | 'prefill'>, kind: AreaKind): Promise<Record<string, 'lower' | 'same' | 'higher'>> {
  const exam: Exam = ctx.draft.exam ?? 'step1';
  const areas = AREAS[exam].filter((a) => a.kind === kind);
  const pre = (kind === 'discipline' ? ctx.prefill?.performance?.disciplines : ctx.prefill?.performance?.systems) ?? {};
  const label = kind === 'discipline' ? 'disciplines' : 'systems';
  const lower = await ctx.prompt.checkbox({ message: Q('which-lower', { label }), choices: areas.map((a) => ({ value: a.slug, name: a.name, checked: pre[a.slug] === 'lower' })) });
  const rest = areas.filter((a) => !lower.includes(a.slug));
  const higher = await ctx.prompt.checkbox({ message: Q('which-higher', { label }), choices: rest.map((a) => ({ value: a.slug, name: a.name, checked: pre[a.slug] === 'higher' })) });
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
  prompt.say(Q('section-profile'));
  const has = await prompt.confirm({ message: Q('do-you-have-your'), default: prefill ? Boolean(prefill.performance) : true });
  if (!has) return void delete draft.performance;
  draft.performance = { disciplines: await bands(ctx, 'discipline'), systems: await bands(ctx, 'system') };
};

export const methodsStep: Step<'prompt' | 'draft' | 'prefill'> = async (ctx) => {
  const { prompt, draft, prefill } = ctx;
  prompt.say(Q('section-methods'));
  const m = (draft.methods ??= {});
  const pre = prefill?.methods;
  setIf(m, 'questionsCompleted', await number(prompt, 'methods.questionsCompleted', Q('how-many-question-bank'), pre?.questionsCompleted));
  setIf(m, 'reviewMinutesPerBlock', await number(prompt, 'methods.reviewMinutesPerBlock', Q('minutes-spent-reviewing-one'), pre?.reviewMinutesPerBlock));
  m.mainActivity = await prompt.select({ message: Q('what-took-most-of'), choices: MAIN_ACTIVITIES.map((x) => ({ value: x, name: x })), default: prefill?.methods?.mainActivity ?? 'questions' });
  m.timedRandomBlocks = await yesNo(prompt, Q('did-you-do-timed'), pre?.timedRandomBlocks);
  setIf(m, 'practiceExamsTaken', await number(prompt, 'methods.practiceExamsTaken', Q('how-many-full-length'), pre?.practiceExamsTaken, 0));
  const scale = PRACTICE_SCALES[EXAM_FACTS[draft.exam ?? 'step1'].practiceScale];
  setIf(m, 'bestPracticeScore', await number(prompt, 'methods.bestPracticeScore', Q('best-practice-score', { scale: scale.ask }), pre?.bestPracticeScore));
  const owned = prefill?.methods?.resources ?? [];
  const known = await prompt.checkbox({ message: Q('which-resources-did-you'), choices: RESOURCES.map((r) => ({ value: r.slug, name: r.name, checked: owned.includes(r.slug) })) });
  // "My Notes, boards" → ["my-notes", "boards"]
  const slugs = (v: string) => v.split(',').map((x) => x.trim().toLowerCase().replace(/\s+/g, '-')).filter(Boolean);
  const others = await prompt.input({
    message: Q('any-others-short-names'),
    default: owned.filter((o) => !RESOURCES.some((r) => r.slug === o)).join(', '),
    validate: (v) => check('methods.resources', slugs)(v) === true || Q('please-enter-short-names'),
  });
  // Keep the student's own order for what they listed before; new ones follow.
  const resources = [...known, ...slugs(others)];
  const ordered = [...owned.filter((o) => resources.includes(o)), ...resources.filter((r) => !owned.includes(r))];
  setIf(m, 'resources', ordered.length ? ordered : undefined);
  m.switchedResources = await yesNo(prompt, Q('did-you-switch-resources'), pre?.switchedResources);
  m.spacedRepetition = await prompt.select({ message: Q('spaced-repetition'), choices: SPACED.map((x) => ({ value: x, name: x })), default: prefill?.methods?.spacedRepetition ?? 'none' });
  m.crammed = await yesNo(prompt, Q('did-you-cram-in'), pre?.crammed);
};

export const testDayStep: Step<'prompt' | 'draft' | 'prefill'> = async (ctx) => {
  const { prompt, draft, prefill } = ctx;
  prompt.say(Q('section-test-day'));
  const t = (draft.testDay ??= {});
  const pre = prefill?.testDay;
  t.ranOutOfTime = await yesNo(prompt, Q('did-you-run-out'), pre?.ranOutOfTime);
  t.mindWentBlank = await yesNo(prompt, Q('did-your-mind-go'), pre?.mindWentBlank);
  setIf(t, 'anxiety', await number(prompt, 'testDay.anxiety', Q('how-anxious-were-you'), pre?.anxiety));
};

export const wellbeingStep: Step<'prompt' | 'draft' | 'prefill'> = async (ctx) => {
  const { prompt, draft, prefill } = ctx;
  prompt.say(Q('section-wellbeing'));
  const w = (draft.wellbeing ??= {});
  const preW = prefill?.wellbeing;
  setIf(w, 'sleepHours', await number(prompt, 'wellbeing.sleepHours', Q('hours-of-sleep-on'), preW?.sleepHours));
  setIf(w, 'exerciseDaysPerWeek', await number(prompt, 'wellbeing.exerciseDaysPerWeek', Q('days-a-week-you'), preW?.exerciseDaysPerWeek));
  setIf(w, 'burnout', await number(prompt, 'wellbeing.burnout', Q('how-worn-out-do'), preW?.burnout));
  const stressors = await prompt.checkbox({ message: Q('anything-else-weighing-on'), choices: STRESSORS.map((s) => ({ value: s, name: s, checked: prefill?.wellbeing?.stressors?.includes(s) })) });
  setIf(w, 'stressors', stressors.length ? stressors : undefined);
  // Ticking nothing skips the question; "no one" must be said, since it changes the plan.
  const pre = prefill?.wellbeing?.support;
  const support = await prompt.checkbox<(typeof SUPPORTS)[number] | 'none'>({
    message: Q('who-is-supporting-you'),
    choices: [...SUPPORTS.map((s) => ({ value: s, name: s, checked: pre?.includes(s) })), { value: 'none', name: 'no one right now', checked: pre?.length === 0 }],
  });
  const chosen = support.filter((x) => x !== 'none');
  setIf(w, 'support', support.includes('none') ? [] : chosen.length ? chosen : undefined);
};

export const scheduleStep: Step<'prompt' | 'draft' | 'prefill' | 'today'> = async (ctx) => {
  const { prompt, draft, prefill, today } = ctx;
  prompt.say(Q('section-schedule'));
  const s = (draft.schedule ??= {});
  s.start = (await prompt.input({ message: Q('first-study-day-yyyy'), default: prefill?.schedule.start ?? nextMonday(today), validate: check('schedule.start', toText) })).trim();
  s.hoursPerDay = toNumber((await prompt.input({ message: Q('study-hours-a-day'), default: str(prefill?.schedule.hoursPerDay ?? 8), validate: (v) => (v.trim() === '' ? Q('please-enter-hours') : check('schedule.hoursPerDay', toNumber)(v)) })).trim());
  s.daysOffPerWeek = toNumber((await prompt.input({ message: Q('rest-days-a-week'), default: str(prefill?.schedule.daysOffPerWeek ?? 1), validate: check('schedule.daysOffPerWeek', toNumber) })).trim()) ?? 1;
  const exam = (await prompt.input({ message: Q('exam-date-if-booked'), default: prefill?.schedule.examDate ?? '', validate: check('schedule.examDate', toText) })).trim();
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
