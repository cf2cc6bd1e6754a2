// Beyond the exam: the student's own dates read against when the result should arrive,
// USMLE testing accommodations, the school's options when it is too much, and the story for
// applications. Pure functions of their inputs; each rule returns its findings and changes
// nothing it is given.
import { ACCOMMODATIONS_PROCESS, RESULT_WAIT, STORY } from '../../content/beyond.js';
import { ATTEMPT_RULES } from '../../content/exams.js';
import { joinWords, text, texts, type Vars } from '../../content/texts.js';
import { thousands } from '../../lib/format.js';
import { addDays, daysBetween, formatLong, maxDate, weekday } from '../../lib/dates.js';
import type { Answers } from '../../schema/answers.js';
import { SEVERITIES, type BookingStatus, type Finding, type Milestone, type RankedArea, type Story } from '../../schema/plan.js';
import { readyBar } from '../readiness.js';
import { stressorWords } from './wellbeing.js';

const B = (key: string, vars?: Vars) => text('beyond', key, vars);

function finding(id: string, category: Finding['category'], severity: Finding['severity'], title: string, evidence: string[], actions: string[]): Finding {
  return { id, category, severity, title, evidence, actions };
}

export interface BeyondInput {
  a: Answers;
  today: string;
  /** The findings of the other rules, read only (school options follow severe distress). */
  findings: readonly Finding[];
  planWeeks: number;
  earliestEligible?: string;
  /** The booked date the plan ends at (core/booking.ts), if any. */
  wall?: string;
  /** How the booked date stands (core/booking.ts): a refused or past date is never "your exam". */
  status: BookingStatus;
  /** The one date the plan has the student sit on or after without a usable booked date. */
  sitFrom: string;
  /** The readiness verdict (decided before the findings) is ready: the student is ready today. */
  readyNow?: boolean;
}

/** Every finding about the path beyond the exam; the engine adds them to its own. */
export function beyondFindings(input: BeyondInput): Finding[] {
  return [milestoneRule(input), accommodationsRule(input), schoolOptionsRule(input)].filter((f): f is Finding => f !== null);
}

// ---------------------------------------------------------------- the student's own dates

/** Each upcoming milestone, read against the result: before the exam, usually not in time, tight, or clear. */
export function milestoneRisks(a: Answers, today: string, sit: string): Milestone[] {
  return (a.milestones ?? [])
    .filter((m) => m.date >= today)
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
    .map((m) => {
      const days = daysBetween(sit, m.date);
      const risk: Milestone['risk'] = days <= RESULT_WAIT.usualMaxDays ? 'at-risk' : days <= RESULT_WAIT.longestDays ? 'tight' : 'clear';
      return { name: m.name, date: m.date, risk, note: B(`milestone-at-risk.note.${days <= 0 ? 'before' : risk}`) };
    });
}

function milestoneRule({ a, today, wall, sitFrom, readyNow, earliestEligible }: BeyondInput): Finding | null {
  // The day the student sits: the booked date the plan ends at, else the plan's one date (never a refused booking).
  const sit = wall ? { date: wall, booked: true } : { date: sitFrom, booked: false };
  const risky = milestoneRisks(a, today, sit.date).filter((m) => m.risk !== 'clear');
  if (!risky.length) return null;
  const sitText = B(sit.booked ? 'milestone-at-risk.sitBooked' : 'milestone-at-risk.sitPlanned', { date: formatLong(sit.date) });
  // The earliest the plan has the student ready, booked date or not: today (never before the
  // earliest eligible date) once the verdict is ready, otherwise the plan's own date to sit.
  const ready = readyNow ? maxDate(today, earliestEligible ?? today) : sitFrom;
  const evidence: string[] = [];
  const actions: string[] = [];
  for (const m of risky) {
    const days = daysBetween(sit.date, m.date);
    evidence.push(B(`milestone-at-risk.evidence.${days <= 0 ? 'before' : m.risk}`, { name: m.name, date: formatLong(m.date), days, sit: sitText }));
    const vars = { name: m.name, date: formatLong(m.date), usualBy: formatLong(addDays(m.date, -RESULT_WAIT.usualMaxDays)), safeBy: formatLong(addDays(m.date, -RESULT_WAIT.longestDays)) };
    actions.push(B('milestone-at-risk.actions.ask', vars));
    const inTime = addDays(m.date, -RESULT_WAIT.usualMaxDays) >= ready;
    const keepReady = addDays(m.date, -RESULT_WAIT.longestDays) >= today ? 'keepReady' : 'keepReadyTight';
    actions.push(B(`milestone-at-risk.actions.${readyNow ? (inTime ? keepReady : 'lateReady') : inTime ? 'keep' : 'defer'}`, vars));
  }
  const atRisk = risky.some((m) => m.risk === 'at-risk');
  return finding('milestone-at-risk', 'logistics', atRisk ? 'high' : 'moderate', B(atRisk ? 'milestone-at-risk.title' : 'milestone-at-risk.titleTight'), evidence, actions);
}

// ---------------------------------------------------------------- accommodations

/** `n` business days (Monday to Friday) after or before `d`; public holidays are not counted, so results are "about". */
export function addBusinessDays(d: string, n: number): string {
  const step = n < 0 ? -1 : 1;
  let out = d;
  for (let left = Math.abs(n); left > 0; ) {
    out = addDays(out, step);
    if (weekday(out) < 5) left--;
  }
  return out;
}

