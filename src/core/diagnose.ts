// The diagnosis engine: a pure function of (answers, today) to findings with evidence,
// the timeline verdict, the ranked weak areas and the effects findings have on the plan.
import { thousands } from '../lib/format.js';
import { areaBySlug } from '../content/areas.js';
import { ATTEMPT_RULES, EXAM_FACTS, passingStandard, readinessGate, secondsPerQuestion } from '../content/exams.js';
import { MAX_CORE_RESOURCES, chooseResources } from '../content/resources.js';
import { PATTERNS, RULES } from '../content/rules.js';
import { FOUNDATION_WEEKS, TIMELINE, TIMELINE_ORDER, type TimelineVerdict } from '../content/schedule.js';
import { joinWords, text, texts, type Vars } from '../content/texts.js';
import { addDays, addMonths, daysBetween, formatLong, maxDate, planEnd } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import { CATEGORIES, SEVERITIES, type Finding, type RankedArea } from '../schema/plan.js';
import type { Adaptation } from './adapt.js';
import { leadOrder, rankAreas } from './rank.js';
import { beyondFindings } from './rules/beyond.js';

/** What the findings change in the schedule. The builder reads only this, never the answers' wellbeing fields. */
export interface PlanEffects {
  reviewRatio: number;
  anxietyProtocol: boolean;
  pacingDrills: boolean;
  sleepWindowHours?: number;
  exercise: boolean;
  capHours?: number;
  minRestDays: number;
  halfBuffer: boolean;
  foundations: boolean;
  /** Readiness gate: how many consecutive clear assessments. */
  consecutive: number;
}

export interface Timeline {
  verdict: TimelineVerdict;
  recommendedWeeks: number;
  planWeeks: number;
  reasons: string[];
}

export interface Diagnosis {
  findings: Finding[];
  timeline: Timeline;
  weakAreas: RankedArea[];
  effects: PlanEffects;
  earliestEligible?: string;
}

export interface DiagnoseOptions {
  /** Plan length chosen by the student (--weeks); otherwise the answers' or the timeline's. */
  weeks?: number;
  /** Weak areas updated from practice exams (see adapt.ts). */
  adaptation?: Adaptation;
}

const T = (key: string, vars?: Vars) => text('findings', key, vars);
const TL = (key: string, vars?: Vars) => texts('findings', key, vars);

/** A finding whose texts live under `id` in templates/findings.yaml; `title` picks a title variant. */
function finding(id: string, category: Finding['category'], severity: Finding['severity'], evidence: string[], actions: string[], vars: Vars = {}, title = 'title'): Finding {
  return { id, category, severity, title: T(`${id}.${title}`, vars), evidence, actions };
}

export function diagnose(a: Answers, today: string, opts: DiagnoseOptions = {}): Diagnosis {
  const weakAreas = rankAreas(opts.adaptation?.answers ?? a, opts.adaptation?.persistent);
  const timeline = timelineVerdict(a, today, opts);
  const effects: PlanEffects = {
    reviewRatio: 1,
    anxietyProtocol: false,
    pacingDrills: false,
    exercise: false,
    minRestDays: 0,
    halfBuffer: false,
    foundations: timeline.verdict === 'coursework-first',
    consecutive: readinessGate(a.exam, today).consecutive + (a.attempt === ATTEMPT_RULES.maxAttempts ? 1 : 0),
  };
  const ctx: Ctx = { a, today, weakAreas, timeline, effects, adaptation: opts.adaptation };
  const findings: Finding[] = [];
  for (const rule of RULE_LIST) {
    const out = rule(ctx);
    if (out) findings.push(...(Array.isArray(out) ? out : [out]));
  }
  findings.push(...beyondFindings({ a, today, findings, planWeeks: timeline.planWeeks, earliestEligible: earliestEligible(a) }));
  findings.sort((x, y) => SEVERITIES.indexOf(x.severity) - SEVERITIES.indexOf(y.severity) || CATEGORIES.indexOf(x.category) - CATEGORIES.indexOf(y.category));
  return { findings, timeline, weakAreas, effects, earliestEligible: earliestEligible(a) };
}

