// `retake plan --progress FILE`: read back a plan the student ticked in a notes app and record
// what it says in the store. The parsing and folding are pure (core/progress.ts); this reads.
import { fstatSync, statSync } from 'node:fs';
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
  const lines = [`Read ${r.tasks} task${r.tasks === 1 ? '' : 's'} from ${name}: ${r.ticked} ticked (${r.newlyTicked} new since the last read).`];
  if (r.unticked) lines.push(`${r.unticked} task(s) you had ticked before are unticked now; retake goes by the file.`);
  if (r.cancelled) lines.push(`${r.cancelled} task(s) marked cancelled (- [-]): they are not carried forward.`);
  if (r.deleted.length) lines.push(`${r.deleted.length} task(s) of that plan are no longer in the file: retake takes them as let go and will not carry them forward if unfinished (a later plan may list future ones again).`);
  if (r.edited.length) lines.push(`${r.edited.length} task(s) were reworded: kept by their ID, ticks read as usual; the next plan shows retake's wording again.`);
  if (r.untracked) lines.push(`${r.untracked} checklist line(s) without a retake ID (first steps, or lines of your own) were left alone.`);
  if (!r.matched) lines.push('The plan this file was written from is not in your data folder, so deleted tasks cannot be told apart from ones never planned.');
  lines.push(`Recorded in ${path}. Unfinished work before today is carried forward in your next plan.`);
  return `${lines.join('\n')}\n`;
}
