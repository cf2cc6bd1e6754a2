// Reading back a plan file the student ticked in a notes app (Obsidian, Logseq, any editor),
// and folding what it says into the stored progress. Pure: text and data in, data out.
import { isIsoDate } from '../lib/dates.js';
import type { Plan, Task } from '../schema/plan.js';
import { TASK_ID_PATTERN } from '../schema/plan.js';
import type { Result } from '../schema/problems.js';
import type { Progress, ProgressTask } from '../schema/progress.js';

/** One task line as read: `- [x] **1 h** · text 📅 2027-01-04 ✅ 2027-01-04 🆔 k3v9x0aa`. */
export interface ReadTask {
  id: string;
  /** The 📅 date on the line, if any. */
  date?: string;
  done: boolean;
  /** `- [-]`: cancelled in Obsidian Tasks. */
  cancelled: boolean;
  doneOn?: string;
  /** The line without its checkbox and task fields. */
  description: string;
  line: number;
}

export interface PlanFile {
  /** The `generated:` date of the front matter: which plan the file was written from. */
  generated?: string;
  tasks: ReadTask[];
  /** Task lines without a retake ID: the student's own; left alone. */
  untracked: number;
}

const TASK_LINE = /^\s*(?:[-*+]|\d+[.)])\s+\[(.)\]\s+(.*)$/;
// Obsidian Tasks fields; the plugin may reorder them when it ticks a task, so any order is read.
const FIELD = /\s*(📅|✅|🆔|❌|⏳|🛫|➕)\uFE0F?\s*([A-Za-z0-9_-]+(?:-\d{2}-\d{2})?)/gu;

/**
 * Parses a Markdown plan retake wrote. A file is taken as a retake plan when its front matter
 * or a heading says so and at least one task carries a retake ID; anything else is refused.
 */
export function parsePlanFile(text: string): Result<PlanFile> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const front = frontMatter(lines);
  const heading = lines.some((l) => /^#{1,2}\s.*\bretake plan\b/i.test(l));
  const marked = (front !== undefined && (/\bretake\b/.test(front.tags ?? '') || /retake plan/i.test(front.title ?? ''))) || heading;
  const tasks: ReadTask[] = [];
  let untracked = 0;
  lines.forEach((l, i) => {
    const m = TASK_LINE.exec(l);
    if (!m) return;
    const fields = new Map<string, string>();
    const description = m[2]!.replace(FIELD, (_, k: string, v: string) => (fields.set(k, v), '')).trim();
    const id = fields.get('🆔');
    if (!id || !TASK_ID_PATTERN.test(id)) return void untracked++;
    const date = fields.get('📅');
    const doneOn = fields.get('✅');
    const box = m[1]!;
    tasks.push({
      id,
      ...(date && isIsoDate(date) ? { date } : {}),
      done: box === 'x' || box === 'X',
      cancelled: box === '-',
      ...(doneOn && isIsoDate(doneOn) ? { doneOn } : {}),
      description,
      line: i + 1,
    });
  });
  if (!marked) return { ok: false, problems: ['it does not look like a plan retake wrote (no retake front matter or "retake plan" heading)'] };
  if (!tasks.length) return { ok: false, problems: ['it holds no tasks with a retake ID (🆔); was it written by an older retake, or were the IDs removed?'] };
  const generated = front?.generated && isIsoDate(front.generated) ? front.generated : undefined;
  return { ok: true, value: { ...(generated ? { generated } : {}), tasks, untracked } };
}

