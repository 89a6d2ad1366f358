import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viSortKey } from './sort-key';

const collator = new Intl.Collator('vi', { numeric: true });
const byKey = (a: string, b: string) => {
  const ka = viSortKey(a);
  const kb = viSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

// Every Vietnamese letter with every tone, in both cases, plus digits (no 0: "a2" and "a02" tie on the key,
// the collator breaks the tie at a level the key does not model), spaces and common punctuation.
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const letters = [
  ...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))),
  ...'bcdđfghjklmnpqrstvwxz',
];
const alphabet = [
  ...letters,
  ...letters.map((l) => l.toUpperCase()),
  ...'123456789',
  ' ',
  '-',
  '.',
  '(',
  ',',
];
const viString = fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }).map((cs) => cs.join(''));

describe('viSortKey', () => {
  it('orders names as the Vietnamese dictionary does', () => {
    const names = ['Đà Lạt', 'Dương', 'ân', 'az', 'ăn', 'ba', 'Thủy', 'Thư viện', 'Thu', 'Ạ', 'à', 'a'];
    expect([...names].sort(byKey)).toEqual([...names].sort(collator.compare));
    expect([...names].sort(byKey)).toEqual([
      'a',
      'à',
      'Ạ',
      'az',
      'ăn',
      'ân',
      'ba',
      'Dương',
      'Đà Lạt',
      'Thu',
      'Thủy',
      'Thư viện',
    ]);
  });

  it('compares numbers by value: "số 2" before "số 10"', () => {
    expect(['Trường số 10', 'Trường số 2', 'Trường số 1'].sort(byKey)).toEqual([
      'Trường số 1',
      'Trường số 2',
      'Trường số 10',
    ]);
  });

  it('gives the same key to NFC and NFD spellings', () => {
    expect(viSortKey('Thư viện'.normalize('NFD'))).toBe(viSortKey('Thư viện'.normalize('NFC')));
  });

  it('is printable ASCII, so COLLATE "C" compares it byte by byte', () => {
    fc.assert(fc.property(fc.string(), (s) => /^[\x20-\x7e]*$/.test(viSortKey(s))));
  });

  it('agrees with Intl.Collator("vi") on random Vietnamese strings', () => {
    fc.assert(
      fc.property(viString, viString, (a, b) => {
        expect(Math.sign(byKey(a, b))).toBe(Math.sign(collator.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });
});
