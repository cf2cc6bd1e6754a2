// "Did you mean …?": the closest valid names to a mistyped one. Cheap on purpose: the lists are
// short (areas, enumerations, field names), so a plain edit distance is enough.

const MAX_INPUT = 60;

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_&/]+/g, '-').replace(/-+/g, '-');

/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

/**
 * Up to `max` valid names closest to `input`. Each candidate is [what it is looked up by, the
 * name to suggest] (an alias suggests its slug). A candidate matches when the input is the start
 * of it ("social" → social-sciences) or within a quarter of the input's length in edits. Names
 * that differ only in their digits are different things, not typos (step3 is not step1).
 */
export function closest(input: string, candidates: readonly (readonly [string, string])[], max = 3): string[] {
  // A name longer than any valid one is no typo (and a hostile megabyte string costs nothing).
  if (input.length > MAX_INPUT) return [];
  const x = norm(input);
  if (x.length < 2) return [];
  const scored: { name: string; score: number }[] = [];
  for (const [key, name] of candidates) {
    const k = norm(key);
    // The same name in another case (examdate for examDate) is the closest match of all.
    if (k === x) {
      if (key !== input.trim()) scored.push({ name, score: 0 });
      continue;
    }
    if (k.replace(/\d/g, '') === x.replace(/\d/g, '')) continue;
    const prefix = x.length >= 3 && (k.startsWith(x) || x.startsWith(k) && k.length >= 4);
    const dist = editDistance(x, k);
    if (prefix || dist <= Math.max(1, Math.floor(x.length / 4))) scored.push({ name, score: prefix ? 0.5 : dist });
  }
  scored.sort((a, b) => a.score - b.score);
  return [...new Set(scored.map((s) => s.name))].slice(0, max);
}

/** "did you mean social-sciences?" / "did you mean pathology or physiology?"; empty when nothing is close. */
export function didYouMean(input: string, candidates: readonly (readonly [string, string])[] | readonly string[]): string {
  const pairs = candidates.map((c) => (typeof c === 'string' ? ([c, c] as const) : c));
  const names = closest(input, pairs);
  return names.length ? `did you mean ${names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]}?` : '';
}
