// Strategy rules: what went wrong on test day itself (time, a blank mind).
import { secondsPerQuestion } from '../../content/exams.js';
import { RULES } from '../../content/rules.js';
import { ladderWeeks } from '../frame.js';
import { T, TL, finding, found, type Rule } from './rule.js';

const ranOutOfTime: Rule = ({ answers }) => {
  if (!answers.testDay?.ranOutOfTime) return null;
  return found(finding('ran-out-of-time', 'strategy', 'high', [T('ran-out-of-time.evidence.flag')], TL('ran-out-of-time.actions', { secondsPerQuestion: secondsPerQuestion(answers.exam) })), { pacingDrills: true });
};

const mindWentBlank: Rule = ({ answers, ladder }) => {
  if (!answers.testDay?.mindWentBlank) return null;
  const anxiety = answers.testDay.anxiety;
  const evidence = [T('mind-went-blank.evidence.flag')];
  if (anxiety !== undefined && anxiety >= RULES.anxiety.moderate) evidence.push(T('mind-went-blank.evidence.anxiety', { anxiety }));
  const severity = anxiety !== undefined && anxiety >= RULES.anxiety.high ? 'high' : 'moderate';
  return found(finding('mind-went-blank', 'strategy', severity, evidence, TL('mind-went-blank.actions', ladderWeeks(ladder))), { anxietyProtocol: true, worryWriting: true });
};

export const STRATEGY_RULES: readonly Rule[] = [ranOutOfTime, mindWentBlank];
