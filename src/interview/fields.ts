// Inline validation from the answers schema itself: each question checks its value against
// the same zod field schema the answers file uses, and re-asks with the same wording.
import type * as z from 'zod/mini';
import { ALLOWED, answersSchema } from '../schema/answers.js';

type Schema = z.ZodMiniType;

function fieldSchema(path: string): Schema {
  let s = answersSchema as unknown as Schema;
  for (const key of path.split('.')) {
    while ((s as { def: { type: string } }).def.type === 'optional') s = (s as unknown as { def: { innerType: Schema } }).def.innerType;
    s = (s as unknown as { def: { shape: Record<string, Schema> } }).def.shape[key]!;
  }
  return s;
}

/** A validator for a question: true, or "Please enter …" with what the field allows. */
export function check(path: string, convert: (raw: string) => unknown = (v) => v) {
  const schema = fieldSchema(path);
  return (raw: string): true | string => {
    const value = convert(raw.trim());
    if (value === undefined) return true;
    return schema.safeParse(value).success ? true : `Please enter ${ALLOWED[path] ?? 'a valid value'}.`;
  };
}

/** "" → undefined (skipped), "7.5" → 7.5, anything else → NaN (fails the number schema). */
export const toNumber = (v: string): number | undefined => (v === '' ? undefined : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : Number.NaN);
export const toText = (v: string): string | undefined => (v === '' ? undefined : v);
