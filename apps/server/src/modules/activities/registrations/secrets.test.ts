import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, canonicalCode, newCode, newToken, sha256 } from './secrets';

describe('link secrets and check-in codes', () => {
  it('draws 8-character codes without 0, O, 1 or I, using the whole alphabet', () => {
    const codes = Array.from({ length: 2000 }, newCode);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(new Set(codes.join('')).size).toBe(CODE_ALPHABET.length);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('reads a typed code in lower case or with spaces and dashes', () => {
    expect(canonicalCode(' ab2c-d3ef ')).toBe('AB2CD3EF');
  });

  it('makes 32-byte base64url secrets and stores only their SHA-256', () => {
    const token = newToken();
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(sha256(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256(token)).not.toContain(token);
  });
});
