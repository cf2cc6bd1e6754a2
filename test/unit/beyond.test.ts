// Beyond the exam: milestones against the result's wait, accommodations, school options and
// the story for applications. One line per rule: answers → the finding (or none).
import { describe, expect, it } from 'vitest';
import { RESULT_WAIT } from '../../src/content/beyond.js';
import { diagnose } from '../../src/core/diagnose.js';
import { buildPlan } from '../../src/core/plan.js';
import { addBusinessDays, milestoneRisks } from '../../src/core/rules/beyond.js';
import { addDays } from '../../src/lib/dates.js';
import { parseAnswers } from '../../src/schema/answers.js';
import { TODAY, makeAnswers } from '../helpers.js';

type Over = Parameters<typeof makeAnswers>[0];
const ids = (over: Over) => diagnose(makeAnswers(over), TODAY).findings.map((f) => f.id);
const get = (over: Over, id: string) => diagnose(makeAnswers(over), TODAY).findings.find((f) => f.id === id);
const EXAM = '2027-03-05'; // after the default 8-week plan (4 Jan – 28 Feb 2027)
const booked = (milestone: string) => ({ schedule: { examDate: EXAM }, milestones: [{ name: 'core rotations start', date: milestone }] });

describe('milestones', () => {
  it.each<[string, Over, string | undefined]>([
    ['none given', {}, undefined],
    ['three weeks after the exam', booked(addDays(EXAM, 21)), 'high'],
    ['before the exam', booked('2027-02-15'), 'high'],
    ['six weeks after: usually in time, not always', booked(addDays(EXAM, 42)), 'moderate'],
    ['ten weeks after: clear', booked(addDays(EXAM, 70)), undefined],
    ['already past', booked('2026-11-01'), undefined],
  ])('%s → %s', (_, over, severity) => {
    expect(get(over, 'milestone-at-risk')?.severity).toBe(severity);
  });

  it('without a booked date, reads the milestone against the day after the plan ends', () => {
    const f = get({ milestones: [{ name: 'rotations', date: '2027-03-15' }] }, 'milestone-at-risk')!;
    expect(f.evidence[0]).toMatch(/14 days after the earliest date this plan has you sitting, Mon 1 Mar 2027/);
  });

  it('suggests a sitting date only when the plan can reach it, and a deferral otherwise', () => {
    const keep = get({ schedule: { examDate: '2027-04-20' }, milestones: [{ name: 'rotations', date: '2027-05-10' }] }, 'milestone-at-risk')!;
    expect(keep.actions.join(' ')).toMatch(/sit by Mon 12 Apr 2027 \(by Mon 15 Mar 2027 to allow for a late result\)/);
    const defer = get(booked(addDays(EXAM, 21)), 'milestone-at-risk')!;
    expect(defer.actions.join(' ')).toMatch(/ask for a deferral rather than rushing the exam/);
  });

  it('once the verdict is ready, reads the milestone against today, not the plan\'s end: no deferral "before this plan has you ready"', () => {
    const a = makeAnswers(booked(addDays(EXAM, 21)));
    const later = diagnose(a, TODAY).findings.find((f) => f.id === 'milestone-at-risk')!;
    expect(later.actions.join(' ')).toMatch(/before this plan has you ready/);
    const ready = diagnose(a, TODAY, { readyNow: true }).findings.find((f) => f.id === 'milestone-at-risk')!;
    expect(ready.actions.join(' ')).not.toMatch(/before this plan has you ready/);
    expect(ready.actions.join(' ')).toMatch(/already clear the readiness gate: .*sit by Fri 26 Feb 2027/);
    // Ready, but the usual wait no longer fits before the date: ask whether it can move.
    const late = diagnose(makeAnswers({ milestones: [{ name: 'rotations', date: addDays(TODAY, 10) }] }), TODAY, { readyNow: true }).findings.find((f) => f.id === 'milestone-at-risk')!;
    expect(late.actions.join(' ')).toMatch(/clear the readiness gate, but .* would have had to sit by/);
  });

  it('classifies by the result wait in content', () => {
    const a = makeAnswers({ milestones: [
      { name: 'a', date: addDays(EXAM, RESULT_WAIT.usualMaxDays) },
      { name: 'b', date: addDays(EXAM, RESULT_WAIT.usualMaxDays + 1) },
      { name: 'c', date: addDays(EXAM, RESULT_WAIT.longestDays + 1) },
    ] });
    expect(milestoneRisks(a, TODAY, EXAM).map((m) => m.risk)).toEqual(['at-risk', 'tight', 'clear']);
  });
});

