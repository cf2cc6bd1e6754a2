// The local data store: $RETAKE_HOME (default $XDG_DATA_HOME/retake, else ~/.local/share/retake;
// on Windows %LOCALAPPDATA%\retake).
//   profile.yaml   the saved answers (YAML, like an answers file)
//   history.json   logged practice exams      plans/NNNN-DATE.json   every plan generated from the store
// History and plans are JSON: they grow, and JSON reads in a fraction of YAML's time.
// Folder 0700, files 0600 (POSIX), every write atomic; a damaged file is reported, never overwritten.
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { findAnyArea } from '../content/areas.js';
import { EXAM_FACTS } from '../content/exams.js';
import { parseAnswers, type Answers } from '../schema/answers.js';
import { HISTORY_VERSION, parseHistory, type History } from '../schema/history.js';
import { inForcePlanSchema, previousPlanSchema, type InForcePlan, type Plan, type PreviousPlan } from '../schema/plan.js';
import { PROGRESS_VERSION, emptyProgress, parseProgress, type Progress } from '../schema/progress.js';
import { toJson, toYaml } from '../render/data.js';
import { UserError, problemsError } from './errors.js';
import { printable } from '../lib/printable.js';
import { MAX_INPUT_BYTES, TEMP_FILE, describeFsError, exists, linkExclusive, readRegularFile, renameRetrying, tempName, writeFileAtomic } from './io.js';
import { readYaml } from './yaml-read.js';

export const PROFILE_VERSION = 1;

export function storeDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.RETAKE_HOME) return env.RETAKE_HOME;
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'retake');
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'retake');
  return join(homedir(), '.local', 'share', 'retake');
}

export class Store {
  constructor(
    readonly dir: string = storeDir(),
    /** How long to wait for another retake's lock before giving up. */
    readonly lockWaitMs = 10_000,
  ) {}

  get profilePath(): string {
    return join(this.dir, 'profile.yaml');
  }
  get historyPath(): string {
    return join(this.dir, 'history.json');
  }
  get plansDir(): string {
    return join(this.dir, 'plans');
  }
  /** Ticks read back from plan files and skipped days (retake plan --progress, retake skip). */
  get progressPath(): string {
    return join(this.dir, 'progress.json');
  }
  /** Earlier copies of plans written with --out: kept here, not beside the plan in a notes vault. */
  get outArchiveDir(): string {
    return join(this.dir, 'out-archive');
  }
  get lockPath(): string {
    return join(this.dir, 'history.lock');
  }

  /** Creates the folder privately, and tightens it if it already exists. */
  ensure(): void {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      if (!statSync(this.dir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      chmodSync(this.dir, 0o700);
    } catch (e) {
      throw new UserError(`cannot use ${printable(this.dir, 200)} for retake's data: ${describeFsError(e)}. Set RETAKE_HOME to a folder you own`);
    }
  }

  hasProfile(): boolean {
    return exists(this.profilePath);
  }

  readProfile(today: string): Answers | undefined {
    const data = this.readYaml(this.profilePath);
    if (data === undefined) return undefined;
    const doc = data as { schemaVersion?: unknown; answers?: unknown };
    if (doc === null || typeof doc !== 'object' || doc.schemaVersion !== PROFILE_VERSION)
      throw new UserError(`${this.profilePath} is not a retake profile (schemaVersion ${PROFILE_VERSION} expected); it was left untouched`);
    const r = parseAnswers(doc.answers, { today });
    if (!r.ok) throw problemsError(`${this.profilePath} (left untouched)`, r.problems);
    return r.value;
  }

  saveProfile(answers: Answers, today: string): void {
    this.ensure();
    writeFileAtomic(this.profilePath, toYaml({ schemaVersion: PROFILE_VERSION, savedAt: today, answers }));
  }

  /** An earlier format: practice history kept as YAML. */
  get legacyHistoryPath(): string {
    return join(this.dir, 'history.yaml');
  }

  readHistory(): History {
    let data = this.readJson(this.historyPath);
    if (data === undefined && exists(this.legacyHistoryPath)) data = this.migrateHistory();
    if (data === undefined) return { schemaVersion: HISTORY_VERSION, entries: [] };
    const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > HISTORY_VERSION)
      throw new UserError(`${this.historyPath} was written by a newer retake (schemaVersion ${version}); update retake. The file was left untouched`);
    const r = parseHistory(data);
    if (!r.ok) throw problemsError(`${this.historyPath} (left untouched)`, r.problems);
    return canonicalAreas(r.value, this.historyPath);
  }

