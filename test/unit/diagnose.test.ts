import { describe, expect, it } from 'vitest';
import { diagnose, earliestEligible } from '../../src/core/diagnose.js';
import { TODAY, makeAnswers } from '../helpers.js';

type Over = Parameters<typeof makeAnswers>[0];
const ids = (over: Over) => diagnose(makeAnswers(over), TODAY).findings.map((f) => f.id);
const get = (over: Over, id: string) => diagnose(makeAnswers(over), TODAY).findings.find((f) => f.id === id);

// One line per rule: answers → finding id expected (and, where it matters, one that must not fire).
describe.each<[string, Over, string, Over]>([
  ['weak areas', { performance: { disciplines: { pharmacology: 'lower' } } }, 'weak-areas', { performance: { disciplines: { pharmacology: 'higher' } } }],
  ['no profile', {}, 'no-profile', { performance: { systems: { cardiovascular: 'same' } } }],
  ['pathology + physiology', { performance: { disciplines: { pathology: 'lower', physiology: 'lower' } } }, 'pattern-disease-mechanisms', { performance: { disciplines: { pathology: 'lower', physiology: 'same' } } }],
  ['pharmacology + biochemistry', { performance: { disciplines: { pharm: 'lower', biochem: 'lower' } } }, 'pattern-pathways-memorisation', { performance: { disciplines: { pharm: 'lower' } } }],
  ['microbiology + immunology', { performance: { disciplines: { micro: 'lower', immuno: 'lower' } } }, 'pattern-infection-host', {}],
  ['videos as main activity', { methods: { mainActivity: 'videos' } }, 'passive-learning', { methods: { mainActivity: 'questions' } }],
  ['reading as main activity', { methods: { mainActivity: 'reading' } }, 'passive-learning', { methods: { mainActivity: 'flashcards' } }],
  ['few questions', { methods: { questionsCompleted: 800 } }, 'too-few-questions', { methods: { questionsCompleted: 3000 } }],
  ['review shorter than answering', { methods: { reviewMinutesPerBlock: 20 } }, 'short-review', { methods: { reviewMinutesPerBlock: 60 } }],
  ['no timed random blocks', { methods: { timedRandomBlocks: false } }, 'no-timed-random', { methods: { timedRandomBlocks: true } }],
  ['no practice exams', { methods: { practiceExamsTaken: 0 } }, 'no-practice-exams', { methods: { practiceExamsTaken: 3 } }],
  ['practice score below readiness', { methods: { bestPracticeScore: 60 } }, 'below-readiness', { methods: { bestPracticeScore: 70 } }],
  // The model's line (65% EPC), not the old streak target (68%): 66% is above it.
  ['practice score below the model line', { methods: { bestPracticeScore: 64 } }, 'below-readiness', { methods: { bestPracticeScore: 66 } }],
  // Step 2 CK: best practice minus the real score, beyond one CCSSA's error (7 points).
  ['practice over-predicted the real score', { exam: 'step2ck', score: 200, methods: { bestPracticeScore: 230 } }, 'over-predicted', { exam: 'step2ck', score: 200, methods: { bestPracticeScore: 206 } }],
  // Step 1 (pass/fail): best practice above the 65% line by more than one EPC result's error (4 points).
  ['Step 1 practice well above the line, then a fail', { methods: { bestPracticeScore: 72 } }, 'over-predicted', { methods: { bestPracticeScore: 67 } }],
  ['more than four resources', { methods: { resources: ['uworld', 'first-aid', 'pathoma', 'sketchy', 'anki'] } }, 'resource-overload', { methods: { resources: ['uworld', 'first-aid'] } }],
  ['switching resources', { methods: { switchedResources: true } }, 'resource-overload', { methods: { switchedResources: false } }],
  ['cramming', { methods: { crammed: true } }, 'cramming', { methods: { crammed: false, spacedRepetition: 'daily' } }],
  ['no spaced repetition', { methods: { spacedRepetition: 'none' } }, 'cramming', {}],
  ['ran out of time', { testDay: { ranOutOfTime: true } }, 'ran-out-of-time', { testDay: { ranOutOfTime: false } }],
  ['mind went blank', { testDay: { mindWentBlank: true } }, 'mind-went-blank', { testDay: { mindWentBlank: false } }],
  ['anxiety', { testDay: { anxiety: 7 } }, 'test-anxiety', { testDay: { anxiety: 6 } }],
  ['moderate anxiety', { testDay: { anxiety: 4 } }, 'test-nerves', { testDay: { anxiety: 3 } }],
  ['burnout', { wellbeing: { burnout: 7 } }, 'burnout', { wellbeing: { burnout: 2 } }],
  ['short sleep', { wellbeing: { sleepHours: 6 } }, 'short-sleep', { wellbeing: { sleepHours: 7.5 } }],
  ['no exercise', { wellbeing: { exerciseDaysPerWeek: 0 } }, 'no-exercise', { wellbeing: { exerciseDaysPerWeek: 2 } }],
  ['stressors', { wellbeing: { stressors: ['family'] } }, 'stressors', { wellbeing: { stressors: [] } }],
  ['no support', { wellbeing: { support: [] } }, 'no-support', { wellbeing: { support: ['advisor'] } }],
  ['severe anxiety', { testDay: { anxiety: 9 } }, 'severe-distress', { testDay: { anxiety: 7 } }],
  ['anxiety and burnout both high', { testDay: { anxiety: 8 }, wellbeing: { burnout: 8 } }, 'severe-distress', { testDay: { anxiety: 8 }, wellbeing: { burnout: 5 } }],
  ['third attempt', { attempt: 3 }, 'attempt-risk', { attempt: 2 }],
  ['fourth attempt, dates missing', { attempt: 4 }, 'attempts-unknown', { attempt: 2 }],
  ['exam date inside the plan', { schedule: { examDate: '2027-02-01' } }, 'exam-date', { schedule: { examDate: '2027-03-05' } }],
])('%s', (_, trigger, id, calm) => {
  it(`fires ${id}`, () => expect(ids(trigger)).toContain(id));
  it(`stays quiet otherwise`, () => expect(ids(calm)).not.toContain(id));
});

