// "Did you mean …?": close names only, never a guess across a different number.
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/content/areas.js';
import { closest, didYouMean } from '../../src/lib/suggest.js';
import { unknownAreaProblem } from '../../src/schema/problems.js';

const ck = AREAS.step2ck.flatMap((a) => [a.slug, ...a.aliases].map((k) => [k, a.slug] as const));

describe('closest', () => {
  it.each<[string, string[]]>([
    ['social', ['social-sciences']], // the start of a name (the trial's typo)
    ['cardiovasular', ['cardiovascular']], // one letter missing
    ['Pediatircs', ['pediatrics']], // two letters swapped, any case
    ['pharmocology', []], // Step 2 CK has no pharmacology: no far-fetched "-ology" match
    ['zzz', []],
    ['x', []],
  ])('%s → %j', (input, want) => expect(closest(input, ck)).toEqual(want));

  it('offers the same name in another case first (examdate → examDate)', () =>
    expect(closest('examdate', [['examDate', 'examDate'], ['start', 'start'], ['exam', 'exam']])).toEqual(['examDate', 'exam']));
  it('never offers a name that differs only in its number', () => expect(closest('step3', [['step1', 'step1'], ['step2ck', 'step2ck']])).toEqual([]));
  it('words one or several names', () => {
    expect(didYouMean('dayly', ['none', 'irregular', 'daily'])).toBe('did you mean daily?');
    expect(didYouMean('zzzz', ['none', 'daily'])).toBe('');
    expect(didYouMean('abcde', ['abcdef', 'abcdeg'])).toBe('did you mean abcdef or abcdeg?');
  });
});

describe('unknownAreaProblem', () => {
  it('suggests the closest area, the way `retake log --weak` reports it', () => {
    expect(unknownAreaProblem('step2ck', 'social')).toBe('unknown USMLE Step 2 CK area "social"; did you mean social-sciences? (see README.md for the area names)');
    expect(unknownAreaProblem('step1', 'astrology')).toBe('unknown USMLE Step 1 area "astrology"; see README.md for the area names');
  });
});

it('gives up on a string far longer than any name (hostile input stays cheap)', () => {
  expect(closest('social'.repeat(100_000), ck)).toEqual([]);
});
