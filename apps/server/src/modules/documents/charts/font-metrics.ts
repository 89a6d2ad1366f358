import { readFileSync } from 'node:fs';

/**
 * Advance widths read from a TrueType font, so that ECharts lays out text (wrapping, margins) with the widths
 * resvg will draw. Without a canvas, ECharts guesses: ASCII from an Arial-like table and one em for every other
 * character, which makes Vietnamese letters (ư, ệ, đ) twice as wide as they are and wraps names too early.
 */
export interface FontMetrics {
  /** Width of the text in pixels at the size, unknown characters counted as the font's average. */
  measure(text: string, fontSize: number): number;
}

/** Reads the `head`, `hhea`, `hmtx` and `cmap` (format 4, the Basic Multilingual Plane) tables. */
export function readFontMetrics(file: string): FontMetrics {
  const font = readFileSync(file);
  const tables = new Map<string, number>();
  const numTables = font.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`The font ${file} has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const numberOfHMetrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number) =>
    font.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1)) / unitsPerEm;

  // Widths in em of every BMP character the font maps; NaN where it maps none.
  const widths = new Float32Array(0x10000).fill(Number.NaN);
  const cmap = table('cmap');
  let subtable = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const offset = cmap + font.readUInt32BE(record + 4);
    const isUnicode = (platform === 3 && encoding === 1) || platform === 0;
    if (isUnicode && font.readUInt16BE(offset) === 4) subtable = offset;
  }
  if (subtable < 0) throw new Error(`The font ${file} has no Unicode cmap of format 4`);
  const segments = font.readUInt16BE(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const start = font.readUInt16BE(starts + 2 * s);
    const end = font.readUInt16BE(ends + 2 * s);
    const delta = font.readUInt16BE(deltas + 2 * s);
    const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * s);
    for (let c = start; c <= end && c < 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        glyph = font.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) widths[c] = advanceOf(glyph);
    }
  }
  const x = widths[0x78] ?? Number.NaN;
  const average = Number.isNaN(x) ? 0.6 : x;

  return {
    measure(text, fontSize) {
      let em = 0;
      // NFC first: resvg draws a decomposed "ệ" as the one precomposed glyph.
      for (const ch of text.normalize('NFC')) {
        const width = widths[ch.codePointAt(0) ?? 0] ?? Number.NaN;
        em += Number.isNaN(width) ? average : width;
      }
      return em * fontSize;
    },
  };
}
