// Range checks from the answers schema itself: a question checks a value against the same
// zod field schema the answers file uses, so the interview never accepts what a file may not.
import type * as z from 'zod/mini';
import { answersSchema } from '../schema/answers.js';

type Schema = z.ZodMiniType;

function fieldSchema(path: string): Schema {
  let s = answersSchema as unknown as Schema;
  for (const key of path.split('.')) {
    while ((s as { def: { type: string } }).def.type === 'optional') s = (s as unknown as { def: { innerType: Schema } }).def.innerType;
    s = (s as unknown as { def: { shape: Record<string, Schema> } }).def.shape[key]!;
  }
  return s;
}

/** Whether `value` is allowed at `path` of an answers file ("methods.questionsCompleted"). */
export function fits(path: string, value: unknown): boolean {
  return fieldSchema(path).safeParse(value).success;
}
