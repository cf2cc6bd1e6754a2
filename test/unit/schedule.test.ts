import { describe, expect, it } from 'vitest';
import { assignFocus } from '../../src/core/focus.js';
import { buildPlan } from '../../src/core/plan.js';
import { rankAreas } from '../../src/core/rank.js';
import { parseForm } from '../../src/schema/forms.js';
import { parseAnswers } from '../../src/schema/answers.js';
import { TODAY, fixtureAnswers, fixtureNames, makeAnswers } from '../helpers.js';
import { expectPlanInvariants } from '../invariants.js';

describe('plans for every fixture student', () => {
  it.each(fixtureNames())('%s meets every rule', (name) => {
    const a = fixtureAnswers(name);
    expectPlanInvariants(buildPlan(a, TODAY), a);
  });
});

describe('ranking', () => {
  it('puts lower high-weight areas first and higher areas last', () => {
    const r = rankAreas(makeAnswers({ performance: { disciplines: { genetics: 'lower', pathology: 'lower', behavioral: 'higher' } } }));
    expect(r[0]!.slug).toBe('pathology');
    expect(r.findIndex((x) => x.slug === 'genetics')).toBeLessThan(r.findIndex((x) => x.slug === 'anatomy'));
    // A higher area sits below every unknown area of similar weight (anatomy, 10–20%).
    expect(r.findIndex((x) => x.slug === 'behavioral-sciences')).toBeGreaterThan(r.findIndex((x) => x.slug === 'anatomy'));
  });
});

describe('focus', () => {
  it('gives large weak areas more weeks than small ones, and small ones never lead a week alone', () => {
    const ranked = rankAreas(makeAnswers({ performance: { disciplines: { pathology: 'lower', physiology: 'lower', genetics: 'lower' }, systems: { biostats: 'lower' } } }));
    const f = assignFocus(ranked, 6);
    const weeks = (slug: string) => f.filter((w) => w.primary.some((r) => r.slug === slug)).length;
    expect(weeks('pathology')).toBeGreaterThan(weeks('genetics'));
    expect(weeks('pathology')).toBeGreaterThanOrEqual(2);
    for (const w of f) expect(w.primary.some((r) => (r.weight[0] + r.weight[1]) / 2 >= 10)).toBe(true);
  });

  it('widens weekly groups so that many lower areas all lead before the final weeks', () => {
    const all = Object.fromEntries(['pathology', 'physiology', 'pharmacology', 'biochemistry', 'microbiology', 'immunology', 'anatomy', 'histology', 'behavioral-sciences', 'genetics'].map((s) => [s, 'lower' as const]));
    const f = assignFocus(rankAreas(makeAnswers({ performance: { disciplines: all } })), 4);
    const led = new Set(f.flatMap((w) => w.primary.map((r) => r.slug)));
    for (const slug of Object.keys(all)) expect(led.has(slug), slug).toBe(true);
    expect(f[0]!.primary).toHaveLength(3);
  });

  it('two students with different weaknesses get different first weeks', () => {
    const one = buildPlan(makeAnswers({ performance: { disciplines: { pharm: 'lower' } } }), TODAY);
    const two = buildPlan(makeAnswers({ performance: { disciplines: { micro: 'lower' } } }), TODAY);
    expect(one.weeks[0]!.focus.primary[0]).toBe('pharmacology');
    expect(two.weeks[0]!.focus.primary[0]).toBe('microbiology');
  });
});

