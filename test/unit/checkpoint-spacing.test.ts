import { describe, expect, it } from 'vitest';
import { cadenceWeeks, checkpointEvery } from '../../src/core/checkpoints.js';
import { ladderPlan, ladderRung } from '../../src/core/frame.js';
import { checkpointExams } from '../../src/core/forms.js';
import { buildPlan } from '../../src/core/plan.js';
import { readinessCounts } from '../../src/core/readiness.js';
import { CHECKPOINT_SPACING } from '../../src/content/schedule.js';
import { TODAY, makeAnswers } from '../helpers.js';

const load = (hours: number) => ({ weekly: [hours, hours, hours, hours, hours, hours, 0] });

describe('checkpoint spacing: practice exams stay a bounded share of a short week', () => {
  it('is weekly at full hours and spaced when one form and its review outgrow the share', () => {
    const a = makeAnswers();
    expect(checkpointEvery({ answers: a, load: load(8) } as never).every).toBe(1);
    const short = checkpointEvery({ answers: a, load: load(2) } as never);
    expect(short.every).toBeGreaterThan(1);
    // The spacing keeps one form and its review to the share of the weeks between checkpoints.
    expect(short.costMinutes / (short.every * short.weeklyMinutes)).toBeLessThanOrEqual(CHECKPOINT_SPACING.maxShare);
    expect(checkpointEvery({ answers: a, load: load(0.5) } as never).every).toBe(CHECKPOINT_SPACING.maxEvery);
  });
  it('counts the review with the form: about 22 h a week spaces them, so one takes at most a quarter', () => {
    const a = makeAnswers();
    const s = checkpointEvery({ answers: a, load: { weekly: [4, 4, 4, 4, 3, 3, 0] } } as never);
    expect(s.costMinutes).toBeGreaterThan(240);
    expect(s.every).toBe(2);
    expect(checkpointEvery({ answers: a, load: load(5) } as never).every).toBe(1);
  });
  it('gives foundation weeks the baseline only; the later phases keep a counted form at most maxEvery weeks apart', () => {
    const far = makeAnswers({ distanceFromPassing: 'far', methods: { timedRandomBlocks: false }, performance: { disciplines: { pathology: 'lower', physiology: 'lower', pharmacology: 'lower', microbiology: 'lower' } } });
    const plan = buildPlan(far, TODAY);
    const foundation = plan.weeks.filter((w) => w.phase.id === 'foundations');
    expect(foundation.length).toBeGreaterThan(1);
    expect(foundation[0]!.checkpoint?.baseline).toBe(true);
    for (const w of foundation.slice(1)) {
      expect(w.checkpoint).toBeUndefined();
      expect(w.why).toContain('foundation weeks go to rebuilding content');
    }
    const counted = plan.weeks.filter((w) => w.checkpoint && !w.checkpoint.name.startsWith('Mock')).map((w) => w.week);
    counted.slice(1).forEach((w, i) => expect(w - counted[i]!).toBeLessThanOrEqual(CHECKPOINT_SPACING.maxEvery));
  });
  it('a lighter first week gives the baseline to the next week when a day there holds it whole', () => {
    const plan = buildPlan(makeAnswers({ wellbeing: { burnout: 10, sleepHours: 4 }, testDay: { anxiety: 9 } }), TODAY);
    expect(plan.weeks[0]!.checkpoint).toBeUndefined();
    expect(plan.weeks[0]!.why).toContain('the baseline comes next week, whole on one day');
    const base = plan.weeks[1]!.checkpoint!;
    expect(base.baseline).toBe(true);
    expect(plan.weeks[1]!.days.filter((d) => d.tasks.some((t) => t.type === 'practice-exam')).length).toBe(1);
    // At full hours the first week keeps it.
    expect(buildPlan(makeAnswers(), TODAY).weeks[0]!.checkpoint?.baseline).toBe(true);
  });
  it('keeps a cadence from the first block week; the rehearsal and logged weeks restart it', () => {
    const weeks = Array.from({ length: 10 }, (_, i) => i);
    expect(cadenceWeeks(weeks, 1, new Set(), -1)).toEqual(weeks);
    expect(cadenceWeeks(weeks, 2, new Set(), -1)).toEqual([0, 2, 4, 6, 8]);
    // A planned week one week before the rehearsal gives way to it.
    expect(cadenceWeeks(weeks, 2, new Set(), 7)).toEqual([0, 2, 4, 7, 9]);
    // ...unless giving way would leave more than maxEvery weeks without one.
    expect(cadenceWeeks(weeks, 3, new Set(), 5)).toEqual([0, 3, 5, 8]);
    expect(cadenceWeeks(weeks, 2, new Set([3]), -1)).toEqual([0, 3, 5, 7, 9]);
  });
  it('a 2-hour-a-day plan spaces checkpoints, says why in the weeks without one, and keeps question practice', () => {
    const plan = buildPlan(makeAnswers({ schedule: { hoursPerDay: 2 } }), TODAY);
    const block = plan.weeks.filter((w) => w.phase.id !== 'lead-in');
    const withExam = block.filter((w) => w.checkpoint);
    expect(withExam.length).toBeLessThan(block.length);
    const gaps = withExam.slice(1).map((w, i) => w.week - withExam[i]!.week);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(CHECKPOINT_SPACING.maxEvery);
    const spaced = block.filter((w) => !w.checkpoint && /spaces them \d weeks apart here/.test(w.why));
    expect(spaced.length).toBeGreaterThan(0);
    // Each says the gap it sits in, and the cap as a cap.
    for (const w of spaced) {
      const prev = withExam.filter((x) => x.week < w.week).at(-1)!;
      const next = withExam.find((x) => x.week > w.week);
      // A week after the last checkpoint sits in no gap: it names the cadence (12 h a week: every 3).
      expect(w.why).toContain(`spaces them ${next ? next.week - prev.week : 3} weeks apart here`);
      expect(w.why).toContain('at most a quarter of your study time');
    }
    // Practice exams and their reviews stay well under half of the plan's study minutes.
    const tasks = plan.weeks.flatMap((w) => w.days.flatMap((d) => d.tasks));
    const total = tasks.reduce((n, t) => n + t.minutes, 0);
    const exams = tasks.filter((t) => t.type === 'practice-exam' || t.type === 'incorrects-review').reduce((n, t) => n + t.minutes, 0);
    expect(exams / total).toBeLessThan(0.45);
  });
});

