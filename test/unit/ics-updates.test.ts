// Calendars that update: a regenerated plan, re-imported, updates events in place (same UID,
// higher SEQUENCE), cancels the ones that disappeared and leaves past days alone. The
// calendar below applies RFC 5546 §2.1.5: a copy replaces the stored one only if its
// SEQUENCE is higher, or equal with a later DTSTAMP.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan.js';
import { calendar, stampAfter, type IcsOptions } from '../../src/render/ics.js';
import type { Plan } from '../../src/schema/plan.js';
import { fixtureAnswers } from '../helpers.js';

interface Stored {
  sequence: number;
  stamp: string;
  status: string;
  summary: string;
  start: string;
}

class Calendar {
  events = new Map<string, Stored>();
  import(ics: string): void {
    const uids = new Set<string>();
    for (const c of new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')) {
      const ev = new ICAL.Event(c);
      expect(uids.has(ev.uid), `${ev.uid} twice in one file`).toBe(false);
      uids.add(ev.uid);
      const next: Stored = {
        sequence: ev.sequence,
        stamp: (c.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
        status: String(c.getFirstPropertyValue('status') ?? 'CONFIRMED'),
        summary: ev.summary,
        start: ev.startDate.toString(),
      };
      const old = this.events.get(ev.uid);
      if (!old || next.sequence > old.sequence || (next.sequence === old.sequence && next.stamp > old.stamp)) this.events.set(ev.uid, next);
    }
  }
  live(): Stored[] {
    return [...this.events.values()].filter((e) => e.status !== 'CANCELLED');
  }
}

const a = fixtureAnswers('videos-anxious-step1');
const working = (p: Plan) => p.weeks.flatMap((w) => w.days).filter((d) => d.kind !== 'rest' && d.tasks.length);
const sequences = (ics: string) => new Map(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => [String(c.getFirstPropertyValue('uid')), c]));

/** Exports plans in turn, each with the previous export's ledger, as `retake plan` does. */
function exportsOf(plans: Plan[]) {
  let opts: IcsOptions = { dayStartsAt: a.schedule.dayStartsAt };
  return plans.map((p) => {
    const out = calendar(p, { ...opts, stamp: stampAfter(`${p.asOf}T00:00:00Z`, opts.previous?.stamp) });
    opts = { ...opts, previous: out.ledger };
    return out;
  });
}

