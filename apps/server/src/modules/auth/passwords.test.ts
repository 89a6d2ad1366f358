import { describe, expect, it } from 'vitest';
import { assertStrongPassword, hashPassword, randomPassword, verifyDummy, verifyPassword } from './passwords';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('mat-khau-du-dai');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'mat-khau-du-dai')).toBe(true);
    expect(await verifyPassword(hash, 'mat-khau-du-daj')).toBe(false);
  });

  it('treats a password typed in NFD (macOS) like the same one in NFC', async () => {
    const hash = await hashPassword('Mật khẩu dài'.normalize('NFC'));
    expect(await verifyPassword(hash, 'Mật khẩu dài'.normalize('NFD'))).toBe(true);
  });

  it('never verifies against a hash that is not argon2', async () => {
    expect(await verifyPassword('unusable', 'unusable')).toBe(false);
    expect(await verifyPassword('$argon2id$broken', 'x')).toBe(false);
  });

  it('spends a hash on an unknown user without failing', async () => {
    await expect(verifyDummy('anything')).resolves.toBeUndefined();
  });

  it('generates distinct random passwords that meet the policy', () => {
    const a = randomPassword();
    expect(a).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(randomPassword()).not.toBe(a);
    expect(() => assertStrongPassword(a)).not.toThrow();
  });

  it('refuses passwords under 10 characters with WEAK_PASSWORD', () => {
    expect(() => assertStrongPassword('123456789')).toThrow(
      expect.objectContaining({ code: 'WEAK_PASSWORD' }),
    );
  });
});
