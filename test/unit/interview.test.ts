// The interview's steps, answered by a script. ENTER accepts the default.
import { beforeAll, describe, expect, it } from 'vitest';
import { interview } from '../../src/interview/run.js';
import { loadDateReader, readNumber, type DateReader, type NumberKind } from '../../src/interview/parse-input.js';
import type { Choice, Prompter } from '../../src/interview/prompter.js';
import { renderRecap } from '../../src/interview/recap.js';
import { readForms, readWeek } from '../../src/interview/parse-lists.js';
import { STEPS, examStep, methodsStep, milestonesStep, profileStep, resultStep, scheduleStep, testDayStep, wellbeingStep, type Draft } from '../../src/interview/steps.js';
import { TODAY, fixtureAnswers } from '../helpers.js';

const ENTER = Symbol('enter');
type Scripted = string | boolean | string[] | typeof ENTER;

function scripted(answers: Scripted[], width = 100) {
  const queue = [...answers];
  const log = { asked: [] as string[], rejected: [] as string[], said: [] as string[], choices: new Map<string, string[]>() };
  const next = (message: string) => {
    log.asked.push(message);
    if (!queue.length) throw new Error(`no scripted answer for "${message}"`);
    return queue.shift()!;
  };
  const prompter: Prompter = {
    width,
    async select<T extends string>(q: { message: string; choices: Choice<T>[]; default?: T }) {
      log.choices.set(q.message, q.choices.map((c) => c.value));
      const a = next(q.message);
      const v = (a === ENTER ? q.default : a) as T;
      if (!q.choices.some((c) => c.value === v)) throw new Error(`"${String(v)}" is not a choice for "${q.message}"`);
      return v;
    },
    async checkbox<T extends string>(q: { message: string; choices: Choice<T>[]; validate?: (p: T[]) => true | string }) {
      log.choices.set(q.message, q.choices.map((c) => c.value));
      for (;;) {
        const a = next(q.message);
        const picked = (a === ENTER ? q.choices.filter((c) => c.checked).map((c) => c.value) : (a as T[])) as T[];
        for (const p of picked) if (!q.choices.some((c) => c.value === p)) throw new Error(`"${p}" is not a choice for "${q.message}"`);
        const ok = q.validate ? q.validate(picked) : true;
        if (ok === true) return picked;
        log.rejected.push(ok);
      }
    },
    async input(q: { message: string; default?: string; validate?: (v: string) => true | string }) {
      for (;;) {
        const a = next(q.message);
        const v = a === ENTER ? (q.default ?? '') : String(a);
        const ok = q.validate ? q.validate(v) : true;
        if (ok === true) return v;
        log.rejected.push(ok);
      }
    },
    async confirm(q: { message: string; default?: boolean }) {
      const a = next(q.message);
      return a === ENTER ? Boolean(q.default) : Boolean(a);
    },
    say: (t) => void log.said.push(t),
  };
  return { prompter, log, left: () => queue.length };
}

let readDate: DateReader;
beforeAll(async () => {
  readDate = await loadDateReader();
});
const ctx = (prompt: Prompter, draft: Draft = {}) => ({ prompt, draft, today: TODAY, readDate });

describe('forgiving numbers', () => {
  const n = (raw: string, kind: NumberKind, value: number | null) => () => {
    const r = readNumber(raw, kind);
    expect(r.ok ? r.value : null).toBe(value);
  };
  it('2,500 questions', n('2,500', 'count', 2500));
  it('2 500 questions', n('2 500', 'count', 2500));
  it('about 2.5k questions', n('about 2.5k', 'count', 2500));
  it('63%', n('63%', 'percent', 63));
  it('7/10', n('7/10', 'rating', 7));
  it('7 out of 10', n('7 out of 10', 'rating', 7));
  it('8h', n('8h', 'hours', 8));
  it('7.5 hours', n('7.5 hours', 'hours', 7.5));
  it('6h30', n('6h30', 'hours', 6.5));
  it('1.5h of review is 90 minutes', n('1.5h', 'minutes', 90));
  it('none', n('none', 'count', 0));
  it('lots is refused', n('lots', 'count', null));
  it('-5 is refused', n('-5', 'count', null));
  it('a decimal comma is not a thousands separator', n('7,5', 'hours', null));
});

