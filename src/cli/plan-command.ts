// `retake plan`: read (or ask) → build → validate → render → write.
import { join } from 'node:path';
import { buildPlan } from '../core/plan.js';
import { localToday } from '../lib/dates.js';
import { renderMarkdown } from '../render/markdown.js';
import { toJson, toYaml } from '../render/data.js';
import { planSchema, type Plan } from '../schema/plan.js';
import { UserError } from './errors.js';
import { exists, writeFileAtomic } from './io.js';
import { demoAnswers, loadAnswers } from './load-answers.js';
import { renameSync } from 'node:fs';

export interface PlanOptions {
  answers?: string;
  demo?: boolean;
  format: 'markdown' | 'yaml' | 'json';
  out?: string;
  force?: boolean;
  weeks?: number;
  asOf?: string;
}

export async function planCommand(opts: PlanOptions): Promise<void> {
  const today = opts.asOf ?? localToday(new Date());
  if (opts.answers && opts.demo) throw new UserError('choose one: --answers FILE or --demo');
  let answers;
  if (opts.demo) answers = demoAnswers(today);
  else if (opts.answers) answers = loadAnswers(opts.answers, today);
  else if (process.stdin.isTTY && process.stderr.isTTY)
    throw new UserError('the interactive interview is not available yet; pass --answers FILE (see retake help plan), or try retake plan --demo');
  else throw new UserError('no answers given: pass --answers FILE (YAML or JSON; - reads standard input), or try retake plan --demo');
  const plan = checked(buildPlan(answers, today, { weeks: opts.weeks }));
  if (opts.out) return writePlanFiles(plan, opts.out, Boolean(opts.force));
  process.stdout.write(opts.format === 'yaml' ? toYaml(plan) : opts.format === 'json' ? toJson(plan) : renderMarkdown(plan));
}

/** The plan is validated against its own schema before anything leaves the process. */
function checked(plan: Plan): Plan {
  const r = planSchema.safeParse(plan);
  if (!r.success) throw new Error(`the generated plan failed its schema: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return plan;
}

function writePlanFiles(plan: Plan, dir: string, force: boolean): void {
  const files: [string, string][] = [
    ['plan.md', renderMarkdown(plan)],
    ['plan.yaml', toYaml(plan)],
  ];
  const kept: string[] = [];
  for (const [name, content] of files) {
    const path = join(dir, name);
    if (!force && exists(path)) {
      const prev = join(dir, name.replace(/^plan\./, 'plan.prev.'));
      try {
        renameSync(path, prev);
      } catch (e) {
        throw new UserError(`cannot keep the previous ${path} as ${prev}: ${(e as Error).message}`);
      }
      kept.push(prev);
    }
    try {
      writeFileAtomic(path, content);
    } catch (e) {
      throw new UserError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
    }
  }
  process.stderr.write(`Wrote ${files.map(([n]) => join(dir, n)).join(' and ')}.\n`);
  if (kept.length) process.stderr.write(`Kept the previous plan as ${kept.join(' and ')} (use --force to overwrite without keeping it).\n`);
}
