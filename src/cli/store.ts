// The local data store: $RETAKE_HOME (default $XDG_DATA_HOME/retake, else ~/.local/share/retake;
// on Windows %LOCALAPPDATA%\retake).
//   profile.yaml   the saved answers (YAML, like an answers file)
//   history.json   logged practice exams      plans/NNNN-DATE.json   every plan generated from the store
// History and plans are JSON: they grow, and JSON reads in a fraction of YAML's time.
// Folder 0700, files 0600 (POSIX), every write atomic; a damaged file is reported, never overwritten.
// The lock is in store-lock.ts, the plan archive in plan-archive.ts; the Store ties them to one folder.
import { chmodSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { findAnyArea } from '../content/areas.js';
import { unknownAreaProblem } from '../schema/problems.js';
import { parseAnswers, type Answers } from '../schema/answers.js';
import { HISTORY_VERSION, parseHistory, type History } from '../schema/history.js';
import type { Plan } from '../schema/plan.js';
import { PROGRESS_VERSION, emptyProgress, parseProgress, type Progress } from '../schema/progress.js';
import { toJson, toYaml } from '../render/data.js';
import { UserError, problemsError } from './errors.js';
import { printable } from '../lib/printable.js';
import { MAX_INPUT_BYTES, TEMP_FILE, describeFsError, exists, listDir, makeDirs, readRegularFile, renameRetrying, writeFailureExitCode, writeFileAtomic } from './io.js';
import { archivePlan, archived, archivedPlan, planFiles, type Archived } from './plan-archive.js';
import { withLock } from './store-lock.js';
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
      makeDirs(this.dir);
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
    refuseNewer(this.historyPath, data, HISTORY_VERSION);
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
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UserError(`cannot delete ${printable(f, 200)}: ${describeFsError(e)}`, writeFailureExitCode(e));
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
    refuseNewer(this.progressPath, data, PROGRESS_VERSION);
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

  /** The newest archived plan made on `asOf`, or with `atOrBefore` on or before it: the plan in force. */
  archivedPlan(asOf: string, atOrBefore = false): Plan | undefined {
    return archivedPlan(this.plansDir, asOf, atOrBefore);
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
   * nothing (see store-lock.ts).
   */
  withHistoryLock<T>(fn: () => T): T {
    this.ensure();
    return withLock(this.lockPath, this.dir, this.lockWaitMs, fn);
  }

  /** What a regenerated plan reads from the archive (see plan-archive.ts). */
  archived(inputs?: string): Archived {
    return archived(this.plansDir, inputs);
  }

  /** Archives a plan under the next free number; two `plan` runs at once never take the same one. */
  archivePlan(plan: Plan): string {
    this.ensure();
    return archivePlan(this.plansDir, plan);
  }

  /** Archived plans, oldest first (numbered 0001… and on past 9999). */
  planFiles(): string[] {
    return planFiles(this.plansDir);
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
      if (!area) problems.push(`entries[${i}].weak: ${unknownAreaProblem(exam, w)}`);
      else if (!weak.includes(area.slug)) weak.push(area.slug);
    }
    return { ...e, weak };
  });
  if (problems.length) throw problemsError(`${source} (left untouched)`, problems);
  return { ...h, entries };
}

/** A store file written by a newer retake is refused by name and left as it is. */
function refuseNewer(path: string, data: unknown, known: number): void {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > known)
    throw new UserError(`${path} was written by a newer retake (schemaVersion ${version}); update retake. The file was left untouched`);
}