  /**
   * Moves a YAML history (earlier format) to history.json. The old file is kept as
   * history.yaml.bak; nothing is removed until the new file is safely written.
   */
  private migrateHistory(): unknown {
    const data = this.readYaml(this.legacyHistoryPath);
    const r = parseHistory(data);
    if (!r.ok) throw problemsError(`${this.legacyHistoryPath} (left untouched)`, r.problems);
    this.writeHistory(canonicalAreas(r.value, this.legacyHistoryPath));
    renameRetrying(this.legacyHistoryPath, `${this.legacyHistoryPath}.bak`);
    process.stderr.write(`Moved your practice history to ${this.historyPath}; the old file is kept as ${this.legacyHistoryPath}.bak.\n`);
    return r.value;
  }

  /**
   * Everything retake stored: profile, history (and its backups), archived plans, a stale lock,
   * and temp files a crash or a failed write left (they hold answers too).
   */
  storedFiles(): string[] {
    const paths = [this.profilePath, this.historyPath, this.legacyHistoryPath, `${this.legacyHistoryPath}.bak`, this.progressPath, this.lockPath];
    const temps = (dir: string) => listDir(dir).filter((f) => TEMP_FILE.test(f)).map((f) => join(dir, f));
    return [...paths.filter(exists), ...temps(this.dir), ...this.planFiles().map((f) => join(this.plansDir, f)), ...temps(this.plansDir), ...this.outArchiveFiles()];
  }

  /**
   * Deletes what storedFiles() lists, holding the lock so a running `log` or `plan` cannot
   * write after it, then the folders if they are empty. Returns how many files it deleted.
   */
  forget(): number {
    const n = this.withHistoryLock(() => {
      const files = this.storedFiles().filter((f) => f !== this.lockPath);
      for (const f of files) {
        try {
          unlinkSync(f);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UserError(`cannot delete ${printable(f, 200)}: ${describeFsError(e)}`, 1);
        }
      }
      return files.length;
    });
    for (const d of [...listDir(this.outArchiveDir).map((f) => join(this.outArchiveDir, f)), this.outArchiveDir, this.plansDir, this.dir]) {
      try {
        rmdirSync(d);
      } catch {
        // not empty (the student's own files) or already gone: leave it
      }
    }
    return n;
  }

