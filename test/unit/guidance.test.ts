import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/core/diagnose.js';
import { resourcePlan } from '../../src/core/resources.js';
import { buildPlan } from '../../src/core/plan.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { FIRST_STEPS_DAYS } from '../../src/content/guidance.js';
import { addDays } from '../../src/lib/dates.js';
import { TODAY, fixtureAnswers, fixtureNames, makeAnswers } from '../helpers.js';

type Over = Parameters<typeof makeAnswers>[0];
const plan = (over: Over) => buildPlan(makeAnswers(over), TODAY);

describe('first steps', () => {
  it('belong to the first week: a returning student in week 3 has none, and the Markdown shows no section', () => {
    const a = makeAnswers({});
    const later = addDays(a.schedule.start, FIRST_STEPS_DAYS + 7);
    expect(buildPlan(a, addDays(a.schedule.start, FIRST_STEPS_DAYS - 1)).firstSteps.length).toBeGreaterThan(0);
    const p = buildPlan(a, later);
    expect(p.firstSteps).toEqual([]);
    expect(renderMarkdown(p)).not.toMatch(/## First steps|within 48 hours/);
  });

  it('start with the advisor and the school policy, within 48 hours', () => {
    const steps = plan({}).firstSteps;
    expect(steps.slice(0, 2).map((s) => s.id)).toEqual(['advisor', 'policy']);
    expect(steps[0]!.when).toBe('within 48 hours');
  });
  it('put counseling first for a student in severe distress', () => {
    expect(plan({ testDay: { anxiety: 10 } }).firstSteps[0]!.id).toBe('counseling');
  });
  it('book no earlier than the waiting rules allow', () => {
    const p = plan({ attempt: 4, previousAttempts: ['2026-06-01', '2026-08-01', '2026-10-01'], schedule: { start: '2026-11-30' } });
    expect(p.firstSteps.find((s) => s.id === 'book')!.text).toMatch(/on or after Mon 7 Jun 2027 \(the day after this plan's 27 weeks, a lead-in and the block\)/);
    // The same one date everywhere: the plan's own field and the waiting-rules finding.
    expect(p.schedule.sitFrom).toBe('2027-06-07');
    expect(p.diagnosis.findings.find((f) => f.id === 'waiting-rules')!.actions.join(' ')).toContain('on or after Mon 7 Jun 2027');
    expect(plan({}).firstSteps.find((s) => s.id === 'book')!.text).toMatch(/on or after Mon 1 Mar 2027 \(the day after the 8-week block this plan recommends\)/);
  });
  it('a booked date before the earliest eligible one is to be moved, and the plan is not said to end at it', () => {
    const p = plan({ attempt: 4, previousAttempts: ['2026-06-01', '2026-08-01', '2026-10-01'], schedule: { start: '2026-11-30', examDate: '2027-02-01' } });
    const book = p.firstSteps.find((s) => s.id === 'book')!.text;
    expect(book).toMatch(/Mon 1 Feb 2027, is before Tue 1 Jun 2027, the earliest date USMLE's waiting rules allow/);
    expect(book).not.toMatch(/compressed/);
    expect(p.schedule.end >= '2027-05-31').toBe(true);
  });
  it('ask to move an exam date that leaves less than the recommended block', () => {
    expect(plan({ schedule: { examDate: '2027-02-01' } }).firstSteps.find((s) => s.id === 'book')!.text).toMatch(/move it now/);
    expect(plan({ schedule: { examDate: '2027-03-10' } }).firstSteps.find((s) => s.id === 'book')!.text).toMatch(/keep it if the readiness gate is met/);
  });
  it('include an editable message to the advisor', () => {
    expect(plan({}).advisorMessage).toMatch(/^Dear \[your advisor's name\],/);
  });
});

describe('resource plan', () => {
  const res = (resources: string[], over: Over = {}) => {
    const answers = makeAnswers({ ...over, methods: { resources } });
    const diagnosis = diagnose(answers, TODAY);
    return resourcePlan(answers, diagnosis.weakAreas, diagnosis.resourceChoice);
  };
  it('never keeps more than four and names the rest to set aside', () => {
    const r = res(['first-aid', 'uworld', 'pathoma', 'sketchy', 'boards-and-beyond', 'amboss', 'anki'], { performance: { disciplines: { pathology: 'lower', microbiology: 'lower', physiology: 'lower' } } });
    expect(r.core).toHaveLength(4);
    expect(r.setAside).toHaveLength(3);
    expect([...r.core.map((c) => c.slug), ...r.setAside].sort()).toEqual(['amboss', 'anki', 'boards-and-beyond', 'first-aid', 'pathoma', 'sketchy', 'uworld']);
  });
  it('keeps one question bank only', () => {
    expect(res(['uworld', 'amboss', 'kaplan']).setAside).toEqual(['amboss', 'kaplan']);
  });
  it('picks the targeted resource that serves the weakest area', () => {
    const micro = res(['uworld', 'first-aid', 'anki', 'pathoma', 'sketchy'], { performance: { disciplines: { microbiology: 'lower' } } });
    expect(micro.core.at(-1)).toMatchObject({ slug: 'sketchy', areas: ['microbiology'] });
    const path = res(['uworld', 'first-aid', 'anki', 'pathoma', 'sketchy'], { performance: { disciplines: { pathology: 'lower' } } });
    expect(path.core.at(-1)!.slug).toBe('pathoma');
  });
  it('keeps a targeted resource only for areas that are weak, and says why the rest wait', () => {
    // A video learner weak in renal and cardio: Boards and Beyond for those, not Sketchy.
    const r = res(['uworld', 'first-aid', 'anki', 'sketchy', 'boards-and-beyond'], { performance: { systems: { renal: 'lower', cardio: 'lower' }, disciplines: { pharmacology: 'higher', microbiology: 'higher' } } });
    expect(r.core.at(-1)).toMatchObject({ slug: 'boards-and-beyond', name: 'Boards and Beyond', use: 'targeted review for Respiratory & Renal / Urinary Systems and Cardiovascular System' });
    expect(r.setAside).toEqual(['sketchy']);
    expect(r.notes).toContain('Sketchy waits: none of the areas it covers best is weak on your report.');
  });
  it('sets Step 1 resources aside for Step 2 CK and names its staples', () => {
    const r = res(['uworld', 'pathoma', 'sketchy', 'costanzo', 'anki'], { exam: 'step2ck', performance: { disciplines: { medicine: 'lower' } } });
    expect(r.core.map((c) => c.name)).toEqual(['UWorld', 'Anki']);
    expect(r.notes.join(' ')).toMatch(/Pathoma, Sketchy and Costanzo Physiology are Step 1 resources/);
    expect(r.notes.join(' ')).toMatch(/one Step 2 CK review book or course, and NBME CCSSAs and UWSAs/);
    expect(res(['uworld', 'first-aid'], { exam: 'step2ck' }).core.map((c) => c.name)).toEqual(['UWorld', 'First Aid for the Step 2 CK']);
  });
  it("keeps a student's own resource in their words", () => {
    expect(res(['uworld', 'my-school-notes']).core.map((c) => c.name)).toEqual(['UWorld', 'my school notes']);
  });
  it('adds nothing new when the student listed nothing', () => {
    const r = res([]);
    expect(r.core).toEqual([]);
    expect(r.notes[0]).toMatch(/one question bank/);
  });
});

describe('review protocol and protocols', () => {
  it('every question block is followed by a review that tags misses and makes cards', () => {
    for (const name of fixtureNames()) {
      const p = buildPlan(fixtureAnswers(name), TODAY);
      for (const d of p.weeks.flatMap((w) => w.days)) {
        const i = d.tasks.findIndex((t) => t.type === 'questions');
        if (i < 0) continue;
        expect(d.tasks[i + 1]!.type, name).toBe('explanations');
        expect(d.tasks[i + 1]!.text).toMatch(/tag each miss K\/M\/R\/T; cards from K misses/);
      }
    }
  });
  it.each<[string, Over, string[]]>([
    ['anxiety', { testDay: { anxiety: 7 } }, ['exposure', 'writing', 'breathing']],
    ['ran out of time', { testDay: { ranOutOfTime: true } }, ['pacing']],
    ['short sleep', { wellbeing: { sleepHours: 5.5 } }, ['sleep']],
    ['burnout', { wellbeing: { burnout: 8 } }, ['burnout']],
    ['no exercise', { wellbeing: { exerciseDaysPerWeek: 0 } }, ['exercise']],
    ['none of these', {}, []],
  ])('%s switches on %j', (_, over, ids) => {
    expect(plan(over).protocols.map((p) => p.id)).toEqual(ids);
  });
});

// Words we never use toward the student: judgement, shame, or a promise of a pass.
const NEVER = [/\blazy\b/i, /\bstupid\b/i, /\bpathetic\b/i, /\bshame/i, /\bexcuses?\b/i, /\bshould have\b/i, /\bobviously\b/i, /\bsimply\b/i, /\bjust (do|study|try)\b/i, /\bguarantee/i, /\bwill pass\b/i, /\bsure to pass\b/i, /\bbrutal/i, /\bwasted?\b/i, /\bfailure\b/i, /\bdisappoint/i];

describe('language', () => {
  const templates = readdirSync(join(import.meta.dirname, '../../templates')).map((f) => join(import.meta.dirname, '../../templates', f));
  it.each(templates)('%s uses none of the words we avoid', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const re of NEVER) expect(text, `${re} in ${file}`).not.toMatch(re);
  });
  // Rendered plans catch words that code puts together from parts.
  it.each(fixtureNames())('the Markdown plan for %s uses none of the words we avoid', (name) => {
    const text = renderMarkdown(buildPlan(fixtureAnswers(name), TODAY));
    for (const re of NEVER) expect(text, `${re} in ${name}'s plan`).not.toMatch(re);
  });
});
