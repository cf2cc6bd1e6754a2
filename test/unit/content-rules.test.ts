// Rules whose words must match what the plan does and what the student said: one test per rule.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/core/diagnose.js';
import { buildPlan } from '../../src/core/plan.js';
import { resourcePlan } from '../../src/core/resources.js';
import { readClock } from '../../src/interview/steps-time.js';
import { TODAY, makeAnswers } from '../helpers.js';

type Over = Parameters<typeof makeAnswers>[0];
const get = (over: Over, id: string) => diagnose(makeAnswers(over), TODAY).findings.find((f) => f.id === id);
// Far from passing with most areas below a low pass: the timeline opens with foundations.
const FAR: Over = { distanceFromPassing: 'far', methods: { timedRandomBlocks: false }, performance: { disciplines: { pathology: 'lower', physiology: 'lower', pharmacology: 'lower', microbiology: 'lower' } } };

describe('no-timed-random: describes the opening weeks as the schedule builds them', () => {
  const questionTasks = (over: Over) => buildPlan(makeAnswers(over), TODAY).weeks.slice(0, 3).map((w) => w.days.flatMap((d) => d.tasks).find((t) => t.type === 'questions')!.text);

  it('far from passing: untimed foundations first, and the finding says so', () => {
    const [w1, w2, w3] = questionTasks(FAR);
    expect(w1).toMatch(/tutor mode \(untimed\)/);
    expect(w2).toMatch(/tutor mode \(untimed\)/);
    expect(w3).not.toMatch(/untimed/);
    expect(get(FAR, 'no-timed-random')!.actions[0]).toMatch(/^Questions are untimed \(tutor mode\) in the first 2 weeks while you rebuild content, then timed from week 3;/);
  });

  it('far from passing and ran out of time: timed from the first week, and the finding says so', () => {
    const over: Over = { ...FAR, testDay: { ranOutOfTime: true } };
    expect(questionTasks(over)[0]).toMatch(/timed/);
    expect(questionTasks(over)[0]).not.toMatch(/untimed/);
    expect(get(over, 'no-timed-random')!.actions[0]).toMatch(/^Questions are timed from day one;/);
  });

  it('the exposure ladder starts with the first timed week, in the findings and the protocol', () => {
    const over: Over = { ...FAR, testDay: { mindWentBlank: true } };
    expect(get(over, 'mind-went-blank')!.actions[0]).toMatch(/one timed block at a time in week 3, two back to back in week 4/);
    const plan = buildPlan(makeAnswers(over), TODAY);
    expect(plan.protocols.find((p) => p.id === 'exposure')!.how).toMatch(/^One timed block per sitting in week 3; two blocks back to back in week 4; each day.s questions in one sitting from week 5\./);
    const week3 = plan.weeks[2]!.days.flatMap((d) => d.tasks).find((t) => t.type === 'questions')!;
    expect(week3.text).toMatch(/one block per sitting/);
  });
});

describe('test anxiety: a moderate rating gets a light touch', () => {
  it.each<[number, string | null, string[]]>([
    [3, null, []],
    [4, 'test-nerves', ['writing']],
    [6, 'test-nerves', ['writing']],
    [7, 'test-anxiety', ['exposure', 'writing', 'breathing']],
  ])('anxiety %i → %s, protocols %j', (anxiety, id, protocols) => {
    const { findings, effects } = diagnose(makeAnswers({ testDay: { anxiety } }), TODAY);
    const f = findings.find((x) => x.id === 'test-anxiety' || x.id === 'test-nerves');
    expect(f?.id ?? null).toBe(id);
    expect(effects.anxietyProtocol).toBe(protocols.includes('breathing'));
    expect(buildPlan(makeAnswers({ testDay: { anxiety } }), TODAY).protocols.map((p) => p.id)).toEqual(protocols);
  });
  it('a moderate rating puts no breathing drill in any day', () => {
    const days = buildPlan(makeAnswers({ testDay: { anxiety: 4 } }), TODAY).weeks.flatMap((w) => w.days);
    expect(days.flatMap((d) => d.tasks).some((t) => t.type === 'breathing')).toBe(false);
  });
});

