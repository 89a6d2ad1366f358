import { PASSWORD_MIN } from '@suotdoi/shared';

// No look-alikes (0/O, 1/l/I) so that a password read aloud or copied from paper survives.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A random password for a new account, from the browser's CSPRNG. */
export function generatePassword(length = Math.max(PASSWORD_MIN + 4, 14)): string {
  const bytes = new Uint32Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}
