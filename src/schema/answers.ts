// The answers file: what the student tells retake. One zod schema; the Answers
// type is inferred from it. `parseAnswers` validates unknown data (from YAML, JSON
// or the interview) and returns canonical answers or one sentence per problem.
import * as z from 'zod/mini';
import { findArea, type AreaKind } from '../content/areas.js';
import { ANY_PRACTICE_SCORE, EXAMS, EXAM_FACTS, highestStandard, practiceScoreProblem, scoreStandard, type Exam } from '../content/exams.js';
import { formatLong } from '../lib/dates.js';
import { addDays, isIsoDate } from '../lib/dates.js';
import { printable } from '../lib/printable.js';
import { didYouMean } from '../lib/suggest.js';
import { RESOURCES, resourceBySlug } from '../content/resources.js';
import { FORM_EXAMPLE, parseForm, type FormKind } from './forms.js';
import { CHECKPOINTS } from '../content/schedule.js';
import { ACCOMMODATIONS } from '../content/beyond.js';
import { describeValue, issueToSentence, unknownAreaProblem, type Allowed, type Result } from './problems.js';

export const BANDS = ['lower', 'same', 'higher'] as const;
export type Band = (typeof BANDS)[number];
export const MAIN_ACTIVITIES = ['questions', 'videos', 'reading', 'flashcards'] as const;
export const SPACED = ['none', 'irregular', 'daily'] as const;
export const DISTANCES = ['close', 'moderate', 'far'] as const;
export const STRESSORS = ['health', 'family', 'finances', 'work', 'other'] as const;
export const SUPPORTS = ['advisor', 'peers', 'family', 'counselor', 'tutor'] as const;

const isoDate = z.string().check(z.refine(isIsoDate, 'expected a real date written YYYY-MM-DD'));
const num = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
const int = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const bandInput = z.enum([...BANDS, 'borderline']);
const resourceSlug = z.string().check(z.regex(/^[a-z0-9][a-z0-9+.-]{0,39}$/));
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const dayHours = num(0, 14).check(z.multipleOf(0.25));
const formList = z.array(z.string().check(z.maxLength(40))).check(z.maxLength(40));

export const answersSchema = z.strictObject({
  exam: z.enum(EXAMS),
  attempt: z.union([z.literal(2), z.literal(3), z.literal(4)]),
  previousAttempts: z.optional(z.array(isoDate).check(z.maxLength(3))),
  score: z.optional(int(100, 300)),
  distanceFromPassing: z.optional(z.enum(DISTANCES)),
  performance: z.optional(
    z.strictObject({
      disciplines: z.optional(z.record(z.string(), bandInput)),
      systems: z.optional(z.record(z.string(), bandInput)),
    }),
  ),
  methods: z.optional(
    z.strictObject({
      questionsCompleted: z.optional(int(0, 100_000)),
      reviewMinutesPerBlock: z.optional(num(0, 600)),
      mainActivity: z.optional(z.enum(MAIN_ACTIVITIES)),
      timedRandomBlocks: z.optional(z.boolean()),
      practiceExamsTaken: z.optional(int(0, 50)),
      bestPracticeScore: z.optional(num(0, 300)),
      resources: z.optional(z.array(resourceSlug).check(z.maxLength(30))),
      switchedResources: z.optional(z.boolean()),
      spacedRepetition: z.optional(z.enum(SPACED)),
      crammed: z.optional(z.boolean()),
      formsTaken: z.optional(formList),
    }),
  ),
  practiceExams: z.optional(z.strictObject({ pool: z.optional(formList) })),
  testDay: z.optional(
    z.strictObject({
      ranOutOfTime: z.optional(z.boolean()),
      mindWentBlank: z.optional(z.boolean()),
      anxiety: z.optional(int(0, 10)),
      accommodations: z.optional(z.enum(ACCOMMODATIONS)),
    }),
  ),
  wellbeing: z.optional(
    z.strictObject({
      sleepHours: z.optional(num(0, 16)),
      exerciseDaysPerWeek: z.optional(int(0, 7)),
      burnout: z.optional(int(0, 10)),
      stressors: z.optional(z.array(z.enum(STRESSORS)).check(z.maxLength(10))),
      support: z.optional(z.array(z.enum(SUPPORTS)).check(z.maxLength(10))),
    }),
  ),
  schedule: z.strictObject({
    start: isoDate,
    hoursPerDay: num(1, 14).check(z.multipleOf(0.25)),
    daysOffPerWeek: z.optional(int(0, 3)),
    examDate: z.optional(isoDate),
    weeks: z.optional(int(6, 12)),
    dayStartsAt: z.optional(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/))),
    availability: z.optional(z.strictObject(Object.fromEntries(WEEKDAYS.map((d) => [d, z.optional(dayHours)])) as Record<(typeof WEEKDAYS)[number], z.ZodMiniOptional<typeof dayHours>>)),
    practiceExamDay: z.optional(z.enum(WEEKDAYS)),
  }),
  // The student's own dates that wait on this result (rotations, an application deadline).
  milestones: z.optional(z.array(z.strictObject({ name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)), date: isoDate })).check(z.maxLength(10))),
});

