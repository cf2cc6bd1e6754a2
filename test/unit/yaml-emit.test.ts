import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { emitYaml } from '../../src/render/yaml-emit.js';

const tricky = ['2027-01-04', 'yes', 'No', 'null', '~', '12', '1e3', '0x1F', '.5', 'a: b', '- x', '#c', 'x #y', ' lead', 'trail ', '', '"q"', "it's", 'multi\nline', 'tab\there', '✓ done', '*alias', '&anchor', '!tag', '%dir', '@at', '`tick`', '{a}', '[b]', '|', '>', '?', 'on', 'Off', 'Y', '—dash', 'é', '\u2028'];

describe('emitYaml', () => {
  it.each(tricky)('round-trips %j in YAML 1.2 and 1.1', (s) => {
    const doc = { s, list: [s], nested: { [s || 'k']: s } };
    const text = emitYaml(doc);
    expect(parse(text)).toEqual(doc);
    expect(parse(text, { version: '1.1' })).toEqual(doc);
  });

  it('round-trips any JSON-like data', () => {
    const key = fc.string({ minLength: 1, maxLength: 8 });
    const leaf = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)), fc.boolean());
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 5 }), (doc) => {
        const text = emitYaml(doc);
        expect(parse(text)).toEqual(doc);
        expect(parse(text, { version: '1.1' })).toEqual(doc);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses values YAML cannot carry faithfully', () => {
    expect(() => emitYaml({ n: Number.NaN })).toThrow();
    expect(() => emitYaml({ f: () => 1 })).toThrow();
  });
});