describe('every finding', () => {
  it('carries evidence and actions and sorts by severity', () => {
    const over: Over = {
      attempt: 3,
      previousAttempts: ['2026-03-01', '2026-08-01'],
      methods: { mainActivity: 'videos', questionsCompleted: 500, reviewMinutesPerBlock: 10, practiceExamsTaken: 0, resources: ['uworld', 'amboss', 'first-aid', 'pathoma', 'sketchy'], crammed: true },
      testDay: { ranOutOfTime: true, mindWentBlank: true, anxiety: 9 },
      wellbeing: { burnout: 9, sleepHours: 4, exerciseDaysPerWeek: 0, stressors: ['health'], support: [] },
    };
    const { findings } = diagnose(makeAnswers(over), TODAY);
    const order = ['critical', 'high', 'moderate', 'info'];
    for (const f of findings) {
      expect(f.evidence.length, f.id).toBeGreaterThan(0);
      expect(f.actions.length, f.id).toBeGreaterThan(0);
    }
    expect(findings.map((f) => order.indexOf(f.severity))).toEqual([...findings.map((f) => order.indexOf(f.severity))].sort((a, b) => a - b));
    expect(findings[0]!.id).toBe('severe-distress');
  });

  it('sets the best practice score against the readiness model line and its source', () => {
    const f = get({ methods: { bestPracticeScore: 61 } }, 'below-readiness')!;
    expect(f.evidence.join(' ')).toContain('61%; the readiness model\'s passing line is 65% (NBME EPC, the low-pass zone)');
  });

  it.each<[Over, string]>([
    [{ attempt: 3 }, 'This is attempt 3, and no dates of the 2 earlier attempts were given.'],
    [{ attempt: 4, previousAttempts: ['2025-01-10'] }, 'This is attempt 4, which follows 3 earlier attempts; dates were given for only 1.'],
  ])('says how many attempt dates are missing in words (%j)', (over, sentence) => {
    expect(get(over, 'attempts-unknown')!.evidence[0]).toBe(sentence);
  });

  it('points severe distress to counseling and 988', () => {
    const f = get({ testDay: { anxiety: 10 } }, 'severe-distress')!;
    expect(f.severity).toBe('critical');
    expect(f.actions.join(' ')).toMatch(/counseling/);
    expect(f.actions.join(' ')).toMatch(/988/);
  });

  it('keeps the question bank, scaffold and cards and names what to set aside', () => {
    const f = get({ methods: { resources: ['first-aid', 'uworld', 'pathoma', 'sketchy', 'boards-and-beyond', 'amboss', 'anki'] }, performance: { disciplines: { microbiology: 'lower' } } }, 'resource-overload')!;
    expect(f.actions[0]).toMatch(/UWorld, First Aid, Anki and Sketchy/);
    expect(f.actions[1]).toMatch(/Pathoma, Boards and Beyond and AMBOSS/);
    expect(f.evidence[0]).toBe('You used 7 resources: First Aid, UWorld, Pathoma, Sketchy, Boards and Beyond, AMBOSS and Anki.');
  });
});

