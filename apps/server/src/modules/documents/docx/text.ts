import { AlignmentType, BorderStyle, type IRunOptions, LineRuleType, Paragraph, TextRun } from 'docx';
import { TIGHT_SPACING } from './page-setup';

/** Characters XML 1.0 does not allow: one of them in a run and Word refuses the whole file. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what this removes
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * The text as the document writes it: NFC (a name typed on a Mac or pasted from a PDF may arrive decomposed, and
 * Word then draws the marks apart from their letters), without characters XML cannot hold.
 */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(NOT_XML, '');
}

/**
 * Upper case, as Decree 30 sets the names of bodies: the letters themselves rather than a caps style, so that the
 * text copies and searches as printed.
 */
export function upper(text: string): string {
  return cleanText(text).toLocaleUpperCase('vi-VN').normalize('NFC');
}

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Runs of a text, a line break for each "\n" in it. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return cleanText(text)
    .split(/\r\n?|\n/)
    .map((line, i) => new TextRun({ ...style, text: line, break: i > 0 ? 1 : undefined }));
}

/** One centred paragraph of one style, in the tight spacing of the header and signature blocks. */
export function centredLine(text: string, style: RunStyle, spacingBefore = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...TIGHT_SPACING, before: spacingBefore },
    children: textRuns(text, style),
  });
}

/**
 * A short solid rule, centred in a space `available` twips wide: an empty paragraph narrowed by its indents, with a
 * bottom border, 5 pt high so that the rule sits just under the line above. A paragraph border rather than a drawn
 * line: Word and LibreOffice place it alike, and it moves with the text.
 */
export function rule(length: number, available: number, spacingAfter = 0): Paragraph {
  const side = Math.max(0, Math.round((available - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    // Exact: LibreOffice sizes an empty paragraph by the style's font, not by its mark's.
    spacing: { before: 0, after: spacingAfter, line: 100, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 4 },
    children: [],
  });
}

/**
 * A rough width, in twips, of a line of Times New Roman at `halfPoints`: capitals ~0.7 em, spaces 0.25 em, the rest
 * ~0.5 em (within a few per cent of the font's metrics for Vietnamese text), to size the rules under lines as
 * Decree 30 asks ("1/3 to 1/2 of the line above") without measuring the font.
 */
export function estimateWidth(text: string, halfPoints: number): number {
  let ems = 0;
  for (const char of cleanText(text)) {
    if (char === ' ') ems += 0.25;
    else if (char !== char.toLowerCase()) ems += 0.7;
    else ems += 0.5;
  }
  return Math.round(ems * (halfPoints / 2) * 20);
}
