// The interview as a list of steps, one per answer group, in the order a student thinks:
// the exam, the report, test day, how they studied, how they are, their time, their own
// dates that wait on the result. Each step
// takes only what it uses, reads its defaults from the draft (a pre-filled file, or what
// the student said before changing it from the recap) and returns its group of answers.
// Enter keeps the default; an empty optional answer claims nothing.
import { AREAS } from '../content/areas.js';
import { EXAMS, EXAM_FACTS, type Exam } from '../content/exams.js';
import { RESOURCES } from '../content/resources.js';
import { practiceWeekday } from '../core/availability.js';
import { formatLong, nextMonday, weekdayName } from '../lib/dates.js';
import { DISTANCES, MAIN_ACTIVITIES, SPACED, STRESSORS, SUPPORTS, WEEKDAYS, type Answers, type Band } from '../schema/answers.js';
import { fits } from './fields.js';
import { askDates, askForms, askNumber, askWeek, weekHours, type NumberQuestion, type WeekChoice } from './ask.js';
import { withThousands, type DateReader } from './parse-input.js';
import { readMilestone, type Weekday } from './parse-lists.js';
import type { Prompter } from './prompter.js';

type Methods = NonNullable<Answers['methods']>;
type TestDay = NonNullable<Answers['testDay']>;
type Wellbeing = NonNullable<Answers['wellbeing']>;
type Schedule = Answers['schedule'];
type Milestone = NonNullable<Answers['milestones']>[number];

/** The answers being built: an answers file with every field still optional. */
export type Draft = Partial<Omit<Answers, 'schedule'>> & { schedule?: Partial<Schedule> };

export interface Context {
  prompt: Prompter;
  draft: Readonly<Draft>;
  today: string;
  readDate: DateReader;
}

export interface Step {
  id: string;
  /** The group's name in the recap. */
  title: string;
  /** The top-level answers fields the step owns (a problem in one sends the student back here). */
  fields: readonly (keyof Draft)[];
  run(ctx: Context): Promise<Partial<Draft>>;
}

/** "Step 1": the exam's name without the "USMLE", to keep questions within 80 columns. */
const shortName = (e: Exam) => EXAM_FACTS[e].name.replace(/^USMLE /, '');

/** The student's own order for what they listed before; new picks follow. */
function keepOrder<T>(before: readonly T[] | undefined, picked: readonly T[]): T[] {
  const old = before ?? [];
  return [...old.filter((o) => picked.includes(o)), ...picked.filter((p) => !old.includes(p))];
}

/** Drops undefined fields, and the whole group when nothing is left. */
function compact<T extends object>(group: T): T | undefined {
  const out = Object.fromEntries(Object.entries(group).filter(([, v]) => v !== undefined)) as T;
  return Object.keys(out).length ? out : undefined;
}

// ---------------------------------------------------------------- the exam

export const examStep: Step = {
  id: 'exam',
  title: 'Exam',
  fields: ['exam', 'attempt', 'previousAttempts'],
  async run(ctx: Pick<Context, 'prompt' | 'draft' | 'today' | 'readDate'>) {
    const { prompt, draft } = ctx;
    prompt.say('\nThe exam. It sets the passing standard, the attempt rules and the practice exams your plan uses.');
    const nth = { 2: 'first retake', 3: 'second retake', 4: 'third retake: the last attempt USMLE allows' } as const;
    const pick = await prompt.select({
      message: 'Which exam, and which attempt are you preparing for?',
      choices: EXAMS.flatMap((e) => ([2, 3, 4] as const).map((n) => ({ value: `${e}:${n}`, name: `${EXAM_FACTS[e].name}, attempt ${n} (${nth[n]})` }))),
      default: `${draft.exam ?? 'step1'}:${draft.attempt ?? 2}`,
    });
    const [exam, n] = pick.split(':') as [Exam, string];
    const attempt = Number(n) as 2 | 3 | 4;
    const name = EXAM_FACTS[exam].name;
    const previousAttempts = await askDates(ctx, {
      message: attempt === 2 ? `When did you sit ${shortName(exam)}? (e.g. 20 Oct)` : `When did you sit it before, oldest first? (e.g. 3 Mar, 20 Oct)`,
      default: (draft.previousAttempts ?? []).join(', '),
      optional: true,
      direction: 'past',
      check: (dates) => {
        if (dates.some((d) => d > ctx.today)) return `Please enter the dates you already sat ${name}; ${formatLong(dates.find((d) => d > ctx.today)!)} is still to come.`;
        if (dates.some((d, i) => i > 0 && d <= dates[i - 1]!)) return 'Please list the dates oldest first.';
        return dates.length <= attempt - 1 || `Attempt ${attempt} of ${name} has at most ${attempt - 1} earlier ${attempt === 2 ? 'attempt' : 'attempts'}.`;
      },
    });
    return { exam, attempt, previousAttempts: previousAttempts.length ? previousAttempts : undefined };
  },
};

