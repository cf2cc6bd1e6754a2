// Word wrapping for terminal text: lines break at spaces, never inside a word, and each
// continuation line carries a hanging indent. A single word longer than the line (a long
// path) is left whole rather than split.

/** Visible length: ANSI colour codes take no columns. */
export function visibleLength(s: string): number {
  return s.replace(/\u001b\[[0-9;]*m/g, '').length;
}

/** Wraps `text` to `width` columns; the first line starts with `first`, the rest with `rest`. */
export function wrapWords(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // A line that fits is kept as written (its alignment included).
    if (visibleLength((lines.length ? rest : first) + paragraph) <= width) {
      lines.push((lines.length ? rest : first) + paragraph);
      continue;
    }
    let line = lines.length ? rest : first;
    let empty = true;
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      if (!empty && visibleLength(line) + 1 + visibleLength(word) > width) {
        lines.push(line);
        line = rest + word;
      } else line += (empty ? '' : ' ') + word;
      empty = false;
    }
    lines.push(line);
  }
  return lines;
}