/** When a study day starts if the answers do not say (schedule.dayStartsAt). */
export const DEFAULT_DAY_START = '08:00';

/** The answers as written (bands may say "borderline", areas may use aliases). */
export type AnswersInput = z.input<typeof answersSchema>;
/** Canonical answers: area slugs canonical, "borderline" read as "same". */
export type Answers = Omit<z.output<typeof answersSchema>, 'performance'> & {
  performance?: { disciplines?: Record<string, Band>; systems?: Record<string, Band> };
};

const list = (xs: readonly string[]) => xs.join(', ');
export const ALLOWED: Allowed = {
  '#keys': 'exam, attempt, previousAttempts, score, distanceFromPassing, performance, methods, testDay, wellbeing, schedule, practiceExams, milestones',
  exam: `one of ${list(EXAMS)}`,
  attempt: 'the attempt you are preparing for: 2, 3 or 4 (USMLE allows four attempts per Step)',
  previousAttempts: 'a list of up to three dates (YYYY-MM-DD), oldest first',
  'previousAttempts.*': 'a real date written YYYY-MM-DD',
  score: 'a three-digit score from 100 to 300',
  distanceFromPassing: `one of ${list(DISTANCES)}`,
  'performance.#keys': 'disciplines, systems',
  'performance.disciplines.*': 'lower, same (or borderline) or higher',
  'performance.systems.*': 'lower, same (or borderline) or higher',
  'methods.#keys': 'questionsCompleted, reviewMinutesPerBlock, mainActivity, timedRandomBlocks, practiceExamsTaken, bestPracticeScore, resources, switchedResources, spacedRepetition, crammed, formsTaken',
  'methods.questionsCompleted': 'a whole number of questions from 0 to 100000',
  'methods.reviewMinutesPerBlock': 'a number of minutes from 0 to 600',
  'methods.mainActivity': `one of ${list(MAIN_ACTIVITIES)}`,
  'methods.timedRandomBlocks': 'true or false',
  'methods.practiceExamsTaken': 'a whole number from 0 to 50',
  'methods.bestPracticeScore': ANY_PRACTICE_SCORE,
  'methods.resources': 'a list of up to 30 resource names',
  'methods.resources.*': 'a short lowercase name such as uworld, first-aid, pathoma',
  'methods.switchedResources': 'true or false',
  'methods.spacedRepetition': `one of ${list(SPACED)}`,
  'methods.crammed': 'true or false',
  'methods.formsTaken': `a list of practice exams you took before this plan, each ${FORM_EXAMPLE}`,
  'methods.formsTaken.*': FORM_EXAMPLE,
  'practiceExams.#keys': 'pool',
  'practiceExams.pool': `a list of the forms you can still take, each ${FORM_EXAMPLE}`,
  'practiceExams.pool.*': FORM_EXAMPLE,
  'testDay.#keys': 'ranOutOfTime, mindWentBlank, anxiety, accommodations',
  'testDay.ranOutOfTime': 'true or false',
  'testDay.mindWentBlank': 'true or false',
  'testDay.anxiety': 'a whole number from 0 (none) to 10 (overwhelming)',
  'testDay.accommodations': `one of ${list(ACCOMMODATIONS)} (suspect: a condition such as ADHD may limit you on timed tests, not yet evaluated)`,
  'wellbeing.#keys': 'sleepHours, exerciseDaysPerWeek, burnout, stressors, support',
  'wellbeing.sleepHours': 'hours of sleep a night, from 0 to 16',
  'wellbeing.exerciseDaysPerWeek': 'a whole number of days from 0 to 7',
  'wellbeing.burnout': 'a whole number from 0 (none) to 10 (exhausted)',
  'wellbeing.stressors': `a list drawn from ${list(STRESSORS)}`,
  'wellbeing.stressors.*': `one of ${list(STRESSORS)}`,
  'wellbeing.support': `a list drawn from ${list(SUPPORTS)}`,
  'wellbeing.support.*': `one of ${list(SUPPORTS)}`,
  schedule: 'a group with at least start (YYYY-MM-DD) and hoursPerDay',
  'schedule.#keys': 'start, hoursPerDay, daysOffPerWeek, examDate, weeks, dayStartsAt, availability, practiceExamDay',
  'schedule.availability': 'hours per weekday, such as {mon: 4, tue: 4, sat: 0, sun: 0}',
  'schedule.availability.#keys': list(WEEKDAYS),
  'schedule.availability.*': 'study hours that weekday from 0 (a day off) to 14, in steps of 0.25',
  'schedule.practiceExamDay': `the weekday for practice exams: one of ${list(WEEKDAYS)}`,
  'schedule.start': 'the first study day, a real date written YYYY-MM-DD',
  'schedule.hoursPerDay': 'study hours a day from 1 to 14, in steps of 0.25',
  'schedule.daysOffPerWeek': 'a whole number of rest days a week from 0 to 3',
  'schedule.examDate': 'a real date written YYYY-MM-DD',
  'schedule.weeks': 'a whole number of weeks from 6 to 12',
  'schedule.dayStartsAt': 'a time of day written HH:MM (24-hour)',
  milestones: 'a list of up to 10 dates of your own, each { name, date }',
  'milestones.*': 'a group with name and date, such as { name: core rotations start, date: 2027-03-01 }',
  'milestones.*.#keys': 'name, date',
  'milestones.*.name': 'a short name of up to 80 characters, such as core rotations start',
  'milestones.*.date': 'a real date written YYYY-MM-DD',
};