describe('forms', () => {
  it.each([
    ['nbme 27', 'nbme', '27'],
    ['NBME-27', 'nbme', '27'],
    ['CBSSA 30', 'nbme', '30'],
    ['ccssa12', 'ccssa', '12'],
    ['UWSA 1', 'uwsa', '1'],
    ['Free 120', 'free120', ''],
  ])('reads %s', (raw, kind, form) => expect(parseForm(raw)).toEqual({ kind, form }));
  it('rejects a bad entry in one sentence', () => {
    const r = parseAnswers({ exam: 'step1', attempt: 2, methods: { formsTaken: ['nbme 27', 'my notes'] }, schedule: { start: '2027-01-04', hoursPerDay: 8 } });
    expect(r.ok ? [] : r.problems).toEqual(['methods.formsTaken[1]: expected a practice exam written like nbme 27, ccssa 12, uwsa 1 or free120, got "my notes"']);
  });
  it('never plans a form taken before or logged, and spends the newest forms last', () => {
    const plan = buildPlan(makeAnswers({ methods: { formsTaken: ['nbme 33', 'uwsa 2'] } }), TODAY, { history: [{ kind: 'nbme', form: '32', date: '2026-11-20', score: 60 }] });
    const names = plan.weeks.flatMap((w) => (w.checkpoint ? [w.checkpoint.name] : []));
    expect(names.some((n) => /form 3[23]\b|UWSA 2/.test(n))).toBe(false);
    const forms = names.filter((n) => /CBSSA/.test(n)).map((n) => Number(/form (\d+)/.exec(n)![1]));
    expect(forms).toEqual([...forms].sort((x, y) => x - y));
  });
  it('uses the student\'s own pool', () => {
    const plan = buildPlan(makeAnswers({ practiceExams: { pool: ['nbme 30', 'nbme 31', 'free120'] } }), TODAY);
    const names = plan.weeks.flatMap((w) => (w.checkpoint ? [w.checkpoint.name] : []));
    expect(names.filter((n) => /CBSSA/.test(n))).toEqual(['NBME CBSSA form 30', 'NBME CBSSA form 31']);
  });
});