describe('too-few-questions: the Step 1 study is quoted at its scope', () => {
  it('Step 1: quotes the study', () => {
    expect(get({ methods: { questionsCompleted: 800 } }, 'too-few-questions')!.evidence[0]).toMatch(/In one study of 72 students at one school, the average was about 3,870 before Step 1/);
  });
  it('Step 2 CK: says the study was of Step 1', () => {
    const e = get({ exam: 'step2ck', score: 205, methods: { questionsCompleted: 800 } }, 'too-few-questions')!.evidence[0]!;
    expect(e).toMatch(/was of Step 1, not USMLE Step 2 CK/);
    expect(e).not.toMatch(/before Step 1/);
  });
});

describe('stressors: a list that reads naturally', () => {
  it.each<[string[], string, string]>([
    [['finances', 'other'], 'finances and something else', 'finances and other needs'],
    [['other', 'health'], 'health and something else', 'health and other needs'],
    [['family'], 'family', 'family'],
  ])('%j', (stressors, named, needs) => {
    const f = get({ wellbeing: { stressors: stressors as never } }, 'stressors')!;
    expect(f.evidence).toEqual([`Pressures you named outside studying: ${named}.`]);
    expect(f.actions).toContain(`Ask your school whether support is available for ${needs}.`);
  });
});

describe('resources: the one serving the #1 weak area is kept', () => {
  it('Pathology #1: Pathoma stays, Boards and Beyond waits', () => {
    const answers = makeAnswers({
      methods: { resources: ['first-aid', 'uworld', 'pathoma', 'boards-and-beyond', 'anki'] },
      performance: { disciplines: { pathology: 'lower', physiology: 'lower', pharmacology: 'lower', genetics: 'lower' }, systems: { cardiovascular: 'lower' } },
    });
    const d = diagnose(answers, TODAY);
    expect(d.weakAreas[0]!.slug).toBe('pathology');
    const r = resourcePlan(answers, d.weakAreas, d.resourceChoice);
    expect(r.core.find((c) => c.slug === 'pathoma')!.areas[0]).toBe('pathology');
    expect(r.setAside).toEqual(['boards-and-beyond']);
  });
});

describe('milestones: the ask is written from what the student gave', () => {
  it('names whoever set the date, not an office the student never mentioned', () => {
    const f = get({ schedule: { examDate: '2027-02-26' }, milestones: [{ name: 'visa interview', date: '2027-03-10' }] }, 'milestone-at-risk')!;
    expect(f.actions[0]).toBe('This week, ask whoever set “visa interview” (your school, a program or an office) whether it needs a passed result or only a sitting, and whether it can move.');
    expect(f.actions.join(' ')).not.toMatch(/dean/);
  });
});

describe('interview: the day start is read forgivingly', () => {
  it.each([
    ['18:00', '18:00'],
    ['6pm', '18:00'],
    ['6:30 pm', '18:30'],
    ['12am', '00:00'],
    ['7', '07:00'],
    ['25:00', null],
    ['13pm', null],
    ['evening', null],
  ])('%s → %s', (raw, out) => expect(readClock(raw)).toBe(out));
});

describe('the rehearsal quotes the daily limit the burnout finding states', () => {
  it('names the student’s own capped day, not the protocol’s ceiling', () => {
    const plan = buildPlan(makeAnswers({ wellbeing: { burnout: 9 }, schedule: { start: '2027-01-04', hoursPerDay: 6, weeks: 8 } }), '2027-01-01');
    const cap = /capped at (\d+(?:\.\d+)?) hours/.exec(plan.diagnosis.findings.find((f) => f.id === 'burnout')!.actions.join(' '))![1];
    const notes = plan.weeks.flatMap((w) => w.days).flatMap((d) => [...d.notes, d.assumed ?? '']).join(' ');
    const quoted = [...notes.matchAll(/above this plan's (\d+(?:\.\d+)?)-hour limit/g)].map((m) => m[1]);
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) expect(q).toBe(cap);
  });
});
