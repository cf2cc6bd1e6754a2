// The command line: commander wiring and the one top-level catch. Commands load
// their modules on demand, so `retake --version` does no work beyond parsing.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isIsoDate } from '../lib/dates.js';
import { safeMessage } from '../lib/printable.js';
import { CHECKPOINT_KINDS, EXAMS, EXAM_FACTS, PRACTICE_KINDS, type CheckpointKind } from '../content/exams.js';
import { MODEL } from '../content/readiness.js';
import { SKIP_REASONS } from '../content/rebalance.js';
import { UserError } from './errors.js';
import { PLAN_FORMATS } from './formats.js';
import { describeWriteError, writeFailureExitCode } from './io.js';
import { VERSION } from './version.js';

function parseWeeks(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 6 || n > 12) throw new InvalidArgumentError('expected a whole number of weeks from 6 to 12.');
  return n;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(v: string): string {
  if (!ISO.test(v)) throw new InvalidArgumentError('expected a date written YYYY-MM-DD.');
  return v;
}

/** --as-of is today for every rule: an impossible date (2027-02-30) stops here. */
function parseAsOf(v: string): string {
  if (!isIsoDate(parseDate(v))) throw new InvalidArgumentError('expected a real date written YYYY-MM-DD.');
  return v;
}

export function buildProgram(): Command {
  const program = new Command('retake')
    .description('Plan a USMLE Step 1 or Step 2 CK retake: an honest diagnosis of the last attempt and a dated plan with regular practice-exam checkpoints.\nNothing leaves your computer. A study-planning aid, not medical or academic advice.')
    .version(VERSION, '-v, --version')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(safeMessage(s)) })
    .addHelpText('after', '\nExamples:\n  $ retake plan --demo                        see a plan for an example student\n  $ retake plan                               in a terminal: a five-minute interview, then your plan\n  $ retake plan --answers me.yaml > plan.md   your plan as Markdown, from an answers file\n  $ retake log --kind nbme --form 30 --score 61 && retake plan   after each practice exam\n  $ retake diagnose --answers me.yaml         the findings alone\n  $ retake help plan                          the answers format in brief');

  program
    .command('plan')
    .description('diagnose the last attempt and write a dated study plan (Markdown, YAML, JSON, iCalendar, Org or Todoist CSV) to stdout')
    .option('-a, --answers <file>', 'answers file (YAML or JSON); - reads standard input; a folder or "dir/*.yaml" plans a cohort (with --out) (default: your saved profile)')
    .option('--demo', 'plan for a bundled example student')
    .addOption(new Option('-f, --format <format>', 'what goes to stdout (default: a summary on a terminal, Markdown when piped)').choices(PLAN_FORMATS.map((f) => f.format)))
    .option('-o, --out <dir>', 'write plan.md, plan.yaml, plan.ics, plan.org and plan-todoist.csv into this folder')
    .option('--force', 'with --out: overwrite an existing plan without keeping a copy (copies go to $RETAKE_HOME/out-archive/, or DIR/.retake-previous/ without a saved profile)')
    .option('--progress <file>', 'first read back a Markdown plan retake wrote, ticked in your notes app: ticks are recorded and unfinished work is carried forward')
    .option('-w, --weeks <n>', 'plan length in weeks, 6 to 12 (default: from the timeline verdict and your weekly hours: 8 for a close gap at about 40 h a week)', parseWeeks)
    .option('--as-of <date>', 'treat this date (YYYY-MM-DD) as today', parseAsOf)
    .option('--save', 'keep these answers as your profile, so later runs of retake plan need no --answers')
    .option('-i, --interactive', 'review your answers (from --answers FILE or your saved profile) in the terminal: a recap where you change any group')
    .option('--save-answers <file>', 'also write the answers to FILE (YAML, the format --answers reads)')
    .option('--no-color', 'no colour in the terminal summary (NO_COLOR and FORCE_COLOR are honoured too)')
    .addHelpText('after', PLAN_HELP)
    .action(async (opts) => (await import('./plan-command.js')).planCommand(opts));

  program
    .command('log')
    .description('record a practice exam (NBME, UWSA, Free 120, CCSSA); the next retake plan adapts to it')
    .addOption(new Option('-k, --kind <kind>', 'which practice exam: Step 1 nbme|uwsa|free120|other; Step 2 CK ccssa|uwsa|free120|other').choices(CHECKPOINT_KINDS))
    .option('--form <form>', 'form number, e.g. 30')
    .option('-d, --date <date>', 'date taken, YYYY-MM-DD (default: today)', parseDate)
    .option('-s, --score <score>', "the score on that exam's own scale (see below)")
    .option('-p, --pass-probability <percent>', "NBME's estimated probability of passing, if reported (NBME CBSSA and CCSSA only)")
    .option('--weak <areas>', 'weak areas from that exam’s report, comma-separated (e.g. pharm,renal)')
    .addOption(new Option('--exam <exam>', 'step1 or step2ck, when no profile is saved').choices(['step1', 'step2ck']))
    .option('--as-of <date>', 'treat this date (YYYY-MM-DD) as today', parseAsOf)
    .option('--undo', 'remove the newest entry (asks first on a terminal)')
    .option('-y, --yes', 'with --undo: remove without asking (for scripts)')
    .addHelpText('after', logHelp)
    .action(async (opts) => (await import('./log-command.js')).logCommand(opts));

  program
    .command('today')
    .description("today's tasks and what is overdue, from your latest plan and recorded ticks")
    .addOption(new Option('-f, --format <format>', 'terminal lines (default) or a Markdown daily note').choices(['text', 'markdown']))
    .option('--as-of <date>', 'treat this date (YYYY-MM-DD) as today', parseAsOf)
    .option('--no-color', 'no colour')
    .addHelpText('after', '\nExamples:\n  $ retake today\n  $ retake today --format markdown > "vault/daily/$(date +%F).md"\n')
    .action(async (opts) => (await import('./today-command.js')).todayCommand(opts));

  program
    .command('skip')
    .description('mark a day lost (ill, family, travel): nothing on it is ticked, and the next plan carries its tasks forward')
    .argument('<date>', 'a day of your plan (past or ahead), YYYY-MM-DD', parseAsOf)
    .addOption(new Option('-r, --reason <reason>', 'why, for your own record').choices(SKIP_REASONS))
    .option('--undo', 'take the mark off that day')
    .option('--as-of <date>', 'treat this date (YYYY-MM-DD) as today', parseAsOf)
    .addHelpText('after', '\nExamples:\n  $ retake skip 2027-01-14 --reason sick && retake plan > plan.md\n  $ retake skip 2027-01-14 --undo\n')
    .action(async (date, opts) => (await import('./skip-command.js')).skipCommand(date, opts));

  program
    .command('history')
    .description('your practice exams with the trend, the distance to the readiness line and the verdict')
    .addOption(new Option('-f, --format <format>', 'table (default), yaml or json').choices(['table', 'yaml', 'json']))
    .option('--as-of <date>', 'treat this date (YYYY-MM-DD) as today', parseAsOf)
    .option('--no-color', 'no colour in the table')
    .addHelpText('after', '\nExamples:\n  $ retake history\n  $ retake history --format json\n')
    .action(async (opts) => (await import('./history-command.js')).historyCommand(opts));

  program
    .command('forget')
    .description('delete your saved answers, practice-exam history, recorded progress and archived plans from this computer')
    .option('-y, --yes', 'do not ask for confirmation (for scripts)')
    .addHelpText('after', '\nExamples:\n  $ retake forget\n  $ retake forget --yes\n')
    .action(async (opts) => (await import('./forget-command.js')).forgetCommand(opts));

  program
    .command('diagnose')
    .description('the findings alone: why the last attempt fell short, with evidence and what each changes')
    .option('-a, --answers <file>', 'answers file (YAML or JSON); - reads standard input (default: your saved profile and practice history)')
    .option('--demo', 'diagnose the bundled example student')
    .addOption(new Option('-f, --format <format>', 'table (default), yaml or json').choices(['table', 'yaml', 'json']))
    .option('--as-of <date>', 'treat this date (YYYY-MM-DD) as today', parseAsOf)
    .option('--no-color', 'no colour in the table')
    .addHelpText('after', '\nExamples:\n  $ retake diagnose                            the findings from your saved profile and logged practice exams\n  $ retake diagnose --answers me.yaml\n  $ retake diagnose --answers me.yaml --format json | jq .findings[0]\n')
    .action(async (opts) => (await import('./diagnose-command.js')).diagnoseCommand(opts));

  return program;
}