interface Ctx {
  a: Answers;
  today: string;
  weakAreas: RankedArea[];
  timeline: Timeline;
  effects: PlanEffects;
  adaptation?: Adaptation;
}
type Rule = (ctx: Ctx) => Finding | Finding[] | null;

// ---------------------------------------------------------------- knowledge

const weakAreasRule: Rule = ({ a, weakAreas }) => {
  // Evidence quotes the score report as entered; the ranking may also reflect practice exams.
  const reported = (band: string) => weakAreas.filter((r) => (r.kind === 'discipline' ? a.performance?.disciplines : a.performance?.systems)?.[r.slug] === band);
  const lower = reported('lower');
  const same = reported('same');
  if (!lower.length && !same.length) return null;
  const names = (rs: RankedArea[]) => joinWords(rs.map((r) => r.name));
  const evidence: string[] = [];
  if (lower.length) evidence.push(T('weak-areas.evidence.lower', { areas: names(lower) }));
  if (same.length) evidence.push(T('weak-areas.evidence.same', { areas: names(same) }));
  // In the order the weeks take them (focus.ts): lower first, then about a low pass.
  const lead = leadOrder(weakAreas);
  const secondary = weakAreas.filter((r) => r.kind === 'system' && r.band !== 'lower' && r.band !== 'higher').slice(0, 4);
  const vars = {
    top: joinWords(lead.slice(0, 3).map((r) => r.name)),
    first: joinWords(lead.slice(0, 4).map((r) => r.name)),
    secondary: secondary.length ? joinWords(secondary.map((r) => r.name)) : 'the systems not already in focus, in mixed blocks',
  };
  return finding('weak-areas', 'knowledge', lower.length ? 'high' : 'moderate', evidence, TL('weak-areas.actions', vars), vars);
};

const practiceUpdateRule: Rule = ({ a, adaptation }) => {
  if (!adaptation?.moves.length) return null;
  const name = (slug: string) => areaBySlug(a.exam, slug).name;
  const group = (why: string) => adaptation.moves.filter((m) => m.why === why).map((m) => name(m.slug));
  const evidence: string[] = [];
  const actions: string[] = [];
  for (const why of ['persistent', 'new', 'improved'] as const) {
    const areas = group(why);
    if (!areas.length) continue;
    evidence.push(T(`practice-update.evidence.${why}`, { areas: joinWords(areas), source: adaptation.source ?? '' }));
    actions.push(T(`practice-update.actions.${why}`, { areas: joinWords(areas) }));
  }
  return finding('practice-update', 'knowledge', group('persistent').length ? 'high' : 'moderate', evidence, actions);
};

const noProfileRule: Rule = ({ a, adaptation }) => {
  if (adaptation?.moves.length) return null;
  const known = Object.keys(a.performance?.disciplines ?? {}).length + Object.keys(a.performance?.systems ?? {}).length;
  if (known) return null;
  return finding('no-profile', 'knowledge', 'info', [T('no-profile.evidence.missing')], TL('no-profile.actions'));
};

const patternRule: Rule = ({ a, weakAreas }) => {
  const lower = new Set(weakAreas.filter((r) => r.band === 'lower').map((r) => r.slug));
  return PATTERNS.filter((p) => p.exam === a.exam && p.areas.every((s) => lower.has(s))).map((p) => {
    const vars = { areas: joinWords(p.areas.map((s) => areaBySlug(a.exam, s).name)), all: p.areas.length === 2 ? 'both' : 'all' };
    return { ...finding('pattern', 'knowledge', 'moderate', [T('pattern.evidence.both', vars)], [T(`pattern.actions.${p.id}`)], vars), id: `pattern-${p.id}` };
  });
};

