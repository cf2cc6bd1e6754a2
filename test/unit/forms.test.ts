import { describe, expect, it } from 'vitest';
import { checkpointExams, takenKeys } from '../../src/core/forms.js';

const names = (r: ReturnType<typeof checkpointExams>) => ({ before: r.before.map((e) => e.name), rehearsal: r.rehearsal?.name, after: r.after.map((e) => e.name) });

describe('which practice exams a block plans', () => {
  // The trial's tomas: Step 2 CK, CCSSA 10 and 11 and UWSA 1 taken; four weeks before the rehearsal, two after.
  const taken = takenKeys(['ccssa 10', 'ccssa 11', 'uwsa 1']);
  it('a taken UWSA 1 gives the rehearsal to UWSA 3, not a question-bank mock', () => {
    const r = names(checkpointExams('step2ck', { before: 4, after: 2, rehearsal: true }, taken));
    expect(r.rehearsal).toBe('UWorld Self-Assessment 3 (UWSA 3)');
    expect(r.after).toEqual(['UWorld Self-Assessment 2 (UWSA 2)', 'USMLE Free 120 (official practice questions)']);
  });
  it('more unused forms than slots: the newest are planned, oldest first', () => {
    const r = names(checkpointExams('step2ck', { before: 4, after: 2, rehearsal: true }, taken));
    expect(r.before).toEqual([12, 13, 14, 15].map((n) => `NBME CCSSA form ${n}`));
  });
  it('a mock takes the rehearsal only when no late exam is left', () => {
    const all = takenKeys(['uwsa 1', 'uwsa 2', 'uwsa 3']);
    const r = names(checkpointExams('step2ck', { before: 2, after: 1, rehearsal: true }, all));
    expect(r.rehearsal).toMatch(/^Mock exam/);
  });
  it('UWSA 1 fresh keeps the rehearsal', () => {
    const r = names(checkpointExams('step2ck', { before: 3, after: 1, rehearsal: true }, new Set()));
    expect(r.rehearsal).toBe('UWorld Self-Assessment 1 (UWSA 1)');
    // Forms enough for every slot before it: the late exams no slot takes wait for a longer plan.
    expect(r.before.every((n) => /CCSSA/.test(n))).toBe(true);
  });
});
