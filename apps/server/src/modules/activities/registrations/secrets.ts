import { createHash, randomBytes } from 'node:crypto';

/** No 0/O, no 1/I: read aloud or typed from a phone screen, a code is not misread. 32 letters: 5 bits each. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;

/** A check-in code: 8 characters (40 bits), so guessing someone's code by trial is out of reach. */
export function newCode(): string {
  return [...randomBytes(CODE_LENGTH)].map((b) => CODE_ALPHABET[b & 31]).join('');
}

/** What a person types at check-in, made comparable: upper case, without spaces or dashes. */
export function canonicalCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** The secret of a personal link: 32 random bytes, base64url (43 characters). Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