  readProgress(): Progress {
    const data = this.readJson(this.progressPath);
    if (data === undefined) return emptyProgress();
    const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > PROGRESS_VERSION)
      throw new UserError(`${this.progressPath} was written by a newer retake (schemaVersion ${version}); update retake. The file was left untouched`);
    const r = parseProgress(data);
    if (!r.ok) throw problemsError(`${this.progressPath} (left untouched)`, r.problems);
    return r.value;
  }

  /** Reads, changes and writes the progress under the store's lock: two runs at once lose nothing. */
  updateProgress<T>(change: (p: Progress) => { progress: Progress; result: T }): T {
    return this.withHistoryLock(() => {
      const { progress, result } = change(this.readProgress());
      const r = parseProgress(progress);
      if (!r.ok) throw problemsError('the progress was not saved: it', r.problems);
      writeFileAtomic(this.progressPath, toJson(progress));
      return result;
    });
  }

  /**
   * The newest archived plan made on `asOf` (a plan file's `generated:` date), or with
   * `atOrBefore` the newest made on or before it: the plan in force. Whole plans, lightly
   * checked: an unreadable file is skipped.
   */
  archivedPlan(asOf: string, atOrBefore = false): Plan | undefined {
    for (const name of this.planFiles().reverse()) {
      const date = name.slice(-15, -5);
      if (atOrBefore ? date > asOf : date !== asOf) continue;
      try {
        const plan = JSON.parse(readFileSync(join(this.plansDir, name), 'utf8')) as Plan;
        if (Array.isArray(plan?.weeks) && typeof plan.asOf === 'string') return plan;
      } catch {
        // skip a damaged archive file
      }
    }
    return undefined;
  }

  /** Files kept in the out-archive: one folder per replaced plan, named by time. */
  outArchiveFiles(): string[] {
    return listDir(this.outArchiveDir).flatMap((d) => {
      const sub = join(this.outArchiveDir, d);
      return listDir(sub).map((f) => join(sub, f));
    });
  }

  /** Writes the history only if it will read back: a history every later command refuses is never written. */
  writeHistory(h: History): void {
    const r = parseHistory(h);
    if (!r.ok) throw problemsError('the practice history was not saved: it', r.problems);
    this.ensure();
    writeFileAtomic(this.historyPath, toJson(h));
  }

  /**
   * Runs `fn` holding the store's lock, so concurrent `log`, `plan` and `forget` runs lose
   * nothing. The lock file records its owner (pid, host, start) and is created complete, by
   * linking a finished temp file; a lock whose owner is gone (same host, no such process) is
   * taken over atomically: renamed aside, and deleted only if it is still the one judged dead.
   */
  withHistoryLock<T>(fn: () => T): T {
    this.ensure();
    const lock = this.lockPath;
    const owner: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
    const deadline = Date.now() + this.lockWaitMs;
    for (;;) {
      // A temp file per attempt only when the lock looks free.
      if (!exists(lock) && this.tryLock(owner)) break;
      const held = readLock(lock);
      if (held && isDead(held)) {
        takeOver(lock, held);
        continue;
      }
      if (Date.now() > deadline) {
        const who = held?.owner ? `process ${held.owner.pid} on ${printable(String(held.owner.host))}, since ${printable(String(held.owner.started))}` : 'another retake';
        throw new UserError(`${who} is writing in ${printable(this.dir, 200)}; try again when it has finished (or delete ${printable(lock, 200)} if no retake is running)`, 1);
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5 + Math.floor(Math.random() * 20));
    }
    try {
      return fn();
    } finally {
      // Release only our own lock (after a takeover race it could be someone else's).
      if (readLock(lock)?.text === JSON.stringify(owner)) {
        try {
          unlinkSync(lock);
        } catch {
          // already gone
        }
      }
    }
  }

  private tryLock(owner: LockOwner): boolean {
    try {
      writeFileAtomic(this.lockPath, JSON.stringify(owner), 0o600, false, linkExclusive);
      return true;
    } catch (e) {
      if ((e as { cause?: NodeJS.ErrnoException }).cause?.code === 'EEXIST') return false;
      throw new UserError(`cannot lock ${printable(this.lockPath, 200)}: ${describeFsError((e as { cause?: unknown }).cause ?? e)}`, 1);
    }
  }

  /** The newest archived plan, if any; an unreadable one is skipped with no harm done. */
  lastPlan(): PreviousPlan | undefined {
    return this.archived().newest;
  }

  /**
   * What a regenerated plan reads from the archive, newest first (an unreadable file is
   * skipped with no harm done): the newest plan, which was in force and holds the calendar
   * ledger, and for "Since your last plan" the newest plan made from other inputs than
   * `inputs`, so rerunning or viewing with unchanged inputs tells the same story.
   */
  archived(inputs?: string): { newest?: PreviousPlan; inForce?: InForcePlan; previous?: PreviousPlan } {
    const out: { newest?: PreviousPlan; inForce?: InForcePlan; previous?: PreviousPlan } = {};
    for (const name of this.planFiles().reverse()) {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(join(this.plansDir, name), 'utf8'));
      } catch {
        continue; // a damaged archive file
      }
      const r = previousPlanSchema.safeParse(data);
      if (!r.success) continue;
      if (!out.newest) {
        out.newest = r.data;
        // Validated, then kept as written (zod would reorder keys): past days are copied byte for byte.
        if (inForcePlanSchema.safeParse(data).success) out.inForce = data as InForcePlan;
      }
      if (inputs === undefined || r.data.inputs !== inputs) {
        out.previous = r.data;
        break;
      }
    }
    return out;
  }

  /** Archives a plan under the next free number; two `plan` runs at once never take the same one. */
  archivePlan(plan: Plan): string {
    this.ensure();
    const last = this.planFiles().at(-1);
    for (let n = (last ? parseInt(last, 10) : 0) + 1; ; n++) {
      const path = join(this.plansDir, `${String(n).padStart(4, '0')}-${plan.asOf}.json`);
      try {
        // An archive copy: complete, but not worth an fsync (profile and history get one).
        writeFileAtomic(path, JSON.stringify(plan), 0o600, false, linkExclusive);
        return path;
      } catch (e) {
        if ((e as { cause?: NodeJS.ErrnoException }).cause?.code !== 'EEXIST') throw e;
      }
    }
  }

  /** Archived plans, oldest first (numbered 0001… and on past 9999). */
  planFiles(): string[] {
    return listDir(this.plansDir)
      .filter((f) => /^\d{4,}-\d{4}-\d{2}-\d{2}\.json$/.test(f))
      .sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || (a < b ? -1 : 1));
  }

  private readJson(path: string): unknown {
    const text = this.readText(path);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new UserError(`${path} is damaged (${(e as Error).message}); it was left untouched`);
    }
  }

  private readYaml(path: string): unknown {
    const text = this.readText(path);
    if (text === undefined) return undefined;
    const r = readYaml(text);
    if (!r.ok) throw new UserError(`${path} is damaged (${r.problems[0]}); it was left untouched`);
    return r.value;
  }

  private readText(path: string): string | undefined {
    return readRegularFile(path, MAX_INPUT_BYTES * 8, () => `${path} is larger than retake ever writes; it was left untouched`)?.toString('utf8');
  }
}

