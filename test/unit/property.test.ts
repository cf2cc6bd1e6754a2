// Generated students: every valid answer set gives a plan that meets every rule.
// Each run draws a fresh seed, so successive runs cover new students; a failure prints its seed
// and path (PROPERTY_SEED replays it). 600 + 200 students keep `npm test` near 40 s on two
// cores; PROPERTY_RUNS=5000 (and PROPERTY_RUNS_REGEN) run them harder before a release.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { AREAS } from '../../src/content/areas.js';
import { buildPlan } from '../../src/core/plan.js';
import { addDays } from '../../src/lib/dates.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { toJson, toYaml } from '../../src/render/data.js';
import { parseAnswers } from '../../src/schema/answers.js';
import { planViolations, textViolations } from '../invariants.js';

const band = fc.constantFrom('lower', 'same', 'higher', 'borderline');
const exam = fc.constantFrom('step1' as const, 'step2ck' as const);
const bands = (slugs: string[]) => fc.dictionary(fc.constantFrom(...slugs), band, { maxKeys: slugs.length });
const day = fc.integer({ min: 0, max: 365 * 15 }).map((n) => addDays('2020-01-01', n));
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
// Hours on one weekday: often a day off, sometimes very short, up to the schema's 14 h.
const weekdayHours = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 }).map((n) => n / 4), fc.integer({ min: 4, max: 56 }).map((n) => n / 4));
const availability = fc.record(Object.fromEntries(WEEKDAYS.map((d) => [d, weekdayHours])) as Record<(typeof WEEKDAYS)[number], typeof weekdayHours>, { requiredKeys: [] });
const FORMS = ['nbme 25', 'nbme 26', 'nbme 27', 'nbme 28', 'nbme 29', 'nbme 30', 'nbme 31', 'nbme 32', 'nbme 33', 'ccssa 9', 'ccssa 10', 'ccssa 11', 'ccssa 12', 'ccssa 13', 'ccssa 14', 'ccssa 15', 'uwsa 1', 'uwsa 2', 'uwsa 3', 'free120'];
const forms = fc.subarray(FORMS, { maxLength: 12 });
/** Earlier attempts, oldest first, ending 1–300 days before the start (a 4th attempt's waiting rules then reach months ahead). */
const previous = (attempt: number, start: string) =>
  fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 0, maxLength: attempt - 1 }).map((gaps) => {
    const out: string[] = [];
    let d = start;
    for (const g of gaps) out.unshift((d = addDays(d, -g)));
    return out;
  });

const answers = exam.chain((e) =>
  fc.record(
    {
      exam: fc.constant(e),
      attempt: fc.constantFrom(2 as const, 3 as const, 4 as const),
      distanceFromPassing: fc.constantFrom('close', 'moderate', 'far'),
      performance: fc.record({
        disciplines: bands(AREAS[e].filter((a) => a.kind === 'discipline').map((a) => a.slug)),
        systems: bands(AREAS[e].filter((a) => a.kind === 'system').map((a) => a.slug)),
      }),
      methods: fc.record(
        {
          questionsCompleted: fc.integer({ min: 0, max: 8000 }),
          reviewMinutesPerBlock: fc.integer({ min: 0, max: 200 }),
          mainActivity: fc.constantFrom('questions', 'videos', 'reading', 'flashcards'),
          timedRandomBlocks: fc.boolean(),
          practiceExamsTaken: fc.integer({ min: 0, max: 8 }),
          resources: fc.uniqueArray(fc.constantFrom('uworld', 'amboss', 'first-aid', 'pathoma', 'sketchy', 'anki', 'boards-and-beyond', 'my-notes'), { maxLength: 8 }),
          switchedResources: fc.boolean(),
          spacedRepetition: fc.constantFrom('none', 'irregular', 'daily'),
          crammed: fc.boolean(),
          formsTaken: forms,
        },
        { requiredKeys: [] },
      ),
      testDay: fc.record({ ranOutOfTime: fc.boolean(), mindWentBlank: fc.boolean(), anxiety: fc.integer({ min: 0, max: 10 }) }, { requiredKeys: [] }),
      wellbeing: fc.record(
        { sleepHours: fc.integer({ min: 6, max: 20 }).map((n) => n / 2), exerciseDaysPerWeek: fc.integer({ min: 0, max: 7 }), burnout: fc.integer({ min: 0, max: 10 }) },
        { requiredKeys: [] },
      ),
      schedule: fc.record(
        {
          start: day,
          hoursPerDay: fc.integer({ min: 4, max: 56 }).map((n) => n / 4),
          daysOffPerWeek: fc.integer({ min: 0, max: 3 }),
          weeks: fc.integer({ min: 6, max: 12 }),
          availability,
          practiceExamDay: fc.constantFrom(...WEEKDAYS),
        },
        { requiredKeys: ['start', 'hoursPerDay'] },
      ),
      practiceExams: fc.record({ pool: forms }, { requiredKeys: [] }),
    },
    { requiredKeys: ['exam', 'attempt', 'schedule'] },
  ),
)
  // Earlier attempts follow the attempt number and end before the start.
  .chain((data) => fc.option(previous(data.attempt, data.schedule.start), { nil: undefined }).map((prev) => (prev?.length ? { ...data, previousAttempts: prev } : data)))
  // At least one weekday with study time (the schema rejects a week of days off).
  .filter((data) => WEEKDAYS.some((d) => (data.schedule.availability?.[d] ?? data.schedule.hoursPerDay) > 0));

