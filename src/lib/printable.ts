// Text from a file or the command line, made safe to echo in a message: control characters
// (C0, DEL, C1 — the terminal's escape sequences) and bidirectional overrides are shown as
// escapes, and a long value is cut, so an answers file can neither drive the terminal nor
// bury a message under a megabyte of text.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escape(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\t') return '\\t';
  if (c === '\r') return '\\r';
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One value from the input: every control character escaped (line breaks too), at most `max` characters. */
export function printable(s: string, max = 60): string {
  const cut = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  return cut.replace(UNSAFE_OR_BREAK, escape);
}

/** A whole message: line breaks and tabs kept, other control characters escaped, each line cut at `maxLine`. */
export function safeMessage(s: string, maxLine = 400): string {
  return s
    .split('\n')
    .map((line) => (line.length > maxLine ? `${line.slice(0, maxLine - 1)}…` : line).replace(UNSAFE, escape))
    .join('\n');
}
