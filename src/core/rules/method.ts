// Method rules: how the student studied (passive learning, question volume, review, practice exams, resources).
import { EXAM_FACTS, readinessGate } from '../../content/exams.js';
import { RULES } from '../../content/rules.js';
import { DAY } from '../../content/schedule.js';
import { counted } from '../../content/texts.js';
import { thousands } from '../../lib/format.js';
import { MAX_CORE_RESOURCES } from '../../content/resources.js';
import { resourceNames } from '../resources.js';
import { MODEL } from '../../content/readiness.js';
import { passLine, personalOffset } from '../readiness-model.js';
import { scoreLabel, scorePoints } from '../scale.js';
import { T, TL, finding, found, type Rule } from './rule.js';

const passive: Rule = ({ answers }) => {
  const act = answers.methods?.mainActivity;
  if (act !== 'videos' && act !== 'reading') return null;
  return found(finding('passive-learning', 'method', 'high', [T('passive-learning.evidence.mainActivity', { mainActivity: act })], TL('passive-learning.actions')));
};

const fewQuestions: Rule = ({ answers }) => {
  const n = answers.methods?.questionsCompleted;
  if (n === undefined || n >= RULES.questions.few) return null;
  const vars = { questionsCompleted: thousands(n), studiedMean: thousands(RULES.questions.studiedMean), studiedStudents: RULES.questions.studiedStudents, pointPer: RULES.questions.pointPer, examName: EXAM_FACTS[answers.exam].name };
  // The study is quoted at its scope: its exam only, and named as another exam's otherwise.
  const evidence = T(answers.exam === RULES.questions.studiedExam ? 'too-few-questions.evidence.count' : 'too-few-questions.evidence.countOtherExam', vars);
  return found(finding('too-few-questions', 'method', n < RULES.questions.veryFew ? 'high' : 'moderate', [evidence], TL('too-few-questions.actions')));
};

const shortReview: Rule = ({ answers }) => {
  const m = answers.methods?.reviewMinutesPerBlock;
  const blockMinutes = EXAM_FACTS[answers.exam].minutesPerBlock;
  if (m === undefined || m >= blockMinutes) return null;
  const reviewRatio = DAY.reviewRatioShortReview;
  const vars = { reviewMinutesPerBlock: m, blockMinutes, ratio: reviewRatio };
  return found(finding('short-review', 'method', m < blockMinutes / 2 ? 'high' : 'moderate', [T('short-review.evidence.minutes', vars)], TL('short-review.actions', vars)), { reviewRatio });
};

// Describes the weeks as built: untimed opening weeks when the plan has them (frame.ts decides).
const timedRandom: Rule = ({ answers, untimedWeeks }) => {
  if (answers.methods?.timedRandomBlocks !== false) return null;
  const opening = untimedWeeks ? counted('findings', 'no-timed-random.untimed', untimedWeeks, { next: untimedWeeks + 1 }) : T('no-timed-random.timedFromStart');
  return found(finding('no-timed-random', 'method', 'moderate', [T('no-timed-random.evidence.flag')], TL('no-timed-random.actions', { opening })));
};

const practiceExams: Rule = ({ answers, today }) => {
  const n = answers.methods?.practiceExamsTaken;
  if (n === undefined || n > 1) return null;
  const vars = { practiceExamsTaken: n, gate: readinessGate(answers.exam, today).text };
  return found(finding('no-practice-exams', 'method', n === 0 ? 'high' : 'moderate', [T(n === 0 ? 'no-practice-exams.evidence.none' : 'no-practice-exams.evidence.one', vars)], TL('no-practice-exams.actions', vars), vars, n === 0 ? 'title' : 'titleOne'));
};

// Against the one line the readiness model uses (a coin-flip pass), in force on the day the plan has
// the student sit (the booked date it ends at, else its own date; never a refused booking), so the
// finding and the verdict never disagree.
const belowReadiness: Rule = ({ answers, booking, sitFrom }) => {
  const best = answers.methods?.bestPracticeScore;
  const line = passLine(answers.exam, booking.wall ?? sitFrom);
  if (best === undefined || best >= line) return null;
  const vars = { bestPracticeScore: scoreLabel(answers.exam, best), line: scoreLabel(answers.exam, line), source: MODEL[answers.exam].line.label };
  return found(finding('below-readiness', 'method', 'high', [T('below-readiness.evidence.score', vars)], TL('below-readiness.actions'), vars));
};