/** `retake log --help`: the kinds and scales come from the one table (content/exams.ts PRACTICE_KINDS). */
function logHelp(): string {
  const rows = EXAMS.flatMap((exam) =>
    Object.entries(PRACTICE_KINDS[exam]).map(([kind, k], i) => {
      const counted = k!.scale === EXAM_FACTS[exam].practiceScale || MODEL[exam].kinds[kind as CheckpointKind].map;
      return `  ${(i ? '' : EXAM_FACTS[exam].name.replace(/^USMLE /, '')).padEnd(10)} ${kind.padEnd(8)} ${k!.name}: ${k!.ask}${counted ? '' : ' (kept, not counted toward readiness)'}`;
    }),
  );
  return `
Scores, each on its own report's scale:
${rows.join('\n')}
The same kind, form and date twice is refused, and so is a date on or before your last
attempt (that preparation belongs in your answers' methods). A form you took before (by date,
or in methods.formsTaken) is logged with a warning: its score is inflated, and retake reads it so.

Examples:
  $ retake log --kind nbme --form 30 --score 61 --pass-probability 38
  $ retake log --kind uwsa --form 2 --score 231 --weak pharm,renal --date 2027-02-06
  $ retake log            (on a terminal: asks for what is missing; a bad value is asked again)
  $ retake log --undo     (shows the newest entry and asks; --undo --yes in scripts)

Data lives in $RETAKE_HOME (default ~/.local/share/retake), readable only by you.
`;
}