// ---------------------------------------------------------------- method

const passiveRule: Rule = ({ a }) => {
  const act = a.methods?.mainActivity;
  if (act !== 'videos' && act !== 'reading') return null;
  return finding('passive-learning', 'method', 'high', [T('passive-learning.evidence.mainActivity', { mainActivity: act })], TL('passive-learning.actions'));
};

const fewQuestionsRule: Rule = ({ a }) => {
  const n = a.methods?.questionsCompleted;
  if (n === undefined || n >= RULES.questions.few) return null;
  const vars = { questionsCompleted: thousands(n), studiedMean: thousands(RULES.questions.studiedMean) };
  return finding('too-few-questions', 'method', n < RULES.questions.veryFew ? 'high' : 'moderate', [T('too-few-questions.evidence.count', vars)], TL('too-few-questions.actions'));
};

const shortReviewRule: Rule = ({ a, effects }) => {
  const m = a.methods?.reviewMinutesPerBlock;
  const blockMinutes = EXAM_FACTS[a.exam].minutesPerBlock;
  if (m === undefined || m >= blockMinutes) return null;
  effects.reviewRatio = 1.25;
  const vars = { reviewMinutesPerBlock: m, blockMinutes, ratio: effects.reviewRatio };
  return finding('short-review', 'method', m < blockMinutes / 2 ? 'high' : 'moderate', [T('short-review.evidence.minutes', vars)], TL('short-review.actions', vars));
};

const timedRandomRule: Rule = ({ a }) =>
  a.methods?.timedRandomBlocks === false
    ? finding('no-timed-random', 'method', 'moderate', [T('no-timed-random.evidence.flag')], TL('no-timed-random.actions'))
    : null;

const practiceExamsRule: Rule = ({ a, today }) => {
  const n = a.methods?.practiceExamsTaken;
  if (n === undefined || n > 1) return null;
  const vars = { practiceExamsTaken: n, gate: readinessGate(a.exam, today).text };
  return finding('no-practice-exams', 'method', n === 0 ? 'high' : 'moderate', [T(n === 0 ? 'no-practice-exams.evidence.none' : 'no-practice-exams.evidence.one', vars)], TL('no-practice-exams.actions', vars), vars, n === 0 ? 'title' : 'titleOne');
};

const belowReadinessRule: Rule = ({ a, today }) => {
  const best = a.methods?.bestPracticeScore;
  const gate = readinessGate(a.exam, today);
  if (best === undefined || best >= gate.target) return null;
  const unit = EXAM_FACTS[a.exam].practiceScale === 'percent' ? '%' : '';
  const vars = { bestPracticeScore: `${best}${unit}`, target: `${gate.target}${unit}` };
  const low = best <= gate.lowPass;
  return finding('below-readiness', 'method', low ? 'high' : 'moderate', [T('below-readiness.evidence.score', vars)], TL('below-readiness.actions'), vars, low ? 'title' : 'titleLine');
};

const resourcesRule: Rule = ({ a, weakAreas }) => {
  const res = a.methods?.resources ?? [];
  const over = res.length > MAX_CORE_RESOURCES;
  if (!over && !a.methods?.switchedResources) return null;
  const evidence: string[] = [];
  if (over) evidence.push(T('resource-overload.evidence.count', { count: res.length, resources: res.join(', ') }));
  if (a.methods?.switchedResources) evidence.push(T('resource-overload.evidence.switched'));
  const { keep, setAside } = chooseResources(res, weakAreas);
  const actions = TL('resource-overload.actions', { maxCore: MAX_CORE_RESOURCES, keep: joinWords(keep) || 'one question bank', setAside: joinWords(setAside) || 'nothing, and add nothing new' });
  return finding('resource-overload', 'method', over ? 'high' : 'moderate', evidence, actions);
};