// ---------------------------------------------------------------- the result

const STEP1_PICTURE = 'On a failing Step 1 report, a picture places your score below the passing line: close = just under it · moderate = a clear gap · far = a long way below.';

export const resultStep: Step = {
  id: 'result',
  title: 'Result',
  fields: ['score', 'distanceFromPassing'],
  async run(ctx: Pick<Context, 'prompt' | 'draft'>) {
    const { prompt, draft } = ctx;
    const exam = draft.exam ?? 'step1';
    const name = EXAM_FACTS[exam].name;
    const short = shortName(exam);
    prompt.say('\nYour result. How far from passing decides how long the plan runs.');
    const scoreQ = (message: string): NumberQuestion => ({
      message,
      kind: 'score',
      default: draft.score,
      optional: true,
      path: 'score',
      allowed: `your ${name} three-digit score, from 100 to 300`,
      echo: (n) => `${name} score ${n}`,
    });
    if (exam !== 'step1') return { score: await askNumber(ctx, scoreQ(`Your ${short} three-digit score (e.g. 209)`)), distanceFromPassing: undefined };
    prompt.say(STEP1_PICTURE);
    const d = await prompt.select<(typeof DISTANCES)[number] | 'score' | 'unknown'>({
      message: 'How far from passing did your score report place you?',
      choices: [
        ...DISTANCES.map((x) => ({ value: x, name: x })),
        { value: 'score' as const, name: 'my report has a three-digit score (attempts before 26 Jan 2022)' },
        { value: 'unknown' as const, name: 'not sure / skip' },
      ],
      default: draft.distanceFromPassing ?? (draft.score !== undefined ? 'score' : 'unknown'),
    });
    if (d === 'score') return { score: await askNumber(ctx, scoreQ(`Your ${short} three-digit score (e.g. 188)`)), distanceFromPassing: undefined };
    return { distanceFromPassing: d === 'unknown' ? undefined : d, score: undefined };
  },
};

// ---------------------------------------------------------------- the performance profile

export const profileStep: Step = {
  id: 'profile',
  title: 'Profile',
  fields: ['performance'],
  async run(ctx: Pick<Context, 'prompt' | 'draft'>) {
    const { prompt, draft } = ctx;
    const exam = draft.exam ?? 'step1';
    const areas = AREAS[exam];
    const pre = { ...draft.performance?.disciplines, ...draft.performance?.systems } as Record<string, Band | undefined>;
    prompt.say('\nYour performance profile: the page of your report with a row per subject, each lower, about the same or higher than examinees with a low pass.\nIt decides what your first weeks focus on. Tick the rows marked lower; nothing ticked skips the profile.');
    const group = (kind: string) => (kind === 'discipline' ? 'Disciplines' : 'Systems');
    const lower = await prompt.checkbox({
      message: 'Which areas were LOWER than a low pass? (space ticks one)',
      choices: areas.map((a) => ({ value: a.slug, name: a.name, checked: pre[a.slug] === 'lower', group: group(a.kind) })),
    });
    if (!lower.length) {
      prompt.say('  → no profile: the plan ranks areas by their share of the exam until you add it.');
      return { performance: undefined };
    }
    const rest = areas.filter((a) => !lower.includes(a.slug));
    const higher = await prompt.checkbox({
      message: 'Which were HIGHER than a low pass? (the rest: about the same)',
      choices: rest.map((a) => ({ value: a.slug, name: a.name, checked: pre[a.slug] === 'higher', group: group(a.kind) })),
    });
    // Not ticked: "about the same" — except, in a pre-filled profile, an area it did not mention,
    // which stays unmentioned so that Enter changes nothing.
    const prefilled = Boolean(draft.performance);
    const band = (slug: string): Band | undefined =>
      lower.includes(slug) ? 'lower' : higher.includes(slug) ? 'higher' : prefilled && pre[slug] === undefined ? undefined : 'same';
    const bands = (kind: 'discipline' | 'system') =>
      Object.fromEntries(areas.filter((a) => a.kind === kind).flatMap((a) => (band(a.slug) ? [[a.slug, band(a.slug)!]] : [])));
    return { performance: { disciplines: bands('discipline'), systems: bands('system') } };
  },
};