describe('checkpoints', () => {
  it('splits a form over two weekdays when no day holds it, never a partial form', () => {
    // A standard-paced form is 4 h (4 sections of 1 h): no 3-hour day holds it.
    const plan = buildPlan(makeAnswers({ schedule: { hoursPerDay: 3, availability: { sat: 0, sun: 0 }, weeks: 8 } }), TODAY);
    const w = plan.weeks[0]!;
    expect(w.checkpoint!.questions).toBe(200);
    expect(w.checkpoint!.days).toHaveLength(2);
    for (const d of w.days.filter((x) => ['sat', 'sun'].includes(x.weekday.slice(0, 3).toLowerCase()))) expect(d.tasks).toEqual([]);
  });
  it('splits a form one section a day when a day is shorter than a section, and says what it assumes', () => {
    // 45-minute days: shorter than a 60-minute section.
    const short = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, 0.75]));
    const plan = buildPlan(makeAnswers({ schedule: { hoursPerDay: 1, availability: short, weeks: 8 } }), TODAY);
    // Short weeks space the checkpoints (checkpoint-spacing.test.ts): the first one after week 1.
    const w = plan.weeks.slice(1).find((x) => x.checkpoint && !x.checkpoint.rehearsal)!;
    const days = w.days.filter((d) => d.kind === 'checkpoint');
    expect(w.checkpoint!.days).toHaveLength(4);
    expect(days.map((d) => d.tasks.find((t) => t.type === 'practice-exam')!.questions)).toEqual([50, 50, 50, 50]);
    for (const d of days) expect(d.hours).toBeLessThanOrEqual(1.5);
    expect(days[0]!.assumed).toMatch(/60 min/);
    expect(days[0]!.notes).toContain(days[0]!.assumed);
  });
  it('stretches the longest day, said plainly, only when even a section a day does not fit', () => {
    // A quarter-hour day plus the 30-minute stretch (SPLIT) still holds no 60-minute section.
    const half = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, 0.25]));
    const plan = buildPlan(makeAnswers({ schedule: { hoursPerDay: 1, availability: { ...half, sun: 0 }, weeks: 8 } }), TODAY);
    const days = plan.weeks.slice(1).find((x) => x.checkpoint && !x.checkpoint.rehearsal)!.days.filter((d) => d.kind === 'checkpoint');
    expect(days).toHaveLength(1);
    expect(days[0]!.assumed).toMatch(/assumes you can give/);
  });
  it('puts the rehearsal on a day off the student gives once when no study day holds it, and lightens the day before', () => {
    const plan = buildPlan(makeAnswers({ schedule: { hoursPerDay: 4, availability: { sat: 0, sun: 0 }, weeks: 8 } }), TODAY);
    const days = plan.weeks.flatMap((w) => w.days);
    const i = days.findIndex((d) => d.tasks.some((t) => t.type === 'practice-exam' && /Test-day rehearsal/.test(t.text)));
    expect(days[i]!.weekday).toBe('Saturday');
    expect(days[i]!.assumed).toMatch(/usually a day off, once/);
    expect(days[i - 1]!.hours).toBeLessThanOrEqual(2);
    expect(days[i + 1]!.kind).toBe('rest');
  });
  it('keeps a rehearsal day to the rehearsal and says plainly when it goes above a burnout cap', () => {
    const plan = buildPlan(makeAnswers({ wellbeing: { burnout: 8 }, testDay: { anxiety: 7 }, schedule: { hoursPerDay: 8 } }), TODAY);
    const day = plan.weeks.flatMap((w) => w.days).find((d) => d.tasks.some((t) => /Test-day rehearsal/.test(t.text)))!;
    expect(day.tasks.map((t) => t.type)).toEqual(['expressive-writing', 'practice-exam']);
    expect(day.assumed).toMatch(/above this plan's 8-hour limit/);
  });
  it('needs no assumption when a study day holds the whole test day', () => {
    const plan = buildPlan(makeAnswers({ schedule: { hoursPerDay: 9, daysOffPerWeek: 0 } }), TODAY);
    const day = plan.weeks.flatMap((w) => w.days).find((d) => d.tasks.some((t) => /Test-day rehearsal/.test(t.text)))!;
    expect(day.assumed).toBeUndefined();
    expect(day.hours).toBe(8);
  });
  it('gives the rehearsal a day off only when the week keeps the rest days a burnout finding promises', () => {
    const week = { hoursPerDay: 4, availability: { mon: 3, tue: 3, wed: 0, thu: 6, fri: 3, sat: 7, sun: 0 } };
    const rehearsalWeek = (burnout: number) => {
      const plan = buildPlan(makeAnswers({ wellbeing: { burnout }, schedule: week }), TODAY);
      return { plan, week: plan.weeks.find((w) => w.checkpoint?.rehearsal)! };
    };
    const calm = rehearsalWeek(2).week;
    expect(calm.days.find((d) => d.date === calm.checkpoint!.date)!.weekday).toBe('Sunday');
    const { plan, week: tired } = rehearsalWeek(8);
    expect(plan.diagnosis.findings.find((f) => f.id === 'burnout')!.actions.join(' ')).toContain('at least 2 full rest days');
    expect(tired.days.filter((d) => d.kind === 'rest').length).toBeGreaterThanOrEqual(2);
    expect(tired.days.find((d) => d.date === tired.checkpoint!.date)!.weekday).not.toBe('Sunday');
  });
  it('holds one test-day rehearsal of seven blocks (eight for Step 2 CK) two to three weeks before the end', () => {
    for (const exam of ['step1', 'step2ck'] as const) {
      const plan = buildPlan(makeAnswers({ exam }), TODAY);
      const r = plan.weeks.filter((w) => w.checkpoint?.rehearsal);
      expect(r).toHaveLength(1);
      expect(r[0]!.checkpoint!.questions).toBe(exam === 'step1' ? 280 : 320);
    }
  });
  it('puts an uncounted week-1 baseline on the ladder for an anxious student, each section still timed', () => {
    // Every numbered form already taken: the baseline is a question-bank mock, which the gate does not count.
    const plan = buildPlan(makeAnswers({ testDay: { anxiety: 7 }, practiceExams: { pool: ['uwsa 1'] } }), TODAY);
    const t = plan.weeks[0]!.days.find((d) => d.kind === 'checkpoint')!.tasks.find((x) => x.type === 'practice-exam')!;
    expect(t.text).toMatch(/^Baseline: Mock.*each timed, one section per sitting/);
    expect(t.text).not.toMatch(/in one sitting|own pace/);
  });
  it('takes a counted baseline in the sittings of an anxious student’s ladder, and says the score still counts', () => {
    const plan = buildPlan(makeAnswers({ testDay: { anxiety: 7 } }), TODAY);
    const t = plan.weeks[0]!.days.find((d) => d.kind === 'checkpoint')!.tasks.find((x) => x.type === 'practice-exam')!;
    expect(t.text).toMatch(/^Baseline: NBME CBSSA form \d+: 4 sections of 50, each timed, one section per sitting .*so the score counts/);
  });
  it('takes a counted form whole, as on test day, once the ladder allows whole sittings', () => {
    const plan = buildPlan(makeAnswers({ testDay: { anxiety: 7 } }), TODAY);
    const texts = plan.weeks.slice(2).flatMap((w) => w.days).flatMap((d) => d.tasks).filter((t) => t.type === 'practice-exam' && /^NBME/.test(t.text));
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t.text).toMatch(/in one sitting as on test day/);
  });
  it('takes a counted form as on test day when there is no anxiety protocol', () => {
    const t = buildPlan(makeAnswers({}), TODAY).weeks[0]!.days.find((d) => d.kind === 'checkpoint')!.tasks.find((x) => x.type === 'practice-exam')!;
    expect(t.text).toMatch(/^Baseline: NBME CBSSA form \d+: 4 blocks of 50, timed, in one sitting as on test day/);
  });
});

