// The dependency rule README states in one line: lib and content at the bottom → schema →
// core → render, interview → cli. Each folder may import only from the folders below it.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');
const BELOW: Record<string, readonly string[]> = {
  lib: [],
  content: ['lib'],
  schema: ['lib', 'content'],
  core: ['lib', 'content', 'schema'],
  render: ['lib', 'content', 'schema', 'core'],
  interview: ['lib', 'content', 'schema', 'core'],
  cli: ['lib', 'content', 'schema', 'core', 'render', 'interview'],
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every relative import (static or dynamic) of a source file, as the src/ folder it lands in. */
function importedFolders(file: string): { spec: string; folder: string }[] {
  const code = readFileSync(file, 'utf8');
  const specs = [...code.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specs
    .map((spec) => ({ spec, target: relative(SRC, resolve(file, '..', spec)) }))
    .filter(({ target }) => !target.startsWith('..'))
    .map(({ spec, target }) => ({ spec, folder: target.split('/')[0]! }));
}

describe('imports follow the layers', () => {
  for (const [folder, below] of Object.entries(BELOW)) {
    it(`${folder}/ imports only from ${below.join(', ') || 'itself'}`, () => {
      const against = files(join(SRC, folder)).flatMap((file) =>
        importedFolders(file)
          .filter((i) => i.folder !== folder && !below.includes(i.folder))
          .map((i) => `${relative(SRC, file)} imports ${i.spec}`),
      );
      expect(against).toEqual([]);
    });
  }
  it('every src/ folder has a layer', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !(f in BELOW))).toEqual([]);
  });
  it('every question goes through the Prompter: only interview/prompter.ts loads Inquirer, and it is given its stream', () => {
    const askers = files(SRC).filter((file) => /@inquirer\/prompts/.test(readFileSync(file, 'utf8')));
    expect(askers.map((file) => relative(SRC, file))).toEqual(['interview/prompter.ts']);
    expect(readFileSync(join(SRC, 'interview/prompter.ts'), 'utf8')).not.toMatch(/process\./);
  });
  it('sees an import against the rule (the check itself works)', () => {
    expect(importedFolders(join(SRC, 'cli/plan-command.ts')).some((i) => i.folder === 'core')).toBe(true);
  });
});
