// Logistics rules: the plan's length, the attempt count, USMLE's waiting rules and the exam date.
// They read the final plan length (input.timeline), so what they say matches the plan.
import { ATTEMPT_RULES } from '../../content/exams.js';
import { STATUS } from '../../content/readiness.js';
import { FOUNDATION_WEEKS } from '../../content/schedule.js';
import { addDays, daysBetween, formatLong, maxDate, planEnd } from '../../lib/dates.js';
import type { Finding } from '../../schema/plan.js';
import { T, TL, finding, found, type Rule } from './rule.js';

const timeline: Rule = ({ timeline: t, chosenWeeks }) => {
  const { verdict, planWeeks, recommendedWeeks } = t;
  const actions = [T(`timeline.actions.${verdict}`, { weeks: planWeeks, foundationWeeks: FOUNDATION_WEEKS })];
  if (chosenWeeks !== undefined && chosenWeeks !== recommendedWeeks && t.extendedFrom === undefined) actions.push(T('timeline.actions.override', { weeks: chosenWeeks, recommended: recommendedWeeks }));
  const severity = verdict === 'fits' ? 'info' : verdict === 'extend' ? 'moderate' : 'high';
  const vars = { verdictText: T(`timeline.verdicts.${verdict}`, { recommended: recommendedWeeks }), from: t.extendedFrom ?? planWeeks, to: planWeeks };
  return found({ ...finding('timeline', 'logistics', severity, [...t.reasons], actions, vars, t.extendedFrom === undefined ? 'title' : 'extendedTitle'), id: `timeline-${verdict}` });
};

const attemptRisk: Rule = ({ answers, gateConsecutive }) => {
  if (answers.attempt < 3) return null;
  const vars = { attempt: answers.attempt, consecutive: gateConsecutive, bar: Math.round(STATUS.ready.finalAttempt * 100) };
  if (answers.attempt < ATTEMPT_RULES.maxAttempts) return found(finding('attempt-risk', 'logistics', 'high', [T('attempt-risk.evidence.attempt', vars)], [T('attempt-risk.actions.third', vars)], vars));
  // The final attempt: a fail ends eligibility for every Step (usmle.org attempt-limit FAQ), so
  // the finding says so plainly and lists what to settle before booking.
  return found(finding('attempt-risk', 'logistics', 'critical', [T('attempt-risk.evidence.attempt', vars), T('attempt-risk.evidence.final', vars)], TL('attempt-risk.actions.fourth', vars), vars, 'finalTitle'));
};

const waitingRules: Rule = ({ answers, earliestEligible: earliest }) => {
  const prev = answers.previousAttempts ?? [];
  if (!earliest || daysBetween(prev[prev.length - 1]!, earliest) <= 1) return null;
  const vars = { earliest: formatLong(earliest), count: prev.length, first: prev[0]!, last: prev[prev.length - 1]! };
  const evidence = [answers.attempt === ATTEMPT_RULES.maxAttempts && prev.length === 3 ? T('waiting-rules.evidence.fourth', vars) : T('waiting-rules.evidence.window', vars)];
  return found(finding('waiting-rules', 'logistics', 'high', evidence, TL('waiting-rules.actions', vars), vars));
};

const attemptsUnknown: Rule = ({ answers }) => {
  const count = answers.previousAttempts?.length ?? 0;
  if (answers.attempt < 3 || count === answers.attempt - 1) return null;
  const needed = answers.attempt - 1;
  const which = count === 0 ? 'none' : count < needed ? 'fewer' : 'more';
  return found(finding('attempts-unknown', 'logistics', 'info', [T(`attempts-unknown.evidence.${which}`, { attempt: answers.attempt, needed, count })], TL('attempts-unknown.actions')));
};

const examDate: Rule = ({ answers, timeline: t, earliestEligible: eligible }) => {
  const date = answers.schedule.examDate;
  if (!date) return null;
  // A plan shaped around the date (a lead-in before the block, or cut short by it) is judged
  // by the block the timeline asks for: does the date leave room for it?
  const end = planEnd(answers.schedule.start, t.blockWeeks ?? t.planWeeks);
  const evidence: string[] = [];
  const actions: string[] = [];
  let severity: Finding['severity'] = 'info';
  if (eligible && date < eligible) {
    // The plan does not use a date USMLE will not allow (core/plan.ts): it runs its own course.
    // Say where to move the exam: on or after the earliest eligible date and after the block.
    const planEnds = planEnd(answers.schedule.start, t.planWeeks);
    const suggested = maxDate(eligible, date <= end ? addDays(end, 1) : eligible);
    evidence.push(T('exam-date.evidence.beforeEligible', { examDate: formatLong(date), earliest: formatLong(eligible) }));
    actions.push(T('exam-date.actions.beforeEligible', { earliest: formatLong(eligible), suggested: formatLong(suggested), end: formatLong(planEnds), weeks: t.planWeeks }));
    if (answers.attempt === ATTEMPT_RULES.maxAttempts) actions.push(T('exam-date.actions.finalAttempt', { bar: Math.round(STATUS.ready.finalAttempt * 100) }));
    return found(finding('exam-date', 'logistics', 'critical', evidence, actions));
  }
  if (date <= end) {
    const suggested = maxDate(addDays(end, 1), eligible ?? end);
    evidence.push(T('exam-date.evidence.early', { examDate: formatLong(date), day: daysBetween(answers.schedule.start, date) + 1, weeks: t.blockWeeks ?? t.planWeeks, end: formatLong(end) }));
    actions.push(T('exam-date.actions.early', { suggested: formatLong(suggested) }));
    severity = 'high';
  } else if (daysBetween(end, date) > 7 && !(t.blockWeeks !== undefined && t.planWeeks > t.blockWeeks)) {
    // (A plan with a lead-in already runs up to the date: the timeline finding says so.)
    evidence.push(T('exam-date.evidence.late', { examDate: formatLong(date), gapDays: daysBetween(end, date), end: formatLong(end) }));
    actions.push(T('exam-date.actions.late'));
  }
  if (!evidence.length) return null;
  return found(finding('exam-date', 'logistics', severity, evidence, actions));
};

const planEnded: Rule = ({ answers, today, timeline: t }) => {
  const end = planEnd(answers.schedule.start, t.planWeeks);
  if (today <= end) return null;
  return found(finding('plan-ended', 'logistics', 'high', [T('plan-ended.evidence.ended', { end: formatLong(end) })], TL('plan-ended.actions')));
};

export const LOGISTICS_RULES: readonly Rule[] = [timeline, attemptRisk, waitingRules, attemptsUnknown, examDate, planEnded];