const PLAN_HELP = `
The answers file (YAML or JSON; full format in README.md):
  exam: step1                      # step1 | step2ck
  attempt: 2                       # the attempt you are preparing for: 2, 3 or 4
  previousAttempts: [2026-10-20]   # optional, oldest first
  distanceFromPassing: moderate    # pass/fail reports: close | moderate | far  (or score: 205)
  performance:                     # from your score report: lower | same | higher
    disciplines: { pharmacology: lower, pathology: same }
    systems: { cardiovascular: lower }
  methods: { questionsCompleted: 900, mainActivity: videos, practiceExamsTaken: 0 }
  testDay: { ranOutOfTime: false, mindWentBlank: true, anxiety: 8 }
  wellbeing: { sleepHours: 6, burnout: 5 }
  schedule: { start: 2027-01-04, hoursPerDay: 8, daysOffPerWeek: 1, examDate: 2027-03-01 }

Examples:
  $ retake plan                                         (on a terminal: a five-minute interview)
  $ retake plan --save-answers me.yaml > plan.md        interview, keep the answers, plan to a file
  $ retake plan --answers me.yaml --interactive         change a few answers, keep the rest
  $ retake plan --demo
  $ retake plan --answers me.yaml --format yaml > plan.yaml
  $ cat me.yaml | retake plan --answers - --weeks 10
  $ retake plan --answers me.yaml --out ~/retake        (plan.md, plan.yaml, plan.ics, plan.org, plan-todoist.csv)
  $ retake plan --answers me.yaml --save                then, after each practice exam:
  $ retake log --kind nbme --form 30 --score 61 && retake plan
  $ retake plan --answers me.yaml --format ics > plan.ics
  $ retake plan --format org > plan.org                 Emacs / Logseq; --format todoist > plan.csv for Todoist
  $ retake plan --answers 'cohort/*.yaml' --out plans/   one plan per student + summary.csv
  $ retake plan --progress vault/plan.md                ticks from your notes app, then (a second command):
  $ retake plan > vault/plan.md                         the new plan, ticks kept, missed work carried forward

The full answers format, every field and area name: README.md ("The answers file").
`;

/** Runs the CLI; the only place that sets the exit code for errors. */
export async function main(argv: string[]): Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    process.exitCode = exitCodeFor(e);
  }
}

function exitCodeFor(e: unknown): number {
  if (e instanceof CommanderError) {
    // Help and version exit 0; usage errors (already printed by commander) exit 2.
    return e.exitCode === 0 ? 0 : 2;
  }
  if (e instanceof UserError) {
    process.stderr.write(`retake: ${safeMessage(e.message)}\n`);
    return e.exitCode;
  }
  // The computer said no (a full disk, a file size limit, no permission): not a bug in retake.
  const errno = e as NodeJS.ErrnoException;
  if (errno instanceof Error && typeof errno.code === 'string' && typeof errno.syscall === 'string') {
    process.stderr.write(`retake: cannot ${errno.syscall}${errno.path ? ` ${safeMessage(errno.path)}` : ''}: ${describeWriteError(errno)}. Nothing more was written.\n`);
    return writeFailureExitCode(errno);
  }
  if (e instanceof Error && e.name === 'ExitPromptError') {
    process.stderr.write('\nGoodbye: nothing was written.\n');
    return 130;
  }
  process.stderr.write(`retake: internal error: ${safeMessage(e instanceof Error ? e.message : String(e))}\nThis is a bug in retake; please report it with the command you ran (not your answers).\n`);
  if (process.env.RETAKE_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return 1;
}