// Practice said more than the exam did. The gap is read as readiness reads it (readiness-model.ts
// personalOffset): Step 2 CK, best practice minus the real score; Step 1 (pass/fail), best minus
// the passing line, a lower bound. A gap within one NBME result's own error (MODEL kinds.nbme.sd)
// is noise; beyond it, the practice conditions are evidence worth a finding.
const overPredicted: Rule = ({ answers, booking, sitFrom }) => {
  const best = answers.methods?.bestPracticeScore;
  if (best === undefined) return null;
  const { exam } = answers;
  const line = passLine(exam, booking.wall ?? sitFrom);
  const real = exam === 'step2ck' ? answers.score : line;
  if (real === undefined || best - real <= MODEL[exam].kinds.nbme.sd) return null;
  const vars = {
    best: scoreLabel(exam, best),
    real: scoreLabel(exam, real),
    gap: scorePoints(exam, best - real),
    points: scorePoints(exam, personalOffset(exam, line, { bestPracticeScore: best, realScore: answers.score })),
    source: MODEL[exam].line.label,
  };
  const evidence = [T(exam === 'step2ck' ? 'over-predicted.evidence.score' : 'over-predicted.evidence.line', vars), T('over-predicted.evidence.causes')];
  // Practice that put the student at or above the line and a failed attempt: the central clue.
  return found(finding('over-predicted', 'method', best >= line ? 'high' : 'moderate', evidence, TL('over-predicted.actions', vars), vars));
};

const resources: Rule = ({ answers, resourceChoice }) => {
  const owned = answers.methods?.resources ?? [];
  const over = owned.length > MAX_CORE_RESOURCES;
  if (!over && !answers.methods?.switchedResources) return null;
  const evidence: string[] = [];
  if (over) evidence.push(T('resource-overload.evidence.count', { count: owned.length, resources: resourceNames(answers.exam, owned) }));
  if (answers.methods?.switchedResources) evidence.push(T('resource-overload.evidence.switched'));
  const { keep, setAside } = resourceChoice;
  const uses = T(`resource-overload.uses.${keep.length === 0 ? 'none' : keep.length === 1 ? 'one' : 'other'}`, { count: keep.length, maxCore: MAX_CORE_RESOURCES });
  const actions = TL('resource-overload.actions', { uses, keep: resourceNames(answers.exam, keep) || T('resource-overload.keepNone'), setAside: resourceNames(answers.exam, setAside) || T('resource-overload.setAsideNone') });
  return found(finding('resource-overload', 'method', over ? 'high' : 'moderate', evidence, actions));
};

const cramming: Rule = ({ answers }) => {
  const m = answers.methods;
  const evidence: string[] = [];
  if (m?.crammed) evidence.push(T('cramming.evidence.crammed'));
  if (m?.spacedRepetition === 'none') evidence.push(T('cramming.evidence.none'));
  if (m?.spacedRepetition === 'irregular') evidence.push(T('cramming.evidence.irregular'));
  if (!evidence.length) return null;
  const severe = m?.crammed && m.spacedRepetition === 'none';
  // The title says only what the answers said: cramming, little spacing, or both.
  const spacing = m?.spacedRepetition === 'none' || m?.spacedRepetition === 'irregular';
  const title = m?.crammed ? (spacing ? 'title' : 'titleCrammed') : 'titleSpacing';
  return found(finding('cramming', 'method', severe ? 'high' : evidence.length > 1 || m?.spacedRepetition === 'none' ? 'moderate' : 'info', evidence, TL('cramming.actions'), {}, title));
};

export const METHOD_RULES: readonly Rule[] = [passive, fewQuestions, shortReview, timedRandom, practiceExams, belowReadiness, overPredicted, resources, cramming];
