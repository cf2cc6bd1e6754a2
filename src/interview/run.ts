// Runs the interview: every step, then the whole answers through parseAnswers (the same
// check an answers file gets); a problem sends the student back to the step that owns it.
import { EXAM_FACTS } from '../content/exams.js';
import { text } from '../content/texts.js';
import { formatLong } from '../lib/dates.js';
import { parseAnswers, type Answers } from '../schema/answers.js';
import type { Prompter } from './prompter.js';
import { STEPS, type Draft } from './steps.js';

export async function interview(prompt: Prompter, today: string, prefill?: Answers): Promise<Answers> {
  prompt.say(text('interview', 'intro'));
  const draft: Draft = prefill ? structuredClone(prefill) : {};
  const ctx = { prompt, draft, prefill, today };
  for (const step of STEPS) await step.run(ctx);
  for (let round = 0; ; round++) {
    const r = parseAnswers(draft, { today });
    if (r.ok) {
      recap(prompt, r.value);
      return r.value;
    }
    prompt.say([text('interview', 'problems'), ...r.problems.map((p) => `  - ${p}`)].join('\n'));
    const top = r.problems.map((p) => p.split(/[.:[ ]/)[0]!);
    const step = STEPS.find((s) => top.some((f) => s.fields.includes(f))) ?? STEPS[STEPS.length - 1]!;
    if (round >= 5) throw new Error(`the interview could not settle the ${step.name} answers`);
    await step.run(ctx);
  }
}

function recap(prompt: Prompter, answers: Answers): void {
  const count = [...Object.values(answers.performance?.disciplines ?? {}), ...Object.values(answers.performance?.systems ?? {})].filter((b) => b === 'lower').length;
  const { schedule } = answers;
  prompt.say(
    text('interview', 'recap.start', {
      examName: EXAM_FACTS[answers.exam].name,
      attempt: answers.attempt,
      lower: text('interview', count === 1 ? 'recap.lowerOne' : 'recap.lowerMany', { count }),
      hours: schedule.hoursPerDay,
      start: formatLong(schedule.start),
      examDate: schedule.examDate ? text('interview', 'recap.examDate', { date: formatLong(schedule.examDate) }) : '',
    }),
  );
}