describe('the exam date is a wall', () => {
  it('plans nothing after a booked date, the exam day holds only the exam, and the last days are light', () => {
    const a = makeAnswers({ schedule: { examDate: '2027-02-17' } });
    const plan = buildPlan(a, TODAY);
    const days = plan.weeks.flatMap((w) => w.days);
    expect(days.find((d) => d.date === '2027-02-17')!.kind).toBe('exam');
    for (const d of days.filter((x) => x.date >= '2027-02-17')) expect(d.tasks).toEqual([]);
    for (const d of days.filter((x) => x.date >= '2027-02-14' && x.date < '2027-02-17')) expect(d.hours).toBeLessThanOrEqual(4);
    expect(plan.weeks.flatMap((w) => (w.checkpoint ? [w.checkpoint.date] : [])).every((d) => d < '2027-02-14')).toBe(true);
  });
  it('--weeks never pushes work past the exam', () => {
    const plan = buildPlan(makeAnswers({ schedule: { examDate: '2027-02-17' } }), TODAY, { weeks: 12 });
    expect(plan.schedule.end <= '2027-02-21').toBe(true);
  });
  it('spans a far earliest eligible date with a lead-in and never targets an earlier date', () => {
    const a = makeAnswers({ attempt: 4, previousAttempts: ['2026-02-10', '2026-07-01', '2026-11-10'], schedule: { start: '2026-11-30', examDate: '2027-02-01' } });
    const plan = buildPlan(a, TODAY);
    expect(plan.schedule.end >= '2027-05-09').toBe(true);
    expect(plan.weeks[0]!.phase.id).toBe('lead-in');
    expect(plan.weeks.at(-1)!.phase.id).toBe('final');
    expect(plan.weeks.flatMap((w) => w.days).some((d) => d.kind === 'exam')).toBe(false);
  });
});

describe('load that fits the person', () => {
  it('starts lighter with more rest under severe distress, and caps later weeks for burnout', () => {
    const plan = buildPlan(makeAnswers({ wellbeing: { burnout: 10, sleepHours: 4 }, testDay: { anxiety: 9 } }), TODAY);
    const w1 = plan.weeks[0]!.days;
    expect(w1.filter((d) => d.kind === 'rest').length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...w1.filter((d) => d.kind === 'study').map((d) => d.hours))).toBeLessThan(6);
  });
});

