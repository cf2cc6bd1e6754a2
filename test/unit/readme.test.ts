// README's answers-file example is what a new student copies first: it must load as written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/cli/load-answers.js';
import { readYaml } from '../../src/cli/yaml-read.js';
import { diagnose } from '../../src/core/diagnose.js';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const example = /## The answers file[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!;

describe("README's answers-file example", () => {
  it('loads without a problem and yields findings', () => {
    const read = readYaml(example);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const answers = validate(read.value, 'README', '2026-11-27');
    expect(diagnose(answers, '2026-11-27').findings.length).toBeGreaterThan(5);
  });
});