const crammingRule: Rule = ({ a }) => {
  const m = a.methods;
  const evidence: string[] = [];
  if (m?.crammed) evidence.push(T('cramming.evidence.crammed'));
  if (m?.spacedRepetition === 'none') evidence.push(T('cramming.evidence.none'));
  if (m?.spacedRepetition === 'irregular') evidence.push(T('cramming.evidence.irregular'));
  if (!evidence.length) return null;
  const severe = m?.crammed && m.spacedRepetition === 'none';
  return finding('cramming', 'method', severe ? 'high' : evidence.length > 1 || m?.spacedRepetition === 'none' ? 'moderate' : 'info', evidence, TL('cramming.actions'));
};

// ---------------------------------------------------------------- strategy

const timeRule: Rule = ({ a, effects }) => {
  if (!a.testDay?.ranOutOfTime) return null;
  effects.pacingDrills = true;
  return finding('ran-out-of-time', 'strategy', 'high', [T('ran-out-of-time.evidence.flag')], TL('ran-out-of-time.actions', { secondsPerQuestion: secondsPerQuestion(a.exam) }));
};

const blankRule: Rule = ({ a, effects }) => {
  if (!a.testDay?.mindWentBlank) return null;
  effects.anxietyProtocol = true;
  const anxiety = a.testDay.anxiety;
  const evidence = [T('mind-went-blank.evidence.flag')];
  if (anxiety !== undefined && anxiety >= RULES.anxiety.moderate) evidence.push(T('mind-went-blank.evidence.anxiety', { anxiety }));
  return finding('mind-went-blank', 'strategy', anxiety !== undefined && anxiety >= RULES.anxiety.high ? 'high' : 'moderate', evidence, TL('mind-went-blank.actions'));
};

// ---------------------------------------------------------------- wellbeing

const anxietyRule: Rule = ({ a, effects }) => {
  const x = a.testDay?.anxiety;
  if (x === undefined || x < RULES.anxiety.moderate) return null;
  effects.anxietyProtocol = true;
  return finding('test-anxiety', 'wellbeing', x >= RULES.anxiety.high ? 'high' : 'moderate', [T('test-anxiety.evidence.level', { anxiety: x })], TL('test-anxiety.actions'));
};

const burnoutRule: Rule = ({ a, effects }) => {
  const b = a.wellbeing?.burnout;
  if (b === undefined || b < RULES.burnout.moderate) return null;
  const high = b >= RULES.burnout.high;
  if (high) {
    effects.capHours = RULES.burnoutCapHours;
    effects.minRestDays = RULES.burnoutMinRestDays;
    effects.halfBuffer = true;
  }
  const capHours = Math.min(a.schedule.hoursPerDay, RULES.burnoutCapHours);
  const restDays = Math.max(a.schedule.daysOffPerWeek ?? 1, high ? RULES.burnoutMinRestDays : 0);
  const actions = high
    ? TL('burnout.actions', { capHours, restDays })
    : ['Rest days stay rest days; the weekly buffer day absorbs slippage so you never study on a day off.'];
  return finding('burnout', 'wellbeing', high ? 'high' : 'moderate', [T('burnout.evidence.level', { burnout: b })], actions, {}, high ? 'title' : 'titleModerate');
};

const sleepRule: Rule = ({ a, effects }) => {
  const h = a.wellbeing?.sleepHours;
  if (h === undefined || h >= RULES.sleep.need) return null;
  effects.sleepWindowHours = RULES.sleep.need + 1;
  return finding('short-sleep', 'wellbeing', h < RULES.sleep.high ? 'high' : 'moderate', [T('short-sleep.evidence.hours', { sleepHours: h })], TL('short-sleep.actions', { sleepNeed: effects.sleepWindowHours }));
};

const exerciseRule: Rule = ({ a, effects }) => {
  const d = a.wellbeing?.exerciseDaysPerWeek;
  if (d !== 0) return null;
  effects.exercise = true;
  return finding('no-exercise', 'wellbeing', 'info', [T('no-exercise.evidence.days', { exerciseDaysPerWeek: d })], TL('no-exercise.actions'));
};

