// What the rebalancing says about missed work, written from what happened: where a skipped
// day's work went, and, for what did not fit, a day inside the carry window that still has
// room (or, honestly, none). Small hand-built weeks, so each case reads in a line or two.
import { describe, expect, it } from 'vitest';
import { applyProgress } from '../../src/core/rebalance.js';
import type { Day, Task, Week } from '../../src/schema/plan.js';
import { emptyProgress, type Progress } from '../../src/schema/progress.js';

let n = 0;
const task = (type: Task['type'], minutes: number): Task => ({ id: `t${String(n++).padStart(7, '0')}`, type, minutes, text: `${type} ${n}` });
const study = (date: string, ...tasks: Task[]): Day => ({ date, kind: 'study', hours: tasks.reduce((m, t) => m + t.minutes, 0) / 60, focus: [], tasks }) as unknown as Day;
const buffer = (date: string, catchUp: number): Day => ({ date, kind: 'buffer', hours: catchUp / 60, focus: [], tasks: [task('catch-up', catchUp)] }) as unknown as Day;
const rest = (date: string): Day => ({ date, kind: 'rest', hours: 0, focus: [], tasks: [] }) as unknown as Day;
const weeks = (...days: Day[]): Week[] => [{ start: days[0]!.date, days } as unknown as Week];
const skip = (...dates: string[]): Progress => ({ ...emptyProgress(), skipped: dates.map((date) => ({ date, reason: 'sick' })) });
const notes = (ws: Week[], p: Progress, today: string) => applyProgress(ws, p, today).rebalance!.notes;

describe('a skipped day says what became of its work', () => {
  it('all of it moved', () => {
    const said = notes(weeks(study('2026-12-03', task('questions', 30)), buffer('2026-12-04', 60)), skip('2026-12-03'), '2026-12-04');
    expect(said[0]).toBe('Thu 3 Dec 2026 was skipped (sick): its unfinished tasks moved to other days with room. Nothing on it was ticked for you.');
  });

  it('part of it moved', () => {
    const said = notes(weeks(study('2026-12-03', task('questions', 30), task('content', 120)), buffer('2026-12-04', 60)), skip('2026-12-03'), '2026-12-04');
    expect(said[0]).toMatch(/: 1 of its 2 unfinished tasks moved to other days with room; the rest did not fit \(below\)\./);
  });

  it('none of it fit: never "moved"', () => {
    const said = notes(weeks(study('2026-12-09', task('content', 120)), study('2026-12-17', task('content', 120))), skip('2026-12-17'), '2026-12-09');
    expect(said[0]).toBe('Thu 17 Dec 2026 is marked skipped (sick): its unfinished tasks did not fit on any other day (below).');
  });
});

describe('what did not fit: advice inside the carry window', () => {
  it('names today\'s unused catch-up time and a later day with room, never a buffer day after the window', () => {
    const ws = weeks(study('2026-12-03', task('content', 105)), buffer('2026-12-04', 75), buffer('2026-12-12', 60), buffer('2026-12-18', 90));
    const said = notes(ws, skip('2026-12-03'), '2026-12-04').join('\n');
    expect(said).toMatch(/did not fit before Thu 17 Dec 2026/);
    expect(said).toMatch(/Room is still free before Thu 17 Dec 2026: today's catch-up time \(about 1\.25 h\) and Sat 12 Dec 2026 \(about 1 h\)\./);
    expect(said).not.toMatch(/18 Dec/);
  });

  it('says honestly when no day has room, and offers a rest day\'s morning or letting it go', () => {
    const ws = weeks(study('2026-12-09', task('content', 120)), rest('2026-12-13'), study('2026-12-17', task('content', 120)), rest('2026-12-20'));
    const said = notes(ws, skip('2026-12-17'), '2026-12-09').join('\n');
    expect(said).toMatch(/No day before Thu 31 Dec 2026 has free time left for it\. .*the morning of a rest day such as Sun 13 Dec 2026; otherwise let it go/);
    expect(said).toMatch(/moving the exam date/);
    expect(said).not.toMatch(/Room is still free/);
  });
});