describe('accommodations', () => {
  it.each<[string, Over, string[]]>([
    ['not asked', {}, []],
    ['none', { testDay: { accommodations: 'none' } }, []],
    ['have', { testDay: { accommodations: 'have' } }, ['accommodations-have']],
    ['suspect', { testDay: { accommodations: 'suspect' } }, ['accommodations-suspect']],
  ])('%s → %j', (_, over, expected) => {
    expect(ids(over).filter((i) => i.startsWith('accommodations'))).toEqual(expected);
  });

  it('says honestly when the exam is too close for NBME review', () => {
    const f = get({ schedule: { start: '2026-11-30', examDate: '2027-01-01' }, testDay: { accommodations: 'suspect' } }, 'accommodations-suspect')!;
    expect(f.severity).toBe('high');
    expect(f.actions.join(' ')).toMatch(/5 weeks away.*cannot be decided before that date/);
  });

  it('gives a submit-by date when there is time', () => {
    const f = get({ schedule: { examDate: '2027-06-01' }, testDay: { accommodations: 'suspect' } }, 'accommodations-suspect')!;
    // 60 business days before Tue 1 Jun 2027, weekends skipped.
    expect(f.actions.join(' ')).toMatch(/submit by about Tue 9 Mar 2027/);
  });

  // A 4th attempt: the first 5 Apr 2026, so the earliest eligible date is Mon 5 Apr 2027.
  const refused = (accommodations: 'suspect' | 'have'): Over => ({ attempt: 4, previousAttempts: ['2026-04-05', '2026-06-01', '2026-10-05'], schedule: { examDate: '2027-01-20' }, testDay: { accommodations } });

  it.each(['suspect', 'have'] as const)('%s: a booked date USMLE refuses is not "your exam": the plan\'s own date is measured', (status) => {
    const f = get(refused(status), `accommodations-${status}`)!;
    const said = f.actions.join(' ');
    expect(said).not.toMatch(/Wed 20 Jan 2027|as booked/);
    expect(said).toMatch(/this plan has you sit on Mon 5 Apr 2027 or later/i);
    expect(said).toMatch(/submit by about Mon 11 Jan 2027/);
    expect(f.severity).toBe(status === 'suspect' ? 'moderate' : 'info');
  });

  it('a plan date too close for review says so, without "sit as booked"', () => {
    const f = get({ ...refused('suspect'), previousAttempts: ['2026-01-05', '2026-03-01', '2026-07-05'], schedule: { start: '2026-11-30', examDate: '2026-12-20' } }, 'accommodations-suspect')!;
    expect(f.severity).toBe('high');
    expect(f.actions.join(' ')).toMatch(/sit on Mon 25 Jan 2027 or later, 8 weeks away.*may not be decided by then/);
    expect(f.actions.join(' ')).not.toMatch(/as booked|Sun 20 Dec/);
  });

  it('counts business days', () => {
    expect(addBusinessDays('2026-11-27', 1)).toBe('2026-11-30'); // Friday → Monday
    expect(addBusinessDays('2026-11-30', -1)).toBe('2026-11-27');
    expect(addBusinessDays('2026-11-30', 60)).toBe('2027-02-22');
  });
});

describe('school options', () => {
  it.each<[string, Over, boolean]>([
    ['no distress', {}, false],
    ['moderate burnout', { wellbeing: { burnout: 5 } }, false],
    ['high burnout', { wellbeing: { burnout: 8 } }, true],
    ['severe anxiety', { testDay: { anxiety: 9 } }, true],
  ])('%s → %s', (_, over, shown) => {
    expect(ids(over).includes('school-options')).toBe(shown);
  });

  it('names the options and leaves the choice to the student', () => {
    const text = get({ wellbeing: { burnout: 9 } }, 'school-options')!.actions.join(' ');
    expect(text).toMatch(/lighter start/);
    expect(text).toMatch(/remediation programme or a tutor/);
    expect(text).toMatch(/leave of absence/);
    expect(text).toMatch(/choice is yours, made with your advisor/);
  });
});