export interface ParseOptions {
  /** Today's date, to reject attempts dated in the future. */
  today?: string;
}

export function parseAnswers(data: unknown, opts: ParseOptions = {}): Result<Answers> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [`the answers must be a group of fields (exam, attempt, schedule, ...), got ${Array.isArray(data) ? 'a list' : data === null || data === undefined ? 'an empty document' : `a single value`}`] };
  }
  const saved = savedProfileProblem(data);
  if (saved) return { ok: false, problems: [saved] };
  const parsed = answersSchema.safeParse(data);
  if (!parsed.success) {
    // One sentence per problem: several zod issues on one field (not whole, too big) read the same.
    // The checks that need only their own fields run too, so every problem comes in one pass.
    const problems = parsed.error.issues.map((i) => issueToSentence(i, data, ALLOWED));
    problems.push(...looseProblems(data as Record<string, unknown>));
    return { ok: false, problems: [...new Set(problems)] };
  }
  const a = parsed.data;
  const problems: string[] = [];
  const performance = a.performance && {
    disciplines: canonicalBands(a.exam, 'discipline', a.performance.disciplines, problems),
    systems: canonicalBands(a.exam, 'system', a.performance.systems, problems),
  };
  problems.push(...crossFieldProblems(a, opts));
  if (problems.length) return { ok: false, problems };
  const value: Answers = { ...a, performance };
  if (!performance) delete value.performance;
  return { ok: true, value };
}

/**
 * A saved profile (retake plan --save) passed as an answers file: its answers sit under
 * `answers`, beside `schemaVersion`. Said plainly rather than as "exam: missing".
 */
function savedProfileProblem(data: object): string | undefined {
  const d = data as Record<string, unknown>;
  if (!('schemaVersion' in d) || !('answers' in d) || 'exam' in d) return undefined;
  return 'this is a saved profile (schemaVersion and answers), not an answers file: run retake plan without --answers to use it, or copy what is under answers: into a file of its own';
}

/**
 * Checks of fields that stand on their own (area names, forms), run on the raw data when the
 * schema refused something else, so a student fixes everything in one edit.
 */
function looseProblems(d: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const exam = (EXAMS as readonly unknown[]).includes(d.exam) ? (d.exam as Exam) : undefined;
  const perf = record(d.performance);
  if (exam && perf) {
    canonicalBands(exam, 'discipline', record(perf.disciplines) as Record<string, string> | undefined, problems);
    canonicalBands(exam, 'system', record(perf.systems) as Record<string, string> | undefined, problems);
  }
  problems.push(...formProblems(strings(record(d.methods)?.formsTaken), strings(record(d.practiceExams)?.pool)));
  return problems;
}