// ---------------------------------------------------------------- test day

const ACCOMMODATIONS_ASK =
  'Do you have, or think you may have, a condition such as ADHD, a learning difference or an anxiety disorder that limits you on timed tests? USMLE can grant accommodations such as extra time; they take months to arrange, so it helps to ask now.';

export const testDayStep: Step = {
  id: 'testDay',
  title: 'Test day',
  fields: ['testDay'],
  async run(ctx: Pick<Context, 'prompt' | 'draft'>) {
    const { prompt, draft } = ctx;
    const facts = EXAM_FACTS[draft.exam ?? 'step1'];
    const t = draft.testDay ?? {};
    prompt.say('\nTest day. These shape pacing drills and anxiety work.');
    // The answers file keeps yes/no; the count is read so "2" or "none" are both answers.
    const blocks = await askNumber(ctx, {
      message: `In how many of the ${facts.blocks} blocks did you run out of time? (0 if none)`,
      kind: 'count',
      default: t.ranOutOfTime === false ? 0 : undefined,
      optional: true,
      allowed: `a number of blocks from 0 to ${facts.blocks}, such as 2 or none`,
      check: (n) => (Number.isInteger(n) && n <= facts.blocks) || `Please enter a number of blocks from 0 to ${facts.blocks} (${facts.name} has ${facts.blocks}).`,
      echo: (n) => (n ? `ran out of time in ${n} of ${facts.blocks} blocks` : 'did not run out of time'),
    });
    const ranOutOfTime = blocks === undefined ? (t.ranOutOfTime ? true : undefined) : blocks > 0;
    const anxiety = await askNumber(ctx, {
      message: 'Test-day anxiety, 0 (calm) to 10 (overwhelming)?',
      kind: 'rating',
      default: t.anxiety,
      optional: true,
      path: 'testDay.anxiety',
      allowed: 'a whole number from 0 (calm) to 10 (overwhelming)',
      echo: (n) => `anxiety ${n} of 10`,
    });
    // One screen for what was true on the day and for a condition that limits timed tests:
    // accommodations take months to arrange, so the plan needs to know early, and kindly.
    prompt.say(ACCOMMODATIONS_ASK);
    const picked = await prompt.checkbox<'blank' | 'have' | 'suspect'>({
      message: 'Tick what is true (none ticked: no)',
      choices: [
        { value: 'blank', name: 'my mind went blank on questions I knew', checked: t.mindWentBlank === true, group: 'On test day' },
        { value: 'have', name: 'I have such a condition (diagnosed, or had accommodations)', checked: t.accommodations === 'have', group: 'A condition that limits you on timed tests' },
        { value: 'suspect', name: 'I think I may have one', checked: t.accommodations === 'suspect', group: 'A condition that limits you on timed tests' },
      ],
      validate: (p) => !(p.includes('have') && p.includes('suspect')) || '"I have" and "I think I may have" cannot both be ticked: untick one.',
    });
    const mindWentBlank = picked.includes('blank');
    const accommodations = picked.includes('have') ? 'have' : picked.includes('suspect') ? 'suspect' : 'none';
    return { testDay: compact<TestDay>({ ranOutOfTime, mindWentBlank, anxiety, accommodations }) };
  },
};

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

// ---------------------------------------------------------------- your time

export const scheduleStep: Step = {
  id: 'schedule',
  title: 'Time',
  fields: ['schedule'],
  async run(ctx: Pick<Context, 'prompt' | 'draft' | 'today' | 'readDate'>) {
    const { prompt, draft, today } = ctx;
    const s = draft.schedule ?? {};
    prompt.say('\nYour time. These shape how your days are built.');
    const [start] = await askDates(ctx, {
      message: 'First study day (e.g. next monday, 4 Jan or 2027-01-04)',
      default: s.start ?? nextMonday(today),
      direction: 'future',
      check: ([d]) => d! >= today || `Please enter a day from today on; ${formatLong(d!)} has passed.`,
    });
    const hoursPerDay = await askNumber(ctx, {
      message: 'Study hours a day (e.g. 8 or 7.5h)',
      kind: 'hours',
      default: s.hoursPerDay ?? 8,
      path: 'schedule.hoursPerDay',
      allowed: 'study hours a day from 1 to 14, in quarter hours (such as 7.5)',
      echo: (n) => `${n} hours a day`,
    });
    const week = await askWeek(ctx, hoursPerDay!, s);
    const practiceExamDay = week.availability || s.practiceExamDay ? await askPracticeDay(ctx, hoursPerDay!, week, s.practiceExamDay) : undefined;
    const [examDate] = await askDates(ctx, {
      message: `${shortName(draft.exam ?? 'step1')} exam date, if booked (e.g. 1 Mar)`,
      default: s.examDate ?? '',
      optional: true,
      direction: 'future',
      check: ([d]) => d! > start! || `Please enter an exam date after your first study day (${formatLong(start!)}).`,
    });
    return { schedule: { start, hoursPerDay, ...week, practiceExamDay, examDate, weeks: s.weeks, dayStartsAt: s.dayStartsAt } };
  },
};