describe('effects of findings on days', () => {
  const day1 = (over: Parameters<typeof makeAnswers>[0]) => buildPlan(makeAnswers(over), TODAY).weeks[0]!.days[0]!;
  it('adds pacing drills when time ran out', () => {
    expect(day1({ testDay: { ranOutOfTime: true } }).tasks.find((t) => t.type === 'questions')!.text).toMatch(/pacing drill/);
    expect(day1({}).tasks.find((t) => t.type === 'questions')!.text).not.toMatch(/pacing drill/);
  });
  it('adds a breathing drill and the one-block ladder for anxiety', () => {
    const d = day1({ testDay: { anxiety: 7 } });
    expect(d.tasks.map((t) => t.type)).toContain('breathing');
    expect(d.tasks.find((t) => t.type === 'questions')!.text).toMatch(/one block per sitting/);
  });
  it('puts expressive writing before each checkpoint for anxiety', () => {
    const plan = buildPlan(makeAnswers({ testDay: { anxiety: 7 } }), TODAY);
    for (const w of plan.weeks) if (w.checkpoint) expect(w.days.find((d) => d.kind === "checkpoint")!.tasks[0]!.type).toBe("expressive-writing");
  });
  it('caps days and adds a rest day for high burnout', () => {
    const plan = buildPlan(makeAnswers({ wellbeing: { burnout: 8 }, schedule: { hoursPerDay: 11, daysOffPerWeek: 0 } }), TODAY);
    for (const w of plan.weeks) {
      expect(w.days.filter((d) => d.kind === 'rest').length).toBeGreaterThanOrEqual(1);
      for (const d of w.days) expect(d.hours).toBeLessThanOrEqual(8);
    }
  });
  it('places a sleep window from the day start', () => {
    expect(day1({ wellbeing: { sleepHours: 5 }, schedule: { dayStartsAt: '07:30' } }).notes).toContain('Sleep window 22:30–06:30 (8 h); protect it');
  });
  it('reviews explanations longer when review was short', () => {
    const q = day1({ methods: { reviewMinutesPerBlock: 10 } }).tasks;
    expect(q.find((t) => t.type === 'explanations')!.minutes).toBeGreaterThan(q.find((t) => t.type === 'questions')!.minutes);
  });
  it('reviews a checkpoint once, sized to its missed and guessed questions', () => {
    const plan = buildPlan(makeAnswers(), TODAY);
    const reviews = plan.weeks[0]!.days.flatMap((d) => d.tasks).filter((t) => t.type === 'incorrects-review');
    expect(reviews.map((t) => t.text.startsWith('Review')).filter(Boolean)).toHaveLength(1);
    const first = plan.weeks[0]!.checkpoint!.name;
    expect(first).toMatch(/^NBME CBSSA form \d+$/);
    const total = plan.weeks.slice(0, 2).flatMap((w) => w.days).flatMap((d) => d.tasks).filter((t) => t.type === 'incorrects-review' && t.text.includes(first)).reduce((n, t) => n + t.minutes, 0);
    // 1–1.5 × the answering time of the missed and guessed questions (200 × 0.45 × 1.2 min = 108 min).
    expect(total).toBeGreaterThanOrEqual(108);
    expect(total).toBeLessThanOrEqual(165);
  });
});

