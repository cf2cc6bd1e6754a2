// A small YAML emitter for plain data (objects, arrays, strings, numbers, booleans): the
// plan is large and the general-purpose stringifier dominated start-up. Output reads the
// same in YAML 1.1 and 1.2 parsers: any string that could be read as something else (a
// number, a date, yes/no, null, or one with YAML punctuation) is double-quoted, JSON style,
// which is valid YAML. Round-trip tests check it with the `yaml` parser.

const PLAIN = /^[A-Za-z][A-Za-z0-9 _.,()&'’–/+-]*$/;
// Words 1.1 or 1.2 read as booleans/null/special floats, and exponent-only floats ("e0"),
// which YAML 1.1 float patterns accept.
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null|nan|inf|[eE][-+]?\d[\d_]*)$/i;

// Plans repeat the same strings and keys thousands of times (kinds, weekdays, task texts);
// deciding each once keeps the emitter cheap on a cold start.
const scalars = new Map<string, string>();
const keys = new Map<string, string>();

function str(v: string): string {
  let out = scalars.get(v);
  if (out === undefined) {
    out = PLAIN.test(v) && !RESERVED.test(v) && !v.endsWith(' ') ? v : JSON.stringify(v);
    if (scalars.size < 10_000) scalars.set(v, out);
  }
  return out;
}

function scalar(v: unknown): string {
  if (typeof v === 'string') return str(v);
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
  let out = keys.get(k);
  if (out === undefined) {
    out = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) && !RESERVED.test(k) ? k : JSON.stringify(k);
    keys.set(k, out);
  }
  return out;
}

function isEmpty(v: object): boolean {
  for (const _ in v) return false;
  return true;
}

/** Appends the lines of `v` at `indent`; `first` replaces the indent of the first line (a list dash). */
function emit(v: unknown, indent: string, first: string, out: string[]): void {
  if (Array.isArray(v)) return emitList(v, indent, first, out);
  if (!isObject(v)) return void out.push(first + scalar(v));
  let lead = first;
  for (const k in v) {
    const x = v[k];
    if (x === undefined) continue;
    emitField(key(k), x, lead, indent, out);
    lead = indent;
  }
}

// One field per call, apart from emit: with the field's work inside its loop, emit grew hot
// enough for V8 to optimise it near the end of a plan, and the process then waited at exit for
// that compile to finish (about 10 ms, for code no longer needed). Small functions stay cheap.
function emitField(name: string, x: unknown, lead: string, indent: string, out: string[]): void {
  if (x !== null && typeof x === 'object' && !isEmpty(x)) {
    out.push(`${lead}${name}:`);
    emit(x, `${indent}  `, `${indent}  `, out);
  } else out.push(`${lead}${name}: ${x !== null && typeof x === 'object' ? (Array.isArray(x) ? '[]' : '{}') : scalar(x)}`);
}

function emitList(list: readonly unknown[], indent: string, first: string, out: string[]): void {
  let lead = first;
  for (const item of list) {
    if (item !== null && typeof item === 'object' && !isEmpty(item)) {
      // The first field shares the dash's line; the rest line up under it.
      if (Array.isArray(item)) {
        out.push(`${lead}-`);
        emitList(item, `${indent}  `, `${indent}  `, out);
      } else emit(item, `${indent}  `, `${lead}- `, out);
    } else out.push(`${lead}- ${item !== null && typeof item === 'object' ? (Array.isArray(item) ? '[]' : '{}') : scalar(item)}`);
    lead = indent;
  }
}

export function emitYaml(value: unknown): string {
  if (isObject(value) && !Object.keys(value).length) return '{}\n';
  if (Array.isArray(value) && !value.length) return '[]\n';
  const out: string[] = [];
  emit(value, '', '', out);
  return `${out.join('\n')}\n`;
}
