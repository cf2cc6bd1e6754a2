// Reading YAML (and JSON, which is YAML) from files we do not control. js-yaml with the
// YAML 1.2 core schema: dates stay strings, duplicate keys are errors. It parses small files
// several times faster than the alternatives at start-up (see README "Performance").
// Aliases come back as shared references, so a bounded walk rejects alias bombs ("billion
// laughs") and absurd nesting before anything else traverses the data.
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';

export const MAX_NODES = 100_000;
export const MAX_DEPTH = 64;

export type YamlResult = { ok: true; value: unknown } | { ok: false; problems: string[] };

export function readYaml(text: string): YamlResult {
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch (e) {
    if (e instanceof YAMLException) {
      const m = e.mark;
      return { ok: false, problems: [m ? `line ${m.line + 1}, column ${m.column + 1}: ${e.reason}` : e.reason] };
    }
    if (e instanceof RangeError) return { ok: false, problems: ['the document is nested too deeply to read'] };
    throw e;
  }
  const size = measure(value);
  if (size === 'deep') return { ok: false, problems: [`the document is nested more than ${MAX_DEPTH} levels deep`] };
  if (size === 'large') return { ok: false, problems: [`the document expands to more than ${MAX_NODES} values (too many aliases?)`] };
  return { ok: true, value };
}

/** Counts values as a reader would see them expanded, stopping early past the limits. */
function measure(root: unknown): 'ok' | 'deep' | 'large' {
  let count = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (++count > MAX_NODES) return 'large';
    if (depth > MAX_DEPTH) return 'deep';
    if (v !== null && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return 'ok';
}
