// Turns zod issues into one human sentence per problem: "field.path: expected <allowed>, got <value>".
import type { core } from 'zod/mini';
import { AREAS, type AreaKind } from '../content/areas.js';
import { EXAM_FACTS, type Exam } from '../content/exams.js';
import { printable } from '../lib/printable.js';
import { didYouMean } from '../lib/suggest.js';

export type Result<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** What a field allows, keyed by dotted path; `*` matches any one key or index. */
export type Allowed = Record<string, string>;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  // Keys come from the input: escaped and cut like any echoed value.
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${printable(String(p), 40)}` : printable(String(p), 40);
  return out || '(top level)';
}

export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'an empty value';
  if (typeof v === 'string') return printable(JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v), 60);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return 'a list';
  return 'a group of fields';
}

function lookupAllowed(allowed: Allowed, path: readonly PropertyKey[]): string | undefined {
  const concrete = path.map(String);
  for (const [pattern, text] of Object.entries(allowed)) {
    const parts = pattern.split('.');
    if (parts.length === concrete.length && parts.every((p, i) => p === '*' || p === concrete[i])) return text;
  }
  return undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p as string];
  }
  return cur;
}

export function issueToSentence(issue: core.$ZodIssue, data: unknown, allowed: Allowed): string {
  const where = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => formatPath([...issue.path, k]));
    const parent = valueAt(data, issue.path);
    const hint = lookupAllowed(allowed, [...issue.path, '#keys']);
    // One mistyped field: name the closest allowed one.
    const guess = hint && issue.keys.length === 1 ? didYouMean(String(issue.keys[0]), hint.split(', ')) : '';
    return `${keys.join(', ')}: unknown field${keys.length > 1 ? 's' : ''}${guess ? ` (${guess})` : ''}${hint ? `; allowed${parent !== undefined && issue.path.length ? ` in ${where}` : ''}: ${hint}` : ''}`;
  }
  const got = valueAt(data, issue.path);
  const known = lookupAllowed(allowed, issue.path);
  const expected = known ?? fallback(issue);
  if (got === undefined) return `${where}: missing; expected ${expected}`;
  if (issue.code === 'custom' && !known) return `${where}: ${issue.message}, got ${describeValue(got)}`;
  // A value outside an enumeration: name the closest allowed values.
  const guess = issue.code === 'invalid_value' && typeof got === 'string' ? didYouMean(got, issue.values.map(String)) : '';
  return `${where}: expected ${expected}, got ${describeValue(got)}${guess ? `; ${guess}` : ''}`;
}

/**
 * An area name the exam does not have: "unknown USMLE Step 2 CK area "social"; did you mean
 * social-sciences?", suggesting slugs by their slug or alias. With a kind, only that list.
 */
export function unknownAreaProblem(exam: Exam, name: string, kind?: AreaKind): string {
  const areas = AREAS[exam].filter((a) => !kind || a.kind === kind);
  const guess = didYouMean(name, areas.flatMap((a) => [a.slug, ...a.aliases].map((k) => [k, a.slug] as const)));
  const what = `${EXAM_FACTS[exam].name} ${kind ?? 'area'}`;
  if (kind) return `unknown ${what}${guess ? ` (${guess})` : ''}; valid: ${areas.map((a) => a.slug).join(', ')}`;
  return `unknown ${what} "${printable(name, 40)}"; ${guess ? `${guess} (` : ''}see README.md for the area names${guess ? ')' : ''}`;
}

function fallback(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`;
    case 'too_small':
      return `at least ${String(issue.minimum)}`;
    case 'too_big':
      return `at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}
