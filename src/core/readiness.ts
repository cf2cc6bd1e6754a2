// The readiness verdict: a pure function of the practice-exam history, the dated gate and
// the calendar. It says where the student stands, why, and what to do about the exam date.
import { EXAM_FACTS, READINESS_RULES, readinessGate, type Exam } from '../content/exams.js';
import { text } from '../content/texts.js';
import { addDays, daysBetween, formatLong, formatShort, maxDate } from '../lib/dates.js';
import type { PracticeExam } from '../schema/history.js';
import type { Readiness } from '../schema/plan.js';
import { entryName, scoreLabel, scorePoints } from './scale.js';

export { entryName, scoreLabel, scorePoints };

const R = (key: string, vars?: Record<string, string | number>) => text('plan', `readiness.${key}`, vars);

export interface ReadinessInput {
  exam: Exam;
  today: string;
  entries: readonly PracticeExam[];
  examDate?: string;
  planEnd: string;
  checkpointsRemaining: number;
  consecutive: number;
  earliestEligible?: string;
  firstCheckpoint: string;
  gateText: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Least-squares slope in points per week over the most recent scores, capped both ways. */
export function trendPerWeek(exam: Exam, entries: readonly PracticeExam[]): number | undefined {
  const recent = entries.slice(-READINESS_RULES.trendWindow);
  if (recent.length < 2) return undefined;
  const xs = recent.map((e) => daysBetween(recent[0]!.date, e.date) / 7);
  const ys = recent.map((e) => e.score);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  if (sxx === 0) return 0;
  const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / sxx;
  const cap = READINESS_RULES.maxGainPerWeek[EXAM_FACTS[exam].practiceScale];
  return round1(Math.max(-cap, Math.min(cap, slope)));
}

export function isClear(exam: Exam, e: PracticeExam, on: string): boolean {
  const gate = readinessGate(exam, on);
  return e.score >= gate.target || (e.passProbability !== undefined && e.passProbability >= gate.passProbability);
}

export function readinessVerdict(i: ReadinessInput): Readiness {
  const gate = readinessGate(i.exam, i.today);
  const scale = EXAM_FACTS[i.exam].practiceScale;
  const base = {
    gate: { text: i.gateText, scale, lowPass: gate.lowPass, target: gate.target, consecutive: i.consecutive, passProbability: gate.passProbability },
    checkpointsRemaining: i.checkpointsRemaining,
  };
  const latest = i.entries.at(-1);
  if (!latest) return { ...base, status: 'no-data', reasons: [R('noData', { date: formatLong(i.firstCheckpoint) })], taper: false };

  const label = (n: number) => scoreLabel(i.exam, n);
  const reasons: string[] = [];
  let streak = 0;
  for (let k = i.entries.length - 1; k >= 0 && isClear(i.exam, i.entries[k]!, i.today); k--) streak++;
  const gap = gate.target - latest.score;
  reasons.push(
    R(gap <= 0 ? 'latestAbove' : 'latestBelow', {
      name: entryName(latest),
      date: formatShort(latest.date),
      score: label(latest.score),
      gap: scorePoints(i.exam, Math.abs(gap)),
      target: label(gate.target),
    }) + (latest.passProbability !== undefined ? R('probability', { p: latest.passProbability }) : ''),
  );
  const slope = trendPerWeek(i.exam, i.entries);
  const horizon = i.examDate ?? i.planEnd;
  const weeksLeft = Math.max(0, daysBetween(latest.date, horizon) / 7);
  const projected = slope === undefined ? undefined : latest.score + slope * weeksLeft;
  if (slope !== undefined) reasons.push(R('trend', { slope: `${slope >= 0 ? '+' : ''}${slope}`, n: Math.min(i.entries.length, READINESS_RULES.trendWindow) }));
  if (projected !== undefined) reasons.push(R('projected', { date: formatLong(horizon), score: label(projected) }));
  reasons.push(R('streak', { streak, needed: i.consecutive }));
  reasons.push(R('remaining', { n: i.checkpointsRemaining }));

  const margin = READINESS_RULES.atRiskMargin[scale];
  const status: Readiness['status'] =
    streak >= i.consecutive
      ? 'ready'
      : streak >= 1 || (projected !== undefined && projected >= gate.target)
        ? 'on-track'
        : (projected !== undefined && projected >= gate.target - margin) || latest.score >= gate.lowPass
          ? 'at-risk'
          : 'not-ready';

  let suggestedExamDate: string | undefined;
  const daysToHorizon = daysBetween(i.today, horizon);
  if ((status === 'not-ready' || status === 'at-risk') && daysToHorizon <= READINESS_RULES.closeDays) {
    const weeksNeeded = slope && slope > 0 ? Math.ceil(Math.max(gap, 0) / slope) + 1 : READINESS_RULES.defaultWeeksNeeded;
    suggestedExamDate = maxDate(addDays(i.today, Math.max(2, weeksNeeded) * 7), addDays(horizon, 7));
    if (i.earliestEligible) suggestedExamDate = maxDate(suggestedExamDate, i.earliestEligible);
    reasons.push(R(i.examDate ? 'moveDate' : 'extendPlan', { date: formatLong(suggestedExamDate) }));
  }
  if (status === 'ready') reasons.push(R('taper'));
  return {
    ...base,
    status,
    reasons,
    latest: { date: latest.date, name: entryName(latest), score: latest.score },
    ...(slope !== undefined ? { trendPerWeek: slope } : {}),
    ...(projected !== undefined ? { projected: round1(projected) } : {}),
    ...(suggestedExamDate ? { suggestedExamDate } : {}),
    taper: status === 'ready',
  };
}