/**
 * Weak areas by their canonical slug: an earlier retake stored them as typed (`pharm`), and
 * everything downstream looks areas up by slug. An unknown name stops with the file named.
 */
function canonicalAreas(h: History, source: string): History {
  const exam = h.exam;
  if (!exam) return h;
  const problems: string[] = [];
  const entries = h.entries.map((e, i) => {
    if (!e.weak) return e;
    const weak: string[] = [];
    for (const w of e.weak) {
      const area = findAnyArea(exam, w);
      if (!area) problems.push(`entries[${i}].weak: unknown ${EXAM_FACTS[exam].name} area "${printable(w, 40)}"; see README.md for the area names`);
      else if (!weak.includes(area.slug)) weak.push(area.slug);
    }
    return { ...e, weak };
  });
  if (problems.length) throw problemsError(`${source} (left untouched)`, problems);
  return { ...h, entries };
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

interface LockOwner {
  pid: number;
  host: string;
  started: string;
}

/** The lock's owner as recorded (an earlier retake wrote a bare pid), and the file's identity. */
function readLock(lock: string): { text: string; owner?: Partial<LockOwner>; ino: number } | undefined {
  try {
    const ino = statSync(lock).ino;
    const text = readFileSync(lock, 'utf8');
    let owner: Partial<LockOwner> | undefined;
    if (/^\d+$/.test(text.trim())) owner = { pid: Number(text), host: hostname() };
    else {
      try {
        const o = JSON.parse(text) as Partial<LockOwner>;
        if (o && typeof o === 'object' && Number.isInteger(o.pid)) owner = o;
      } catch {
        // unreadable: no owner to wait for
      }
    }
    return { text, owner, ino };
  } catch {
    return undefined;
  }
}

/** Dead when its owner ran on this host and no such process exists, or no owner is recorded. */
function isDead(held: { owner?: Partial<LockOwner> }): boolean {
  const o = held.owner;
  if (!o) return true;
  if (o.host !== hostname()) return false;
  try {
    process.kill(o.pid!, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes a dead lock atomically: rename it to a private name, then delete it only if it is
 * the file judged dead (same inode and same owner record: a freed inode is soon reused, even
 * by the next lock); if a live lock was moved instead, put it back.
 */
function takeOver(lock: string, dead: { ino: number; text: string }): void {
  const aside = tempName(dirname(lock), basename(lock));
  try {
    renameRetrying(lock, aside);
  } catch {
    return; // someone else took it over first
  }
  try {
    if (statSync(aside).ino !== dead.ino || readFileSync(aside, 'utf8') !== dead.text) linkExclusive(aside, lock);
  } catch {
    // a newer lock is in place already
  }
  try {
    unlinkSync(aside);
  } catch {
    // already gone
  }
}
