// The interview's steps about the student: how they studied (questions, practice exams,
// resources, spaced repetition) and how they are (sleep, exercise, burnout, what weighs on them).
import { EXAM_FACTS } from '../content/exams.js';
import { RESOURCES } from '../content/resources.js';
import { MAIN_ACTIVITIES, SPACED, STRESSORS, SUPPORTS } from '../schema/answers.js';
import { fits } from './fields.js';
import { askForms, askNumber } from './ask.js';
import { withThousands } from './parse-input.js';
import { compact, keepOrder, type Context, type Methods, type Step, type Wellbeing } from './step.js';

// ---------------------------------------------------------------- how you studied

const FLASHCARD_SLUGS = new Set(RESOURCES.filter((r) => r.role === 'flashcards').map((r) => r.slug));

export const methodsStep: Step = {
  id: 'methods',
  title: 'Studying',
  fields: ['methods'],
  async run(ctx: Pick<Context, 'prompt' | 'draft'>) {
    const { prompt, draft } = ctx;
    const m: Methods = draft.methods ?? {};
    const facts = EXAM_FACTS[draft.exam ?? 'step1'];
    prompt.say('\nHow you studied. The plan changes methods, not just hours.');
    const questionsCompleted = await askNumber(ctx, {
      message: 'Question-bank questions done before the exam (e.g. 2,500)',
      kind: 'count',
      default: m.questionsCompleted,
      optional: true,
      path: 'methods.questionsCompleted',
      allowed: 'a whole number of questions from 0 to 100,000',
      echo: (n) => `${withThousands(n)} questions`,
    });
    const reviewMinutesPerBlock = questionsCompleted
      ? await askNumber(ctx, {
          message: `Minutes reviewing one ${facts.questionsPerBlock}-question block (e.g. 90 or 1.5h)`,
          kind: 'minutes',
          default: m.reviewMinutesPerBlock,
          optional: true,
          path: 'methods.reviewMinutesPerBlock',
          allowed: 'a number of minutes from 0 to 600',
          echo: (n) => `${n} minutes a block`,
        })
      : undefined;
    const mainActivity = await prompt.select({ message: 'What took most of your study time?', choices: MAIN_ACTIVITIES.map((x) => ({ value: x, name: x })), default: m.mainActivity ?? 'questions' });
    const practiceExamsTaken = await askNumber(ctx, {
      message: 'Full-length practice exams taken (NBME, UWSA, Free 120)',
      kind: 'count',
      default: m.practiceExamsTaken ?? 0,
      optional: true,
      path: 'methods.practiceExamsTaken',
      allowed: 'a whole number of practice exams from 0 to 50',
      echo: (n) => `${n} practice exam${n === 1 ? '' : 's'}`,
    });
    // Which forms, so the plan never schedules one again; asked after at least one exam
    // (or when a file already lists some).
    const formsTaken = practiceExamsTaken || m.formsTaken?.length
      ? await askForms(ctx, { exam: draft.exam ?? 'step1', default: m.formsTaken })
      : undefined;
    const percent = facts.practiceScale === 'percent';
    // Asked after at least one practice exam (or when a file already gives a best score).
    const bestPracticeScore = practiceExamsTaken || m.bestPracticeScore !== undefined
      ? await askNumber(ctx, {
          message: percent ? 'Your best practice score, percent correct (e.g. 63%)' : 'Your best practice score, predicted three-digit (e.g. 221)',
          kind: percent ? 'percent' : 'score',
          default: m.bestPracticeScore,
          optional: true,
          path: 'methods.bestPracticeScore',
          allowed: percent ? `your best ${facts.name} practice score as a percent correct from 0 to 100` : `your best ${facts.name} practice score as a predicted three-digit score from 100 to 300`,
          check: (n) =>
            percent
              ? n <= 100 || `${facts.name} practice exams report a percent correct (0 to 100); ${n} looks like a three-digit score. Please enter the percent, such as 63%.`
              : n >= 100 || `${facts.name} practice exams report a predicted three-digit score; please enter it, such as 221.`,
          echo: (n) => (percent ? `${n}% correct` : `predicted ${n}`),
        })
      : undefined;
    const owned = m.resources ?? [];
    const picked = await prompt.checkbox<string>({
      message: 'Which resources did you use? (none ticked: skip)',
      choices: [...RESOURCES.map((r) => ({ value: r.slug, name: r.name, checked: owned.includes(r.slug) })), { value: '+other', name: 'others…', checked: owned.some((o) => !RESOURCES.some((r) => r.slug === o)) }],
    });
    let others: string[] = [];
    if (picked.includes('+other')) {
      // "My Notes, boards" → ["my-notes", "boards"]
      const slugs = (v: string) => v.split(',').map((x) => x.trim().toLowerCase().replace(/\s+/g, '-')).filter(Boolean);
      const raw = await prompt.input({
        message: 'Which others? (short names, comma-separated)',
        default: owned.filter((o) => !RESOURCES.some((r) => r.slug === o)).join(', '),
        validate: (v) => fits('methods.resources', slugs(v)) || 'Please enter short names such as my-notes or boards, separated by commas.',
      });
      others = slugs(raw);
    }
    const resources = keepOrder(owned, [...picked.filter((p) => p !== '+other'), ...others]);
    // Spaced repetition is asked once resources are known; "none" is not offered with a card app ticked.
    // (An answers file that says "none" with a card app keeps its word: Enter changes nothing.)
    const cards = resources.some((r) => FLASHCARD_SLUGS.has(r)) && m.spacedRepetition !== 'none';
    const spacedRepetition = resources.length
      ? await prompt.select({
          message: 'Spaced repetition: how regularly did you review cards?',
          choices: SPACED.filter((s) => !(cards && s === 'none')).map((s) => ({ value: s, name: { none: 'none: no spaced-repetition cards', irregular: 'now and then', daily: 'daily' }[s] })),
          default: m.spacedRepetition && !(cards && m.spacedRepetition === 'none') ? m.spacedRepetition : cards ? 'irregular' : 'none',
        })
      : m.spacedRepetition;
    const truths = await prompt.checkbox({
      message: 'Which of these were true of your preparation?',
      choices: [
        { value: 'timedRandomBlocks' as const, name: 'I did timed, random (mixed-subject) blocks', checked: m.timedRandomBlocks === true },
        { value: 'switchedResources' as const, name: 'I switched resources part-way', checked: m.switchedResources === true },
        { value: 'crammed' as const, name: 'I crammed in the last days', checked: m.crammed === true },
      ],
    });
    const methods: Methods = {
      questionsCompleted,
      reviewMinutesPerBlock,
      mainActivity,
      timedRandomBlocks: truths.includes('timedRandomBlocks'),
      practiceExamsTaken,
      bestPracticeScore,
      formsTaken: formsTaken?.length ? formsTaken : undefined,
      resources: resources.length ? resources : undefined,
      switchedResources: truths.includes('switchedResources'),
      spacedRepetition,
      crammed: truths.includes('crammed'),
    };
    return { methods: compact(methods) };
  },
};

