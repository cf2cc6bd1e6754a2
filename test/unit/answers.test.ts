import { describe, expect, it } from 'vitest';
import { answerNotes, parseAnswers } from '../../src/schema/answers.js';

const base = { exam: 'step1', attempt: 2, schedule: { start: '2027-01-04', hoursPerDay: 8 } };
const problems = (data: unknown) => {
  const r = parseAnswers(data, { today: '2026-11-26' });
  return r.ok ? [] : r.problems;
};

describe('parseAnswers', () => {
  it.each([
    ['a Step 2 CK score below the standard of its date', { ...base, exam: 'step2ck', score: 212, previousAttempts: ['2024-05-01'] }],
    ['an undated Step 2 CK score that fails today', { ...base, exam: 'step2ck', score: 217 }],
    ['a Step 1 three-digit score from before Pass/Fail', { ...base, score: 188, previousAttempts: ['2021-06-01'] }],
  ])('accepts %s', (_, data) => expect(problems(data)).toEqual([]));

  it('accepts the minimal answers', () => {
    expect(parseAnswers(base).ok).toBe(true);
  });

  it('canonicalises area aliases and reads borderline as same', () => {
    const r = parseAnswers({ ...base, performance: { disciplines: { Pharm: 'lower', biochem: 'borderline' }, systems: { renal: 'higher' } } });
    expect(r.ok && r.value.performance).toEqual({ disciplines: { pharmacology: 'lower', biochemistry: 'same' }, systems: { 'respiratory-renal': 'higher' } });
  });

  it.each([
    ['a missing required field', { exam: 'step1', schedule: base.schedule }, /^attempt: missing; expected the attempt you are preparing for: 2, 3 or 4/],
    ['a wrong type', { ...base, methods: { reviewMinutesPerBlock: 'lots' } }, /^methods\.reviewMinutesPerBlock: expected a number of minutes from 0 to 600, got "lots"$/],
    ['an unknown exam', { ...base, exam: 'step3' }, /^exam: expected one of step1, step2ck, got "step3"$/],
    ['negative hours', { ...base, schedule: { start: '2027-01-04', hoursPerDay: -2 } }, /^schedule\.hoursPerDay: expected study hours a day from 1 to 14/],
    ['30 February', { ...base, schedule: { start: '2027-02-30', hoursPerDay: 8 } }, /^schedule\.start: expected the first study day, a real date written YYYY-MM-DD, got "2027-02-30"$/],
    ['an unknown area', { ...base, performance: { disciplines: { astrology: 'lower' } } }, /^performance\.disciplines\.astrology: unknown USMLE Step 1 discipline; valid: pathology, physiology/],
    ['a system under disciplines', { ...base, performance: { disciplines: { cardio: 'lower' } } }, /^performance\.disciplines\.cardio: cardio \(Cardiovascular System\) is a USMLE Step 1 system: put it under performance\.systems$/],
    ['a discipline under systems', { ...base, exam: 'step2ck', performance: { systems: { surgery: 'lower' } } }, /^performance\.systems\.surgery: .* is a USMLE Step 2 CK discipline: put it under performance\.disciplines$/],
    ['a field in another case', { ...base, schedule: { start: '2027-01-04', hoursPerDay: 8, examdate: '2027-03-01' } }, /^schedule\.examdate: unknown field \(did you mean examDate\?\)/],
    ['a saved profile', { schemaVersion: 1, savedAt: '2026-11-27', answers: base }, /^this is a saved profile .*run retake plan without --answers/],
    ['a Step 2 CK area on Step 1', { ...base, performance: { disciplines: { surgery: 'lower' } } }, /unknown USMLE Step 1 discipline/],
    ['a wrong band', { ...base, performance: { systems: { cardio: 'bad' } } }, /^performance\.systems\.cardio: expected lower, same \(or borderline\) or higher, got "bad"$/],
    ['an unknown field', { ...base, schedul: {} }, /^schedul: unknown field \(did you mean schedule\?\); allowed: exam, attempt/],
    ['a mistyped area', { ...base, exam: 'step2ck', performance: { systems: { social: 'lower' } } }, /^performance\.systems\.social: unknown USMLE Step 2 CK system \(did you mean social-sciences\?\); valid: /],
    ['a misspelt area', { ...base, performance: { disciplines: { pharmocology: 'lower' } } }, /^performance\.disciplines\.pharmocology: unknown USMLE Step 1 discipline \(did you mean pharmacology\?\)/],
    ['a mistyped choice', { ...base, methods: { mainActivity: 'question' } }, /^methods\.mainActivity: expected one of questions, videos, reading, flashcards, got "question"; did you mean questions\?$/],
    ['a mistyped choice in a list', { ...base, wellbeing: { stressors: ['finance'] } }, /^wellbeing\.stressors\[0\]: .*got "finance"; did you mean finances\?$/],
    ['attempt 5', { ...base, attempt: 5 }, /^attempt: expected the attempt you are preparing for/],
    ['attempts out of order', { ...base, attempt: 3, previousAttempts: ['2026-05-01', '2026-01-01'] }, /previousAttempts\[1\]: expected dates oldest first/],
    ['too many earlier attempts', { ...base, previousAttempts: ['2026-01-01', '2026-05-01'] }, /lists 2 earlier attempts, but attempt 2 can have at most 1/],
    ['an attempt in the future', { ...base, previousAttempts: ['2027-05-01'], schedule: { start: '2027-06-01', hoursPerDay: 8 } }, /is in the future/],
    ['an exam date before the start', { ...base, schedule: { start: '2027-01-04', hoursPerDay: 8, examDate: '2027-01-01' } }, /examDate: 2027-01-01 must come after schedule.start/],
    ['a Step 1 practice score over 100', { ...base, methods: { bestPracticeScore: 210 } }, /percent correct \(EPC\) from 0 to 100 for USMLE Step 1/],
    ['a failed Step 2 CK score at the standard of its date', { ...base, exam: 'step2ck', score: 214, previousAttempts: ['2024-05-01'] }, /^score: 214 is at or above 214, the passing standard on the day of that attempt \(Wed 1 May 2024\), but a retake follows a failed attempt/],
    ['a Step 2 CK score no standard ever failed', { ...base, exam: 'step2ck', score: 290 }, /^score: 290 is at or above 218, the highest passing standard USMLE Step 2 CK has had/],
    ['a Step 1 three-digit score at 194', { ...base, score: 200 }, /^score: 200 is at or above 194, the passing standard for USMLE Step 1 three-digit scores/],
    ['a three-digit Step 1 score after Pass/Fail', { ...base, score: 180, previousAttempts: ['2026-05-01'] }, /^score: USMLE Step 1 has reported only Pass or Fail since Wed 26 Jan 2022/],
    ['a huge number', { ...base, methods: { questionsCompleted: 1e300 } }, /questionsCompleted: expected a whole number of questions/],
    ['hours not in quarter steps', { ...base, schedule: { start: '2027-01-04', hoursPerDay: 7.3 } }, /in steps of 0.25, got 7.3/],
  ])('rejects %s with one sentence naming the field', (_, data, pattern) => {
    const p = problems(data);
    expect(p.some((x) => pattern.test(x)), p.join('\n')).toBe(true);
  });

  it('reports every problem, not just the first', () => {
    expect(problems({ exam: 'x', attempt: 9, schedule: { start: 'soon', hoursPerDay: 99 } })).toHaveLength(4);
  });

  it('reports area and form problems in the same pass as the schema\'s', () => {
    // The trial's typo file: a mistyped field, a system under disciplines, an unreadable form.
    const p = problems({ ...base, performance: { disciplines: { cardio: 'lower', pharmocology: 'lower' } }, methods: { formsTaken: ['ccssa 12', 'uwsa 4', 'nonsense'] }, schedule: { ...base.schedule, examdate: '2027-03-01' } });
    expect(p.map((x) => x.split(':')[0])).toEqual(['schedule.examdate', 'performance.disciplines.cardio', 'performance.disciplines.pharmocology', 'methods.formsTaken[2]']);
  });
  it('rejects a document that is not a group of fields', () => {
    expect(problems([1, 2])[0]).toMatch(/must be a group of fields/);
    expect(problems('hello')[0]).toMatch(/must be a group of fields/);
  });
});

