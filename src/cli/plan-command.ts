// `retake plan`: read (or ask) → build → validate → render → write.
import { join } from 'node:path';
import { buildPlan } from '../core/plan.js';
import { toJson, toYaml } from '../render/data.js';
import { emitYaml } from '../render/yaml-emit.js';
import { renderIcs } from '../render/ics.js';
import { renderMarkdown } from '../render/markdown.js';
import { planSchema, type Plan } from '../schema/plan.js';
import type { Answers } from '../schema/answers.js';
import { UserError } from './errors.js';
import { writeKeepingPrevious } from './io.js';
import { demoAnswers, loadAnswers } from './load-answers.js';
import { Store } from './store.js';
import { todayFrom } from './today.js';
import { isCohortSource, runCohort } from './cohort.js';

export type PlanFormat = 'markdown' | 'yaml' | 'json' | 'ics';

export interface AnswerSource {
  answers?: string;
  demo?: boolean;
  asOf?: string;
}

export interface PlanOptions extends AnswerSource {
  format?: PlanFormat;
  out?: string;
  force?: boolean;
  weeks?: number;
  save?: boolean;
  interactive?: boolean;
  saveAnswers?: string;
}

const isTerminal = () => Boolean(process.stdin.isTTY && process.stderr.isTTY);

export function resolveAnswers(opts: AnswerSource, today: string): Answers {
  if (opts.answers && opts.demo) throw new UserError('choose one: --answers FILE or --demo');
  if (opts.demo) return demoAnswers(today);
  if (opts.answers) return loadAnswers(opts.answers, today);
  throw new UserError('no answers given and no saved profile: pass --answers FILE (YAML or JSON; - reads standard input; add --save to keep them), or try retake plan --demo');
}

export function render(plan: Plan, format: PlanFormat, answers: Answers): string {
  switch (format) {
    case 'yaml':
      return toYaml(plan);
    case 'json':
      return toJson(plan);
    case 'ics':
      return renderIcs(plan, answers.schedule.dayStartsAt);
    default:
      return renderMarkdown(plan);
  }
}

export async function planCommand(opts: PlanOptions): Promise<void> {
  const today = todayFrom(opts);
  if (opts.answers && opts.answers !== '-' && isCohortSource(opts.answers)) {
    if (opts.save) throw new UserError('--save keeps one student\'s answers; it does not apply to a folder of students');
    return runCohort(opts.answers, opts.out, today, { weeks: opts.weeks, force: Boolean(opts.force) }, checked);
  }
  const store = new Store();
  if (opts.demo && (opts.save || opts.interactive)) throw new UserError('--demo plans for the example student; it cannot be saved or edited');
  const ask = opts.interactive || (!opts.answers && !opts.demo && !store.hasProfile() && isTerminal());
  let answers: Answers;
  let fromStore = false;
  let save = Boolean(opts.save);
  if (ask) {
    if (!isTerminal()) throw new UserError('--interactive needs a terminal; without one, pass --answers FILE');
    if (opts.answers === '-') throw new UserError('--interactive reads your answers from the keyboard; pass --answers FILE (not -) to pre-fill them');
    const prefill = opts.answers ? loadAnswers(opts.answers, today) : store.hasProfile() ? store.readProfile(today) : undefined;
    const [{ interview }, { inquirerPrompter }] = await Promise.all([import('../interview/run.js'), import('../interview/prompter.js')]);
    const result = await interview(await inquirerPrompter(process.stderr), today, prefill, { askSave: !save });
    answers = result.answers;
    save ||= result.save;
  } else {
    // With no answers given, the saved profile and practice-exam history drive the plan.
    fromStore = !opts.answers && !opts.demo && store.hasProfile();
    if (opts.save && !opts.answers) throw new UserError('--save stores the answers you pass with --answers FILE');
    answers = fromStore ? store.readProfile(today)! : resolveAnswers(opts, today);
  }
  const useStore = fromStore || save;
  const history = useStore ? store.readHistory() : undefined;
  if (history?.exam && history.exam !== answers.exam)
    throw new UserError(`${store.historyPath} holds ${history.exam} practice exams, but the answers are for ${answers.exam}; use another RETAKE_HOME or retake forget`);
  const previous = useStore ? store.lastPlan() : undefined;
  const plan = checked(buildPlan(answers, today, { weeks: opts.weeks, history: history?.entries, previous }));
  if (opts.saveAnswers) writeAnswersFile(opts.saveAnswers, answers, Boolean(opts.force));
  if (save) {
    store.saveProfile(answers, today);
    process.stderr.write(`Saved your answers to ${store.profilePath}.\nFrom now on, retake plan uses them; log each practice exam with retake log.\n`);
  }
  if (useStore) store.archivePlan(plan);
  const written = opts.out ? writePlanFiles(plan, answers, opts.out, Boolean(opts.force)) : [];
  if (opts.format) {
    if (!opts.out) process.stdout.write(render(plan, opts.format, answers));
    else process.stderr.write('retake: --out wrote the files; --format only chooses what goes to standard output without --out.\n');
    return;
  }
  if (process.stdout.isTTY) {
    const { renderSummary } = await import('../render/summary.js');
    const { chalkFor } = await import('./color.js');
    const rerun = opts.demo ? 'retake plan --demo' : opts.answers ? `retake plan --answers ${opts.answers}` : 'retake plan';
    process.stdout.write(renderSummary(plan, chalkFor(process.stdout), { width: Math.min(process.stdout.columns || 100, 120), written, rerun }));
  } else if (!opts.out) process.stdout.write(renderMarkdown(plan));
}

/** Writes answers as a YAML answers file that --answers reads back to the same answers. */
function writeAnswersFile(path: string, answers: Answers, force: boolean): void {
  const kept = writeKeepingPrevious(path, `# retake answers: edit and rerun with retake plan --answers ${path}\n${emitYaml(answers)}`, `${path}.bak`, force);
  if (kept) process.stderr.write(`Kept the previous ${path} as ${kept}.\n`);
  process.stderr.write(`Saved your answers to ${path}.\n`);
}

/** The plan is validated against its own schema before anything leaves the process. */
export function checked(plan: Plan): Plan {
  const r = planSchema.safeParse(plan);
  if (!r.success) throw new Error(`the generated plan failed its schema: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return plan;
}

function writePlanFiles(plan: Plan, answers: Answers, dir: string, force: boolean): string[] {
  const files = (
    [
      ['plan.md', 'markdown'],
      ['plan.yaml', 'yaml'],
      ['plan.ics', 'ics'],
    ] as const
  ).map(([name, format]) => [name, render(plan, format, answers)] as const);
  const kept = files.flatMap(([name, content]) => writeKeepingPrevious(join(dir, name), content, join(dir, name.replace(/^plan\./, 'plan.prev.')), force) ?? []);
  const paths = files.map(([n]) => join(dir, n));
  process.stderr.write(`Wrote ${paths.join(', ')}.\n`);
  if (kept.length) process.stderr.write(`Kept the previous plan as ${kept.join(', ')} (use --force to overwrite without keeping it).\n`);
  return paths;
}
