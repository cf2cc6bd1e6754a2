// Short content hashes for identities that must survive regeneration (task IDs, calendar
// event versions). SHA-256 so nobody has to review a home-made hash; pure and synchronous.
import { createHash } from 'node:crypto';

/** `length` base-36 characters (at most 9) from the first 48 bits of SHA-256 of `text`. */
export function shortHash(text: string, length = 8): string {
  const digest = createHash('sha256').update(text).digest();
  return digest.readUIntBE(0, 6).toString(36).padStart(10, '0').slice(-length);
}