describe('question-bank mock checkpoints', () => {
  it.each(['step1', 'step2ck'] as const)('%s: the mock says how to log it, as a percent the log accepts', async (exam) => {
    const { kindScoreProblem } = await import('../../src/content/exams.js');
    // A pool of one form leaves the other weeks to question-bank mocks.
    const a = makeAnswers({ exam, practiceExams: { pool: [exam === 'step1' ? 'nbme 31' : 'ccssa 15'] } });
    const mocks = buildPlan(a, TODAY).weeks.flatMap((w) => w.days).flatMap((d) => d.tasks).filter((t) => t.type === 'practice-exam' && /Mock exam/.test(t.text));
    expect(mocks.length).toBeGreaterThan(0);
    for (const t of mocks) expect(t.text).toContain('retake log --kind other --score 62');
    expect(kindScoreProblem(exam, 'other', 62)).toBeUndefined();
  });
  it('names a mock once: its blocks are not repeated, and its review says "the mock exam"', () => {
    const tasks = buildPlan(makeAnswers({ practiceExams: { pool: ['nbme 31'] } }), TODAY).weeks.flatMap((w) => w.days).flatMap((d) => d.tasks);
    const mock = tasks.find((t) => t.type === 'practice-exam' && /^Mock exam/.test(t.text))!;
    expect(mock.text.match(/blocks of 40/g)).toHaveLength(1);
    expect(tasks.some((t) => t.type === 'incorrects-review' && t.text.startsWith('Review the mock exam once'))).toBe(true);
  });
});

