// `retake log`: record one practice exam in the history, under a lock, atomically; or, with
// --undo, remove the newest entry. On a terminal it asks for what the flags leave out.
import { EXAMS, EXAM_FACTS, PRACTICE_KINDS, kindsList, type Exam } from '../content/exams.js';
import { text } from '../content/texts.js';
import { examKey } from '../content/schedule.js';
import { sittingOrder } from '../core/forms.js';
import { buildPlan } from '../core/plan.js';
import { isNbme, probabilityDisagrees } from '../core/readiness-model.js';
import { MODEL } from '../content/readiness.js';
import { entryName, scoreLabel } from '../core/scale.js';
import type { PracticeExamFlags } from '../interview/practice-exam.js';
import type { Prompter } from '../interview/prompter.js';
import { checkEntry, loggedExamSchema, type LoggedExam } from '../schema/history.js';
import { issueToSentence } from '../schema/problems.js';
import { printable } from '../lib/printable.js';
import { UserError, problemsError } from './errors.js';
import { Store } from './store.js';
import { todayFrom } from './today.js';

/** The entry's own flags (kind, form, date, score, pass probability, weak areas) and the command's. */
export interface LogOptions extends PracticeExamFlags {
  exam?: string;
  asOf?: string;
  undo?: boolean;
  yes?: boolean;
}

const ENTRY_FLAGS = ['kind', 'form', 'date', 'score', 'passProbability', 'weak'] as const satisfies readonly (keyof PracticeExamFlags)[];
const interactive = () => Boolean(process.stdin.isTTY && process.stderr.isTTY);

