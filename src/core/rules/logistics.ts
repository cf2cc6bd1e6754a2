// Logistics rules: the plan's length, the attempt count, USMLE's waiting rules and the exam date.
// They read the final plan length (input.timeline), so what they say matches the plan.
import { ATTEMPT_RULES } from '../../content/exams.js';
import { STATUS } from '../../content/readiness.js';
import { RESULT_WAIT } from '../../content/beyond.js';
import { FOUNDATION_WEEKS, TIMELINE } from '../../content/schedule.js';
import { addDays, daysBetween, formatLong, maxDate, planEnd } from '../../lib/dates.js';
import type { Finding } from '../../schema/plan.js';
import { T, TL, finding, found, type Rule } from './rule.js';

const timeline: Rule = ({ timeline: t, chosenWeeks }) => {
  const { verdict, planWeeks, recommendedWeeks } = t;
  const actions = [T(`timeline.actions.${verdict}`, { weeks: planWeeks, foundationWeeks: FOUNDATION_WEEKS })];
  if (chosenWeeks !== undefined && chosenWeeks !== recommendedWeeks && t.extendedFrom === undefined) actions.push(T('timeline.actions.override', { weeks: chosenWeeks, recommended: recommendedWeeks }));
  const severity = verdict === 'fits' ? 'info' : verdict === 'extend' ? 'moderate' : 'high';
  // With no evidence of the gap, the title says what is unknown and what the plan assumes.
  const vars = { verdictText: T(`timeline.verdicts.${t.assumed ? 'assumed' : verdict}`, { recommended: recommendedWeeks, base: TIMELINE[verdict].weeks }), from: t.extendedFrom ?? planWeeks, to: planWeeks };
  return found({ ...finding('timeline', 'logistics', severity, [...t.reasons], actions, vars, t.extendedFrom === undefined ? 'title' : 'extendedTitle'), id: `timeline-${verdict}` });
};

const attemptRisk: Rule = ({ answers, gateConsecutive, booking }) => {
  if (answers.attempt < 3) return null;
  const vars = { attempt: answers.attempt, consecutive: gateConsecutive, bar: Math.round(STATUS.ready.finalAttempt * 100) };
  if (answers.attempt < ATTEMPT_RULES.maxAttempts) return found(finding('attempt-risk', 'logistics', 'high', [T('attempt-risk.evidence.attempt', vars)], [T('attempt-risk.actions.third', vars)], vars));
  // The final attempt: a fail ends eligibility for every Step (usmle.org attempt-limit FAQ), so
  // the finding says so plainly and lists what to settle before booking.
  // Already booked (a date the plan ends at): the gate decides whether the booking stands, not whether to book.
  const actions = TL(booking.wall ? 'attempt-risk.actions.fourthBooked' : 'attempt-risk.actions.fourth', { ...vars, ...(booking.wall ? { examDate: formatLong(booking.wall) } : {}) });
  return found(finding('attempt-risk', 'logistics', 'critical', [T('attempt-risk.evidence.attempt', vars), T('attempt-risk.evidence.final', vars)], actions, vars, 'finalTitle'));
};

const waitingRules: Rule = ({ answers, earliestEligible: earliest, booking, sitFrom }) => {
  const prev = answers.previousAttempts ?? [];
  if (!earliest || daysBetween(prev[prev.length - 1]!, earliest) <= 1) return null;
  const vars = { earliest: formatLong(earliest), count: prev.length, first: prev[0]!, last: prev[prev.length - 1]! };
  const evidence = [answers.attempt === ATTEMPT_RULES.maxAttempts && prev.length === 3 ? T('waiting-rules.evidence.fourth', vars) : T('waiting-rules.evidence.window', vars)];
  // Without a usable booked date the plan offers one date to sit on or after: name it beside the rule's floor.
  const offers = (booking.status === 'none' || booking.status === 'ineligible') && sitFrom > earliest;
  const action = T(`waiting-rules.actions.${offers ? 'plan' : 'floor'}`, { ...vars, sitFrom: formatLong(sitFrom) });
  return found(finding('waiting-rules', 'logistics', 'high', evidence, [action], vars));
};

const attemptsUnknown: Rule = ({ answers }) => {
  const count = answers.previousAttempts?.length ?? 0;
  // (More dates than earlier attempts is refused by the answers schema.)
  if (answers.attempt < 3 || count >= answers.attempt - 1) return null;
  const needed = answers.attempt - 1;
  const vars = { attempt: answers.attempt, needed, count, afterFirst: ATTEMPT_RULES.fourthAfterFirstMonths, afterLast: ATTEMPT_RULES.fourthAfterLastMonths };
  const evidence = [T(`attempts-unknown.evidence.${count === 0 ? 'none' : 'fewer'}`, vars)];
  // A fourth attempt's waiting rules run from the first and the most recent dates: without them no date can be checked.
  const final = answers.attempt > ATTEMPT_RULES.maxInWindow;
  if (final) evidence.push(T('attempts-unknown.evidence.final', vars));
  return found(finding('attempts-unknown', 'logistics', final ? 'high' : 'moderate', evidence, TL('attempts-unknown.actions'), vars, final ? 'finalTitle' : 'title'));
};