const stressorsRule: Rule = ({ a }) => {
  const s = a.wellbeing?.stressors ?? [];
  if (!s.length) return null;
  const vars = { stressors: joinWords(s) };
  return finding('stressors', 'wellbeing', s.length > 1 ? 'moderate' : 'info', [T('stressors.evidence.list', vars)], TL('stressors.actions', vars));
};

const supportRule: Rule = ({ a }) =>
  a.wellbeing?.support && a.wellbeing.support.length === 0
    ? finding('no-support', 'wellbeing', 'moderate', [T('no-support.evidence.none')], TL('no-support.actions'))
    : null;

const distressRule: Rule = ({ a }) => {
  const anxiety = a.testDay?.anxiety;
  const burnout = a.wellbeing?.burnout;
  const sleep = a.wellbeing?.sleepHours;
  const severe =
    (anxiety ?? 0) >= RULES.anxiety.severe ||
    (burnout ?? 0) >= RULES.burnout.severe ||
    ((anxiety ?? 0) >= RULES.distress.anxietyAndBurnout && (burnout ?? 0) >= RULES.distress.anxietyAndBurnout) ||
    (sleep !== undefined && sleep < RULES.sleep.severe && Math.max(anxiety ?? 0, burnout ?? 0) >= RULES.anxiety.high);
  if (!severe) return null;
  const evidence: string[] = [];
  if (anxiety !== undefined && anxiety >= RULES.anxiety.high) evidence.push(T('severe-distress.evidence.anxiety', { anxiety }));
  if (burnout !== undefined && burnout >= RULES.burnout.high) evidence.push(T('severe-distress.evidence.burnout', { burnout }));
  if (sleep !== undefined && sleep < RULES.sleep.high) evidence.push(T('severe-distress.evidence.sleep', { sleepHours: sleep }));
  return finding('severe-distress', 'wellbeing', 'critical', evidence, TL('severe-distress.actions'));
};

// ---------------------------------------------------------------- logistics

function timelineVerdict(a: Answers, today: string, opts: DiagnoseOptions): Timeline {
  const facts = EXAM_FACTS[a.exam];
  const signals: { verdict: TimelineVerdict; reason: string }[] = [];
  const byGap = (gap: number, g: { extendAbove: number; courseworkAbove: number }): TimelineVerdict =>
    gap > g.courseworkAbove ? 'coursework-first' : gap > g.extendAbove ? 'extend' : 'fits';
  if (a.score !== undefined) {
    const on = a.previousAttempts?.at(-1) ?? today;
    const passing = passingStandard(a.exam, on);
    if (a.score < passing) signals.push({ verdict: byGap(passing - a.score, facts.timelineGap), reason: text('findings', 'timeline.evidence.score', { score: a.score, passing, gap: passing - a.score }) });
  }
  if (a.distanceFromPassing) {
    const lowerShare = shareLower(a);
    const verdict: TimelineVerdict =
      a.distanceFromPassing === 'far' ? (lowerShare.share >= RULES.lowerShare.extend ? 'coursework-first' : 'extend') : 'fits';
    signals.push({ verdict, reason: text('findings', 'timeline.evidence.distance', { distance: { close: 'close to passing', moderate: 'a moderate distance from passing', far: 'far from passing' }[a.distanceFromPassing] }) });
  }
  // The share of lower bands stands in only when the report gave no score and no distance;
  // alone it widens the runway but cannot show a result was far from passing.
  const { lower, known, share } = shareLower(a);
  if (!signals.length && known >= RULES.lowerShare.minKnown && share >= RULES.lowerShare.extend) {
    signals.push({ verdict: 'extend', reason: text('findings', 'timeline.evidence.share', { lower, known }) });
  }
  const best = a.methods?.bestPracticeScore;
  const gate = readinessGate(a.exam, today);
  if (best !== undefined && best < gate.target) {
    const unit = facts.practiceScale === 'percent' ? '%' : '';
    const gap = gate.target - best;
    // An old practice score can widen the runway, but alone never calls for coursework first.
    const v = byGap(gap, facts.practiceGap);
    signals.push({ verdict: v === 'coursework-first' ? 'extend' : v, reason: text('findings', 'timeline.evidence.practice', { best: `${best}${unit}`, gap: `${Math.round(gap * 10) / 10}${facts.practiceScale === 'percent' ? ' points' : ''}`, target: `${gate.target}${unit}` }) });
  }
  if (!signals.length) signals.push({ verdict: 'fits', reason: text('findings', 'timeline.evidence.none') });
  const verdict = signals.reduce<TimelineVerdict>((w, s) => (TIMELINE_ORDER.indexOf(s.verdict) > TIMELINE_ORDER.indexOf(w) ? s.verdict : w), 'fits');
  const recommendedWeeks = TIMELINE[verdict].weeks;
  return { verdict, recommendedWeeks, planWeeks: opts.weeks ?? a.schedule.weeks ?? recommendedWeeks, reasons: signals.map((s) => s.reason) };
}

