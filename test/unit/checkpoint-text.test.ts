import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan.js';
import { lineForKind } from '../../src/core/readiness.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { TODAY, fixtureAnswers, fixtureNames } from '../helpers.js';

const tasks = (name: string) => buildPlan(fixtureAnswers(name), TODAY).weeks.flatMap((w) => w.days).flatMap((d) => d.tasks.map((t) => ({ ...t, date: d.date })));

describe('checkpoint texts say what is true', () => {
  it('says the Step 2 CK Free 120 is not counted by the readiness verdict, and Step 1 counts its own', () => {
    const ck = tasks('step2ck-timing').find((t) => t.type === 'practice-exam' && t.text.includes('Free 120'))!;
    expect(ck.why).toContain('does not count');
    const s1 = tasks('videos-anxious-step1').find((t) => t.type === 'practice-exam' && t.text.includes('Free 120'))!;
    expect(s1.why).not.toContain('does not count');
  });

  it('never says a question-bank mock counts toward readiness, on either Step, nor measures it against the line', () => {
    // Every fixture's mocks; both Steps must have some (a plan with fewer checkpoints than forms has none).
    const byExam = new Map<string, number>();
    for (const name of fixtureNames()) {
      const mocks = tasks(name).filter((t) => t.type === 'practice-exam' && t.text.includes('Mock exam'));
      byExam.set(fixtureAnswers(name).exam, (byExam.get(fixtureAnswers(name).exam) ?? 0) + mocks.length);
      for (const t of mocks) expect(t.why).toContain('does not count');
    }
    expect(byExam.get('step1')).toBeGreaterThan(0);
    expect(byExam.get('step2ck')).toBeGreaterThan(0);
    expect(lineForKind('step1', 'other', 0)).toBeUndefined();
    expect(lineForKind('step1', 'nbme', 0)).toBe(0);
  });

  it('sizes the review text by the minutes scheduled for it', () => {
    const all = tasks('videos-anxious-step1');
    const review = all.find((t) => t.type === 'incorrects-review' && t.text.includes('Free 120'))!;
    const said = Number(/about (\d+) min in all/.exec(review.text)![1]);
    const scheduled = all.filter((t) => t.type === 'incorrects-review' && t.text.includes('Free 120') && t.date >= review.date).reduce((n, t) => n + t.minutes, 0);
    expect(said).toBe(scheduled);
  });

  it('keeps the worry-writing drill at the minutes its text says', () => {
    for (const t of tasks('videos-anxious-step1').filter((x) => x.type === 'expressive-writing')) expect(t.text).toMatch(new RegExp(`for ${t.minutes} minutes|then take ${t.minutes - 10} quiet`));
  });

  it('explains a checkpoint shorter than a full-length form', () => {
    const md = renderMarkdown(buildPlan(fixtureAnswers('videos-anxious-step1'), TODAY));
    expect(md).not.toContain('(partial)');
    expect(md).toMatch(/Free 120 \(official practice questions\) \(120 questions, shorter than a full-length form\)/);
  });
});