function accommodationsRule({ a, today, wall, status: booked, sitFrom }: BeyondInput): Finding | null {
  const status = a.testDay?.accommodations;
  if (status !== 'suspect' && status !== 'have') return null;
  const id = `accommodations-${status}`;
  // The day the student sits, as the plan decided it (core/booking.ts): the booked date it ends at,
  // else, when the booked date is one USMLE refuses, the date the plan has them sit from. No
  // booking (or one already past) leaves the date to choose.
  const sit = wall && booked !== 'past' ? { date: wall, booked: true } : booked === 'ineligible' ? { date: sitFrom, booked: false } : undefined;
  const { reviewBusinessDays: reviewDays, eligibilityDaysLeft: eligibilityDays } = ACCOMMODATIONS_PROCESS;
  // Submitting today is the best case: a request decided after the exam date cannot help it.
  const submitBy = sit ? addBusinessDays(sit.date, -reviewDays) : undefined;
  const timing = !sit ? 'noDate' : `${submitBy! < today ? 'tooClose' : 'inTime'}${sit.booked ? '' : 'Planned'}`;
  const vars = { reviewDays, eligibilityDays, examDate: sit ? formatLong(sit.date) : '', submitBy: submitBy ? formatLong(submitBy) : '', weeks: sit ? Math.max(0, Math.floor(daysBetween(today, sit.date) / 7)) : 0 };
  const actions = status === 'suspect' ? [B(`${id}.actions.evaluate`), B(`${id}.actions.process`, vars)] : [B(`${id}.actions.process`, vars)];
  actions.push(B(`${id}.actions.${timing}`, vars));
  const close = timing.startsWith('tooClose');
  const severity = status === 'suspect' ? (close ? 'high' : 'moderate') : close ? 'moderate' : 'info';
  return finding(id, 'logistics', severity, B(`${id}.title`), [B(`${id}.evidence.flag`)], actions);
}

// ---------------------------------------------------------------- school options

function schoolOptionsRule({ a, findings }: BeyondInput): Finding | null {
  // The engine's own judgement decides "severe": its severe-distress finding, or burnout it rated high.
  const distress = findings.find((f) => f.id === 'severe-distress');
  const burnout = findings.find((f) => f.id === 'burnout' && (f.severity === 'high' || f.severity === 'critical'));
  if (!distress && !burnout) return null;
  const evidence = distress ? [B('school-options.evidence.distress', { title: distress.title })] : [B('school-options.evidence.burnout', { burnout: a.wellbeing?.burnout ?? '' })];
  return finding('school-options', 'wellbeing', 'high', B('school-options.title'), evidence, texts('beyond', 'school-options.actions'));
}

// ---------------------------------------------------------------- the story

export interface StoryFacts {
  findings: readonly Finding[];
  weakAreas: readonly RankedArea[];
  weeks: number;
  questions: number;
}

const WELLBEING_CAUSES = new Set(['test-anxiety', 'burnout', 'short-sleep', 'stressors']);

/** "Your story for applications", written from this plan's findings and its concrete changes; nothing invented. */
export function storyFor(a: Answers, facts: StoryFacts): Story {
  // The findings arrive most severe first; the story keeps that order and its length short.
  const told = (f: Finding) => f.id in STORY.causes && (!STORY.minSeverity[f.id] || SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(STORY.minSeverity[f.id]!));
  const causes = facts.findings.filter(told).map((f) => f.id).slice(0, STORY.maxCauses);
  const lower = facts.weakAreas.filter((r) => r.band === 'lower');
  const weak = (lower.length ? lower : facts.weakAreas.filter((r) => r.band === 'same')).slice(0, 3);
  const causeVars: Vars = {
    areas: joinWords(weak.map((r) => r.name)),
    mainActivity: a.methods?.mainActivity ?? '',
    questionsCompleted: a.methods?.questionsCompleted === undefined ? '' : thousands(a.methods.questionsCompleted),
    // Only the pressures the student named, in the stressors finding's words.
    stressors: stressorWords(a.wellbeing?.stressors ?? [], 'named'),
  };
  // The line says only what the answers say: "crammed" only when the student said so.
  const line = (id: string) =>
    id === 'weak-areas' && weak.length === 1 ? 'weak-area' : id === 'cramming' && !a.methods?.crammed ? `spacing-${a.methods?.spacedRepetition}` : id;
  const wentWrong = causes.length ? causes.map((id) => B(`story.wentWrong.${line(id)}`, causeVars)) : [B('story.wentWrongUnknown')];

  // The gate in the student's own voice: the probability the readiness verdict needs on this attempt.
  const bar = Math.round(readyBar(a.attempt) * 100);
  const changeKeys = [...new Set([...causes.map((id) => STORY.causes[id]), 'gate'].filter((k): k is string => Boolean(k)))];
  const changed = changeKeys.map((k) =>
    B(`story.changed.${k}`, {
      questions: thousands(facts.questions),
      weeks: facts.weeks,
      gate: B(a.attempt >= ATTEMPT_RULES.maxAttempts ? 'story.gateFinal' : 'story.gateRule', { bar }),
    }),
  );

  const willShow = [B('story.willShow.result'), B(a.exam === 'step1' ? 'story.willShow.step2ck' : 'story.willShow.after')];
  const notes = [B('story.notes.transcript'), B('story.notes.own'), ...(a.exam === 'step1' ? [B('story.notes.step2ck')] : []), B('story.notes.specialty')];
  if (causes.some((id) => WELLBEING_CAUSES.has(id))) notes.push(B('story.notes.health'));
  return { intro: B('story.intro'), wentWrong, changed, willShow, notes };
}
