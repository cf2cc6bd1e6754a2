// The interview's steps, answered by a script. ENTER accepts the default.
import { describe, expect, it } from 'vitest';
import { interview } from '../../src/interview/run.js';
import type { Choice, Prompter } from '../../src/interview/prompter.js';
import { examStep, methodsStep, profileStep, scheduleStep, type Draft } from '../../src/interview/steps.js';
import { TODAY, fixtureAnswers } from '../helpers.js';

const ENTER = Symbol('enter');
type Scripted = string | boolean | string[] | typeof ENTER;

function scripted(answers: Scripted[]) {
  const queue = [...answers];
  const log = { asked: [] as string[], rejected: [] as string[], said: [] as string[] };
  const next = (message: string) => {
    log.asked.push(message);
    if (!queue.length) throw new Error(`no scripted answer for "${message}"`);
    return queue.shift()!;
  };
  const prompter: Prompter = {
    async select<T extends string>(q: { message: string; choices: Choice<T>[]; default?: T }) {
      const a = next(q.message);
      const v = (a === ENTER ? q.default : a) as T;
      if (!q.choices.some((c) => c.value === v)) throw new Error(`"${String(v)}" is not a choice for "${q.message}"`);
      return v;
    },
    async checkbox<T extends string>(q: { message: string; choices: Choice<T>[] }) {
      const a = next(q.message);
      return (a === ENTER ? q.choices.filter((c) => c.checked).map((c) => c.value) : (a as T[])) as T[];
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
    say: (t) => log.said.push(t),
  };
  return { prompter, log, left: () => queue.length };
}

const ctx = (prompt: Prompter, draft: Draft = {}) => ({ prompt, draft, today: TODAY });

describe('steps', () => {
  it('exam: re-asks earlier-attempt dates until they are real, ordered and in the past', async () => {
    const s = scripted(['step2ck', '3', '2026-02-30', '2026-09-01, 2026-03-01', '2026-03-01, 2026-09-01']);
    const c = ctx(s.prompter);
    await examStep(c);
    expect(c.draft).toEqual({ exam: 'step2ck', attempt: 3, previousAttempts: ['2026-03-01', '2026-09-01'] });
    expect(s.log.rejected).toEqual(['Please enter real dates written YYYY-MM-DD, separated by commas.', 'Please list the dates oldest first.']);
  });

  it('profile: lower, then higher, the rest about a low pass', async () => {
    const s = scripted([true, ['pharmacology', 'biochemistry'], ['behavioral-sciences'], ['respiratory-renal'], []]);
    const c = ctx(s.prompter, { exam: 'step1' });
    await profileStep(c);
    expect(c.draft.performance!.disciplines).toMatchObject({ pharmacology: 'lower', biochemistry: 'lower', 'behavioral-sciences': 'higher', pathology: 'same' });
    expect(c.draft.performance!.systems!['respiratory-renal']).toBe('lower');
    expect(Object.keys(c.draft.performance!.systems!)).toHaveLength(11);
  });

  it('profile: skipped when the report is not at hand', async () => {
    const c = ctx(scripted([false]).prompter, { exam: 'step1' });
    await profileStep(c);
    expect(c.draft.performance).toBeUndefined();
  });

  it('methods: a wrong value re-asks with the reason from the schema', async () => {
    const s = scripted(['lots', '900', '-5', '15', 'videos', false, ENTER, ENTER, ['uworld', 'anki'], 'my notes', false, 'none', true]);
    const c = ctx(s.prompter, { exam: 'step1' });
    await methodsStep(c);
    expect(s.log.rejected).toEqual(['Please enter a whole number of questions from 0 to 100000.', 'Please enter a number of minutes from 0 to 600.']);
    expect(c.draft.methods).toEqual({ questionsCompleted: 900, reviewMinutesPerBlock: 15, mainActivity: 'videos', timedRandomBlocks: false, practiceExamsTaken: 0, resources: ['uworld', 'anki', 'my-notes'], switchedResources: false, spacedRepetition: 'none', crammed: true });
    expect(s.left()).toBe(0);
  });

  it('schedule: defaults to next Monday and 8 hours; rejects 30 February', async () => {
    const s = scripted(['2027-02-30', ENTER, ENTER, ENTER, ENTER]);
    const c = ctx(s.prompter);
    await scheduleStep(c);
    expect(c.draft.schedule).toEqual({ start: '2026-11-30', hoursPerDay: 8, daysOffPerWeek: 1 });
    expect(s.log.rejected).toEqual(['Please enter the first study day, a real date written YYYY-MM-DD.']);
  });
});

describe('the whole interview', () => {
  it('says plainly that the sensitive answers stay on this computer', async () => {
    const s = scripted(Array(60).fill(ENTER));
    await interview(s.prompter, TODAY);
    expect(s.log.said.join('\n')).toMatch(/These answers stay on this computer/);
    expect(s.log.said.join('\n')).toMatch(/not medical or academic advice/);
  });

  it('all defaults give valid answers, and skipping claims nothing (no "no support" finding)', async () => {
    const s = scripted(Array(60).fill(ENTER));
    const a = await interview(s.prompter, TODAY);
    expect(a).toMatchObject({ exam: 'step1', attempt: 2, schedule: { start: '2026-11-30', hoursPerDay: 8, daysOffPerWeek: 1 } });
    expect(a.wellbeing?.support).toBeUndefined();
  });

  it('pre-filled from an answers file, Enter everywhere gives the same answers back', async () => {
    const pre = fixtureAnswers('videos-anxious-step1');
    const s = scripted(Array(80).fill(ENTER));
    expect(await interview(s.prompter, TODAY, pre)).toEqual(pre);
  });

  it('a cross-field problem sends the student back to the step that owns it', async () => {
    // Exam date before the start: the schedule step is asked again. 29 questions come before it.
    const s = scripted([...Array(29).fill(ENTER), '2027-01-04', '8', '1', '2027-01-01', '2027-01-04', '8', '1', '2027-03-01']);
    const a = await interview(s.prompter, TODAY);
    expect(a.schedule).toMatchObject({ start: '2027-01-04', examDate: '2027-03-01' });
    expect(s.log.said.join('\n')).toMatch(/schedule\.examDate: 2027-01-01 must come after schedule\.start/);
  });
});
