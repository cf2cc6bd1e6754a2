// Golden files a reviewer reads: per fixture student, digest.md holds the findings with their
// evidence and actions, each week's focus and checkpoint, and a few whole days (test/golden.ts).
// One full Markdown plan stays as a sample. Review `git diff test/fixtures` by eye before
// updating with `npx vitest run -u test/unit/golden.test.ts`.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { digest } from '../golden.js';
import { FIXTURES, TODAY, fixtureAnswers, fixtureNames } from '../helpers.js';

/** The one student whose whole Markdown plan is kept as a sample. */
export const SAMPLE = 'step1-close-minimal';

describe.each(fixtureNames())('%s', (name) => {
  const plan = buildPlan(fixtureAnswers(name), TODAY);
  it('digest.md', async () => {
    await expect(digest(plan)).toMatchFileSnapshot(join(FIXTURES, name, 'digest.md'));
  });
});

it(`${SAMPLE}: the whole Markdown plan (sample)`, async () => {
  await expect(renderMarkdown(buildPlan(fixtureAnswers(SAMPLE), TODAY))).toMatchFileSnapshot(join(FIXTURES, SAMPLE, 'plan.md'));
});
