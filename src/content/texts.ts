// Text templates: YAML files in templates/, parsed at build time (scripts/yaml-templates.js).
// `text('findings', 'key.path', vars)` fills {placeholders}; a missing key or value is a bug.
import findingsYaml from '../../templates/findings.yaml';
import planYaml from '../../templates/plan.yaml';
import guidanceYaml from '../../templates/guidance.yaml';
import interviewYaml from '../../templates/interview.yaml';
import beyondYaml from '../../templates/beyond.yaml';
import cliYaml from '../../templates/cli.yaml';

type Tree = { [key: string]: Tree | string | string[] };
const trees = { findings: findingsYaml, plan: planYaml, guidance: guidanceYaml, interview: interviewYaml, beyond: beyondYaml, cli: cliYaml } as Record<string, Tree>;
export type TemplateFile = 'findings' | 'plan' | 'guidance' | 'interview' | 'beyond' | 'cli';

function tree(file: string): Tree {
  return trees[file]!;
}

export type Vars = Record<string, string | number>;

function lookup(file: string, key: string): Tree | string | string[] {
  let node: Tree | string | string[] | undefined = tree(file);
  for (const part of key.split('.')) {
    node = typeof node === 'object' && !Array.isArray(node) ? node[part] : undefined;
    if (node === undefined) throw new Error(`missing template text ${file}:${key}`);
  }
  return node;
}

export function fill(template: string, vars: Vars = {}): string {
  // Most texts have no placeholder, and only a filled "1 " can need singular().
  if (!template.includes('{')) return template;
  const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    if (v === undefined) throw new Error(`template placeholder {${name}} has no value in "${template}"`);
    return String(v);
  });
  return singular(filled);
}

/** A count of one before a plural unit ("1 points", "1 more weeks"): the shape a filled number can take. */
export const ONE_PLURAL = /(?<![\d.,])\b1 ((?:full |practice |rest |more |earlier attempt )*)(weeks|days|nights|points|hours|questions|attempts|results|blocks|minutes|exams|dates)\b/g;

/**
 * "1 points below" → "1 point below": a number filled into a template ("{gap} points") reads
 * right when it is one. Counts a sentence is built around use `counted()` instead.
 */
export function singular(s: string): string {
  if (!s.includes('1 ')) return s;
  return s.replace(ONE_PLURAL, (_, words: string, unit: string) => `1 ${words}${unit.slice(0, -1)}`);
}

/** One text from templates/<file>.yaml. */
export function text(file: TemplateFile, key: string, vars?: Vars): string {
  const node = lookup(file, key);
  if (typeof node !== 'string') throw new Error(`template ${file}:${key} is not a single text`);
  return fill(node, vars);
}

/** A list of texts (each filled with the same vars). */
export function texts(file: TemplateFile, key: string, vars?: Vars): string[] {
  const node = lookup(file, key);
  if (!Array.isArray(node)) throw new Error(`template ${file}:${key} is not a list`);
  return node.map((s) => fill(s, vars));
}

/** "a", "a and b", "a, b and c" */
export function joinWords(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/**
 * A count in words from a template with `one` and `other` forms ("1 full rest day",
 * "2 full rest days"), so no output says "day(s)".
 */
export function counted(file: TemplateFile, key: string, count: number, vars: Vars = {}): string {
  return text(file, `${key}.${count === 1 ? 'one' : 'other'}`, { ...vars, count });
}
