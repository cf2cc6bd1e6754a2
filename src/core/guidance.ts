// Coaching that turns the diagnosis into first actions: what to do in the first 48 hours,
// which resources to keep, how to review a block, and the protocols findings switch on.
import { ATTEMPT_RULES, EXAM_FACTS, secondsPerQuestion } from '../content/exams.js';
import { PROTOCOLS } from '../content/protocols.js';
import { RULES } from '../content/rules.js';
import { counted, text, texts } from '../content/texts.js';
import { addDays, daysBetween, formatLong, planEnd as weeksEnd } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import type { FirstStep, Protocol, ResourcePlan } from '../schema/plan.js';
import { clockBefore, shiftNights, sleepWindow, studyClock } from './clock.js';
import type { Diagnosis } from './diagnose.js';
import { ladderWeeks } from './frame.js';
import { resourceNames } from './resources.js';

const G = (key: string, vars?: Record<string, string | number>) => text('guidance', key, vars);

export function firstSteps(answers: Answers, diagnosis: Pick<Diagnosis, 'findings' | 'booking' | 'sitFrom' | 'timeline'>, planEnd: string, resources: ResourcePlan): FirstStep[] {
  const ids = new Set(diagnosis.findings.map((f) => f.id));
  const steps: FirstStep[] = [];
  const add = (id: string, key = id, vars?: Record<string, string | number>) => steps.push({ id, when: G(`firstSteps.${key}.when`), text: G(`firstSteps.${key}.text`, vars) });
  if (ids.has('severe-distress')) add('counseling');
  add('advisor');
  if (answers.attempt >= 3) add('policy', 'policyStrict', { attempt: answers.attempt });
  else add('policy');
  if (!Object.keys(answers.performance?.disciplines ?? {}).length && !Object.keys(answers.performance?.systems ?? {}).length) add('report');
  // One date to sit on or after (booking.ts sitFrom), the same the findings and the plan's fields give.
  const { booking, sitFrom } = diagnosis;
  const start = answers.schedule.start;
  const examDate = booking.date ? formatLong(booking.date) : '';
  if (booking.status === 'none') {
    const t = diagnosis.timeline;
    const leadIn = t.blockWeeks !== undefined && t.planWeeks > t.blockWeeks;
    const why = G(`firstSteps.bookWhy.${booking.eligible === sitFrom ? 'eligible' : leadIn ? 'plan' : 'block'}`, { weeks: Math.round(daysBetween(start, sitFrom) / 7) });
    add('book', 'book', { date: formatLong(sitFrom), why });
  } else if (booking.status === 'past') add('book', 'bookPast', { examDate });
  else if (booking.status === 'ineligible') {
    const t = diagnosis.timeline;
    add('book', 'bookIneligible', { examDate, earliest: formatLong(booking.eligible!), date: formatLong(sitFrom), weeks: t.planWeeks, end: formatLong(weeksEnd(start, t.planWeeks)) });
  } else {
    // planEnd is the end of the block the timeline recommends: a booked date before the day after it is early.
    const after = addDays(planEnd, 1);
    const blockOn = booking.eligible && booking.eligible > after ? booking.eligible : after;
    // The date decided in plan.ts (booking.moveTo) when there is one: the verdict may ask for later.
    const bookOn = booking.moveTo ?? blockOn;
    const weeks = Math.round((daysBetween(start, planEnd) + 1) / 7);
    const why = G(`firstSteps.bookWhy.${bookOn !== blockOn ? 'readiness' : bookOn === after ? 'block' : 'eligible'}`, { weeks });
    if (booking.stands) add('book', 'bookKeepReady', { examDate });
    else if (booking.date! < bookOn) add('book', 'bookMove', { date: formatLong(bookOn), why, examDate });
    else add('book', 'bookKeep', { examDate, weeks });
  }
  // A final attempt with earlier dates missing: no date above could be checked against the waiting rules.
  if (booking.missingDates && answers.attempt > ATTEMPT_RULES.maxInWindow && booking.status !== 'past') {
    add('book-check', 'bookCheck', { date: booking.status === 'none' ? formatLong(sitFrom) : examDate, attempt: answers.attempt, afterFirst: ATTEMPT_RULES.fourthAfterFirstMonths, afterLast: ATTEMPT_RULES.fourthAfterLastMonths });
  }
  // Which NBME forms are on sale changes and sources disagree (shared/domain.md): never a fact.
  if (!answers.practiceExams?.pool?.length) add('forms', 'forms', { forms: G(`formNames.${answers.exam}`) });
  if (ids.has('no-support')) add('support');
  const { setAside } = resources;
  if (setAside.length) add('resources', 'resources', { setAside: resourceNames(answers.exam, setAside) });
  return steps;
}

export function advisorMessage(answers: Answers): string {
  return G('advisorMessage', { advisor: G('placeholders.advisor'), examName: EXAM_FACTS[answers.exam].name, name: G('placeholders.name') }).trimEnd();
}

export function reviewProtocol(): { title: string; steps: string[] } {
  return { title: G('review.title'), steps: texts('guidance', 'review.steps') };
}

/** The protocols the effects switch on; limits are quoted from the plan's own week (`week`), never recomputed. */
export function protocols(answers: Answers, diagnosis: Pick<Diagnosis, 'findings' | 'effects' | 'ladder'>, week: { dayHours: number; restDays: number; examInPlan?: boolean }): Protocol[] {
  const { effects } = diagnosis;
  const present = new Set(diagnosis.findings.map((f) => f.id));
  const vars = {
    seconds: secondsPerQuestion(answers.exam),
    hours: effects.sleepWindowHours ?? 0,
    cap: week.dayHours,
    restDays: counted('guidance', 'restDays', week.restDays),
    ...ladderWeeks(diagnosis.ladder),
    ...sleepWindow(studyClock(answers, effects.sleepWindowHours)),
  };
  // A morning exam inside the plan moves its last nights earlier (core/clock.ts, core/schedule.ts); the sleep protocol says so.
  const clock = studyClock(answers, effects.sleepWindowHours);
  const nights = week.examInPlan ? shiftNights(clock) : 0;
  const exam = sleepWindow(clockBefore(clock, 1));
  const shift = nights ? counted('guidance', 'protocols.sleep.shift', nights, { checkIn: RULES.clock.examCheckIn, examFrom: exam.from, examTo: exam.to }) : '';
  return PROTOCOLS.filter((p) => p.on(effects)).map((p) => ({
    id: p.id,
    name: G(`protocols.${p.id}.name`),
    how: G(`protocols.${p.id}.how`, vars) + (p.id === 'sleep' ? shift : ''),
    findings: p.findings.filter((f) => present.has(f)),
  }));
}