const examDate: Rule = ({ answers, today, timeline: t, booking, sitFrom }) => {
  const date = booking.date;
  if (!date) return null;
  const vars = { examDate: formatLong(date), attempt: answers.attempt, missing: booking.missingDates, bar: Math.round(STATUS.ready.finalAttempt * 100), afterFirst: ATTEMPT_RULES.fourthAfterFirstMonths, afterLast: ATTEMPT_RULES.fourthAfterLastMonths };
  // A date behind today is never spoken of as the future: did the student sit it, or move it?
  if (booking.status === 'past') {
    const wait = { usualMin: RESULT_WAIT.usualMinDays / 7, usualMax: RESULT_WAIT.usualMaxDays / 7, longest: RESULT_WAIT.longestDays / 7, next: answers.attempt + 1 };
    const after = answers.attempt < ATTEMPT_RULES.maxAttempts ? 'satAgain' : 'satFinal';
    const actions = [T('exam-date.actions.sat', wait), T(`exam-date.actions.${after}`, { ...vars, ...wait, examIso: date }), T('exam-date.actions.moved')];
    return found(finding('exam-date', 'logistics', 'critical', [T('exam-date.evidence.past', { ...vars, today: formatLong(today) })], actions, vars, 'pastTitle'));
  }
  const planEnds = planEnd(answers.schedule.start, t.planWeeks);
  if (booking.status === 'ineligible') {
    // The plan does not use a date USMLE will not allow (core/plan.ts): it runs its own course,
    // and the date offered is the one every other sentence offers (booking.ts sitFrom).
    const evidence = [T('exam-date.evidence.beforeEligible', { examDate: formatLong(date), earliest: formatLong(booking.eligible!) })];
    const actions = [T('exam-date.actions.beforeEligible', { earliest: formatLong(booking.eligible!), suggested: formatLong(sitFrom), end: formatLong(planEnds), weeks: t.planWeeks })];
    if (answers.attempt === ATTEMPT_RULES.maxAttempts) actions.push(T('exam-date.actions.finalAttempt', vars));
    return found(finding('exam-date', 'logistics', 'critical', evidence, actions));
  }
  // A plan shaped around the date (a lead-in before the block, or cut short by it) is judged
  // by the block the timeline asks for: does the date leave room for it?
  const end = planEnd(answers.schedule.start, t.blockWeeks ?? t.planWeeks);
  const evidence: string[] = [];
  const actions: string[] = [];
  let severity: Finding['severity'] = 'info';
  if (booking.status === 'unchecked') {
    // Without every earlier date the fourth attempt's waiting rules cannot be checked: say so first.
    evidence.push(T('exam-date.evidence.unchecked', vars));
    actions.push(T('exam-date.actions.unchecked', vars));
    severity = 'high';
  }
  if (date <= end && booking.stands) {
    // Ready by the gate: the date stands; the finding still says what the compressed plan gave up.
    evidence.push(T('exam-date.evidence.early', { examDate: formatLong(date), day: daysBetween(answers.schedule.start, date) + 1, weeks: t.blockWeeks ?? t.planWeeks, end: formatLong(end) }));
    actions.push(T('exam-date.actions.earlyReady', vars));
  } else if (date <= end) {
    const suggested = booking.moveTo ?? maxDate(addDays(end, 1), booking.eligible ?? end);
    evidence.push(T('exam-date.evidence.early', { examDate: formatLong(date), day: daysBetween(answers.schedule.start, date) + 1, weeks: t.blockWeeks ?? t.planWeeks, end: formatLong(end) }));
    actions.push(T('exam-date.actions.early', { suggested: formatLong(suggested) }));
    severity = 'high';
  } else if (daysBetween(end, date) > 7 && !(t.blockWeeks !== undefined && t.planWeeks > t.blockWeeks)) {
    // (A plan with a lead-in already runs up to the date: the timeline finding says so.)
    evidence.push(T('exam-date.evidence.late', { examDate: formatLong(date), gapDays: daysBetween(end, date), end: formatLong(end) }));
    actions.push(T('exam-date.actions.late'));
  }
  if (!evidence.length) return null;
  return found(finding('exam-date', 'logistics', severity, evidence, actions, vars, booking.status === 'unchecked' ? 'uncheckedTitle' : 'title'));
};

const planEnded: Rule = ({ answers, today, timeline: t }) => {
  const end = planEnd(answers.schedule.start, t.planWeeks);
  if (today <= end) return null;
  return found(finding('plan-ended', 'logistics', 'high', [T('plan-ended.evidence.ended', { end: formatLong(end) })], TL('plan-ended.actions')));
};

export const LOGISTICS_RULES: readonly Rule[] = [timeline, attemptRisk, waitingRules, attemptsUnknown, examDate, planEnded];