describe('forgiving dates (today is Thursday 26 Nov 2026)', () => {
  const d = (raw: string, value: string | null, direction: 'future' | 'past' = 'future') => () => {
    const r = readDate(raw, TODAY, direction);
    expect(r.ok ? r.value : null).toBe(value);
  };
  it('next monday', d('next monday', '2026-11-30'));
  it('Monday', d('Monday', '2026-11-30'));
  it('1 Mar, ahead', d('1 Mar', '2027-03-01'));
  it('Mar 1st', d('Mar 1st', '2027-03-01'));
  it('20 Oct, behind', d('20 Oct', '2026-10-20', 'past'));
  it('March 1, 2027', d('March 1, 2027', '2027-03-01'));
  it('in 2 weeks', d('in 2 weeks', '2026-12-10'));
  it('tomorrow', d('tomorrow', '2026-11-27'));
  it('ISO', d('2027-01-04', '2027-01-04'));
  it('30 February is refused', d('2027-02-30', null));
  it('3/1 is refused: day and month order differ by country', d('3/1', null));
});

describe('forgiving lines', () => {
  const w = (raw: string, value: unknown) => () => {
    const r = readWeek(raw);
    expect(r.ok ? r.value : null).toEqual(value);
  };
  const week = (o: Record<string, number>) => ({ kind: 'week', week: o });
  it('mon-fri 4, sat 0, sun 0', w('mon-fri 4, sat 0, sun 0', week({ mon: 4, tue: 4, wed: 4, thu: 4, fri: 4, sat: 0, sun: 0 })));
  it('Weekdays: 4h; weekends off', w('Weekdays: 4h; weekends off', week({ mon: 4, tue: 4, wed: 4, thu: 4, fri: 4, sat: 0, sun: 0 })));
  it('4 hours on mon to thu', w('4 hours on mon to thu', week({ mon: 4, tue: 4, wed: 4, thu: 4 })));
  it('sat & sun 6', w('sat & sun 6', week({ sat: 6, sun: 6 })));
  it('Enter or yes keeps the week', w('yes', { kind: 'same' }));
  it('2 rest days', w('2 rest days', { kind: 'rest', days: 2 }));
  it('no rest day', w('no rest day', { kind: 'rest', days: 0 }));
  it('a day given twice is refused', w('mon-fri 4, fri 5', null));
  it('funday is refused', w('funday 4', null));

  const f = (raw: string, value: string[] | null, exam: 'step1' | 'step2ck' = 'step1') => () => {
    const r = readForms(raw, exam);
    expect(r.ok ? r.value : null).toEqual(value);
  };
  it('nbme 27, 28, uwsa 1, free 120', f('nbme 27, 28, uwsa 1, free 120', ['nbme 27', 'nbme 28', 'uwsa 1', 'free120']));
  it('NBME 27 28 and UWSA1', f('NBME 27 28 and UWSA1', ['nbme 27', 'nbme 28', 'uwsa 1']));
  it('CBSSA 30 is an NBME form', f('CBSSA 30', ['nbme 30']));
  it('a Step 2 CK form is refused for Step 1', f('ccssa 12', null));
  it('ccssa 12, 13 for Step 2 CK', f('ccssa 12, 13', ['ccssa 12', 'ccssa 13'], 'step2ck'));
  it('a bare number with no kind before it is refused', f('27', null));
});