export async function logCommand(opts: LogOptions): Promise<void> {
  const today = todayFrom(opts);
  const store = new Store();
  if (opts.undo) return undo(opts, store);
  if (opts.yes) throw new UserError('--yes goes with --undo (it confirms removing the newest entry)');
  const profile = store.hasProfile() ? store.readProfile(today) : undefined;
  if (opts.exam && !(EXAMS as readonly string[]).includes(opts.exam)) throw new UserError(`--exam: expected one of ${EXAMS.join(', ')}, got "${opts.exam}"`);
  const exam = (profile?.exam ?? opts.exam) as Exam | undefined;
  if (!exam) throw new UserError('no saved profile to tell which exam this is: run retake plan --answers FILE --save first, or pass --exam step1|step2ck');
  if (opts.exam && profile && opts.exam !== profile.exam) throw new UserError(`--exam ${opts.exam} does not match your saved profile (${profile.exam})`);

  if ((!opts.kind || opts.score === undefined) && interactive()) Object.assign(opts, await askMissing(opts, exam, today));
  const missing = [!opts.kind && '--kind', opts.score === undefined && '--score'].filter(Boolean);
  if (missing.length) throw new UserError(`missing ${missing.join(' and ')}: e.g. retake log --kind ${exam === 'step1' ? 'nbme --form 30 --score 61' : 'ccssa --form 12 --score 224'}`);

  const facts = PRACTICE_KINDS[exam][opts.kind as keyof (typeof PRACTICE_KINDS)[Exam]];
  for (const [flag, value, what] of [['score', opts.score, facts ? facts.describe : 'a number'], ['passProbability', opts.passProbability, 'a percent from 0 to 100']] as const)
    if (value !== undefined && Number.isNaN(toNumber(value))) throw problemsError('the practice exam', [`${flag}: expected ${what}, got "${printable(value, 40)}"`]);
  const raw = {
    kind: opts.kind,
    ...(opts.form ? { form: opts.form.trim() } : {}),
    date: opts.date ?? today,
    score: toNumber(opts.score!),
    ...(opts.passProbability !== undefined ? { passProbability: toNumber(opts.passProbability) } : {}),
    ...(opts.weak ? { weak: opts.weak.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
    loggedAt: today,
  };
  const parsed = loggedExamSchema.safeParse(raw);
  if (!parsed.success)
    throw problemsError('the practice exam', parsed.error.issues.map((i) => issueToSentence(i, raw, {
      kind: `one of ${kindsList(exam)}`,
      form: 'a short form name such as 30',
      date: 'a real date written YYYY-MM-DD',
      score: facts ? facts.describe : 'a score on its kind\'s scale (see retake log --help)',
      passProbability: 'a percent from 0 to 100',
    })));
  const checked = checkEntry(exam, parsed.data, today, profile?.previousAttempts?.at(-1));
  if (!checked.ok) throw problemsError('the practice exam', checked.problems);
  const entry = checked.value;

  let order: ReturnType<typeof sittingOrder> = { repeat: false };
  const history = store.withHistoryLock(() => {
    const h = store.readHistory();
    if (h.exam && h.exam !== exam) throw new UserError(`${store.historyPath} holds ${h.exam} practice exams, not ${exam}`);
    const same = h.entries.find((e) => isDuplicate(e, entry));
    if (same) throw new UserError(`${entryName(entry)} on ${entry.date} is already in your history (${scoreLabel(exam, same.score, same.kind)}); nothing was logged. If that entry is wrong, remove it with retake log --undo (the newest entry) and log it again`);
    order = sittingOrder(exam, entry, h.entries, profile?.methods?.formsTaken);
    const next = { ...h, exam, entries: [...h.entries, entry] };
    store.writeHistory(next);
    return next;
  });
  const logged = text('cli', 'log.entry', { name: entryName(entry), date: entry.date, score: scoreLabel(exam, entry.score, entry.kind) });
  process.stderr.write(`${text('cli', 'log.logged', { entry: logged, count: history.entries.length })}\n`);
  if (order.repeat) process.stderr.write(`${text('cli', 'log.repeat', { name: entryName(entry), nbme: isNbme(entry.kind) ? text('cli', 'log.repeatNbme') : '' })}\n`);
  else if (order.laterRepeat) process.stderr.write(`${text('cli', 'log.firstOfRepeat', { name: entryName(entry), date: order.laterRepeat.date })}\n`);
  if (probabilityDisagrees(exam, entry)) process.stderr.write(`${text('cli', 'log.disagrees', { p: entry.passProbability!, score: scoreLabel(exam, entry.score, entry.kind), range: MODEL[exam].kinds[entry.kind].sd })}\n`);
  if (profile) {
    const r = buildPlan(profile, today, { history: history.entries }).readiness;
    process.stderr.write(`${text('cli', 'log.readiness', { status: r.status, headline: r.headline })}\n${text('cli', 'log.replan')}\n`);
  }
}

/** The same exam logged twice: same kind, same form (as the ledger reads it: "Form 27" is 27) and same date. */
function isDuplicate(a: LoggedExam, b: LoggedExam): boolean {
  return a.date === b.date && examKey(a.kind, a.form) === examKey(b.kind, b.form);
}

function toNumber(v: string): number {
  const n = Number(v);
  return v.trim() === '' || !Number.isFinite(n) ? (NaN as number) : n;
}

async function terminalPrompter(): Promise<Prompter> {
  const { inquirerPrompter } = await import('../interview/prompter.js');
  return inquirerPrompter(process.stderr);
}

async function askMissing(opts: LogOptions, exam: Exam, today: string): Promise<Partial<LogOptions>> {
  const [{ askPracticeExam }, { loadDateReader }, prompt] = await Promise.all([import('../interview/practice-exam.js'), import('../interview/parse-input.js'), terminalPrompter()]);
  const names = Object.values(PRACTICE_KINDS[exam]).map((k) => k!.name);
  prompt.say(text('cli', 'log.asking', { exam: EXAM_FACTS[exam].name, kinds: names.join(', ') }));
  return askPracticeExam({ prompt, exam, today, readDate: await loadDateReader() }, opts);
}

/** Removes the newest entry (the last logged), after confirmation on a terminal or with --yes. */
async function undo(opts: LogOptions, store: Store): Promise<void> {
  const extra = ENTRY_FLAGS.filter((f) => opts[f] !== undefined);
  if (extra.length) throw new UserError(`--undo removes the newest entry and takes no entry options (got --${extra.map(kebab).join(', --')})`);
  const h = store.readHistory();
  const last = h.entries.at(-1);
  if (!last) throw new UserError('nothing to undo: your practice history is empty');
  const exam = h.exam ?? (opts.exam as Exam | undefined);
  const what = text('cli', 'log.entry', { name: entryName(last), date: last.date, score: exam ? scoreLabel(exam, last.score, last.kind) : last.score });
  if (!opts.yes) {
    if (!interactive()) throw new UserError(`retake log --undo asks before removing ${what}; pass --yes to remove it without asking`);
    const prompt = await terminalPrompter();
    prompt.say(text('cli', 'log.newest', { entry: what, logged: last.loggedAt ? text('cli', 'log.loggedOn', { date: last.loggedAt }) : '' }));
    if (!(await prompt.confirm({ message: text('cli', 'log.confirmUndo'), default: false }))) return void process.stderr.write(`${text('cli', 'log.keptUndo')}\n`);
  }
  const left = store.withHistoryLock(() => {
    const now = store.readHistory();
    // Another `retake log` may have run while the student was deciding: remove only what was shown.
    if (JSON.stringify(now.entries.at(-1)) !== JSON.stringify(last)) throw new UserError('your history changed while you were deciding (another retake log ran); nothing was removed. Run retake log --undo again');
    store.writeHistory({ ...now, entries: now.entries.slice(0, -1) });
    return now.entries.length - 1;
  });
  process.stderr.write(`${text('cli', 'log.removed', { entry: what, count: left })}\n`);
}

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