// ---------------------------------------------------------------- how you are

type WellbeingPick = (typeof STRESSORS)[number] | `support:${(typeof SUPPORTS)[number]}` | 'support:none' | 'no-exercise';

export const wellbeingStep: Step = {
  id: 'wellbeing',
  title: 'Wellbeing',
  fields: ['wellbeing'],
  async run(ctx: Pick<Context, 'prompt' | 'draft'>) {
    const { prompt, draft } = ctx;
    const w: Wellbeing = draft.wellbeing ?? {};
    prompt.say('\nHow you are doing. These answers stay on this computer; they make the plan humane, not longer.');
    const sleepHours = await askNumber(ctx, {
      message: 'Hours of sleep on a typical night (e.g. 6.5 or 6h30)',
      kind: 'hours',
      default: w.sleepHours,
      optional: true,
      path: 'wellbeing.sleepHours',
      allowed: 'hours of sleep a night, from 0 to 16',
      echo: (n) => `${n} hours a night`,
    });
    const burnout = await askNumber(ctx, {
      message: 'How worn out do you feel, 0 (fresh) to 10 (exhausted)?',
      kind: 'rating',
      default: w.burnout,
      optional: true,
      path: 'wellbeing.burnout',
      allowed: 'a whole number from 0 (fresh) to 10 (exhausted)',
      echo: (n) => `worn out ${n} of 10`,
    });
    const picked = await prompt.checkbox<WellbeingPick>({
      message: 'Tick what applies (none ticked: skip)',
      choices: [
        ...STRESSORS.map((s) => ({ value: s, name: s, checked: w.stressors?.includes(s), group: 'Weighing on you' })),
        ...SUPPORTS.map((s) => ({ value: `support:${s}` as const, name: s, checked: w.support?.includes(s), group: 'Supporting you' })),
        { value: 'support:none' as const, name: 'no one right now', checked: w.support?.length === 0, group: 'Supporting you' },
        { value: 'no-exercise' as const, name: 'I am not exercising at all these days', checked: w.exerciseDaysPerWeek === 0, group: 'Habits' },
      ],
      validate: (p) => !(p.includes('support:none') && p.some((x) => x.startsWith('support:') && x !== 'support:none')) || '"no one right now" and a supporter cannot both be ticked: untick one.',
    });
    const stressors = keepOrder(w.stressors, STRESSORS.filter((s) => picked.includes(s)));
    const supporters = keepOrder(w.support, SUPPORTS.filter((s) => picked.includes(`support:${s}`)));
    // "no one" must be said, since it changes the plan; ticking nothing claims nothing.
    const support = picked.includes('support:none') ? [] : supporters.length ? supporters : undefined;
    // Only "not at all" changes the plan; otherwise a number from a file is kept as it was.
    const exerciseDaysPerWeek = picked.includes('no-exercise') ? 0 : w.exerciseDaysPerWeek === 0 ? undefined : w.exerciseDaysPerWeek;
    return { wellbeing: compact<Wellbeing>({ sleepHours, exerciseDaysPerWeek, burnout, stressors: stressors.length ? stressors : undefined, support }) };
  },
};