/** Asked once the student has said their own week: the day a whole practice exam fits best. */
async function askPracticeDay(ctx: Pick<Context, 'prompt'>, hoursPerDay: number, week: WeekChoice, before: Weekday | undefined): Promise<Weekday | undefined> {
  const hours = weekHours(hoursPerDay, week);
  const longest = WEEKDAYS[practiceWeekday({ schedule: { start: '', hoursPerDay, ...week } } as Answers, hours)]!;
  const open = WEEKDAYS.filter((_, i) => hours[i]! > 0);
  ctx.prompt.say('A practice exam takes most of a study day; pick the day you can best give it.');
  const day = await ctx.prompt.select<Weekday | 'plan'>({
    message: 'Which day suits your practice exams?',
    choices: [{ value: 'plan', name: `let the plan pick your longest day (${dayName(longest)})` }, ...open.map((d) => ({ value: d, name: `${dayName(d)} (${hours[WEEKDAYS.indexOf(d)]} h)` }))],
    default: before && open.includes(before) ? before : 'plan',
  });
  return day === 'plan' ? undefined : day;
}

const dayName = (d: Weekday) => weekdayName(WEEKDAYS.indexOf(d));

// ---------------------------------------------------------------- your own dates

const MAX_MILESTONES = 10;

export const milestonesStep: Step = {
  id: 'milestones',
  title: 'Your dates',
  fields: ['milestones'],
  async run(ctx: Pick<Context, 'prompt' | 'draft' | 'today' | 'readDate'>) {
    const { prompt, draft, today, readDate } = ctx;
    prompt.say('\nYour own dates. Any date of yours that waits on this result, like rotations starting? The plan checks each against your exam and the weeks a result takes.\nWrite a name and a date, such as core rotations start 1 Mar; one at a time, Enter when done.');
    const out: Milestone[] = [];
    const ask = async (message: string, def: string): Promise<Milestone | 'done'> => {
      const read = (raw: string): { ok: true; value: Milestone | 'done' } | { ok: false; reason: string } => {
        if (/^\s*(?:none|no|n|-|done)?\s*$/i.test(raw)) return { ok: true, value: 'done' };
        const r = readMilestone(raw, today, readDate);
        if (!r.ok) return { ok: false, reason: `Please enter ${r.reason}.` };
        if (r.value.name.length > 80) return { ok: false, reason: 'Please keep the name under 80 characters.' };
        if (out.some((m) => m.name.toLowerCase() === r.value.name.toLowerCase() && m.date === r.value.date)) return { ok: false, reason: `${r.value.name} on ${formatLong(r.value.date)} is already listed.` };
        return r;
      };
      const raw = await prompt.input({ message, default: def, validate: (v) => { const r = read(v); return r.ok || r.reason; } });
      const r = read(raw);
      return r.ok ? r.value : 'done';
    };
    // Dates given before come back one by one: Enter keeps each, "none" drops it.
    for (const [i, m] of (draft.milestones ?? []).entries()) {
      const kept = await ask(`Date ${i + 1} (Enter keeps it; none removes it)`, `${m.name} ${m.date}`);
      if (kept !== 'done') out.push(kept);
    }
    while (out.length < MAX_MILESTONES) {
      const m = await ask(out.length ? 'Another date? (Enter when done)' : 'A date that waits on this result? (Enter: none)', '');
      if (m === 'done') break;
      prompt.say(`  → ${m.name}: ${formatLong(m.date)}`);
      out.push(m);
    }
    return { milestones: out.length ? out : undefined };
  },
};

/** The interview, in order; the recap lists the same groups and can run any step again. */
export const STEPS: readonly Step[] = [examStep, resultStep, profileStep, testDayStep, methodsStep, wellbeingStep, scheduleStep, milestonesStep];