describe('practice over-predicted', () => {
  it('quotes the gap and the share of it readiness keeps (half of one pair)', () => {
    const f = get({ exam: 'step2ck', score: 216, methods: { bestPracticeScore: 238 } }, 'over-predicted')!;
    expect(f.severity).toBe('high'); // practice said pass, the exam did not
    expect(f.evidence[0]).toBe('Your best practice score before the exam was 238; your real score was 216, 22 points lower.');
    expect(f.actions[0]).toMatch(/every practice score about 11 points lower/);
  });

  it('is moderate when practice was below the line too, and says nothing without a real score', () => {
    expect(get({ exam: 'step2ck', score: 190, methods: { bestPracticeScore: 210 } }, 'over-predicted')!.severity).toBe('moderate');
    expect(get({ exam: 'step2ck', distanceFromPassing: 'close', methods: { bestPracticeScore: 240 } }, 'over-predicted')).toBeUndefined();
  });

  it('on Step 1 calls the gap a lower bound against the line', () => {
    expect(get({ methods: { bestPracticeScore: 75 } }, 'over-predicted')!.evidence[0]).toMatch(/passing line of 65%.*at least 10 points/);
  });
});

describe('timeline verdict', () => {
  const verdict = (over: Over) => diagnose(makeAnswers(over), TODAY).timeline;
  it.each<[string, Over, string, number]>([
    ['close to passing', { distanceFromPassing: 'close' }, 'fits', 8],
    ['moderate distance', { distanceFromPassing: 'moderate' }, 'fits', 8],
    ['far, few lower areas', { distanceFromPassing: 'far' }, 'extend', 10],
    ['far, most areas lower', { distanceFromPassing: 'far', performance: { disciplines: { pathology: 'lower', physiology: 'lower', pharm: 'lower', anatomy: 'same' } } }, 'coursework-first', 12],
    ['Step 2 CK 6 below 218', { exam: 'step2ck', score: 212 }, 'fits', 8],
    ['Step 2 CK 13 below 218', { exam: 'step2ck', score: 205 }, 'extend', 10],
    ['Step 2 CK 30 below 218', { exam: 'step2ck', score: 188 }, 'coursework-first', 12],
    ['old Step 1 score 188 vs 194 (seed)', { score: 188, previousAttempts: ['2021-06-01'], schedule: { start: '2027-01-04' } }, 'fits', 8],
    ['old Step 1 score 165 vs 194 (seed)', { score: 165, previousAttempts: ['2021-06-01'] }, 'coursework-first', 12],
    ['no distance; most of a wide profile lower', { performance: { disciplines: { pathology: 'lower', physiology: 'lower', pharm: 'lower', micro: 'same' } } }, 'extend', 10],
    ['a practice score far below the line alone', { methods: { bestPracticeScore: 40 } }, 'extend', 10],
    ['nothing known', {}, 'fits', 8],
  ])('%s → %s', (_, over, v, weeks) => {
    const t = verdict(over);
    expect(t.verdict).toBe(v);
    expect(t.planWeeks).toBe(weeks);
    expect(t.reasons.length).toBeGreaterThan(0);
  });

  it('with nothing known, says the distance is unknown and what the plan assumes, not that the gap can close', () => {
    const d = diagnose(makeAnswers({}), TODAY);
    expect(d.timeline.assumed).toBe(true);
    const f = d.findings.find((x) => x.id === 'timeline-fits')!;
    expect(f.title).toMatch(/how far you were from passing is unknown, so the plan assumes a standard 8-week block/);
    expect(f.title).not.toMatch(/can close/);
    expect(verdict({ distanceFromPassing: 'close' }).assumed).toBeUndefined();
  });

  it('uses the dated passing standard: Step 2 CK 212 failed in 2024 (214) and the 218 the retake must clear', () => {
    expect(verdict({ exam: 'step2ck', score: 212, previousAttempts: ['2024-05-01'] }).reasons[0]).toMatch(/passing standard for that attempt was 214 \(2 points below\), and your retake must clear 218/);
  });

  it('reads a three-digit Step 1 score against 194, the standard before Pass/Fail, date or not', () => {
    expect(verdict({ score: 188 }).reasons[0]).toMatch(/before 26 Jan 2022, when the passing standard was 194 \(6 points below\)/);
  });

  it("makes no claim about the attempt's own standard when its date is unknown", () => {
    const reason = verdict({ exam: 'step2ck', score: 205 }).reasons[0]!;
    expect(reason).toMatch(/13 points below the passing standard your retake must clear \(218\)/);
    expect(reason).not.toMatch(/for that attempt/);
  });

  it('--weeks overrides the recommendation and says so', () => {
    const diagnosis = diagnose(makeAnswers({ distanceFromPassing: 'far' }), TODAY, { weeks: 6 });
    expect(diagnosis.timeline.planWeeks).toBe(6);
    expect(diagnosis.findings.find((f) => f.id === 'timeline-extend')!.actions.join(' ')).toMatch(/You chose 6 weeks; the recommendation was 10/);
  });
});

