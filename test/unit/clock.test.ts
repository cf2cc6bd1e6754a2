import { describe, expect, it } from 'vitest';
import { clockBefore, dayStartFor, shiftNights, sleepWindow, studyClock } from '../../src/core/clock.js';
import { buildPlan } from '../../src/core/plan.js';
import { clockTime } from '../../src/lib/dates.js';
import { renderIcs } from '../../src/render/ics.js';
import { TODAY, makeAnswers } from '../helpers.js';

const evening = { dayStartsAt: '18:00', hoursPerDay: 6, availability: { mon: 4, tue: 4, wed: 4, thu: 4, fri: 4, sat: 9, sun: 0 } };
const clockOf = (schedule: Record<string, unknown>, hours?: number) => studyClock(makeAnswers({ schedule }), hours);
const startFor = (schedule: Record<string, unknown>, dayHours: number) => clockTime(dayStartFor(clockOf(schedule), dayHours));

describe('the sleep window', () => {
  it('ends an hour before a morning start', () => expect(sleepWindow(clockOf({ dayStartsAt: '07:30' }))).toEqual({ from: '22:30', to: '06:30' }));
  it('is a night window after an evening student’s usual day, not before it', () => expect(sleepWindow(clockOf(evening))).toEqual({ from: '23:00', to: '07:00' }));
  it('follows a late usual day and its wind-down past midnight', () => expect(sleepWindow(clockOf({ dayStartsAt: '20:00', hoursPerDay: 5 }))).toEqual({ from: '02:00', to: '10:00' }));
  it('takes the hours the findings set', () => expect(sleepWindow(clockOf(evening, 9))).toEqual({ from: '23:00', to: '08:00' }));
});

describe('when a day starts', () => {
  it('keeps the usual start when the day ends before the wind-down', () => expect(startFor(evening, 4)).toBe('18:00'));
  it('starts a long evening day early enough to end an hour before bed', () => expect(startFor(evening, 9)).toBe('13:00'));
  it('never starts before waking', () => expect(startFor(evening, 16)).toBe('07:00'));
  it('keeps a morning start for a long day', () => expect(startFor({ dayStartsAt: '08:00' }, 12)).toBe('08:00'));
});

describe('an evening student’s plan', () => {
  const answers = makeAnswers({ wellbeing: { sleepHours: 6 }, schedule: evening });
  const plan = buildPlan(answers, TODAY);
  const days = plan.weeks.flatMap((w) => w.days).filter((d) => d.hours > 0 && d.kind !== 'exam');
  const start = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

  it('ends every day by 22:00, the hour before bed, and says when a day starts early', () => {
    for (const d of days) expect(start(d.startsAt ?? '18:00') + d.hours * 60, d.date).toBeLessThanOrEqual(22 * 60);
    const early = days.filter((d) => d.startsAt);
    expect(early.some((d) => d.kind === 'checkpoint')).toBe(true);
    // The rehearsal starts at the exam's check-in instead (its own test below).
    for (const d of early.filter((x) => x.startsAt !== '07:30')) expect(d.notes[0]).toBe(`Start at ${d.startsAt} today, not 18:00: this day's hours from 18:00 would run into the hour before bedtime (23:00)`);
    expect(days[0]!.notes).toContain('Sleep window 23:00–07:00 (8 h); protect it');
  });
  it('puts the early start in the calendar', () => {
    const d = days.find((x) => x.startsAt)!;
    expect(renderIcs(plan, { dayStartsAt: '18:00' })).toContain(`DTSTART:${d.date.replace(/-/g, '')}T${d.startsAt!.replace(':', '')}00`);
  });
});

describe('the nights before a morning exam (check-in about 07:30, up by 06:00)', () => {
  const late = clockOf({ dayStartsAt: '19:30', hoursPerDay: 6, availability: { mon: 4, tue: 4, wed: 4, thu: 4, fri: 4, sat: 10, sun: 0 } });
  it('moves a late window earlier at most an hour a night', () => expect(shiftNights(late)).toBe(3));
  it('ends the night before the exam in time for the check-in', () => expect(sleepWindow(clockBefore(late, 1))).toEqual({ from: '22:00', to: '06:00' }));
  it('steps toward it from the usual window', () => {
    expect(sleepWindow(clockBefore(late, 3))).toEqual({ from: '23:45', to: '07:45' });
    expect(sleepWindow(clockBefore(late, 4))).toEqual({ from: '00:30', to: '08:30' });
  });
  it('leaves an early riser alone', () => expect(shiftNights(clockOf({ dayStartsAt: '07:00' }))).toBe(0));
});

describe('an evening student’s exam run-up and rehearsal', () => {
  const answers = makeAnswers({ wellbeing: { sleepHours: 6 }, schedule: { ...evening, dayStartsAt: '19:30', examDate: '2027-03-12' } });
  const plan = buildPlan(answers, TODAY);
  const days = plan.weeks.flatMap((w) => w.days);
  it('starts the rehearsal at the check-in, in its note and its calendar event', () => {
    const r = days.find((d) => d.notes.some((n) => n.startsWith('Test-day rehearsal')));
    expect(r).toBeDefined();
    if (!r) return;
    expect(r.startsAt).toBe('07:30');
    expect(r.notes[0]).toMatch(/^Start at 07:30 today, not 19:30: the exam is a morning check-in/);
    expect(renderIcs(plan)).toContain(`DTSTART:${r.date.replaceAll('-', '')}T073000`);
  });
  it('puts the night before the exam on the exam’s window', () => {
    const i = days.findIndex((d) => d.kind === 'exam');
    expect(i).toBeGreaterThan(0);
    expect(days[i - 1]!.notes.join('\n')).toContain('Tonight in bed by 22:00, up at 06:00 (8 h; protect it)');
    expect(days[i - 1]!.notes.filter((n) => n.startsWith('Sleep window'))).toEqual([]);
    expect(days[i - 1]!.notes).not.toContain('Sleep protected: same bedtime as on the night before the exam, at least 7 h in bed');
  });
});

describe('the sleep protocol before a morning exam', () => {
  const sleep = (examDate?: string) => buildPlan(makeAnswers({ wellbeing: { sleepHours: 6 }, schedule: { ...evening, dayStartsAt: '19:30', ...(examDate ? { examDate } : {}) } }), TODAY).protocols.find((p) => p.id === 'sleep')!.how;
  it('says the last nights move toward the check-in when the exam is in the plan', () => expect(sleep('2027-03-12')).toContain('over the last 3 nights before it, bed and wake move earlier a step a night, to 22:00–06:00'));
  it('says nothing of it without an exam date in the plan', () => expect(sleep()).not.toContain('check-in'));
});
