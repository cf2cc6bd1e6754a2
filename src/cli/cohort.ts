// Cohort mode for advisors: `retake plan --answers DIR_OR_GLOB --out DIR` plans every student
// file in one process and writes a summary.csv. All files are validated first: one bad file
// stops the run with every problem listed, and nothing is written.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { buildPlan } from '../core/plan.js';
import { leadOrder } from '../core/focus.js';
import type { Answers } from '../schema/answers.js';
import type { Plan } from '../schema/plan.js';
import { renderMarkdown } from '../render/markdown.js';
import { toYaml } from '../render/data.js';
import { SEVERITIES } from '../schema/plan.js';
import { UserError } from './errors.js';
import { writeKeepingPrevious } from './io.js';
import { loadAnswers } from './load-answers.js';

const ANSWER_FILE = /\.(ya?ml|json)$/i;

export function isCohortSource(source: string): boolean {
  if (/[*?[]/.test(basename(source))) return true;
  try {
    return statSync(source).isDirectory();
  } catch {
    return false;
  }
}

/** The answer files a folder or a simple glob (`*`, `?` in the last part) names, sorted. */
export function cohortFiles(source: string): string[] {
  let dir = source;
  let pattern = /.*/;
  if (/[*?[]/.test(basename(source))) {
    dir = dirname(source);
    const glob = basename(source).replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
    pattern = new RegExp(`^${glob}$`);
  }
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new UserError(`cannot read the folder ${dir}`);
  }
  const files = names.filter((n) => pattern.test(n) && ANSWER_FILE.test(n)).sort().map((n) => join(dir, n));
  if (!files.length) throw new UserError(`no answer files (.yaml, .yml, .json) match ${source}`);
  return files;
}

export function runCohort(source: string, out: string | undefined, today: string, opts: { weeks?: number; force: boolean }, checked: (p: Plan) => Plan): void {
  if (!out) throw new UserError('a folder or pattern of answer files needs --out DIR for the plans and summary.csv');
  const files = cohortFiles(source);
  const loaded: { file: string; answers: Answers }[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      loaded.push({ file, answers: loadAnswers(file, today) });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push(e.message);
    }
  }
  if (problems.length) throw new UserError(`${problems.length} of ${files.length} answer files have problems; nothing was written:\n${problems.join('\n')}`);
  const rows = [['student file', 'exam', 'timeline verdict', 'top three weak areas', 'highest-severity finding']];
  const seen = new Set<string>();
  let kept = 0;
  // Earlier plans in --out are kept as *.prev.* unless --force, as for a single plan.
  const write = (file: string, content: string) => writeKeepingPrevious(join(out, file), content, join(out, file.replace(/\.(md|yaml|csv)$/, '.prev.$1')), opts.force);
  for (const { file, answers } of loaded) {
    const plan = checked(buildPlan(answers, today, { weeks: opts.weeks }));
    let name = basename(file).replace(ANSWER_FILE, '');
    while (seen.has(name)) name += '-2';
    seen.add(name);
    for (const [ext, content] of [['md', renderMarkdown(plan)], ['yaml', toYaml(plan)]] as const)
      if (write(`${name}.plan.${ext}`, content)) kept++;
    const top = [...plan.diagnosis.findings].sort((x, y) => SEVERITIES.indexOf(x.severity) - SEVERITIES.indexOf(y.severity))[0];
    const weak = leadOrder(plan.diagnosis.weakAreas).slice(0, 3).map((w) => w.name).join('; ');
    rows.push([basename(file), plan.exam, plan.diagnosis.timeline.verdict, weak, top ? `${top.severity}: ${top.title}` : '']);
  }
  if (write('summary.csv', rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n')) kept++;
  process.stderr.write(`Wrote ${loaded.length} plans and summary.csv to ${out}.\n`);
  if (kept) process.stderr.write(`Kept ${kept} earlier file(s) as *.prev.* (use --force to overwrite without keeping them).\n`);
}

/** RFC 4180: quote fields with commas, quotes or line breaks; double inner quotes. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