describe('USMLE waiting rules', () => {
  it.each<[string, Over, string | undefined]>([
    ['second attempt: the day after the first', { attempt: 2, previousAttempts: ['2026-10-20'] }, '2026-10-21'],
    ['third attempt: no window limit yet', { attempt: 3, previousAttempts: ['2026-01-10', '2026-06-10'] }, '2026-06-11'],
    ['fourth: 12 months after the first, 6 after the last', { attempt: 4, previousAttempts: ['2026-01-10', '2026-04-10', '2026-08-10'] }, '2027-02-10'],
    ['fourth: 6 months after the last wins', { attempt: 4, previousAttempts: ['2025-01-10', '2025-06-10', '2026-10-31'] }, '2027-04-30'],
    ['no dates', { attempt: 3 }, undefined],
  ])('%s', (_, over, expected) => {
    expect(earliestEligible(makeAnswers({ ...over, schedule: { start: '2026-11-30' } }))).toBe(expected);
  });

  it('flags an exam date before the earliest eligible date as critical', () => {
    const f = get({ attempt: 4, previousAttempts: ['2026-01-10', '2026-04-10', '2026-08-10'], schedule: { start: '2026-11-30', examDate: '2027-01-30' } }, 'exam-date')!;
    expect(f.severity).toBe('critical');
    expect(f.evidence.join(' ')).toMatch(/before the earliest date you may sit \(Wed 10 Feb 2027\)/);
  });
});

describe('rules return what they change', () => {
  const deepFreeze = <T>(value: T): T => {
    if (value && typeof value === 'object') for (const v of Object.values(value)) deepFreeze(v);
    return Object.freeze(value);
  };
  it('no rule writes to its input: frozen answers and a frozen timeline give the same diagnosis', () => {
    const over: Over = {
      attempt: 4,
      previousAttempts: ['2026-01-10', '2026-04-10', '2026-08-10'],
      performance: { disciplines: { pathology: 'lower', physiology: 'lower' } },
      methods: { reviewMinutesPerBlock: 10, resources: ['uworld', 'amboss', 'first-aid', 'pathoma', 'sketchy'], switchedResources: true },
      testDay: { ranOutOfTime: true, mindWentBlank: true, anxiety: 9 },
      wellbeing: { burnout: 8, sleepHours: 5, exerciseDaysPerWeek: 0 },
      schedule: { start: '2026-11-30', examDate: '2027-01-15' },
    };
    const plain = diagnose(makeAnswers(over), TODAY);
    const frozen = diagnose(deepFreeze(makeAnswers(over)), TODAY, { timeline: deepFreeze(structuredClone(plain.timeline)) });
    expect(frozen).toEqual(plain);
  });
  it('the effects are what the findings asked for, folded over the base', () => {
    const { effects } = diagnose(makeAnswers({ methods: { reviewMinutesPerBlock: 10 }, testDay: { ranOutOfTime: true }, wellbeing: { burnout: 8 } }), TODAY);
    expect(effects).toMatchObject({ reviewRatio: 1.25, pacingDrills: true, capHours: 8, minRestDays: 1, halfBuffer: true, anxietyProtocol: false });
  });
});

