// Templates are YAML for people to edit; the bundle and the tests get them pre-parsed as
// JSON, so the CLI never parses template YAML at run time.
import { parse } from 'yaml';

export function templateModule(source) {
  // JSON.parse of a string literal is faster for V8 to load than the same object literal.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(parse(source)))});`;
}
