// Runs the interview: every step, then the whole answers through parseAnswers (the same
// check an answers file gets); a problem sends the student back to the step that owns it.
import { EXAM_FACTS } from '../content/exams.js';
import { formatLong } from '../lib/dates.js';
import { parseAnswers, type Answers } from '../schema/answers.js';
import type { Prompter } from './prompter.js';
import { STEPS, type Draft } from './steps.js';

export async function interview(prompt: Prompter, today: string, prefill?: Answers): Promise<Answers> {
  prompt.say('retake asks about your last attempt, how you studied and your time: about five minutes, mostly Enter.\nA planning aid, not medical or academic advice. Nothing leaves this computer.');
  const draft: Draft = prefill ? structuredClone(prefill) : {};
  const ctx = { prompt, draft, prefill, today };
  for (const step of STEPS) await step.run(ctx);
  for (let round = 0; ; round++) {
    const r = parseAnswers(draft, { today });
    if (r.ok) {
      recap(prompt, r.value);
      return r.value;
    }
    prompt.say(`\nA few answers need another look:\n${r.problems.map((p) => `  - ${p}`).join('\n')}`);
    const top = r.problems.map((p) => p.split(/[.:[ ]/)[0]!);
    const step = STEPS.find((s) => top.some((f) => s.fields.includes(f))) ?? STEPS[STEPS.length - 1]!;
    if (round >= 5) throw new Error(`the interview could not settle the ${step.name} answers`);
    await step.run(ctx);
  }
}

function recap(prompt: Prompter, a: Answers): void {
  const lower = [...Object.values(a.performance?.disciplines ?? {}), ...Object.values(a.performance?.systems ?? {})].filter((b) => b === 'lower').length;
  prompt.say(
    `\nThanks. ${EXAM_FACTS[a.exam].name}, attempt ${a.attempt}; ${lower} area(s) below a low pass; ` +
      `${a.schedule.hoursPerDay} h a day from ${formatLong(a.schedule.start)}${a.schedule.examDate ? `, exam ${formatLong(a.schedule.examDate)}` : ''}. Building your plan…\n`,
  );
}