describe('any valid student', () => {
  it('gets a plan that meets every rule and renders cleanly', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 0, max: 30 }), fc.option(fc.integer({ min: 1, max: 120 })), (data, lead, examIn) => {
        // Some students have booked an exam date, from the next day to four months after the start.
        const input = examIn === null ? data : { ...data, schedule: { ...data.schedule, examDate: addDays(data.schedule.start, examIn) } };
        const r = parseAnswers(input);
        if (!r.ok) throw new Error(`generated answers rejected: ${r.problems.join('; ')}`);
        // A new plan: made up to a month before it starts.
        const plan = buildPlan(r.value, addDays(r.value.schedule.start, -lead));
        const md = renderMarkdown(plan);
        const problems = [...planViolations(plan, r.value, md), ...[md, toYaml(plan), toJson(plan)].flatMap(textViolations)];
        if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 600), seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined },
    );
  }, 180_000);
});

const entry = (exam: 'step1' | 'step2ck') =>
  fc.record(
    {
      kind: fc.constantFrom('nbme' as const, 'uwsa' as const, 'free120' as const, 'ccssa' as const, 'other' as const),
      form: fc.integer({ min: 1, max: 33 }).map(String),
      offset: fc.integer({ min: -30, max: 120 }),
      score: exam === 'step1' ? fc.integer({ min: 30, max: 95 }) : fc.integer({ min: 160, max: 260 }),
      passProbability: fc.integer({ min: 0, max: 100 }),
      weak: fc.subarray(AREAS[exam].map((a) => a.slug), { maxLength: 4 }),
    },
    { requiredKeys: ['kind', 'offset', 'score'] },
  );

describe('any valid student, regenerated after practice exams', () => {
  it('gets a plan that continues from the current week, keeps the days already past, and meets every rule', () => {
    fc.assert(
      fc.property(
        answers.chain((data) => fc.tuple(fc.constant(data), fc.array(entry(data.exam), { maxLength: 12 }), fc.integer({ min: 0, max: 7 * 12 - 1 }), fc.integer({ min: 1, max: 6 }))),
        ([data, raw, day, since]) => {
          const r = parseAnswers(data);
          if (!r.ok) throw new Error(`generated answers rejected: ${r.problems.join('; ')}`);
          const start = r.value.schedule.start;
          const history = raw.map(({ offset, ...e }) => ({ ...e, date: addDays(start, offset) }));
          const today = addDays(start, day);
          // Regenerated from the plan made a few days before: the days in between stay as planned.
          const inForce = buildPlan(r.value, addDays(today, -since), { history });
          const plan = buildPlan(r.value, today, { history, inForce });
          const was = new Map(inForce.weeks.flatMap((w) => w.days).map((d) => [d.date, JSON.stringify(d)]));
          const days = plan.weeks.flatMap((w) => w.days);
          const changed = days.filter((d) => d.date < today && was.has(d.date) && was.get(d.date) !== JSON.stringify(d));
          // A kept day met the rules of the plan that made it (the same property, an earlier day);
          // a later plan may end elsewhere.
          const kept = new Set(days.filter((d) => was.get(d.date) === JSON.stringify(d) && d.date < today).map((d) => d.date));
          const md = renderMarkdown(plan);
          const ruled = planViolations(plan, r.value, md).filter((p) => !kept.has(p.slice(0, 10)));
          const problems = [...ruled, ...[md, toYaml(plan)].flatMap(textViolations), ...changed.map((d) => `past day ${d.date} changed`)];
          if (plan.weeks[0]!.start > today || plan.weeks.at(-1)!.end < today) if (plan.schedule.end >= today) problems.push(`the plan shown does not contain today (${today})`);
          if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS_REGEN ?? 200), seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined },
    );
  }, 180_000);
});
