// The local data store: $RETAKE_HOME (default $XDG_DATA_HOME/retake, else ~/.local/share/retake).
//   profile.yaml   the saved answers (YAML, like an answers file)
//   history.json   logged practice exams      plans/NNNN-DATE.json   every plan generated from the store
// History and plans are JSON: they grow, and JSON reads in a fraction of YAML's time.
// Folder 0700, files 0600, every write atomic; a damaged file is reported, never overwritten.
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseAnswers, type Answers } from '../schema/answers.js';
import { HISTORY_VERSION, parseHistory, type History } from '../schema/history.js';
import { previousPlanSchema, type Plan, type PreviousPlan } from '../schema/plan.js';
import { toJson, toYaml } from '../render/data.js';
import { UserError, problemsError } from './errors.js';
import { MAX_INPUT_BYTES, describeFsError, exists, writeFileAtomic } from './io.js';
import { readYaml } from './yaml-read.js';

export const PROFILE_VERSION = 1;

export function storeDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.RETAKE_HOME) return env.RETAKE_HOME;
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'retake');
  return join(homedir(), '.local', 'share', 'retake');
}

export class Store {
  constructor(readonly dir: string = storeDir()) {}

  get profilePath(): string {
    return join(this.dir, 'profile.yaml');
  }
  get historyPath(): string {
    return join(this.dir, 'history.json');
  }
  get plansDir(): string {
    return join(this.dir, 'plans');
  }
  get lockPath(): string {
    return join(this.dir, 'history.lock');
  }

  /** Creates the folder privately, and tightens it if it already exists. */
  ensure(): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    chmodSync(this.dir, 0o700);
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
    return r.value;
  }

  /**
   * Moves a YAML history (earlier format) to history.json. The old file is kept as
   * history.yaml.bak; nothing is removed until the new file is safely written.
   */
  private migrateHistory(): unknown {
    const data = this.readYaml(this.legacyHistoryPath);
    const r = parseHistory(data);
    if (!r.ok) throw problemsError(`${this.legacyHistoryPath} (left untouched)`, r.problems);
    this.writeHistory(r.value);
    renameSync(this.legacyHistoryPath, `${this.legacyHistoryPath}.bak`);
    process.stderr.write(`Moved your practice history to ${this.historyPath}; the old file is kept as ${this.legacyHistoryPath}.bak.\n`);
    return r.value;
  }

  /** Everything retake stored: profile, history (and its backups), archived plans, a stale lock. */
  storedFiles(): string[] {
    const paths = [this.profilePath, this.historyPath, this.legacyHistoryPath, `${this.legacyHistoryPath}.bak`, this.lockPath];
    const files = paths.filter(exists);
    return [...files, ...this.planFiles().map((f) => join(this.plansDir, f))];
  }

  /** Deletes what storedFiles() lists, then the folders if they are empty. */
  forget(): number {
    const files = this.storedFiles();
    for (const f of files) unlinkSync(f);
    for (const d of [this.plansDir, this.dir]) {
      try {
        rmdirSync(d);
      } catch {
        // not empty (the student's own files) or already gone: leave it
      }
    }
    return files.length;
  }

  writeHistory(h: History): void {
    this.ensure();
    writeFileAtomic(this.historyPath, toJson(h));
  }

  /** Runs `fn` holding the history lock, so concurrent `retake log` runs lose no entry. */
  withHistoryLock<T>(fn: () => T): T {
    this.ensure();
    const lock = this.lockPath;
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        const fd = openSync(lock, 'wx', 0o600);
        writeSync(fd, String(process.pid));
        closeSync(fd);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new UserError(`cannot lock ${lock}: ${describeFsError(e)}`);
        // A lock older than 30 s was left by a process that died; take it over.
        try {
          if (Date.now() - statSync(lock).mtimeMs > 30_000) unlinkSync(lock);
        } catch {
          // it was released meanwhile
        }
        if (Date.now() > deadline) throw new UserError(`another retake is writing ${this.historyPath}; try again in a moment (or remove ${lock} if no retake is running)`);
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5 + Math.floor(Math.random() * 20));
      }
    }
    try {
      return fn();
    } finally {
      try {
        unlinkSync(lock);
      } catch {
        // already gone
      }
    }
  }

  /** The newest archived plan, if any; an unreadable one is skipped with no harm done. */
  lastPlan(): PreviousPlan | undefined {
    for (const name of this.planFiles().reverse()) {
      try {
        const r = previousPlanSchema.safeParse(JSON.parse(readFileSync(join(this.plansDir, name), 'utf8')));
        if (r.success) return r.data;
      } catch {
        // skip a damaged archive file
      }
    }
    return undefined;
  }

  archivePlan(plan: Plan): string {
    this.ensure();
    mkdirSync(this.plansDir, { recursive: true, mode: 0o700 });
    const files = this.planFiles();
    const last = files.at(-1);
    const n = (last ? Number(last.slice(0, 4)) : 0) + 1;
    const path = join(this.plansDir, `${String(n).padStart(4, '0')}-${plan.asOf}.json`);
    // An archive copy: atomic, but not worth an fsync (profile and history get one).
    writeFileAtomic(path, JSON.stringify(plan), 0o600, false);
    return path;
  }

  planFiles(): string[] {
    try {
      return readdirSync(this.plansDir).filter((f) => /^\d{4}-\d{4}-\d{2}-\d{2}\.json$/.test(f)).sort();
    } catch {
      return [];
    }
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
    let text: string;
    try {
      if (statSync(path).size > MAX_INPUT_BYTES * 8) throw new UserError(`${path} is larger than retake ever writes; it was left untouched`);
      text = readFileSync(path, 'utf8');
    } catch (e) {
      if (e instanceof UserError) throw e;
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new UserError(`cannot read ${path}: ${describeFsError(e)}`);
    }
    return text;
  }
}
