// Cohort mode for advisors: `retake plan --answers DIR_OR_GLOB --out DIR` plans every student
// file in one process and writes a summary.csv. All files are validated first: one bad file
// stops the run with every problem listed, and nothing is written.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { buildPlan } from '../core/plan.js';
import { leadOrder } from '../core/focus.js';
import type { Answers } from '../schema/answers.js';
import { renderMarkdown } from '../render/markdown.js';
import { toYaml } from '../render/data.js';
import { SEVERITIES } from '../schema/plan.js';
import { printable } from '../lib/printable.js';
import { UserError } from './errors.js';
import { writeKeepingPrevious } from './io.js';
import { loadAnswers } from './load-answers.js';

const ANSWER_FILE = /\.(ya?ml|json)$/i;

const GLOB = /[*?[]/;

/** A folder, or a pattern that names no existing file; an existing file is always read as one file. */
export function isCohortSource(source: string): boolean {
  try {
    return statSync(source).isDirectory();
  } catch {
    return GLOB.test(basename(source));
  }
}

/** The answer files a folder or a simple glob (`*`, `?`, `[…]` in the last part) names, sorted. */
export function cohortFiles(source: string): string[] {
  let dir = source;
  let match = (_: string) => true;
  if (!isDirectory(source) && GLOB.test(basename(source))) {
    dir = dirname(source);
    const tokens = parseGlob(basename(source));
    match = (name) => globMatch(tokens, name);
  }
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new UserError(`cannot read the folder ${printable(dir, 200)}`);
  }
  const files = names.filter((n) => match(n) && ANSWER_FILE.test(n)).sort().map((n) => join(dir, n));
  if (!files.length) throw new UserError(`no answer files (.yaml, .yml, .json) match ${printable(source, 200)}`);
  return files;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

type GlobToken = { any: true } | { one: (c: string) => boolean };

/** `*` any run, `?` one character, `[abc]`, `[a-z]`, `[!x]` one of a set; an unclosed `[` is itself. */
export function parseGlob(pattern: string): GlobToken[] {
  const tokens: GlobToken[] = [];
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '*') {
      if (!(tokens.at(-1) && 'any' in tokens.at(-1)!)) tokens.push({ any: true });
    } else if (c === '?') tokens.push({ one: () => true });
    else if (c === '[' && chars.indexOf(']', i + 2) !== -1) {
      let j = i + 1;
      const negate = chars[j] === '!' || chars[j] === '^';
      if (negate) j++;
      const ranges: [string, string][] = [];
      // A ']' first in the set is a member.
      for (let first = true; first || chars[j] !== ']'; first = false, j++) {
        if (j >= chars.length) break;
        const lo = chars[j]!;
        if (chars[j + 1] === '-' && chars[j + 2] !== undefined && chars[j + 2] !== ']') (ranges.push([lo, chars[j + 2]!]), (j += 2));
        else ranges.push([lo, lo]);
      }
      if (j >= chars.length) tokens.push({ one: (x) => x === c });
      else {
        tokens.push({ one: (x) => ranges.some(([lo, hi]) => x >= lo && x <= hi) !== negate });
        i = j;
      }
    } else tokens.push({ one: (x) => x === c });
  }
  return tokens;
}

/**
 * Matches without backtracking beyond the last `*` (the classic two-pointer walk): time is at
 * most name length × pattern length, whatever the pattern.
 */
export function globMatch(tokens: GlobToken[], name: string): boolean {
  const s = [...name];
  let t = 0;
  let i = 0;
  let star = -1;
  let from = 0;
  while (i < s.length) {
    const tok = tokens[t];
    if (tok && 'one' in tok && tok.one(s[i]!)) (t++, i++);
    else if (tok && 'any' in tok) (star = t++, (from = i));
    else if (star !== -1) (t = star + 1, (i = ++from));
    else return false;
  }
  while (tokens[t] && 'any' in tokens[t]!) t++;
  return t === tokens.length;
}

export function runCohort(source: string, out: string | undefined, today: string, opts: { weeks?: number; force: boolean }): void {
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
    const plan = buildPlan(answers, today, { weeks: opts.weeks });
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
  process.stderr.write(`Wrote ${loaded.length} plans and summary.csv to ${printable(out, 200)}.\n`);
  if (kept) process.stderr.write(`Kept ${kept} earlier file(s) as *.prev.* (use --force to overwrite without keeping them).\n`);
}

/**
 * One CSV cell, safe to open in a spreadsheet. OWASP's CSV-injection guidance: a cell that
 * starts with =, +, -, @, a tab or a carriage return is a formula to Excel, LibreOffice and
 * Sheets, so it gets a leading single quote; then RFC 4180 quoting (every cell quoted, inner
 * quotes doubled) keeps separators and line breaks inside the cell.
 */
export function csvField(s: string): string {
  const neutral = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${neutral.replace(/"/g, '""')}"`;
}
