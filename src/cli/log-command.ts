// `retake log`: record one practice exam in the history, under a lock, atomically.
import { ANY_PRACTICE_SCORE, EXAMS, type Exam } from '../content/exams.js';
import { buildPlan } from '../core/plan.js';
import { entryName, scoreLabel } from '../core/scale.js';
import { CHECKPOINT_KINDS, checkEntry, practiceExamSchema } from '../schema/history.js';
import { issueToSentence } from '../schema/problems.js';
import { UserError, problemsError } from './errors.js';
import { Store } from './store.js';
import { todayFrom } from './today.js';

export interface LogOptions {
  kind?: string;
  form?: string;
  date?: string;
  score?: string;
  passProbability?: string;
  weak?: string;
  exam?: string;
  asOf?: string;
}

export async function logCommand(opts: LogOptions): Promise<void> {
  const today = todayFrom(opts);
  const store = new Store();
  const profile = store.hasProfile() ? store.readProfile(today) : undefined;
  if (opts.exam && !(EXAMS as readonly string[]).includes(opts.exam)) throw new UserError(`--exam: expected one of ${EXAMS.join(', ')}, got "${opts.exam}"`);
  const exam = (profile?.exam ?? opts.exam) as Exam | undefined;
  if (!exam) throw new UserError('no saved profile to tell which exam this is: run retake plan --answers FILE --save first, or pass --exam step1|step2ck');
  if (opts.exam && profile && opts.exam !== profile.exam) throw new UserError(`--exam ${opts.exam} does not match your saved profile (${profile.exam})`);

  if ((!opts.kind || opts.score === undefined) && process.stdin.isTTY && process.stderr.isTTY) Object.assign(opts, await askMissing(opts, exam, today));
  const missing = [!opts.kind && '--kind', opts.score === undefined && '--score'].filter(Boolean);
  if (missing.length) throw new UserError(`missing ${missing.join(' and ')}: e.g. retake log --kind nbme --form 30 --score 61`);

  const raw = {
    kind: opts.kind,
    ...(opts.form ? { form: opts.form } : {}),
    date: opts.date ?? today,
    score: toNumber(opts.score!),
    ...(opts.passProbability !== undefined ? { passProbability: toNumber(opts.passProbability) } : {}),
    ...(opts.weak ? { weak: opts.weak.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
    loggedAt: today,
  };
  const parsed = practiceExamSchema.safeParse(raw);
  if (!parsed.success)
    throw problemsError('the practice exam', parsed.error.issues.map((i) => issueToSentence(i, raw, {
      kind: `one of ${CHECKPOINT_KINDS.join(', ')}`,
      form: 'a short form name such as 30',
      date: 'a real date written YYYY-MM-DD',
      score: `a score: ${ANY_PRACTICE_SCORE}`,
      passProbability: 'a percent from 0 to 100',
    })));
  const checked = checkEntry(exam, parsed.data, today);
  if (!checked.ok) throw problemsError('the practice exam', checked.problems);
  const entry = checked.value;

  const history = store.withHistoryLock(() => {
    const h = store.readHistory();
    if (h.exam && h.exam !== exam) throw new UserError(`${store.historyPath} holds ${h.exam} practice exams, not ${exam}`);
    const next = { ...h, exam, entries: [...h.entries, entry] };
    store.writeHistory(next);
    return next;
  });
  process.stderr.write(`Logged ${entryName(entry)} on ${entry.date}: ${scoreLabel(exam, entry.score)} (${history.entries.length} in your history).\n`);
  if (profile) {
    const r = buildPlan(profile, today, { history: history.entries }).readiness;
    process.stderr.write(`Readiness: ${r.status}. ${r.headline}\nRun retake plan to update your plan.\n`);
  }
}

function toNumber(v: string): number {
  const n = Number(v);
  return v.trim() === '' || !Number.isFinite(n) ? (NaN as number) : n;
}

async function askMissing(opts: LogOptions, exam: Exam, today: string): Promise<Partial<LogOptions>> {
  const [{ askPracticeExam }, { inquirerPrompter }] = await Promise.all([import('../interview/practice-exam.js'), import('../interview/prompter.js')]);
  return askPracticeExam(await inquirerPrompter(process.stderr), opts, exam, today);
}
