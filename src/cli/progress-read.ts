// `retake plan --progress FILE`: read back a plan the student ticked in a notes app and record
// what it says in the store. The parsing and folding are pure (core/progress.ts); this reads.
import { fstatSync, statSync } from 'node:fs';
import { counted, text, type Vars } from '../content/texts.js';
import { parsePlanFile, plannedTasks, recordRead, type ReadReport } from '../core/progress.js';
import { printable } from '../lib/printable.js';
import { UserError } from './errors.js';
import { readRegularFile } from './io.js';
import type { Store } from './store.js';

/** A plan file is a few hundred KB; a notes vault's edits will not make it 8 MB. */
const MAX_PLAN_BYTES = 8 * 1024 * 1024;

export function readProgressFile(file: string, store: Store, today: string): ReadReport {
  const name = printable(file, 200);
  refuseEmptiedByShell(file, name);
  const bytes = readRegularFile(file, MAX_PLAN_BYTES, () => `${name} is larger than any plan retake writes; nothing was recorded`);
  if (bytes === undefined) throw new UserError(`cannot read ${name}: no such file; nothing was recorded`);
  const parsed = parsePlanFile(bytes.toString('utf8'));
  if (!parsed.ok) throw new UserError(`${name} is not a plan retake can read back: ${parsed.problems[0]}. Nothing was recorded`);
  const from = parsed.value.generated ? store.archivedPlan(parsed.value.generated) : undefined;
  const report = store.updateProgress((p) => {
    const r = recordRead(p, parsed.value, today, from ? plannedTasks(from) : undefined);
    return { progress: r.progress, result: r.report };
  });
  process.stderr.write(describeRead(name, report, store.progressPath));
  return report;
}

/**
 * `retake plan --progress plan.md > plan.md`: the shell empties plan.md before retake starts,
 * and the ticks are gone. Say so instead of recording an empty read.
 */
function refuseEmptiedByShell(file: string, name: string): void {
  try {
    const out = fstatSync(1);
    const st = statSync(file);
    if (out.isFile() && out.ino === st.ino && out.dev === st.dev)
      throw new UserError(`${name} is also where the new plan is going, so your shell emptied it before retake could read your ticks. Nothing was recorded. Restore it from your notes app's history (Obsidian: File recovery), then run retake plan --progress ${name} first and write the new plan in a second command`);
  } catch (e) {
    if (e instanceof UserError) throw e;
  }
}

function describeRead(name: string, r: ReadReport, path: string): string {
  const C = (key: string, count: number, vars: Vars = {}) => counted('cli', `progress.${key}`, count, vars);
  const lines = [C('read', r.tasks, { name, ticked: r.ticked, newly: r.newlyTicked })];
  if (r.unticked) lines.push(C('unticked', r.unticked));
  if (r.cancelled) lines.push(C('cancelled', r.cancelled));
  if (r.deleted.length) lines.push(C('deleted', r.deleted.length));
  if (r.edited.length) lines.push(C('edited', r.edited.length));
  if (r.untracked) lines.push(C('untracked', r.untracked));
  if (!r.matched) lines.push(text('cli', 'progress.unmatched'));
  lines.push(text('cli', 'progress.recorded', { path }));
  return `${lines.join('\n')}\n`;
}