/** Each form readable as a form. */
function formProblems(taken: readonly string[] | undefined, pool: readonly string[] | undefined): string[] {
  const problems: string[] = [];
  const check = (path: string, xs: readonly string[] | undefined) =>
    xs?.forEach((x, i) => {
      if (!parseForm(x)) problems.push(`${path}[${i}]: expected ${FORM_EXAMPLE}, got ${describeValue(x)}`);
    });
  check('methods.formsTaken', taken);
  check('practiceExams.pool', pool);
  return problems;
}

/**
 * Accepted but worth seeing, one sentence each, for the CLI to print as a note: forms the exam
 * does not have (CCSSA on Step 1, CBSSA on Step 2 CK, a UWSA number it lacks), which change
 * nothing in the plan, and a resource retake does not know whose name is close to one it does
 * (firstaid for first-aid), which would be kept as the student's own. Read from the raw data, so
 * a file with problems gets its notes in the same report.
 */
export function answerNotes(data: unknown): string[] {
  const notes: string[] = [];
  const d = record(data);
  if (!d) return notes;
  const exam = (EXAMS as readonly unknown[]).includes(d.exam) ? (d.exam as Exam) : undefined;
  const methods = record(d.methods);
  const check = (path: string, xs: readonly string[] | undefined, effect: string) =>
    xs?.forEach((x, i) => {
      const f = parseForm(x);
      const wrong = exam && f && wrongExamForm(exam, f);
      if (wrong) notes.push(`${path}[${i}]: ${wrong}; ${effect}`);
    });
  check('methods.formsTaken', strings(methods?.formsTaken), 'it changes nothing in this plan (check the list)');
  check('practiceExams.pool', strings(record(d.practiceExams)?.pool), 'it is not planned');
  strings(methods?.resources)?.forEach((x, i) => {
    if (resourceBySlug(x)) return;
    const hint = didYouMean(x, RESOURCE_NAMES);
    if (hint) notes.push(`methods.resources[${i}]: ${printable(x, 40)} is not a resource retake knows, so the plan treats it as your own; ${hint}`);
  });
  return notes;
}

/** Each known resource, looked up by its slug and by its name. */
const RESOURCE_NAMES = RESOURCES.flatMap((r) => [[r.slug, r.slug], [r.name, r.slug]] as const);

const record = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
const strings = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);

function wrongExamForm(exam: Exam, f: { kind: FormKind; form: string }): string | undefined {
  const c = CHECKPOINTS[exam];
  const numbered = c.forms[0]!.kind;
  const name = EXAM_FACTS[exam].name;
  if ((f.kind === 'nbme' || f.kind === 'ccssa') && f.kind !== numbered) {
    const other = EXAMS.find((e) => CHECKPOINTS[e].forms[0]!.kind === f.kind);
    return `${f.kind === 'nbme' ? 'NBME CBSSA' : 'NBME CCSSA'} form ${f.form} is a ${other ? EXAM_FACTS[other].name : 'different'} form, not a ${name} one; ${name}'s NBME forms are written ${numbered} N`;
  }
  if (f.kind === 'uwsa') {
    const have = [c.rehearsal, ...c.late].filter((e) => e.kind === 'uwsa').map((e) => e.form);
    if (!have.includes(f.form)) return `UWSA ${f.form} is not a ${name} UWorld self-assessment that retake knows: ${name} has ${have.map((n) => `UWSA ${n}`).join(', ')}`;
  }
  return undefined;
}

function canonicalBands(exam: Exam, kind: AreaKind, bands: Record<string, string> | undefined, problems: string[]) {
  if (!bands) return undefined;
  const out: Record<string, Band> = {};
  const key = kind === 'discipline' ? 'disciplines' : 'systems';
  const other: AreaKind = kind === 'discipline' ? 'system' : 'discipline';
  for (const [name, band] of Object.entries(bands)) {
    const area = findArea(exam, kind, name);
    if (!area) {
      // A system listed under disciplines (or the reverse): say where it goes.
      const elsewhere = findArea(exam, other, name);
      problems.push(
        elsewhere
          ? `performance.${key}.${printable(name, 40)}: ${printable(name, 40)} (${elsewhere.name}) is a ${EXAM_FACTS[exam].name} ${other}: put it under performance.${other === 'system' ? 'systems' : 'disciplines'}`
          : `performance.${key}.${printable(name, 40)}: ${unknownAreaProblem(exam, name, kind)}`,
      );
      continue;
    }
    if (area.slug in out) {
      problems.push(`performance.${key}.${printable(name, 40)}: ${area.name} is listed twice`);
      continue;
    }
    out[area.slug] = band === 'borderline' ? 'same' : (band as Band);
  }
  return out;
}