describe('checkpoint reviews', () => {
  it('compare the tally with the last checkpoint, except on the baseline', () => {
    const plan = buildPlan(makeAnswers(), TODAY);
    const reviews = plan.weeks.map((w) => w.days.flatMap((d) => d.tasks).find((t) => t.type === 'incorrects-review' && t.text.startsWith('Review')));
    expect(reviews[0]!.text).not.toMatch(/compare/);
    const later = reviews.slice(1).filter((t) => t !== undefined);
    expect(later.length).toBeGreaterThan(0);
    for (const t of later) expect(t!.text).toContain("compare the tally with your last checkpoint's");
    expect(plan.weeks.flatMap((w) => w.days).flatMap((d) => d.tasks).some((t) => /last week's/.test(t.text))).toBe(false);
  });
});

describe('secondary focus without a performance profile', () => {
  it('follows exam weight, largest system first, and rotates through every system', () => {
    const ranked = rankAreas(makeAnswers({ exam: 'step1' }));
    const f = assignFocus(ranked, 6);
    const mid = (r: { weight: readonly number[] }) => (r.weight[0]! + r.weight[1]!) / 2;
    const systems = ranked.filter((r) => r.kind === 'system').sort((x, y) => mid(y) - mid(x));
    expect(f[0]!.secondary.map((r) => r.slug)).toEqual(systems.slice(0, 2).map((r) => r.slug));
    const seen = new Set(f.flatMap((w) => w.secondary.map((r) => r.slug)));
    for (const s of systems) expect(seen.has(s.slug), s.slug).toBe(true);
    // The three smallest never fill the first weeks.
    const smallest = systems.slice(-3).map((r) => r.slug);
    for (const w of f.slice(0, 3)) for (const r of w.secondary) expect(smallest).not.toContain(r.slug);
  });
});

describe('the timeline reads the weekly hours', () => {
  const fewHours = { availability: { mon: 4, tue: 4, wed: 4, thu: 4, fri: 4, sat: 0, sun: 0 } };
  it('stretches the block for 20 h a week and says why; a 9 h-a-day student keeps 8 weeks', () => {
    const few = buildPlan(makeAnswers({ schedule: fewHours }), TODAY).diagnosis.timeline;
    expect(few.recommendedWeeks).toBe(16);
    expect(few.planWeeks).toBe(16);
    expect(few.reasons.join(' ')).toMatch(/about 20 h a week.*assumes about 40 h a week \(a planning judgement/);
    const many = buildPlan(makeAnswers({ schedule: { hoursPerDay: 9 } }), TODAY).diagnosis.timeline;
    expect(many.recommendedWeeks).toBe(8);
  });
  it('a booked date stays the wall, and the timeline says the plan has fewer hours than recommended', () => {
    const t = buildPlan(makeAnswers({ schedule: { ...fewHours, examDate: '2027-03-10' } }), TODAY).diagnosis.timeline;
    expect(t.planWeeks).toBe(10);
    expect(t.reasons.join(' ')).toMatch(/booked exam date leaves 10 weeks at about 20 h a week, fewer than the about 320 h/);
  });
});

describe('the lead-in', () => {
  it('is not used when the booked date leaves only a little more than the block: every week at full hours', () => {
    // Step 2 CK, 13 points below today's standard: a 10–12 week block; the date leaves 11 weeks.
    const a = makeAnswers({ exam: 'step2ck', score: 205, previousAttempts: ['2026-10-01'], schedule: { examDate: '2027-03-20' } });
    const plan = buildPlan(a, TODAY);
    expect(plan.diagnosis.timeline.recommendedWeeks).toBe(10);
    expect(plan.schedule.weeks).toBe(11);
    expect(plan.schedule.leadInWeeks).toBeUndefined();
    expect(plan.weeks[0]!.phase.id).not.toBe('lead-in');
    const monday = plan.weeks[0]!.days.find((d) => d.date === '2027-01-04')!;
    expect(monday.hours).toBe(8);
    // The sentence counts the spare week and says where it goes; it never calls 11 weeks "about" 10.
    const said = plan.diagnosis.timeline.reasons.find((r) => r.includes('booked for'))!;
    expect(said).toContain('the plan runs 11 weeks to it, 1 week more than the 10-week block needs');
    expect(said).toContain('at least 4 spare weeks');
    expect(said).toContain('“Deepen and mix” phase');
    expect(said).not.toContain('needs about that long');
    expect(plan.weeks.filter((w) => w.phase.id === 'deepen').length).toBe(plan.schedule.weeks - 2 - 2 - (plan.weeks.some((w) => w.phase.id === 'foundations') ? 2 : 0));
  });
  it('a runway without a lead-in, lengthened for readiness, speaks of the final length (property seed 123)', async () => {
    const { planViolations } = await import('../invariants.js');
    const a = makeAnswers({ attempt: 4, previousAttempts: ['2021-07-19', '2021-10-29', '2022-01-30'], schedule: { start: '2022-06-06', hoursPerDay: 1.25, daysOffPerWeek: 0, weeks: 7, availability: { mon: 10, tue: 1.5, thu: 1.75, sat: 10, sun: 0 } } });
    const plan = buildPlan(a, '2022-07-11');
    expect(plan.diagnosis.timeline.extendedFrom).toBeDefined();
    expect(planViolations(plan, a).filter((p) => /runs \d+ weeks/.test(p))).toEqual([]);
  });
  it('is used when the runway is truly longer than the block', () => {
    const a = makeAnswers({ exam: 'step2ck', score: 205, previousAttempts: ['2026-10-01'], schedule: { examDate: '2027-04-24' } });
    expect(buildPlan(a, TODAY).schedule.leadInWeeks).toBe(6);
  });
  it('holds a mock every few weeks, but none for an anxious student before the exposure ladder starts', () => {
    const a = (anxiety: number) => makeAnswers({ exam: 'step2ck', score: 205, previousAttempts: ['2026-10-01'], testDay: { anxiety }, schedule: { examDate: '2027-04-24' } });
    const calm = buildPlan(a(2), TODAY);
    expect(calm.weeks.filter((w) => w.phase.id === 'lead-in' && w.checkpoint).length).toBeGreaterThan(0);
    const anxious = buildPlan(a(9), TODAY);
    const first = anxious.weeks.find((w) => w.checkpoint)!;
    expect(anxious.weeks.filter((w) => w.phase.id === 'lead-in' && w.checkpoint)).toEqual([]);
    expect(first.week).toBe((anxious.schedule.leadInWeeks ?? 0) + 1);
    expect(first.checkpoint!.baseline).toBe(true);
    const ladder = anxious.protocols.find((p) => p.id === 'exposure')!.how;
    expect(ladder).toContain(`One timed block per sitting in week ${first.week};`);
    expect(ladder).toContain('No practice exam comes before the first step');
  });
});
