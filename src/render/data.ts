// YAML and JSON views of the plan: the plan object as it is (its schema, src/schema/plan.ts, is checked by the tests).
import { emitYaml } from './yaml-emit.js';

/** YAML that reads the same in YAML 1.1 and 1.2 parsers (see yaml-emit.ts). */
export function toYaml(value: unknown): string {
  return emitYaml(value);
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
