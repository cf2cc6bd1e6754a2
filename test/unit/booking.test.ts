import { describe, expect, it } from 'vitest';
import { readBooking } from '../../src/core/booking.js';
import { buildPlan } from '../../src/core/plan.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { parseAnswers } from '../../src/schema/answers.js';
import { TODAY, makeAnswers } from '../helpers.js';

type Over = Parameters<typeof makeAnswers>[0];
const FOURTH = ['2025-06-02', '2025-11-10', '2026-06-22'];
const finding = (p: ReturnType<typeof buildPlan>, id: string) => p.diagnosis.findings.find((f) => f.id === id);

// One line per state: answers (and today) → how the booked date stands.
describe.each<[string, Over, string, string]>([
  ['no date', {}, TODAY, 'none'],
  ['a date the rules allow', { schedule: { examDate: '2027-03-05' } }, TODAY, 'allowed'],
  ['before the earliest eligible date', { attempt: 4, previousAttempts: FOURTH, schedule: { start: '2026-11-30', examDate: '2026-12-18' } }, TODAY, 'ineligible'],
  ['a fourth attempt without its earlier dates', { attempt: 4, schedule: { examDate: '2027-03-05' } }, TODAY, 'unchecked'],
  ['a third attempt with one date of two: only "after the last" applies', { attempt: 3, previousAttempts: ['2026-06-01'], schedule: { examDate: '2027-03-05' } }, TODAY, 'allowed'],
  ['a date before today', { schedule: { examDate: '2027-03-05' } }, '2027-03-06', 'past'],
])('booking: %s', (_name, over, today, status) => {
  it(status, () => expect(readBooking(makeAnswers(over), today).status).toBe(status));
});

describe('a final attempt booked before the earliest eligible date', () => {
  // The trial's chen: Step 2 CK, 4th attempt, booked Fri 18 Dec, eligible Tue 22 Dec, 8-week plan.
  const p = buildPlan(makeAnswers({ exam: 'step2ck', attempt: 4, previousAttempts: FOURTH, schedule: { start: '2026-11-30', hoursPerDay: 7, examDate: '2026-12-18' } }), TODAY);
  const md = renderMarkdown(p);

  it('decides one date to sit on or after, the day after the plan it runs', () => {
    expect(p.schedule.end).toBe('2027-01-24');
    expect(p.schedule.sitFrom).toBe('2027-01-25');
    expect(p.schedule.booking).toEqual({ date: '2026-12-18', status: 'ineligible' });
    expect(p.schedule.examDate).toBeUndefined();
    expect(p.readiness.horizon).toBe('2027-01-25');
    expect(p.readiness.suggestedExamDate).toBeUndefined();
  });
  it('says that date, and where the plan ends, in every place that speaks of the booked date', () => {
    const places = [
      md.split('\n').find((l) => l.startsWith('- **Exam date:**'))!,
      p.firstSteps.find((s) => s.id === 'book')!.text,
      finding(p, 'exam-date')!.actions[0]!,
      finding(p, 'waiting-rules')!.actions[0]!,
    ];
    for (const s of places) expect(s).toContain('Mon 25 Jan 2027');
    for (const s of places.slice(0, 3)) expect(s).toContain('Sun 24 Jan 2027');
    // Never another date to move to, nor a plan said to stop at the booked date or at the eligible one.
    expect(md).not.toMatch(/move it to (?!Mon 25 Jan 2027)|Move your exam to (?!Mon 25 Jan 2027)|stops at your booked date|already runs to the earliest eligible date/);
  });
});