describe('steps', () => {
  it('exam: one choice for exam and attempt; earlier dates read forgivingly, ordered and in the past', async () => {
    const s = scripted(['step2ck:3', '2026-02-30', 'Sep 1, Mar 1', '2026-12-01', 'Mar 1 2026; 1 Sep 2026']);
    const patch = await examStep.run(ctx(s.prompter));
    expect(patch).toEqual({ exam: 'step2ck', attempt: 3, previousAttempts: ['2026-03-01', '2026-09-01'] });
    expect(s.log.rejected).toEqual([
      'Please enter a real date (2026-02-30 does not exist).',
      'Please list the dates oldest first.',
      'Please enter the dates you already sat USMLE Step 2 CK; Tue 1 Dec 2026 is still to come.',
    ]);
  });

  it('exam: a fourth attempt with dates missing is accepted and told that no exam date can be checked', async () => {
    const s = scripted(['step1:4', '2026-06-01']);
    const patch = await examStep.run(ctx(s.prompter));
    expect(patch).toEqual({ exam: 'step1', attempt: 4, previousAttempts: ['2026-06-01'] });
    expect(s.log.said.join('\n')).toMatch(/Without all 3 dates retake cannot check an exam date against USMLE's waiting rules for attempt 4/);
    const full = scripted(['step1:4', '2025-06-01, 2025-11-01, 2026-06-01']);
    await examStep.run(ctx(full.prompter));
    expect(full.log.said.join('\n')).not.toMatch(/cannot check/);
  });

  it('result: Step 1 explains the report picture in one line and offers a three-digit score only when the report has one', async () => {
    const s = scripted(['score', '188']);
    const patch = await resultStep.run(ctx(s.prompter, { exam: 'step1' }));
    expect(patch).toEqual({ score: 188, distanceFromPassing: undefined });
    expect(s.log.said.join('\n')).toMatch(/close = just under it · moderate = a clear gap · far = a long way below/);
    expect(s.log.rejected).toEqual([]);
  });

  it('result: a Step 1 score error names Step 1, never Step 2 CK', async () => {
    const s = scripted(['score', '2,050', '188']);
    await resultStep.run(ctx(s.prompter, { exam: 'step1' }));
    expect(s.log.rejected).toEqual(['Please enter your USMLE Step 1 three-digit score, from 100 to 300.']);
  });

  it('profile: lower, then higher among the rest; the rest about the same', async () => {
    const s = scripted([['pharmacology', 'biochemistry', 'respiratory-renal'], ['behavioral-sciences']]);
    const { performance } = await profileStep.run(ctx(s.prompter, { exam: 'step1' }));
    expect(performance?.disciplines).toMatchObject({ pharmacology: 'lower', biochemistry: 'lower', 'behavioral-sciences': 'higher', pathology: 'same' });
    expect(performance?.systems?.['respiratory-renal']).toBe('lower');
    expect(Object.keys(performance?.systems ?? {})).toHaveLength(11);
    expect(s.log.choices.get('Which were HIGHER than a low pass? (the rest: about the same)')).not.toContain('pharmacology');
  });

  it('profile: nothing ticked as lower skips the profile (and claims nothing)', async () => {
    const s = scripted([[]]);
    expect(await profileStep.run(ctx(s.prompter, { exam: 'step1' }))).toEqual({ performance: undefined });
    expect(s.left()).toBe(0);
  });

  it('test day: "how many blocks" maps to ran out of time; 2 → yes, none → no', async () => {
    const two = await testDayStep.run(ctx(scripted(['2', '7/10', ENTER]).prompter, { exam: 'step1' }));
    expect(two).toEqual({ testDay: { ranOutOfTime: true, mindWentBlank: false, anxiety: 7, accommodations: 'none' } });
    const s = scripted(['9', 'none', ENTER, ['blank']], 100);
    expect(await testDayStep.run(ctx(s.prompter, { exam: 'step1' }))).toEqual({ testDay: { ranOutOfTime: false, mindWentBlank: true, accommodations: 'none' } });
    expect(s.log.rejected).toEqual(['Please enter a number of blocks from 0 to 7 (USMLE Step 1 has 7).']);
  });

  it('test day: a condition that limits timed tests is asked kindly, on the same screen; "have" and "may have" exclude each other', async () => {
    const s = scripted([ENTER, ENTER, ['have', 'suspect'], ['suspect']]);
    expect(await testDayStep.run(ctx(s.prompter, { exam: 'step1' }))).toEqual({ testDay: { mindWentBlank: false, accommodations: 'suspect' } });
    expect(s.log.said.join('\n')).toMatch(/Do you have, or think you may have, a condition such as ADHD, a learning difference or an anxiety disorder that limits you on timed tests\?/);
    expect(s.log.rejected).toEqual(['"I have" and "I think I may have" cannot both be ticked: untick one.']);
    expect(new Set(s.log.asked).size, 'three questions (the refused one asked again)').toBe(3);
  });

  it('methods: forgiving numbers, echoed; wrong values re-asked with the reason', async () => {
    const s = scripted(['lots', '2,500', '1.5h', 'videos', '2', 'NBME-27, 28', '231', '58%', ['uworld', '+other'], 'My Notes', 'none', ['crammed']]);
    const { methods } = await methodsStep.run(ctx(s.prompter, { exam: 'step1' }));
    expect(s.log.rejected).toEqual([
      'Please enter a whole number of questions from 0 to 100,000, written like 2,500.',
      'USMLE Step 1 practice exams report a percent correct (0 to 100); 231 looks like a three-digit score. Please enter the percent, such as 63%.',
    ]);
    expect(s.log.rejected.join(' ')).not.toMatch(/Step 2/);
    expect(s.log.said).toEqual(expect.arrayContaining(['  → 2,500 questions', '  → 90 minutes a block', '  → NBME 27, NBME 28', '  → 58% correct']));
    expect(methods).toEqual({ questionsCompleted: 2500, reviewMinutesPerBlock: 90, mainActivity: 'videos', timedRandomBlocks: false, practiceExamsTaken: 2, formsTaken: ['nbme 27', 'nbme 28'], bestPracticeScore: 58, resources: ['uworld', 'my-notes'], switchedResources: false, spacedRepetition: 'none', crammed: true });
  });

  it('methods: a Step 2 CK practice score must be three-digit, and the reason names Step 2 CK only', async () => {
    const s = scripted([ENTER, ENTER, '3', 'nbme 12', 'ccssa 12, 13', '63%', '63', '231', [], ENTER]);
    const { methods } = await methodsStep.run(ctx(s.prompter, { exam: 'step2ck' }));
    expect(s.log.rejected).toEqual([
      "Please write the forms like nbme 27, 28, uwsa 1, free 120; USMLE Step 2 CK's NBME forms are CCSSA forms, written like ccssa 12.",
      'Please enter your best USMLE Step 2 CK practice score as a predicted three-digit score from 100 to 300, written like 209.',
      'USMLE Step 2 CK practice exams report a predicted three-digit score; please enter it, such as 221.',
    ]);
    expect(methods?.bestPracticeScore).toBe(231);
    expect(methods?.formsTaken).toEqual(['ccssa 12', 'ccssa 13']);
  });

  it('methods: no practice exams, no questions → no follow-ups; no resources → spaced repetition not asked', async () => {
    const s = scripted(['0', ENTER, ENTER, [], ENTER]);
    const { methods } = await methodsStep.run(ctx(s.prompter, { exam: 'step1' }));
    expect(methods).toEqual({ questionsCompleted: 0, mainActivity: 'questions', practiceExamsTaken: 0, timedRandomBlocks: false, switchedResources: false, crammed: false });
    expect(s.left()).toBe(0);
  });

  it('methods: with Anki ticked, spaced repetition cannot be "none" and defaults to "now and then"', async () => {
    const s = scripted([ENTER, ENTER, ENTER, ['anki'], ENTER, ENTER]);
    const { methods } = await methodsStep.run(ctx(s.prompter, { exam: 'step1' }));
    expect(s.log.choices.get('Spaced repetition: how regularly did you review cards?')).toEqual(['irregular', 'daily']);
    expect(methods?.spacedRepetition).toBe('irregular');
  });

  it('wellbeing: "no one right now" cannot be ticked with a supporter', async () => {
    const s = scripted(['6h30', '6/10', ['family', 'support:family', 'support:none'], ['family', 'support:none', 'no-exercise']]);
    const { wellbeing } = await wellbeingStep.run(ctx(s.prompter));
    expect(s.log.rejected).toEqual(['"no one right now" and a supporter cannot both be ticked: untick one.']);
    expect(wellbeing).toEqual({ sleepHours: 6.5, burnout: 6, exerciseDaysPerWeek: 0, stressors: ['family'], support: [] });
  });

  it('schedule: next Monday and 8 hours by default; "1 Mar" and "7.5 hours" read; 30 February refused', async () => {
    const s = scripted(['2027-02-30', ENTER, '7.5 hours', ENTER, '1 Mar']);
    const { schedule } = await scheduleStep.run(ctx(s.prompter, { exam: 'step1' }));
    expect(schedule).toEqual({ start: '2026-11-30', hoursPerDay: 7.5, daysOffPerWeek: 1, examDate: '2027-03-01', weeks: undefined, dayStartsAt: undefined });
    expect(s.log.rejected).toEqual(['Please enter a real date (2027-02-30 does not exist).']);
    expect(s.log.said).toContain('  → Mon 1 Mar 2027');
    expect(s.log.asked).toContain('Your week: Mon–Sat 7.5 h · Sun off. Keep it?');
  });

  it('schedule: a week by day replaces the rest days, is echoed, then asks the practice-exam day', async () => {
    const s = scripted([ENTER, ENTER, 'mon-fri 4, sat 15', 'sat 0, sun 0, mon-fri 0', 'mon-fri 4, sat 0, sun 0', 'fri', 'at six', '6pm', ENTER]);
    const { schedule } = await scheduleStep.run(ctx(s.prompter, { exam: 'step1' }));
    expect(schedule).toEqual({ start: '2026-11-30', hoursPerDay: 8, availability: { mon: 4, tue: 4, wed: 4, thu: 4, fri: 4, sat: 0, sun: 0 }, practiceExamDay: 'fri', dayStartsAt: '18:00' });
    expect(s.log.rejected).toEqual(['Please give each day from 0 (a day off) to 14 hours, in quarter hours (such as 4.5); sat has 15.', 'Please give at least one day some study time.', 'Please enter a time of day, such as 18:00 or 6pm.']);
    expect(s.log.said).toContain('  → Mon–Fri 4 h · Sat–Sun off');
    expect(s.log.choices.get('Which day suits your practice exams?')).toEqual(['plan', 'mon', 'tue', 'wed', 'thu', 'fri']);
  });

  it('schedule: a number of rest days is still an answer to the week', async () => {
    const s = scripted([ENTER, ENTER, '2 rest days', ENTER]);
    const { schedule } = await scheduleStep.run(ctx(s.prompter, { exam: 'step1' }));
    expect(schedule).toMatchObject({ daysOffPerWeek: 2 });
    expect(schedule?.availability).toBeUndefined();
    expect(s.log.said).toContain('  → Mon–Tue 8 h · Wed off · Thu–Sat 8 h · Sun off');
  });

  it('your dates: a name and a date per line, as many as wanted; Enter finishes; past dates refused', async () => {
    const s = scripted(['core rotations start 1 Mar', 'graduation 2026-05-01', '1 Apr 2027: application deadline', 'core rotations start 1 Mar', ENTER]);
    const { milestones } = await milestonesStep.run(ctx(s.prompter));
    expect(milestones).toEqual([
      { name: 'core rotations start', date: '2027-03-01' },
      { name: 'application deadline', date: '2027-04-01' },
    ]);
    expect(s.log.rejected).toEqual(['Please enter a date still to come (2026-05-01 has passed).', 'core rotations start on Mon 1 Mar 2027 is already listed.']);
    expect(s.log.asked[0]).toBe('A date that waits on this result? (Enter: none)');
  });

  it('your dates: from the recap, Enter keeps a date and "none" removes one', async () => {
    const draft = { milestones: [{ name: 'rotations', date: '2027-03-01' }, { name: 'match', date: '2027-03-19' }] };
    const s = scripted([ENTER, 'none', ENTER]);
    expect(await milestonesStep.run(ctx(s.prompter, draft))).toEqual({ milestones: [{ name: 'rotations', date: '2027-03-01' }] });
  });
});

/** Questions before the recap when every default is accepted. */
const DEFAULTS = 20;

describe('the whole interview', () => {
  it('says plainly that the sensitive answers stay on this computer', async () => {
    const s = scripted(Array(60).fill(ENTER));
    await interview(s.prompter, TODAY);
    expect(s.log.said.join('\n')).toMatch(/These answers stay on this computer/);
    expect(s.log.said.join('\n')).toMatch(/not medical or academic advice/);
  });

  it('accepting every default takes at most 21 prompts, gives valid answers and claims nothing unsaid', async () => {
    const s = scripted(Array(60).fill(ENTER));
    const { answers, save } = await interview(s.prompter, TODAY, undefined, { askSave: true });
    expect(s.log.asked.length).toBeLessThanOrEqual(21);
    expect(answers.schedule.availability).toBeUndefined();
    expect(answers.milestones).toBeUndefined();
    expect(answers.methods?.formsTaken).toBeUndefined();
    expect(save).toBe(true);
    expect(answers).toMatchObject({ exam: 'step1', attempt: 2, schedule: { start: '2026-11-30', hoursPerDay: 8, daysOffPerWeek: 1 } });
    expect(answers.wellbeing?.support).toBeUndefined();
    expect(answers.performance).toBeUndefined();
  });

  it('pre-filled from an answers file, Enter everywhere gives the same answers back', async () => {
    for (const name of ['videos-anxious-step1', 'step2ck-timing', 'step1-last-attempt-distress']) {
      const pre = fixtureAnswers(name);
      const s = scripted(Array(80).fill(ENTER));
      expect((await interview(s.prompter, TODAY, pre)).answers, name).toEqual(pre);
      expect(s.log.asked, 'opens at the recap').toEqual(['Build the plan, or change a group of answers?']);
    }
  });

  it('pre-filled, changing one group from the recap asks only that group', async () => {
    const pre = fixtureAnswers('videos-anxious-step1');
    const s = scripted(['schedule', ENTER, '7h', ENTER, ENTER, ENTER]);
    const { answers } = await interview(s.prompter, TODAY, pre);
    expect(answers).toEqual({ ...pre, schedule: { ...pre.schedule, hoursPerDay: 7 } });
    expect(s.log.asked).toHaveLength(6);
  });

  it('pre-filled with a week by day, changing it from the recap asks the week and the practice-exam day', async () => {
    const pre = { ...fixtureAnswers('videos-anxious-step1') };
    pre.schedule = { ...pre.schedule, daysOffPerWeek: undefined, availability: { mon: 4, tue: 4, wed: 4, thu: 4, fri: 4, sat: 8, sun: 0 }, practiceExamDay: 'sat' };
    const s = scripted(['schedule', ENTER, ENTER, 'sat 6', ENTER, ENTER, ENTER, ENTER]);
    const { answers } = await interview(s.prompter, TODAY, JSON.parse(JSON.stringify(pre)));
    expect(answers.schedule.availability).toEqual({ sat: 6 });
    expect(answers.schedule.practiceExamDay).toBe('sat');
    expect(answers.schedule.dayStartsAt).toBeUndefined();
    expect(s.log.said.join('\n')).toMatch(/Mon–Fri 4 h · Sat 8 h · Sun off/);
  });

  it('the recap lists every group; picking one changes it and comes back to the recap', async () => {
    const s = scripted([...Array(DEFAULTS).fill(ENTER), 'schedule', ENTER, '9h', ENTER, ENTER, 'milestones', 'rotations start 1 Mar', ENTER, ENTER]);
    const { answers } = await interview(s.prompter, TODAY);
    expect(answers.schedule.hoursPerDay).toBe(9);
    expect(answers.milestones).toEqual([{ name: 'rotations start', date: '2027-03-01' }]);
    const recaps = s.log.said.filter((t) => t.includes('Your answers'));
    expect(recaps).toHaveLength(3);
    for (const step of STEPS) expect(recaps[0]).toContain(step.title);
    expect(recaps[1]).toMatch(/Mon–Sat 9 h · Sun off/);
    expect(recaps[2]).toMatch(/rotations start: Mon 1 Mar 2027/);
  });

  it('changing the exam from the recap asks the result and profile again, for the new exam', async () => {
    const s = scripted([...Array(DEFAULTS).fill(ENTER), 'exam', 'step2ck:2', ENTER, '205', [], ENTER]);
    const { answers } = await interview(s.prompter, TODAY);
    expect(answers).toMatchObject({ exam: 'step2ck', score: 205 });
    expect(answers.distanceFromPassing).toBeUndefined();
  });

  it('changing the exam clears the forms taken, which belonged to the other exam', async () => {
    const pre = fixtureAnswers('videos-anxious-step1');
    const s = scripted(['exam', 'step2ck:2', ENTER, '205', [], ENTER]);
    const { answers } = await interview(s.prompter, TODAY, { ...pre, methods: { ...pre.methods, formsTaken: ['nbme 27'] } });
    expect(answers.exam).toBe('step2ck');
    expect(answers.methods?.formsTaken).toBeUndefined();
  });

  it.each([
    ['close', 'close to passing'],
    ['moderate', 'a moderate distance from passing'],
    ['far', 'far from passing'],
  ] as const)('the recap reads a %s result as a phrase: %s', (distance, phrase) => {
    const line = renderRecap({ exam: 'step1', attempt: 2, distanceFromPassing: distance }, STEPS, 120).split('\n').find((l) => /^ +\d+ Result/.test(l));
    expect(line).toMatch(new RegExp(`Result +${phrase}$`));
  });

  it('the recap wraps at word boundaries to the width', () => {
    const draft = fixtureAnswers('videos-anxious-step1');
    for (const width of [80, 120]) {
      const text = renderRecap(draft, STEPS, width);
      for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(width);
      expect(text).toMatch(/Respiratory & Renal \/ Urinary Systems|Pharmacology/);
    }
  });
});

describe('fits a terminal', () => {
  it('every question (with a default shown) fits in 80 columns, for either exam', async () => {
    for (const exam of ['step1:4', 'step2ck:3']) {
      const s = scripted([exam, ...Array(60).fill(ENTER)]);
      await interview(s.prompter, TODAY);
      for (const m of s.log.asked) expect(m.length + 16, m).toBeLessThanOrEqual(80);
    }
  });
});