describe('findings agree with the answers', () => {
  it.each<[string, Over, string]>([
    ['crammed and no spacing', { methods: { crammed: true, spacedRepetition: 'none' } }, 'Cramming without spaced repetition'],
    ['crammed, spacing daily', { methods: { crammed: true, spacedRepetition: 'daily' } }, 'Cramming in the last days'],
    ['did not cram, no spacing', { methods: { crammed: false, spacedRepetition: 'none' } }, 'Little spaced repetition'],
  ])('cramming title: %s', (_, over, title) => expect(get(over, 'cramming')!.title).toBe(title));

  it('an exam date before the earliest eligible date, after the plan ends, still has an action', () => {
    const f = get({ attempt: 4, previousAttempts: ['2026-01-10', '2026-04-10', '2026-08-10'], schedule: { start: '2026-11-30', examDate: '2027-02-05' } }, 'exam-date')!;
    expect(f.severity).toBe('critical');
    expect(f.actions.join(' ')).toMatch(/Move your exam to Wed 10 Feb 2027 or later: USMLE will not let you sit before Wed 10 Feb 2027/);
  });

  it('an exam date before the earliest eligible date, inside the block: move it past both, and on a final attempt with the advisor', () => {
    const f = get({ attempt: 4, previousAttempts: ['2026-01-10', '2026-04-10', '2026-08-10'], schedule: { start: '2026-11-30', examDate: '2027-01-08' } }, 'exam-date')!;
    expect(f.severity).toBe('critical');
    expect(f.evidence).toEqual(['Your exam date Fri 8 Jan 2027 is before the earliest date you may sit (Wed 10 Feb 2027).']);
    expect(f.actions[0]).toMatch(/^Move your exam to Wed 10 Feb 2027 or later: USMLE will not let you sit before Wed 10 Feb 2027\. Until you move it, this plan leaves the booked date out/);
    expect(f.actions[1]).toMatch(/final attempt, pick the new date with your advisor and book it only once your practice results reach 95 in 100/);
  });

  it('a final attempt says plainly that a fail ends eligibility for every Step, and what to do before booking', () => {
    const f = get({ attempt: 4, previousAttempts: ['2026-01-10', '2026-04-10', '2026-08-10'] }, 'attempt-risk')!;
    expect(f.severity).toBe('critical');
    expect(f.evidence.join(' ')).toMatch(/If this attempt does not pass, you can no longer sit any USMLE Step, not only this one \(usmle\.org, attempt-limit FAQ\)/);
    expect(f.actions.join(' ')).toMatch(/95 in 100.*school's policy.*advisor.*accommodations.*leave of absence/);
    expect(get({ attempt: 3, previousAttempts: ['2026-04-10', '2026-08-10'] }, 'attempt-risk')!.evidence.join(' ')).not.toMatch(/no longer sit/);
  });
});

describe('final attempt: the gate said of the booking', () => {
  const prev = ['2025-01-10', '2025-06-10', '2025-10-31'];
  it('not booked: do not book until the gate clears', () => {
    const f = get({ attempt: 4, previousAttempts: prev }, 'attempt-risk')!;
    expect(f.actions[0]).toMatch(/^Do not book until retake puts your chance of passing at 95 in 100/);
  });
  it('booked: keep the booking only if the gate clears, move it otherwise', () => {
    const f = get({ attempt: 4, previousAttempts: prev, schedule: { examDate: '2027-03-05' } }, 'attempt-risk')!;
    expect(f.actions[0]).toMatch(/^Keep your booking on Fri 5 Mar 2027 only if retake puts your chance of passing at 95 in 100 or more by then.*; move it otherwise\./);
    expect(f.actions.join(' ')).not.toMatch(/Do not book|before you book/);
  });
});