describe('a fourth attempt with no earlier dates and an exam booked', () => {
  const p = buildPlan(makeAnswers({ attempt: 4, schedule: { examDate: '2027-03-05' } }), TODAY);
  it('says the waiting rules could not be checked where the date is discussed', () => {
    const f = finding(p, 'exam-date')!;
    expect(f.severity).toBe('high');
    expect(f.title).toMatch(/not been checked against USMLE's waiting rules/);
    expect(f.evidence[0]).toMatch(/dates of 3 earlier attempts are missing/);
    expect(p.firstSteps.find((s) => s.id === 'book-check')!.text).toMatch(/could not check Fri 5 Mar 2027/);
    expect(renderMarkdown(p)).toMatch(/- \*\*Exam date:\*\* Fri 5 Mar 2027, not checked against USMLE's waiting rules/);
    expect(finding(p, 'attempts-unknown')!.severity).toBe('high');
    expect(p.schedule.booking!.status).toBe('unchecked');
  });
  it('without a booked date, the date offered is flagged as unchecked too', () => {
    const q = buildPlan(makeAnswers({ attempt: 4 }), TODAY);
    expect(q.firstSteps.find((s) => s.id === 'book-check')!.text).toContain('Mon 1 Mar 2027');
  });
});

describe('missing earlier dates on a third attempt', () => {
  it('are a moderate warning, not an error', () => {
    const p = buildPlan(makeAnswers({ attempt: 3, previousAttempts: ['2026-06-01'] }), TODAY);
    expect(finding(p, 'attempts-unknown')!.severity).toBe('moderate');
  });
  it('more dates than earlier attempts is an error', () => {
    const r = parseAnswers({ exam: 'step1', attempt: 3, previousAttempts: ['2025-01-01', '2025-06-01', '2026-01-01'], schedule: { start: '2027-01-04', hoursPerDay: 8 } }, { today: TODAY });
    expect(r.ok).toBe(false);
  });
});

describe('an exam date that has passed', () => {
  const over: Over = { exam: 'step2ck', score: 209, schedule: { start: '2026-11-30', hoursPerDay: 3, examDate: '2027-01-04' } };
  const p = buildPlan(makeAnswers(over), '2027-01-05', { history: [{ kind: 'ccssa', form: '11', date: '2026-12-05', score: 215 }] });
  it('is never spoken of as the future: no chance of passing on it, no date moved from it', () => {
    expect(p.readiness.headline).toMatch(/Mon 4 Jan 2027, has passed/);
    expect(p.readiness.suggestedExamDate).toBeUndefined();
    expect(p.schedule.sitFrom).toBeUndefined();
    expect(renderMarkdown(p)).not.toMatch(/if you sat on|move it to|Move the exam to/);
  });
  it('asks whether it was sat or moved, and how to re-plan', () => {
    const f = finding(p, 'exam-date')!;
    expect([f.severity, f.title]).toEqual(['critical', 'Your exam date, Mon 4 Jan 2027, has passed']);
    expect(f.actions.join(' ')).toMatch(/add 2027-01-04 to previousAttempts, set attempt to 3/);
    expect(f.actions.join(' ')).toMatch(/If you moved it: set schedule.examDate/);
  });
  it('on a final attempt, plans no fifth', () => {
    const q = buildPlan(makeAnswers({ ...over, attempt: 4, previousAttempts: FOURTH.slice(0, 2), schedule: { ...over!.schedule, start: '2026-12-01', examDate: '2026-12-20' } }), '2027-01-05');
    expect(finding(q, 'exam-date')!.actions.join(' ')).not.toMatch(/attempt to 5/);
  });
});

describe('a booked date that leaves fewer weeks than recommended', () => {
  // The trial's amara: weekday evenings (15 h a week) stretch the 8-week block to 16; the date leaves 6.
  const p = buildPlan(makeAnswers({ exam: 'step2ck', score: 209, schedule: { start: '2026-11-30', hoursPerDay: 3, examDate: '2027-01-04', availability: { mon: 3, tue: 3, wed: 3, thu: 3, fri: 3, sat: 0, sun: 0 } } }), TODAY);
  const md = renderMarkdown(p);
  it('says the verdict, the recommendation and the weeks left from one timeline', () => {
    expect(md).toMatch(/^timeline: fits\nrecommended_weeks: 16$/m);
    expect(md).toMatch(/the recommendation is 16 weeks; your exam date leaves 6 of them/);
  });
  it('gives study hours in one place: the totals', () => {
    const hours = finding(p, 'timeline-fits')!.evidence.find((e) => e.startsWith('Your booked exam date'))!;
    expect(hours).toMatch(/leaves 6 weeks at about 15 h a week/);
    expect(hours).not.toMatch(/about \d+ study hours/);
  });
});

describe('milestones after a refused booking', () => {
  it('are read against the plan\'s date to sit, not the refused one', () => {
    const p = buildPlan(makeAnswers({ exam: 'step2ck', attempt: 4, previousAttempts: FOURTH, schedule: { start: '2026-11-30', hoursPerDay: 7, examDate: '2026-12-18' }, milestones: [{ name: 'rotations', date: '2027-02-10' }] }), TODAY);
    // 16 days after Mon 25 Jan: at risk; 18 Dec would have left 54 days (tight).
    expect(p.milestones![0]!.risk).toBe('at-risk');
    expect(finding(p, 'milestone-at-risk')!.evidence.join(' ')).not.toMatch(/18 Dec 2026/);
  });
});

describe('one date to move a booked exam to', () => {
  it('no result, booked inside the block: the verdict, the finding and the first steps name the same day', () => {
    const a = makeAnswers({ schedule: { start: '2026-11-30', hoursPerDay: 8, examDate: '2026-12-07' } });
    const p = buildPlan(a, '2026-11-27');
    const date = p.readiness.suggestedExamDate!;
    expect(date).toBeDefined();
    const said = [...p.readiness.reasons, ...p.diagnosis.findings.flatMap((f) => f.actions), ...p.firstSteps.map((s) => s.text)].join(' ');
    const named = new Set([...said.matchAll(/(?:move it to|Move the exam to|comes before) (\w{3} \d{1,2} \w{3} \d{4})/g)].map((m) => m[1]));
    expect(named.size).toBe(1);
    expect(said).not.toMatch(/to on or after|Not ready this close/);
  });
});

describe('a booked date before the recommended block ends, once the verdict is ready', () => {
  // Booked five weeks in; three first-exposure NBMEs well above the line by week 4.
  const a = makeAnswers({ schedule: { start: '2027-01-04', hoursPerDay: 8, examDate: '2027-02-08' } });
  const history = [
    { kind: 'nbme' as const, form: '26', date: '2027-01-09', score: 80 },
    { kind: 'nbme' as const, form: '27', date: '2027-01-16', score: 82 },
    { kind: 'nbme' as const, form: '28', date: '2027-01-23', score: 81 },
  ];
  const ready = buildPlan(a, '2027-01-24', { history });
  const early = buildPlan(a, '2027-01-24', { history: history.slice(0, 1).map((e) => ({ ...e, score: 60 })) });

  it('keeps the date: no finding, first step or verdict asks to move it', () => {
    expect(ready.readiness.status).toBe('ready');
    const md = renderMarkdown(ready);
    expect(md).not.toMatch(/[Mm]ove (it|the exam|your exam) to/);
    expect(finding(ready, 'exam-date')!.actions.join(' ')).toMatch(/already clear the readiness gate, so keep Mon 8 Feb 2027/);
  });
  it('short of ready, the same date is still asked to move', () => {
    expect(early.readiness.status).not.toBe('ready');
    expect(renderMarkdown(early)).toMatch(/[Mm]ove (it|the exam|your exam) to/);
  });
});
