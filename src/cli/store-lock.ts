// The store's lock: one retake writes at a time. The lock file records its owner (pid, host,
// start) and is created complete, by linking a finished temp file; a lock whose owner is gone
// is taken over atomically, and only a lock still judged dead is deleted.
import { readFileSync, statSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname } from 'node:path';
import { printable } from '../lib/printable.js';
import { UserError } from './errors.js';
import { describeFsError, exists, linkExclusive, renameRetrying, tempName, writeFailureExitCode, writeFileAtomic } from './io.js';

/** Runs `fn` holding `lock` (in the store folder `dir`), waiting up to `waitMs` for another retake's. */
export function withLock<T>(lock: string, dir: string, waitMs: number, fn: () => T): T {
  const owner: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const deadline = Date.now() + waitMs;
  for (;;) {
    // A temp file per attempt only when the lock looks free.
    if (!exists(lock) && tryLock(lock, owner)) break;
    const held = readLock(lock);
    if (held && isDead(held)) {
      takeOver(lock, held);
      continue;
    }
    if (Date.now() > deadline) {
      const who = held?.owner ? `process ${held.owner.pid} on ${printable(String(held.owner.host))}, since ${printable(String(held.owner.started))}` : 'another retake';
      throw new UserError(`${who} is writing in ${printable(dir, 200)}; try again when it has finished (or delete ${printable(lock, 200)} if no retake is running)`, 1);
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

function tryLock(lock: string, owner: LockOwner): boolean {
  try {
    writeFileAtomic(lock, JSON.stringify(owner), 0o600, false, linkExclusive);
    return true;
  } catch (e) {
    if ((e as { cause?: NodeJS.ErrnoException }).cause?.code === 'EEXIST') return false;
    const cause = (e as { cause?: unknown }).cause ?? e;
    throw new UserError(`cannot lock ${printable(lock, 200)}: ${describeFsError(cause)}`, writeFailureExitCode(cause));
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
