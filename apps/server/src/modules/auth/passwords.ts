import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { AppError, PASSWORD_MIN } from '@suotdoi/shared';

/**
 * argon2id with the library's defaults (m = 19 MiB, t = 2, p = 1): the OWASP minimum for argon2id, and about
 * 30 ms here, which keeps a login fast while making offline guessing expensive.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'));
}

/** False for a wrong password and for a hash that is not argon2 at all (an account with no usable password). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (!passwordHash.startsWith('$argon2')) return false;
  try {
    return await verify(passwordHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Computes the dummy hash ahead, so that even the first unknown username costs only one argon2 run. */
export async function prepareDummyHash(): Promise<void> {
  dummyHash ??= hash(randomBytes(16).toString('base64url'));
  await dummyHash;
}

/**
 * Spends the same time as checking a real password, so that an unknown username cannot be told apart from a
 * known one by how long the answer takes.
 */
export async function verifyDummy(password: string): Promise<void> {
  dummyHash ??= hash(randomBytes(16).toString('base64url'));
  await verify(await dummyHash, password.normalize('NFC')).catch(() => false);
}

/** A random password to hand over once: 16 characters of base64url, about 96 bits. */
export function randomPassword(): string {
  return randomBytes(12).toString('base64url');
}

/** The contract checks the length too; this guards the paths that do not pass through it (env, CLI). */
export function assertStrongPassword(password: string): void {
  if (password.length < PASSWORD_MIN) {
    throw new AppError('WEAK_PASSWORD', `a password needs at least ${PASSWORD_MIN} characters`);
  }
}
