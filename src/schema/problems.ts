// Turns zod issues into one human sentence per problem: "field.path: expected <allowed>, got <value>".
import type { core } from 'zod/mini';
import { printable } from '../lib/printable.js';

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
    return `${keys.join(', ')}: unknown field${keys.length > 1 ? 's' : ''}${hint ? `; allowed${parent !== undefined && issue.path.length ? ` in ${where}` : ''}: ${hint}` : ''}`;
  }
  const got = valueAt(data, issue.path);
  const known = lookupAllowed(allowed, issue.path);
  const expected = known ?? fallback(issue);
  if (got === undefined) return `${where}: missing; expected ${expected}`;
  if (issue.code === 'custom' && !known) return `${where}: ${issue.message}, got ${describeValue(got)}`;
  return `${where}: expected ${expected}, got ${describeValue(got)}`;
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