/** The few front-matter keys we read, as raw strings (tags joined): no YAML parser needed. */
function frontMatter(lines: string[]): Record<string, string> | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  const out: Record<string, string> = {};
  let key = '';
  for (let i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
    const l = lines[i]!;
    const kv = /^([A-Za-z_]+):\s*(.*)$/.exec(l);
    if (kv) {
      key = kv[1]!;
      out[key] = kv[2]!.replace(/^["']|["']$/g, '');
    } else if (key && /^\s+-\s/.test(l)) out[key] = `${out[key] ?? ''} ${l.replace(/^\s+-\s*/, '')}`;
  }
  return out;
}

/** A task as the plan placed it, with the day it was first planned for. */
export interface PlannedTask {
  task: Task;
  /** Its original day: a carried copy's `from`. */
  date: string;
}

/** The tasks a plan shows with an ID (its days and what did not fit), by ID. */
export function plannedTasks(plan: Pick<Plan, 'weeks' | 'rebalance'>): Map<string, PlannedTask> {
  const out = new Map<string, PlannedTask>();
  for (const d of plan.weeks.flatMap((w) => w.days))
    for (const t of d.tasks) if (t.id && !t.moved && !(d.skipped && !t.done)) out.set(t.id, { task: t, date: t.carried?.from ?? d.date });
  for (const u of plan.rebalance?.unplaced ?? []) out.set(u.id, { task: { id: u.id, type: u.type, minutes: u.minutes, text: u.text }, date: u.date });
  return out;
}

export interface ReadReport {
  tasks: number;
  ticked: number;
  /** Ticked now and not before. */
  newlyTicked: number;
  /** Ticked before, unticked in this file: the file wins. */
  unticked: number;
  /** In the plan the file was written from, missing from the file. */
  deleted: string[];
  /** Cancelled with `- [-]`. */
  cancelled: number;
  /** Their wording no longer holds the plan's. */
  edited: string[];
  /** Lines without a retake ID. */
  untracked: number;
  /** Whether the plan the file came from was found, so deletions could be told. */
  matched: boolean;
}

/**
 * Folds a read file into the progress. `planned` is the plan the file was written from, when
 * the store still has it: it gives each task's original day and content, and tells deleted
 * and edited tasks. A deleted or cancelled task is dropped: never carried forward.
 */
export function recordRead(progress: Progress, file: PlanFile, today: string, planned?: Map<string, PlannedTask>): { progress: Progress; report: ReadReport } {
  const tasks: Record<string, ProgressTask> = { ...progress.tasks };
  const report: ReadReport = { tasks: file.tasks.length, ticked: 0, newlyTicked: 0, unticked: 0, deleted: [], cancelled: 0, edited: [], untracked: file.untracked, matched: Boolean(planned) };
  const inFile = new Set<string>();
  for (const r of file.tasks) {
    if (inFile.has(r.id)) continue;
    inFile.add(r.id);
    const before = tasks[r.id];
    const p = planned?.get(r.id);
    const date = before?.date ?? p?.date ?? r.date ?? today;
    if (r.done) report.ticked++;
    if (r.done && !before?.done) report.newlyTicked++;
    if (!r.done && before?.done) report.unticked++;
    if (r.cancelled) report.cancelled++;
    if (p && !r.description.includes(p.task.text.trim())) report.edited.push(r.id);
    const doneOn = r.done ? (r.doneOn ?? before?.doneOn) : undefined;
    const dropped = r.cancelled ? (before?.dropped ?? today) : undefined;
    const content = p ? { type: p.task.type, minutes: p.task.minutes, text: p.task.text, ...(p.task.questions ? { questions: p.task.questions } : {}) } : pick(before);
    tasks[r.id] = { date, seen: before && before.seen > today ? before.seen : today, ...(r.done ? { done: true } : {}), ...(doneOn ? { doneOn } : {}), ...(dropped ? { dropped } : {}), ...content };
  }
  for (const [id, p] of planned ?? []) {
    if (inFile.has(id)) continue;
    report.deleted.push(id);
    const before = tasks[id];
    if (before?.done) continue;
    tasks[id] = { ...pick(before), type: p.task.type, minutes: p.task.minutes, text: p.task.text, date: before?.date ?? p.date, seen: today, dropped: before?.dropped ?? today };
  }
  const reads = [...progress.reads, today].slice(-1000);
  return { progress: { ...progress, tasks, reads }, report };
}

function pick(t: ProgressTask | undefined): Partial<ProgressTask> {
  if (!t?.type) return {};
  return { type: t.type, ...(t.minutes ? { minutes: t.minutes } : {}), ...(t.text ? { text: t.text } : {}), ...(t.questions ? { questions: t.questions } : {}) };
}
