// Runs the interview: every step once, then the recap, where the student can change any
// group and come back, until they accept. The draft is checked by parseAnswers (the same
// check an answers file gets) before the recap; a problem sends the student back to the
// step that owns it. Nothing is saved here: the CLI saves after the student accepts.
import { parseAnswers, type Answers } from '../schema/answers.js';
import { loadDateReader } from './parse-input.js';
import type { Prompter } from './prompter.js';
import { renderRecap } from './recap.js';
import { STEPS, resultStep, profileStep, type Context, type Draft, type Step } from './steps.js';

export interface InterviewResult {
  answers: Answers;
  /** The student chose to keep the answers on this computer (only asked when `askSave`). */
  save: boolean;
}

/** Merges a step's answers into a new draft; a field set to undefined is removed. */
function merge(draft: Draft, patch: Partial<Draft>): Draft {
  const next = { ...draft, ...patch } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k];
  return next as Draft;
}

export async function interview(prompt: Prompter, today: string, prefill?: Answers, opts: { askSave?: boolean } = {}): Promise<InterviewResult> {
  prompt.say(
    prefill
      ? 'Your answers so far are below: pick any group to change it, then build your plan.\nA planning aid, not medical or academic advice. Nothing leaves this computer.'
      : 'retake asks about your last attempt, how you studied and your time: about five minutes, mostly Enter.\nEnter keeps the answer shown, or skips a question that shows none; you can change any answer at the end. A planning aid, not medical or academic advice.\nNothing leaves this computer.',
  );
  const readDate = await loadDateReader();
  let draft: Draft = prefill ? structuredClone(prefill) : {};
  let firstPass = true;
  const run = async (step: Step) => {
    const before = draft.exam;
    const ctx: Context = { prompt, draft, today, readDate };
    draft = merge(draft, await step.run(ctx));
    // A different exam changes the areas and the practice scale: ask those again.
    if (!firstPass && step.id === 'exam' && before !== draft.exam) {
      prompt.say(`\nYou changed the exam to ${draft.exam === 'step1' ? 'Step 1' : 'Step 2 CK'}: your result, profile, practice score and forms taken belonged to the other exam. Please give your result and profile again (and your practice exams under Studying).`);
      draft = merge(draft, { score: undefined, distanceFromPassing: undefined, performance: undefined, methods: draft.methods && { ...draft.methods, bestPracticeScore: undefined, formsTaken: undefined } });
      for (const s of [resultStep, profileStep]) draft = merge(draft, await s.run({ prompt, draft, today, readDate }));
    }
  };
  // Pre-filled (--interactive with a file or a saved profile): straight to the recap, where
  // any group can be changed; a fresh interview asks every step once first.
  if (!prefill) for (const step of STEPS) await run(step);
  firstPass = false;
  for (let round = 0; ; round++) {
    const r = parseAnswers(JSON.parse(JSON.stringify(draft)), { today });
    if (!r.ok) {
      prompt.say(`\nA few answers need another look:\n${r.problems.map((p) => `  - ${p}`).join('\n')}`);
      const top = r.problems.map((p) => p.split(/[.:[ ]/)[0]!);
      const step = STEPS.find((s) => top.some((f) => (s.fields as readonly string[]).includes(f))) ?? STEPS[STEPS.length - 1]!;
      if (round >= 5) throw new Error(`the interview could not settle the ${step.title} answers`);
      await run(step);
      continue;
    }
    prompt.say(renderRecap(draft, STEPS, prompt.width));
    const done = opts.askSave
      ? [
          { value: 'save', name: 'Looks right: save these answers on this computer and build my plan' },
          { value: 'plan', name: 'Looks right: build my plan without saving the answers' },
        ]
      : [{ value: 'plan', name: 'Looks right: build my plan' }];
    const choice = await prompt.select({
      message: 'Build the plan, or change a group of answers?',
      choices: [...done, ...STEPS.map((s, i) => ({ value: s.id, name: `change ${i + 1} ${s.title}` }))],
      default: done[0]!.value,
    });
    const step = STEPS.find((s) => s.id === choice);
    if (!step) return { answers: r.value, save: choice === 'save' };
    await run(step);
  }
}
