/**
 * Text at the boundary: everything stored is NFC with single inner spaces and no outer ones, so that "Hà Nội"
 * typed on a Mac (NFD) and on Windows (NFC) is the same name, and "Ha Noi" finds it when asked.
 */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Lower-case, without diacritics; đ becomes d (it is a letter of its own, not a mark, so NFD keeps it). */
export function foldDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Vietnamese collation: "Đ" after "D", tones in dictionary order. */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVi(a: string, b: string): number {
  return viCollator.compare(a, b);
}
