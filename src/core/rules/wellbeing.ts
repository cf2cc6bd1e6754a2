// Wellbeing rules: distress first, then anxiety, burnout, sleep, exercise, stressors, support.
import { RULES } from '../../content/rules.js';
import { counted, joinWords } from '../../content/texts.js';
import { keptWeek } from '../availability.js';
import { ladderWeeks } from '../frame.js';
import { T, TL, finding, found, type Rule } from './rule.js';

const severeDistress: Rule = ({ answers }) => {
  const anxiety = answers.testDay?.anxiety;
  const burnout = answers.wellbeing?.burnout;
  const sleep = answers.wellbeing?.sleepHours;
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
  return found(finding('severe-distress', 'wellbeing', 'critical', evidence, TL('severe-distress.actions')));
};

const testAnxiety: Rule = ({ answers, ladder }) => {
  const x = answers.testDay?.anxiety;
  if (x === undefined || x < RULES.anxiety.moderate) return null;
  const evidence = [T('test-anxiety.evidence.level', { anxiety: x })];
  // A moderate rating gets the light touch the evidence supports for it: writing before practice exams only.
  if (x < RULES.anxiety.high) return found(finding('test-nerves', 'wellbeing', 'info', evidence, TL('test-nerves.actions')), { worryWriting: true });
  return found(finding('test-anxiety', 'wellbeing', 'high', evidence, TL('test-anxiety.actions', ladderWeeks(ladder))), { anxietyProtocol: true, worryWriting: true });
};

const burnout: Rule = ({ answers }) => {
  const b = answers.wellbeing?.burnout;
  if (b === undefined || b < RULES.burnout.moderate) return null;
  const evidence = [T('burnout.evidence.level', { burnout: b })];
  if (b < RULES.burnout.high) return found(finding('burnout', 'wellbeing', 'moderate', evidence, TL('burnout.actionsModerate'), {}, 'titleModerate'));
  // Quoted from the week the schedule keeps (availability included), never recomputed.
  const week = keptWeek(answers, RULES.burnoutCapHours, RULES.burnoutMinRestDays);
  const capHours = Math.max(...week);
  const restDays = week.filter((h) => h === 0).length;
  return found(finding('burnout', 'wellbeing', 'high', evidence, TL('burnout.actions', { capHours, restDays: counted('findings', 'burnout.restDays', restDays) })), {
    capHours: RULES.burnoutCapHours,
    minRestDays: RULES.burnoutMinRestDays,
    halfBuffer: true,
  });
};

const shortSleep: Rule = ({ answers }) => {
  const h = answers.wellbeing?.sleepHours;
  if (h === undefined || h >= RULES.sleep.need) return null;
  const sleepWindowHours = RULES.clock.windowHours;
  return found(finding('short-sleep', 'wellbeing', h < RULES.sleep.high ? 'high' : 'moderate', [T('short-sleep.evidence.hours', { sleepHours: h })], TL('short-sleep.actions', { sleepNeed: sleepWindowHours })), { sleepWindowHours });
};

const noExercise: Rule = ({ answers }) => {
  const d = answers.wellbeing?.exerciseDaysPerWeek;
  if (d !== 0) return null;
  return found(finding('no-exercise', 'wellbeing', 'info', [T('no-exercise.evidence.days', { exerciseDaysPerWeek: d })], TL('no-exercise.actions')), { exercise: true });
};

/** The pressures the student named, "other" last, in words that read in a list ("finances and other needs"). */
export function stressorWords(s: readonly string[], kind: 'named' | 'needs'): string {
  const ordered = [...s.filter((x) => x !== 'other'), ...s.filter((x) => x === 'other')];
  return joinWords(ordered.map((x) => T(`stressors.${kind}.${x}`)));
}

const stressors: Rule = ({ answers }) => {
  const s = answers.wellbeing?.stressors ?? [];
  if (!s.length) return null;
  const vars = { stressors: stressorWords(s, 'named'), needs: stressorWords(s, 'needs') };
  return found(finding('stressors', 'wellbeing', s.length > 1 ? 'moderate' : 'info', [T('stressors.evidence.list', vars)], TL('stressors.actions', vars)));
};

const noSupport: Rule = ({ answers }) =>
  answers.wellbeing?.support && answers.wellbeing.support.length === 0 ? found(finding('no-support', 'wellbeing', 'moderate', [T('no-support.evidence.none')], TL('no-support.actions'))) : null;

export const WELLBEING_RULES: readonly Rule[] = [severeDistress, testAnxiety, burnout, shortSleep, noExercise, stressors, noSupport];