function crossFieldProblems(a: z.output<typeof answersSchema>, opts: ParseOptions): string[] {
  const problems: string[] = [];
  problems.push(...formProblems(a.methods?.formsTaken, a.practiceExams?.pool));
  const av = a.schedule.availability;
  if (av && WEEKDAYS.every((d) => (av[d] ?? a.schedule.hoursPerDay) === 0)) problems.push('schedule.availability: every weekday has 0 hours; give at least one day some study time');
  const prev = a.previousAttempts ?? [];
  if (prev.length > a.attempt - 1)
    problems.push(`previousAttempts: lists ${prev.length} earlier attempts, but attempt ${a.attempt} can have at most ${a.attempt - 1}`);
  prev.forEach((d, i) => {
    if (i > 0 && d <= prev[i - 1]!) problems.push(`previousAttempts[${i}]: expected dates oldest first, got ${d} after ${prev[i - 1]}`);
    if (opts.today && d > opts.today) problems.push(`previousAttempts[${i}]: ${d} is in the future (today is ${opts.today})`);
  });
  const scoreProblem = failedScoreProblem(a, opts);
  if (scoreProblem) problems.push(`score: ${scoreProblem}`);
  const best = a.methods?.bestPracticeScore;
  const bestProblem = best !== undefined ? practiceScoreProblem(a.exam, best) : undefined;
  if (bestProblem) problems.push(`methods.bestPracticeScore: ${bestProblem}`);
  const { start, examDate } = a.schedule;
  if (examDate && examDate <= start) problems.push(`schedule.examDate: ${examDate} must come after schedule.start (${start})`);
  // A start years away is a typo (2200 for 2027); plan dates stop at 2199.
  if (opts.today && start > addDays(opts.today, 3650)) problems.push(`schedule.start: ${start} is more than ten years away (today is ${opts.today}); expected the first study day`);
  (a.milestones ?? []).forEach((m, i, all) => {
    if (all.findIndex((x) => x.name.toLowerCase() === m.name.toLowerCase() && x.date === m.date) < i) problems.push(`milestones[${i}]: "${m.name}" on ${m.date} is listed twice`);
  });
  const last = prev[prev.length - 1];
  if (last && start < last) problems.push(`schedule.start: ${start} is before your last attempt (${last})`);
  return problems;
}

/**
 * A "failed" attempt's score must be one that fails: below the passing standard of its date
 * (content/exams.ts). A Step 1 three-digit score exists only for attempts before Pass/Fail.
 * Without the attempt's date, only a score no standard ever failed is refused.
 */
function failedScoreProblem(a: z.output<typeof answersSchema>, opts: ParseOptions): string | undefined {
  const { score, exam } = a;
  if (score === undefined) return undefined;
  const facts = EXAM_FACTS[exam];
  const last = a.previousAttempts?.at(-1);
  if (facts.passFailSince && last && last >= facts.passFailSince)
    return `${facts.name} has reported only Pass or Fail since ${formatLong(facts.passFailSince)}, so the attempt on ${formatLong(last)} has no three-digit score; leave score out and give distanceFromPassing (close, moderate or far) from the report instead`;
  const today = opts.today ?? last ?? '2100-01-01';
  const std = scoreStandard(exam, last, today);
  const passing = std.dated ? std.passing : highestStandard(exam, today);
  if (score < passing) return undefined;
  const which = facts.passFailSince
    ? `the passing standard for ${facts.name} three-digit scores (attempts before ${formatLong(facts.passFailSince)})`
    : std.dated
      ? `the passing standard on the day of that attempt (${formatLong(last!)})`
      : `the highest passing standard ${facts.name} has had`;
  return `${score} is at or above ${passing}, ${which}, but a retake follows a failed attempt: check the score on your report`;
}
