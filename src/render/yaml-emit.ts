// A small YAML emitter for plain data (objects, arrays, strings, numbers, booleans): the
// plan is large and the general-purpose stringifier dominated start-up. Output reads the
// same in YAML 1.1 and 1.2 parsers: any string that could be read as something else (a
// number, a date, yes/no, null, or one with YAML punctuation) is double-quoted, JSON style,
// which is valid YAML. Round-trip tests check it with the `yaml` parser.

const PLAIN = /^[A-Za-z][A-Za-z0-9 _.,()&'’–/+-]*$/;
// Words 1.1 or 1.2 read as booleans/null/special floats, and exponent-only floats ("e0"),
// which YAML 1.1 float patterns accept.
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null|nan|inf|[eE][-+]?\d[\d_]*)$/i;

function scalar(v: unknown): string {
  if (typeof v === 'string') return PLAIN.test(v) && !RESERVED.test(v) && !v.endsWith(' ') ? v : JSON.stringify(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`cannot write ${v} as YAML`);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) return 'null';
  throw new Error(`cannot write ${typeof v} as YAML`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function key(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) && !RESERVED.test(k) ? k : JSON.stringify(k);
}

function emit(v: unknown, indent: string, out: string[]): void {
  if (isObject(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) continue;
      if (isObject(x) && Object.keys(x).length) {
        out.push(`${indent}${key(k)}:`);
        emit(x, `${indent}  `, out);
      } else if (Array.isArray(x) && x.length) {
        out.push(`${indent}${key(k)}:`);
        emitList(x, `${indent}  `, out);
      } else out.push(`${indent}${key(k)}: ${isObject(x) ? '{}' : Array.isArray(x) ? '[]' : scalar(x)}`);
    }
  } else if (Array.isArray(v)) emitList(v, indent, out);
  else out.push(`${indent}${scalar(v)}`);
}

function emitList(list: readonly unknown[], indent: string, out: string[]): void {
  for (const item of list) {
    if (isObject(item) && Object.keys(item).length) {
      // The first field shares the dash's line; the rest line up under it.
      const inner: string[] = [];
      emit(item, `${indent}  `, inner);
      out.push(`${indent}- ${inner[0]!.slice(indent.length + 2)}`, ...inner.slice(1));
    } else if (Array.isArray(item) && item.length) {
      out.push(`${indent}-`);
      emitList(item, `${indent}  `, out);
    } else out.push(`${indent}- ${isObject(item) ? '{}' : Array.isArray(item) ? '[]' : scalar(item)}`);
  }
}

export function emitYaml(value: unknown): string {
  if (isObject(value) && !Object.keys(value).length) return '{}\n';
  if (Array.isArray(value) && !value.length) return '[]\n';
  const out: string[] = [];
  emit(value, '', out);
  return `${out.join('\n')}\n`;
}