function shareLower(a: Answers) {
  const bands = [...Object.values(a.performance?.disciplines ?? {}), ...Object.values(a.performance?.systems ?? {})];
  const lower = bands.filter((b) => b === 'lower').length;
  return { lower, known: bands.length, share: bands.length ? lower / bands.length : 0 };
}

const timelineRule: Rule = ({ timeline }) => {
  const { verdict, planWeeks, recommendedWeeks } = timeline;
  const actions = [text('findings', `timeline.actions.${verdict}`, { weeks: planWeeks, foundationWeeks: FOUNDATION_WEEKS })];
  if (planWeeks !== recommendedWeeks) actions.push(text('findings', 'timeline.actions.override', { weeks: planWeeks, recommended: recommendedWeeks }));
  const severity = verdict === 'fits' ? 'info' : verdict === 'extend' ? 'moderate' : 'high';
  return { ...finding('timeline', 'logistics', severity, timeline.reasons, actions, { verdictText: TIMELINE[verdict].text }), id: `timeline-${verdict}` };
};

const attemptRule: Rule = ({ a, effects }) => {
  if (a.attempt < 3) return null;
  const vars = { attempt: a.attempt, consecutive: effects.consecutive };
  const action = text('findings', a.attempt === ATTEMPT_RULES.maxAttempts ? 'attempt-risk.actions.fourth' : 'attempt-risk.actions.third', vars);
  return finding('attempt-risk', 'logistics', a.attempt === ATTEMPT_RULES.maxAttempts ? 'critical' : 'high', [T('attempt-risk.evidence.attempt', vars)], [action], vars);
};

/** The earliest date USMLE's waiting rules allow for this attempt, when the dates are known. */
export function earliestEligible(a: Answers): string | undefined {
  const prev = a.previousAttempts ?? [];
  if (!prev.length) return undefined;
  const last = prev[prev.length - 1]!;
  let earliest = addDays(last, 1);
  // At most three attempts in any 12-month window: the new one must fall after the
  // third-most-recent attempt's anniversary.
  const third = prev[prev.length - ATTEMPT_RULES.maxInWindow];
  if (third) earliest = maxDate(earliest, addMonths(third, ATTEMPT_RULES.windowMonths));
  if (a.attempt === ATTEMPT_RULES.maxAttempts && prev.length === a.attempt - 1) {
    earliest = maxDate(earliest, addMonths(prev[0]!, ATTEMPT_RULES.fourthAfterFirstMonths));
    earliest = maxDate(earliest, addMonths(last, ATTEMPT_RULES.fourthAfterLastMonths));
  }
  return earliest;
}

