// Beyond the exam, on the built binary, as four students would run it: each plan says what
// that student needs to hear about the path beyond the exam, and nothing more.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { retake } from './run.js';

const base = 'exam: step1\nattempt: 2\npreviousAttempts: [2026-10-20]\ndistanceFromPassing: close\nperformance: { disciplines: { physiology: lower } }\n';
function plan(yaml: string, format = 'markdown') {
  const file = join(mkdtempSync(join(tmpdir(), 'retake-beyond-')), 'answers.yaml');
  writeFileSync(file, base + yaml);
  const r = retake(['plan', '--answers', file, '--format', format, '--as-of', '2026-11-27']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}
/** The ids of a plan's findings (the Markdown names findings by title only). */
const findingIds = (yaml: string): string[] => JSON.parse(plan(yaml, 'json')).diagnosis.findings.map((f: { id: string }) => f.id);
const beyondIds = (ids: string[]) => ids.filter((id) => /^(milestone-at-risk|accommodations-|school-options)/.test(id));
const ROTATIONS = 'schedule: { start: 2026-11-30, hoursPerDay: 8, examDate: 2027-01-28 }\nmilestones: [{ name: core rotations start, date: 2027-02-18 }]\n';

describe('beyond the exam (built binary)', () => {
  it('rotations three weeks after the booked exam: a finding, the date at a glance and in the timeline', () => {
    const md = plan(ROTATIONS);
    expect(beyondIds(findingIds(ROTATIONS))).toEqual(['milestone-at-risk']);
    expect(md).toMatch(/Your date “core rotations start” \(Thu 18 Feb 2027\) is 21 days after your booked exam on Thu 28 Jan 2027/);
    expect(md).toMatch(/This week, ask whoever set “core rotations start” \(your school, a program or an office\) whether it needs a passed result/);
    expect(md).toMatch(/^- \*\*Your dates:\*\* core rotations start, Thu 18 Feb 2027 \(result most likely not in by then\)$/m);
    expect(md).toMatch(/section Your dates\n {4}core rotations start :crit, milestone, m1, 2027-02-18, 0d/);
  });

  it('rotations in the calendar: an all-day event that standard parsers read', () => {
    const ics = plan(ROTATIONS, 'ics');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const m = events.filter((e) => e.summary === 'core rotations start');
    expect(m).toHaveLength(1);
    expect(m[0]!.startDate.isDate).toBe(true);
    expect(m[0]!.startDate.toString()).toBe('2027-02-18');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('suspects ADHD with the exam five weeks away: the NBME process, and honestly too close', () => {
    const answers = 'testDay: { accommodations: suspect }\nschedule: { start: 2026-11-30, hoursPerDay: 8, examDate: 2027-01-01 }\n';
    const md = plan(answers);
    expect(beyondIds(findingIds(answers))).toEqual(['accommodations-suspect']);
    expect(md).toMatch(/decided by NBME, not your school/);
    expect(md).toMatch(/about 60 business days/);
    expect(md).toMatch(/5 weeks away.*cannot be decided before that date/);
    expect(md).not.toMatch(/Your dates/);
  });

  it('has accommodations at school: request them from NBME', () => {
    const answers = 'testDay: { accommodations: have }\nschedule: { start: 2026-11-30, hoursPerDay: 8 }\n';
    const md = plan(answers);
    expect(beyondIds(findingIds(answers))).toEqual(['accommodations-have']);
    expect(md).toMatch(/Accommodations from your school do not transfer to USMLE/);
  });

  it('in severe distress: the school options beside pushing on, the choice theirs', () => {
    const answers = 'testDay: { anxiety: 9 }\nwellbeing: { burnout: 9, sleepHours: 5 }\nschedule: { start: 2026-11-30, hoursPerDay: 8 }\n';
    const md = plan(answers);
    const ids = findingIds(answers);
    expect(beyondIds(ids)).toEqual(['school-options']);
    expect(md).toMatch(/leave of absence/);
    expect(md).toMatch(/The choice is yours, made with your advisor/);
    expect(ids.indexOf('severe-distress')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('severe-distress')).toBeLessThan(ids.indexOf('school-options'));
    expect(md).not.toMatch(/Your dates/);
  });

  it('none of these: only the story, in every plan', () => {
    const answers = 'testDay: { accommodations: none }\nschedule: { start: 2026-11-30, hoursPerDay: 8 }\n';
    const md = plan(answers);
    expect(beyondIds(findingIds(answers))).toEqual([]);
    expect(md).not.toMatch(/Your dates|section Your dates/);
    expect(md).toMatch(/^## Your story for applications$/m);
    expect(md).toMatch(/^- My weakest area was Physiology\.$/m);
    expect(md).toMatch(/Competitive specialties weigh a failed attempt more/);
    expect(md).not.toMatch(/Health and personal details/);
    const ics = plan('schedule: { start: 2026-11-30, hoursPerDay: 8 }\n', 'ics');
    expect(ics).not.toMatch(/retake-milestone-/);
  });

  it('a bad milestone is one sentence, exit 2, nothing written', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'retake-beyond-')), 'answers.yaml');
    writeFileSync(file, `${base}schedule: { start: 2026-11-30, hoursPerDay: 8 }\nmilestones: [{ name: rotations, date: next spring }]\n`);
    const r = retake(['plan', '--answers', file, '--as-of', '2026-11-27']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/milestones\[0\]\.date: expected a real date written YYYY-MM-DD, got "next spring"/);
  });
});
