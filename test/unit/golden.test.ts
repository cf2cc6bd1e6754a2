// Golden files: the exact Markdown and YAML each fixture student gets. Review any change
// by eye (git diff test/fixtures) before updating with `npx vitest run -u`.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { toYaml } from '../../src/render/data.js';
import { FIXTURES, TODAY, fixtureAnswers, fixtureNames } from '../helpers.js';

describe.each(fixtureNames())('%s', (name) => {
  const plan = buildPlan(fixtureAnswers(name), TODAY);
  it('plan.md', async () => {
    await expect(renderMarkdown(plan)).toMatchFileSnapshot(join(FIXTURES, name, 'plan.md'));
  });
  it('plan.yaml', async () => {
    await expect(toYaml(plan)).toMatchFileSnapshot(join(FIXTURES, name, 'plan.yaml'));
  });
});
