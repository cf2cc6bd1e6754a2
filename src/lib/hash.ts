// Short content hashes for identities that must survive regeneration (task IDs, calendar
// event versions). SHA-256 so nobody has to review a home-made hash; pure and synchronous.
import * as crypto from 'node:crypto';

// One-shot crypto.hash (Node 20.12+, 21.7+) is about a third cheaper per call than a Hash
// object; a plan hashes every task. Same digest either way, so the IDs do not change.
const sha256: (text: string) => Buffer =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'buffer') : (text) => crypto.createHash('sha256').update(text).digest();

/** `length` base-36 characters (at most 9) from the first 48 bits of SHA-256 of `text`. */
export function shortHash(text: string, length = 8): string {
  return sha256(text).readUIntBE(0, 6).toString(36).padStart(10, '0').slice(-length);
}