describe('a regenerated calendar, re-imported', () => {
  it('after a logged practice exam: changed events get a higher SEQUENCE, unchanged ones keep theirs, past days stay', () => {
    const first = buildPlan(a, '2026-11-27');
    const later = buildPlan(a, '2027-01-20', { history: [{ kind: 'nbme', form: '30', date: '2027-01-16', score: 52 }] });
    const [one, two] = exportsOf([first, later]);
    const cal = new Calendar();
    cal.import(one!.ics);
    const before = sequences(one!.ics);
    cal.import(two!.ics);
    let changed = 0;
    for (const [uid, c] of sequences(two!.ics)) {
      const old = before.get(uid)!;
      expect(old, uid).toBeDefined(); // no day of the later plan is new: every UID updates an event
      const seq = Number(c.getFirstPropertyValue('sequence'));
      const same = c.toString().replace(/^(DTSTAMP|SEQUENCE):.*$/gm, '') === old.toString().replace(/^(DTSTAMP|SEQUENCE):.*$/gm, '');
      expect(seq).toBe(Number(old.getFirstPropertyValue('sequence')) + (same ? 0 : 1));
      if (!same) changed++;
    }
    expect(changed).toBeGreaterThan(0);
    // What the calendar shows now: the later plan for its days, the first plan for days already past.
    for (const day of working(later)) expect(cal.events.get(`retake-step1-${day.date}-day@retake.local`)!.summary).toBe(String(sequences(two!.ics).get(`retake-step1-${day.date}-day@retake.local`)!.getFirstPropertyValue('summary')));
    const past = working(first).filter((d) => d.date < later.weeks[0]!.days[0]!.date);
    expect(past.length).toBeGreaterThan(0);
    for (const day of past) expect(cal.events.get(`retake-step1-${day.date}-day@retake.local`)!.status).toBe('CONFIRMED');
    expect(cal.live()).toHaveLength(cal.events.size);
  });

  it('a shorter plan cancels the dropped days; a longer one brings them back above the cancellation', () => {
    // No booked date: a booked one bounds the plan whatever --weeks says.
    const free = { ...a, schedule: { ...a.schedule, examDate: undefined } };
    const long = buildPlan(free, '2026-11-27', { weeks: 10 });
    const short = buildPlan(free, '2026-11-27', { weeks: 8 });
    const [one, two, three, four] = exportsOf([long, short, short, long]);
    const dropped = working(long).filter((d) => d.date > short.schedule.end);
    expect(dropped.length).toBeGreaterThan(0);
    const cal = new Calendar();
    cal.import(one!.ics);
    cal.import(two!.ics);
    for (const d of dropped) expect(cal.events.get(`retake-step1-${d.date}-day@retake.local`)).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect(cal.live().filter((e) => e.start.slice(0, 10) > short.schedule.end && !/exam day/.test(e.summary))).toEqual([]);
    // Sent again unchanged while the day is ahead, so a calendar that missed an import still learns of it.
    expect(three!.ics.match(/STATUS:CANCELLED/g)).toHaveLength(dropped.length);
    expect(three!.ledger.events.filter((e) => e.cancelled).every((e) => e.sequence === 1)).toBe(true);
    cal.import(three!.ics);
    cal.import(four!.ics);
    for (const d of dropped) expect(cal.events.get(`retake-step1-${d.date}-day@retake.local`)).toMatchObject({ status: 'CONFIRMED', sequence: 2 });
  });

  it('a study day turned buffer day is the same event, updated', () => {
    const plan = buildPlan(a, '2026-11-27');
    const day = working(plan).find((d) => d.kind === 'study')!;
    const turned: Plan = { ...plan, weeks: plan.weeks.map((w) => ({ ...w, days: w.days.map((d) => (d === day ? { ...d, kind: 'buffer' as const } : d)) })) };
    const [one, two] = exportsOf([plan, turned]);
    const uid = `retake-step1-${day.date}-day@retake.local`;
    expect(two!.ledger.events.find((e) => e.uid === uid)).toMatchObject({ sequence: 1 });
    expect(two!.ledger.events.filter((e) => e.sequence > 0)).toHaveLength(1);
    const cal = new Calendar();
    cal.import(one!.ics);
    cal.import(two!.ics);
    expect(cal.events.get(uid)!.summary).toMatch(/^Buffer/);
    expect(cal.events.size).toBe(one!.ledger.events.length);
  });

  it('a moved exam date moves the one exam event', () => {
    const plan = buildPlan(a, '2026-11-27');
    const moved = buildPlan({ ...a, schedule: { ...a.schedule, examDate: '2027-03-08' } }, '2026-11-27');
    const [, two] = exportsOf([plan, moved]);
    const exam = two!.ledger.events.filter((e) => e.uid === 'retake-step1-exam@retake.local');
    expect(exam).toEqual([expect.objectContaining({ date: '2027-03-08', sequence: 1 })]);
  });
});

describe('determinism and stamps', () => {
  it('the same plan, ledger and stamp give the same bytes', () => {
    const plan = buildPlan(a, '2026-11-27');
    const [one] = exportsOf([plan]);
    expect(calendar(plan, { dayStartsAt: a.schedule.dayStartsAt, stamp: one!.ledger.stamp }).ics).toBe(one!.ics);
  });

  it('a stamp is the base time, or one second past the previous stamp when that is not earlier', () => {
    expect(stampAfter('2026-11-27T00:00:00Z')).toBe('20261127T000000Z');
    expect(stampAfter('2026-11-27T10:11:12.789Z', '20261126T235959Z')).toBe('20261127T101112Z');
    expect(stampAfter('2026-11-27T00:00:00Z', '20261127T000000Z')).toBe('20261127T000001Z');
    expect(stampAfter('2026-11-27T00:00:00Z', '20261203T080000Z')).toBe('20261203T080001Z');
  });
});