describe('counted forms spread over the checkpoints', () => {
  it('starts with a counted form and spreads the forms, mocks only in the gaps', () => {
    const { before } = checkpointExams('step1', { before: 8, after: 0, rehearsal: false }, new Set(['nbme:26', 'nbme:27', 'nbme:28']));
    // Three forms over the six weeks before UWSA 2 and the Free 120 (no week after a rehearsal
    // takes them here): first, middle and last, mocks between them.
    expect(before.map((e) => (e.kind === 'other' ? '-' : e.form || e.kind))).toEqual(['29', '-', '-', '30', '-', '31', '2', 'free120']);
    expect(readinessCounts('step1', before[0]!.kind)).toBe(true);
  });
  it('offers UWSA 3 on Step 2 CK when UWSA 1 and 2 are taken, and never drops a real form for a mock', () => {
    const r = checkpointExams('step2ck', { before: 6, after: 1, rehearsal: true }, new Set(['uwsa:1', 'uwsa:2', 'free120:', 'ccssa:11', 'ccssa:12']));
    const names = [...r.before, ...r.after].map((e) => e.name);
    expect(names.some((n) => /UWSA 3/.test(n))).toBe(true);
    expect(r.before[0]!.kind).toBe('ccssa');
  });
  it('keeps late exams that no week after the rehearsal takes, in the last weeks before it', () => {
    const r = checkpointExams('step2ck', { before: 5, after: 1, rehearsal: true }, new Set(['ccssa:9', 'ccssa:10', 'ccssa:11', 'ccssa:12', 'ccssa:13']));
    expect(r.after.map((e) => e.kind)).toEqual(['free120']);
    expect(r.before.map((e) => `${e.kind}${e.form}`)).toEqual(['ccssa14', 'other', 'ccssa15', 'uwsa3', 'uwsa2']);
  });
});

