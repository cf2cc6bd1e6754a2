// Coaching that turns the diagnosis into first actions: what to do in the first 48 hours,
// which resources to keep, how to review a block, and the protocols findings switch on.
import { areaBySlug } from '../content/areas.js';
import { EXAM_FACTS, secondsPerQuestion } from '../content/exams.js';
import { PROTOCOLS } from '../content/protocols.js';
import { RESOURCES, chooseResources } from '../content/resources.js';
import { joinWords, text, texts } from '../content/texts.js';
import { addDays, clockTime, formatLong } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import type { FirstStep, Protocol, ResourcePlan } from '../schema/plan.js';
import type { Diagnosis } from './diagnose.js';

const G = (key: string, vars?: Record<string, string | number>) => text('guidance', key, vars);

export function firstSteps(a: Answers, dx: Diagnosis, planEnd: string, resources: ResourcePlan): FirstStep[] {
  const ids = new Set(dx.findings.map((f) => f.id));
  const steps: FirstStep[] = [];
  const add = (id: string, key = id, vars?: Record<string, string | number>) => steps.push({ id, when: G(`firstSteps.${key}.when`), text: G(`firstSteps.${key}.text`, vars) });
  if (ids.has('severe-distress')) add('counseling');
  add('advisor');
  if (a.attempt >= 3) add('policy', 'policyStrict', { attempt: a.attempt });
  else add('policy');
  if (!Object.keys(a.performance?.disciplines ?? {}).length && !Object.keys(a.performance?.systems ?? {}).length) add('report');
  const after = addDays(planEnd, 1);
  // The waiting rules matter only when they allow a date later than the plan's end.
  const eligible = dx.earliestEligible && dx.earliestEligible > after ? dx.earliestEligible : undefined;
  const bookOn = eligible ?? after;
  const bookVars = { date: formatLong(bookOn), eligibleNote: eligible ? G('firstSteps.eligibleNote') : '' };
  const examDate = a.schedule.examDate;
  if (!examDate) add('book', 'book', bookVars);
  else if (examDate < bookOn) add('book', 'bookMove', { ...bookVars, examDate: formatLong(examDate) });
  else add('book', 'bookKeep', { examDate: formatLong(examDate) });
  if (ids.has('no-support')) add('support');
  const { setAside } = resources;
  if (setAside.length) add('resources', 'resources', { setAside: joinWords(setAside) });
  return steps;
}

export function advisorMessage(a: Answers): string {
  return G('advisorMessage', { advisor: "[your advisor's name]", examName: EXAM_FACTS[a.exam].name, name: '[your name]' }).trimEnd();
}

/** At most four core resources from the student's own list, each mapped to the weak areas it serves. */
export function resourcePlan(a: Answers, dx: Diagnosis): ResourcePlan {
  const owned = a.methods?.resources ?? [];
  const weak = dx.weakAreas.filter((w) => w.band === 'lower' || w.band === 'same');
  const { keep, setAside } = chooseResources(owned, dx.weakAreas);
  const notes: string[] = [];
  if (!owned.length) notes.push(G('resources.none'));
  else if (!keep.some((s) => RESOURCES.find((r) => r.slug === s)?.role === 'qbank')) notes.push(G('resources.noQbank'));
  const core = keep.map((slug) => {
    const def = RESOURCES.find((r) => r.slug === slug);
    const role = def?.role ?? 'targeted';
    const areas = def?.role === 'targeted' ? weak.filter((w) => def.serves.includes(w.slug)).map((w) => w.slug) : [];
    const use = role === 'targeted' ? G('resources.targeted', { areas: areas.length ? joinWords(areas.map((s) => areaBySlug(a.exam, s).name)) : 'the areas it covers best' }) : G(`resources.${role}`);
    return { slug, name: def?.name ?? slug, role, use, areas };
  });
  return { core, setAside, notes };
}

export function reviewProtocol(): { title: string; steps: string[] } {
  return { title: G('review.title'), steps: texts('guidance', 'review.steps') };
}

export function protocols(a: Answers, dx: Diagnosis): Protocol[] {
  const fx = dx.effects;
  const present = new Set(dx.findings.map((f) => f.id));
  const vars = {
    seconds: secondsPerQuestion(a.exam),
    hours: fx.sleepWindowHours ?? 0,
    cap: fx.capHours ?? a.schedule.hoursPerDay,
    ...sleepWindow(a.schedule.dayStartsAt, fx.sleepWindowHours ?? 0),
  };
  return PROTOCOLS.filter((p) => p.on(fx)).map((p) => ({
    id: p.id,
    name: G(`protocols.${p.id}.name`),
    how: G(`protocols.${p.id}.how`, vars),
    findings: p.findings.filter((f) => present.has(f)),
  }));
}

/** Bedtime and wake time for a sleep window ending an hour before the day starts. */
export function sleepWindow(dayStartsAt: string | undefined, hours: number): { from: string; to: string } {
  const [h, m] = (dayStartsAt ?? '08:00').split(':').map(Number) as [number, number];
  const wake = (h * 60 + m - 60 + 1440) % 1440;
  const bed = (wake - hours * 60 + 1440 * 2) % 1440;
  return { from: clockTime(bed), to: clockTime(wake) };
}
