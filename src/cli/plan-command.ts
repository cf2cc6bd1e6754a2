// `retake plan`: read (or ask) → build → render → write. The plan is not validated against
// its schema here: that is a check of our own code, not of the student's input, and the tests
// make it on every fixture and on generated students (test/invariants.ts), off the hot path.
import { join } from 'node:path';
import { text } from '../content/texts.js';
import { buildPlan } from '../core/plan.js';
import { inputsFingerprint } from '../core/past.js';
import { entriesAsOf } from '../schema/history.js';
import { toJson, toYaml } from '../render/data.js';
import { emitYaml } from '../render/yaml-emit.js';
import { calendar, stampAfter, type IcsOptions } from '../render/ics.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderOrg } from '../render/org.js';
import { renderTodoist } from '../render/todoist.js';
import type { CalendarLedger, Plan } from '../schema/plan.js';
import type { Answers } from '../schema/answers.js';
import { UserError } from './errors.js';
import { writeFileAtomic, writeKeepingPrevious } from './io.js';
import { archiveOutFiles } from './out-archive.js';
import { readProgressFile } from './progress-read.js';
import { checkHistoryExam, loadAnswers, resolveAnswers, type AnswerSource } from './load-answers.js';

export type { AnswerSource };
import { Store } from './store.js';
import { todayFrom } from './today.js';
import { isCohortSource, runCohort } from './cohort.js';
import { PLAN_FORMATS, type PlanFormat } from './formats.js';


export interface PlanOptions extends AnswerSource {
  format?: PlanFormat;
  out?: string;
  force?: boolean;
  weeks?: number;
  save?: boolean;
  interactive?: boolean;
  saveAnswers?: string;
  /** A Markdown plan retake wrote, ticked in a notes app: its ticks are recorded first. */
  progress?: string;
}

const isTerminal = () => Boolean(process.stdin.isTTY && process.stderr.isTTY);

/** `ics`: the plan's calendar file (built once per run; see calendarOf in planCommand). */
export function render(plan: Plan, format: PlanFormat, ics: () => string): string {
  switch (format) {
    case 'yaml':
      return toYaml(plan);
    case 'json':
      return toJson(plan);
    case 'ics':
      return ics();
    case 'org':
      return renderOrg(plan);
    case 'todoist':
      return renderTodoist(plan);
    case 'markdown':
      return renderMarkdown(plan);
    default:
      // A format in PLAN_FORMATS without a case here fails to compile.
      return format satisfies never;
  }
}

export async function planCommand(opts: PlanOptions): Promise<void> {
  const today = todayFrom(opts);
  if (opts.answers && opts.answers !== '-' && isCohortSource(opts.answers)) {
    if (opts.save) throw new UserError('--save keeps one student\'s answers; it does not apply to a folder of students');
    return runCohort(opts.answers, opts.out, today, { weeks: opts.weeks, force: Boolean(opts.force) });
  }
  const store = new Store();
  if (opts.progress && opts.demo) throw new UserError('--progress records your own ticks; it does not apply to --demo');
  if (opts.progress) readProgressFile(opts.progress, store, today);
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
  checkHistoryExam(history, answers, store.historyPath);
  // One story per input: "Since your last plan" compares with the newest plan made from other
  // inputs; the newest plan of all is the one in force (its past days are kept) and holds the calendar ledger.
  // Ticks and skipped days count for the student's own plan: from the store, or just read back.
  const progress = useStore || opts.progress ? store.readProgress() : undefined;
  const inputs = inputsFingerprint(answers, entriesAsOf(history?.entries ?? [], today), today, opts.weeks, progress);
  const archive = useStore ? store.archived(inputs) : {};
  const inForce = archive.newest?.exam === answers.exam ? archive.inForce : undefined;
  const plan = buildPlan(answers, today, { weeks: opts.weeks, history: history?.entries, previous: archive.previous, inForce, progress });
  // DTSTAMP: the clock, or with --as-of midnight UTC of that day so identical inputs give identical files;
  // always later than the previous export's, whose ledger also carries each event's SEQUENCE.
  const ledger = archive.newest?.calendar;
  const ics: IcsOptions = { dayStartsAt: answers.schedule.dayStartsAt, stamp: stampAfter(opts.asOf ? `${today}T00:00:00Z` : new Date().toISOString(), ledger?.stamp), previous: ledger };
  // Built at most once: the archive keeps its ledger, and --format ics or --out write its file.
  let built: ReturnType<typeof calendar> | undefined;
  const calendarOf = () => (built ??= calendar(plan, ics));
  // --out first: a folder that cannot be written stops the run before anything is saved or archived.
  const written = opts.out ? writePlanFiles(plan, opts.out, Boolean(opts.force), () => calendarOf().ics, store) : [];
  if (opts.saveAnswers) writeAnswersFile(opts.saveAnswers, answers, Boolean(opts.force));
  if (save) {
    store.saveProfile(answers, today);
    process.stderr.write(`${text('cli', 'plan.saved', { path: store.profilePath })}\n${text('cli', 'plan.profileUse')}\n`);
  }
  // The same inputs as the newest archived plan make the same plan: archive it once, so viewing
  // and exporting it again and again neither grows the archive nor slows the next run.
  if (useStore && archive.newest?.inputs !== inputs) {
    // The archive keeps the calendar ledger beside the plan; the plan's own YAML and JSON stay without it.
    const archived: Plan & { calendar: CalendarLedger; inputs: string } = { ...plan, calendar: calendarOf().ledger, inputs };
    store.archivePlan(archived);
  }
  if (opts.format) {
    if (!opts.out) process.stdout.write(render(plan, opts.format, () => calendarOf().ics));
    else process.stderr.write(`${text('cli', 'plan.formatIgnored')}\n`);
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
  if (kept) process.stderr.write(`${text('cli', 'plan.keptAnswers', { path, kept })}\n`);
  process.stderr.write(`${text('cli', 'plan.saved', { path })}\n`);
}

function writePlanFiles(plan: Plan, dir: string, force: boolean, ics: () => string, store: Store): string[] {
  const files = PLAN_FORMATS.flatMap((f) => ('file' in f ? [[f.file, render(plan, f.format, ics)] as const] : []));
  // Earlier copies go to the archive, not beside the plan: a notes vault would show every task twice.
  const kept = force ? undefined : archiveOutFiles(dir, files.map(([n]) => n), store, new Date());
  for (const [name, content] of files) writeFileAtomic(join(dir, name), content);
  const paths = files.map(([n]) => join(dir, n));
  process.stderr.write(`${text('cli', 'plan.wrote', { paths: paths.join(', ') })}\n`);
  if (kept) process.stderr.write(`${text('cli', 'plan.keptPlan', { kept })}\n`);
  return paths;
}