describe('day wording', () => {
  it('names the baseline on the first part of a split form', () => {
    const plan = buildPlan(makeAnswers({ schedule: { hoursPerDay: 2, daysOffPerWeek: 0 } }), TODAY);
    const parts = plan.weeks[0]!.days.filter((d) => d.kind === 'checkpoint');
    expect(parts.length).toBeGreaterThan(1);
    const texts = parts.map((d) => d.tasks.find((t) => t.type === 'practice-exam')!.text);
    expect(texts[0]).toMatch(/^Baseline: /);
    for (const t of texts.slice(1)) expect(t).not.toMatch(/Baseline/);
  });
  it('counts the taper days down to the exam', () => {
    const plan = buildPlan(makeAnswers({ schedule: { examDate: '2027-02-17' } }), TODAY);
    const notes = plan.weeks.flatMap((w) => w.days).filter((d) => d.taper).map((d) => [d.date, d.notes.find((n) => /^Taper/.test(n))]);
    expect(notes).toEqual([
      ['2027-02-14', expect.stringMatching(/^Taper, 3 days before the exam/)],
      ['2027-02-15', expect.stringMatching(/^Taper, 2 days before the exam/)],
      ['2027-02-16', expect.stringMatching(/^Taper, the day before the exam/)],
    ].filter(([d]) => notes.some(([x]) => x === d)));
    expect(notes.length).toBeGreaterThan(0);
  });
  it('gives each content session of a day one of its areas, not the same pair twice', () => {
    const plan = buildPlan(makeAnswers({ performance: { disciplines: { pathology: 'lower', pharmacology: 'lower' } } }), TODAY);
    for (const d of plan.weeks.flatMap((w) => w.days)) {
      const content = d.tasks.filter((t) => t.type === 'content');
      if (content.length > 1) expect(new Set(content.map((t) => t.text.split(':')[0])).size).toBe(content.length);
    }
  });
  it("the story counts the study days' questions; the totals count practice exams too", () => {
    const plan = buildPlan(makeAnswers({ methods: { questionsCompleted: 600 } }), TODAY);
    const tasks = plan.weeks.flatMap((w) => w.days.flatMap((d) => d.tasks));
    const bank = tasks.filter((t) => t.type === 'questions').reduce((n, t) => n + (t.questions ?? 0), 0);
    const line = plan.story!.changed.find((l) => /timed practice questions/.test(l));
    expect(line).toContain(`about ${bank.toLocaleString('en-US')} over`);
  });
});

describe('the exposure ladder is written from the weeks that exist', () => {
  it('climbs by week when three or more timed weeks come before the exam, else by timed study day', () => {
    const a = makeAnswers({ schedule: { start: '2027-01-04' } });
    expect(ladderPlan(a, 8, 0)).toEqual({ unit: 'week', untimed: 0 });
    // Exam on day 1 of week 2: six study days, the last three a taper, so a rung a day.
    expect(ladderPlan(a, 2, 0, '2027-01-11')).toEqual({ unit: 'day', untimed: 0, rungDays: 1 });
    expect(ladderPlan(a, 3, 0, '2027-01-18')).toMatchObject({ unit: 'day', rungDays: 3 });
    expect(ladderRung({ unit: 'day', untimed: 0, rungDays: 2 }, 0, 3)).toBe(1);
    expect(ladderRung({ unit: 'week', untimed: 1 }, 2, 9)).toBe(1);
  });
  it('an anxious student whose exam is 10 days out reaches whole-day sittings before the taper, and every text says so', () => {
    const plan = buildPlan(makeAnswers({ testDay: { anxiety: 8 }, schedule: { start: '2027-01-04', examDate: '2027-01-11' } }), TODAY);
    const sittings = plan.weeks[0]!.days.flatMap((d) => d.tasks).filter((t) => t.type === 'questions').map((t) => /(\w+) blocks? per sitting/.exec(t.text)?.[1]);
    expect(sittings.slice(0, 2)).toEqual(['one', '2']);
    const words = JSON.stringify([plan.diagnosis.findings, plan.protocols]);
    expect(words).not.toMatch(/week 2/);
    expect(words).toMatch(/first timed study day/);
  });
});