const waitingRule: Rule = ({ a }) => {
  const prev = a.previousAttempts ?? [];
  const earliest = earliestEligible(a);
  if (!earliest || daysBetween(prev[prev.length - 1]!, earliest) <= 1) return null;
  const vars = { earliest: formatLong(earliest), count: prev.length, first: prev[0]!, last: prev[prev.length - 1]! };
  const evidence = [a.attempt === ATTEMPT_RULES.maxAttempts && prev.length === 3 ? T('waiting-rules.evidence.fourth', vars) : T('waiting-rules.evidence.window', vars)];
  return finding('waiting-rules', 'logistics', 'high', evidence, TL('waiting-rules.actions', vars), vars);
};

const attemptsUnknownRule: Rule = ({ a }) => {
  const count = a.previousAttempts?.length ?? 0;
  if (a.attempt < 3 || count === a.attempt - 1) return null;
  return finding('attempts-unknown', 'logistics', 'info', [T('attempts-unknown.evidence.missing', { attempt: a.attempt, count })], TL('attempts-unknown.actions'));
};

const examDateRule: Rule = ({ a, timeline }) => {
  const examDate = a.schedule.examDate;
  if (!examDate) return null;
  const end = planEnd(a.schedule.start, timeline.planWeeks);
  const eligible = earliestEligible(a);
  const evidence: string[] = [];
  const actions: string[] = [];
  let severity: Finding['severity'] = 'info';
  if (eligible && examDate < eligible) {
    evidence.push(T('exam-date.evidence.beforeEligible', { examDate: formatLong(examDate), earliest: formatLong(eligible) }));
    severity = 'critical';
  }
  if (examDate <= end) {
    const suggested = maxDate(addDays(end, 1), eligible ?? end);
    evidence.push(T('exam-date.evidence.early', { examDate: formatLong(examDate), day: daysBetween(a.schedule.start, examDate) + 1, weeks: timeline.planWeeks, end: formatLong(end) }));
    actions.push(T('exam-date.actions.early', { suggested: formatLong(suggested) }));
    if (severity !== 'critical') severity = 'high';
  } else if (daysBetween(end, examDate) > 7) {
    evidence.push(T('exam-date.evidence.late', { examDate: formatLong(examDate), gapDays: daysBetween(end, examDate), end: formatLong(end) }));
    actions.push(T('exam-date.actions.late'));
  }
  if (!evidence.length) return null;
  return finding('exam-date', 'logistics', severity, evidence, actions);
};

const planEndedRule: Rule = ({ a, today, timeline }) => {
  const end = planEnd(a.schedule.start, timeline.planWeeks);
  if (today <= end) return null;
  return finding('plan-ended', 'logistics', 'high', [T('plan-ended.evidence.ended', { end: formatLong(end) })], TL('plan-ended.actions'));
};

const scoreAboveRule: Rule = ({ a, today }) => {
  if (a.score === undefined) return null;
  const on = a.previousAttempts?.at(-1) ?? today;
  const passing = passingStandard(a.exam, on);
  if (a.score < passing) return null;
  return finding('score-above-passing', 'logistics', 'moderate', [T('score-above-passing.evidence.score', { score: a.score, on, passing })], TL('score-above-passing.actions'));
};

const RULE_LIST: readonly Rule[] = [
  distressRule,
  weakAreasRule,
  practiceUpdateRule,
  noProfileRule,
  patternRule,
  passiveRule,
  fewQuestionsRule,
  shortReviewRule,
  timedRandomRule,
  practiceExamsRule,
  belowReadinessRule,
  resourcesRule,
  crammingRule,
  timeRule,
  blankRule,
  anxietyRule,
  burnoutRule,
  sleepRule,
  exerciseRule,
  stressorsRule,
  supportRule,
  timelineRule,
  attemptRule,
  waitingRule,
  attemptsUnknownRule,
  examDateRule,
  planEndedRule,
  scoreAboveRule,
];
