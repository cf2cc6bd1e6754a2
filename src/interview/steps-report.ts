// The interview's steps about the failed attempt: which exam and attempt, the score report
// (result and performance profile) and how test day went.
import { AREAS } from '../content/areas.js';
import { ATTEMPT_RULES, EXAMS, EXAM_FACTS, type Exam } from '../content/exams.js';
import { formatLong } from '../lib/dates.js';
import { DISTANCES, type Band } from '../schema/answers.js';
import { askDates, askNumber, type NumberQuestion } from './ask.js';
import { compact, shortName, type Context, type Step, type TestDay } from './step.js';

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
    // Missing dates are allowed (not everyone has them to hand), but said: a fourth attempt's waiting
    // rules run from the first and the most recent date (core/booking.ts), so no exam date can be checked.
    if (attempt > ATTEMPT_RULES.maxInWindow && previousAttempts.length < attempt - 1) {
      prompt.say(`Without all ${attempt - 1} dates retake cannot check an exam date against USMLE's waiting rules for attempt ${attempt} (${ATTEMPT_RULES.fourthAfterFirstMonths} months after the first, ${ATTEMPT_RULES.fourthAfterLastMonths} after the most recent). Add them when you can; your plan will say so until then.`);
    }
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