describe('answerNotes: forms the exam does not have are accepted and said', () => {
  const notes = (data: object) => {
    const r = parseAnswers(data, { today: '2026-11-26' });
    if (!r.ok) throw new Error(r.problems.join('\n'));
    return answerNotes(r.value);
  };
  it.each([
    ['a Step 2 CK form on Step 1', { ...base, methods: { formsTaken: ['nbme 27', 'ccssa 12'] } }, /^methods\.formsTaken\[1\]: NBME CCSSA form 12 is a USMLE Step 2 CK form, not a USMLE Step 1 one; .*changes nothing in this plan/],
    ['a Step 1 form on Step 2 CK', { ...base, exam: 'step2ck', practiceExams: { pool: ['nbme 30'] } }, /^practiceExams\.pool\[0\]: NBME CBSSA form 30 is a USMLE Step 1 form.*; it is not planned$/],
    ['a UWSA the exam does not have', { ...base, methods: { formsTaken: ['uwsa 4'] } }, /^methods\.formsTaken\[0\]: UWSA 4 is not a USMLE Step 1 UWorld self-assessment .*UWSA 1, UWSA 2;/],
    ['UWSA 3 on Step 1', { ...base, methods: { formsTaken: ['uwsa 3'] } }, /UWSA 3 is not a USMLE Step 1/],
  ])('%s', (_, data, pattern) => {
    const n = notes(data);
    expect(n).toHaveLength(1);
    expect(n[0]).toMatch(pattern);
  });
  it('says nothing of the forms each exam has', () => {
    expect(notes({ ...base, methods: { formsTaken: ['nbme 26', 'uwsa 1', 'uwsa 2', 'free120'] } })).toEqual([]);
    expect(notes({ ...base, exam: 'step2ck', methods: { formsTaken: ['ccssa 9', 'uwsa 3', 'free 120'] } })).toEqual([]);
  });
  it('suggests the known resource an unknown name is close to, and leaves a student\'s own names alone', () => {
    expect(notes({ ...base, methods: { resources: ['uworld', 'firstaid', 'my-notes', 'boards-and-beyound'] } })).toEqual([
      'methods.resources[1]: firstaid is not a resource retake knows, so the plan treats it as your own; did you mean first-aid?',
      'methods.resources[3]: boards-and-beyound is not a resource retake knows, so the plan treats it as your own; did you mean boards-and-beyond?',
    ]);
  });
  it('finds the notes in a file that has problems, so they come in the same report', () => {
    const data = { ...base, attempt: 'two', methods: { formsTaken: ['ccssa 12'], resources: ['firstaid'] } };
    expect(parseAnswers(data, { today: '2026-11-26' }).ok).toBe(false);
    expect(answerNotes(data)).toEqual([expect.stringMatching(/^methods\.formsTaken\[0\]: NBME CCSSA/), expect.stringMatching(/did you mean first-aid\?$/)]);
  });
});