describe('the story for applications', () => {
  const story = (over: Over) => buildPlan(makeAnswers(over), TODAY).story;

  it('is in every plan, from the findings, with a Step 2 CK line only for Step 1', () => {
    const s1 = story({ performance: { disciplines: { pharmacology: 'lower' } }, testDay: { ranOutOfTime: true } });
    expect(s1.wentWrong).toEqual(['My weakest area was Pharmacology.', 'I ran out of time on test day.']);
    expect(s1.changed.join(' ')).toMatch(/drilled pacing/);
    expect(s1.willShow.join(' ')).toMatch(/Step 2 CK/);
    expect(s1.notes.join(' ')).toMatch(/Competitive specialties weigh a failed attempt more/);
    const ck = story({ exam: 'step2ck', score: 205 });
    expect(ck.willShow.join(' ')).not.toMatch(/Step 2 CK/);
  });

  it('invents nothing when the answers show no cause', () => {
    expect(story({}).wentWrong).toEqual([expect.stringMatching(/do not show yet what went wrong/)]);
  });

  it('says "crammed" only when the student did', () => {
    expect(story({ methods: { spacedRepetition: 'irregular' } }).wentWrong.join(' ')).not.toMatch(/crammed/);
    expect(story({ methods: { crammed: true, spacedRepetition: 'none' } }).wentWrong.join(' ')).toMatch(/crammed/);
  });

  it('tells burnout only when the burnout finding rates it high, and stressors only as named', () => {
    expect(story({ wellbeing: { burnout: 5 } }).wentWrong.join(' ')).not.toMatch(/worn out/);
    expect(story({ wellbeing: { burnout: 6 } }).wentWrong.join(' ')).not.toMatch(/worn out/);
    expect(story({ wellbeing: { burnout: 7 } }).wentWrong).toContain('I was worn out.');
    expect(story({ wellbeing: { stressors: ['finances'] } }).wentWrong).toContain('Outside my studies, finances weighed on me.');
    expect(story({ wellbeing: { stressors: ['other', 'family'] } }).wentWrong).toContain('Outside my studies, family and something else weighed on me.');
  });

  it('stays brief: at most four causes', () => {
    const s = story({ performance: { disciplines: { pharmacology: 'lower' } }, methods: { mainActivity: 'videos', questionsCompleted: 500, reviewMinutesPerBlock: 10, timedRandomBlocks: false, practiceExamsTaken: 0 }, testDay: { ranOutOfTime: true, anxiety: 8 } });
    expect(s.wentWrong.length).toBe(4);
  });

  it.each([2, 4] as const)('keeps the readiness rule in my own words, without README references (attempt %i)', (attempt) => {
    const s = story({ attempt, performance: { disciplines: { pharmacology: 'lower' } }, methods: { crammed: true, questionsCompleted: 900 }, ...(attempt === 4 ? { previousAttempts: ['2025-01-10', '2025-06-10', '2026-01-10'] } : {}) });
    const all = [...s.wentWrong, ...s.changed, ...s.willShow].join(' '); // the draft itself; the intro and notes speak to the student
    expect(all).not.toMatch(/\byour\b|\byou\b|README/i);
    expect(s.changed.join(' ')).toMatch(attempt === 4 ? /last allowed attempt.*95 in 100/ : /90 in 100/);
  });
});

describe('answers', () => {
  const parse = (extra: object) => parseAnswers({ exam: 'step1', attempt: 2, schedule: { start: '2027-01-04', hoursPerDay: 8 }, ...extra });
  it.each<[string, object, RegExp]>([
    ['a milestone without a date', { milestones: [{ name: 'rotations' }] }, /^milestones\[0\]\.date: missing; expected a real date written YYYY-MM-DD$/],
    ['a bad date', { milestones: [{ name: 'rotations', date: '2027-02-30' }] }, /^milestones\[0\]\.date: expected a real date written YYYY-MM-DD, got "2027-02-30"$/],
    ['an empty name', { milestones: [{ name: ' ', date: '2027-03-01' }] }, /^milestones\[0\]\.name: expected a short name/],
    ['an unknown field', { milestones: [{ name: 'x', date: '2027-03-01', when: 1 }] }, /^milestones\[0\]\.when: unknown field; allowed in milestones\[0\]: name, date$/],
    ['the same date twice', { milestones: [{ name: 'x', date: '2027-03-01' }, { name: 'X', date: '2027-03-01' }] }, /^milestones\[1\]: "X" on 2027-03-01 is listed twice$/],
    ['an unknown accommodations value', { testDay: { accommodations: 'maybe' } }, /^testDay\.accommodations: expected one of none, have, suspect .*got "maybe"$/],
  ])('%s: one sentence', (_, extra, re) => {
    const r = parse(extra);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]).toMatch(re);
    }
  });
});
