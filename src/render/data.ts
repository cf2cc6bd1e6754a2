// YAML and JSON views of the plan: the plan object as it is, validated before it leaves.
import { stringify } from 'yaml';

/**
 * YAML that reads the same in YAML 1.1 and 1.2 parsers: strings that 1.1 would read as
 * dates or booleans (2027-01-04, yes, no) are quoted.
 */
export function toYaml(value: unknown): string {
  return stringify(value, { version: '1.1', lineWidth: 0 });
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
