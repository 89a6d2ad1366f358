import type { Block, DocumentModel } from '../../api/documents';

/**
 * How the print view lays out a document tree, as the DOCX writer does (apps/server/src/modules/documents/docx):
 * the same words and punctuation, so that the print and the file read the same. No React.
 */

/** Quốc hiệu and tiêu ngữ: the State's, in Vietnamese in every document, an English one included. */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The document's own words, in Vietnamese whatever its language, as the DOCX writes them. */
export const KINH_GUI = 'Kính gửi:';
export const NOI_NHAN = 'Nơi nhận:';

/** A recipient without the dash and the punctuation someone typed around it: the block adds its own. */
export function bareRecipient(recipient: string): string {
  return recipient
    .trim()
    .replace(/^[-–•]\s*/, '')
    .replace(/[\s.;,]+$/, '')
    .trim();
}

/**
 * "Kính gửi: X." for one recipient; for several, "- X;" one a line, the last ending in a full stop. Empty without
 * a recipient.
 */
export function recipientLines(recipients: readonly string[]): { inline: boolean; lines: string[] } {
  const names = recipients.map(bareRecipient).filter(Boolean);
  if (names.length <= 1) return { inline: true, lines: names.map((n) => `${n}.`) };
  return {
    inline: false,
    lines: names.map((name, i) => `- ${name}${i === names.length - 1 ? '.' : ';'}`),
  };
}

/** A bullet as official documents list things: "- " and the item, whatever dash it came with. */
export function bulletText(item: string): string {
  return `- ${item.replace(/^\s*[-–•]\s*/, '')}`;
}

/** No column narrower than 1 cm of the 165 mm text width: "TT" would otherwise break into "T / T". */
export const MIN_COLUMN_PERCENT = (10 / 165) * 100;

/**
 * Column widths as percentages of the text width, in the proportions the model gives, none under `min` (those
 * that would be take it and the others share the rest), as the DOCX writer scales them (table-block.ts).
 */
export function columnPercents(widths: readonly number[], min = MIN_COLUMN_PERCENT): number[] {
  const n = widths.length;
  if (n === 0) return [];
  const weights = widths.map((w) => (w > 0 ? w : 0));
  if (min * n >= 100 || !weights.some((w) => w > 0)) return weights.map(() => round(100 / n));
  const pinned = new Set<number>();
  for (;;) {
    const free = weights.reduce((sum, w, i) => (pinned.has(i) ? sum : sum + w), 0);
    const share = 100 - pinned.size * min;
    const percents = weights.map((w, i) => (pinned.has(i) ? min : free > 0 ? (w / free) * share : 0));
    const under = percents.findIndex((p, i) => !pinned.has(i) && p < min);
    if (under === -1) return percents.map(round);
    pinned.add(under);
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Whether a table block is drawn, or its `empty` sentence is said in its place. */
export function hasTableRows(block: Extract<Block, { type: 'table' }>): boolean {
  return block.rows.length > 0 && block.columns.length > 0;
}

/** The signer's lines: authority and title in capitals; the name, after the room to sign, as written. */
export function signerLines(signer: DocumentModel['closing']['signer']) {
  return {
    above: [signer.authority, signer.title].map((s) => s.trim().toLocaleUpperCase('vi')).filter(Boolean),
    name: signer.name.trim(),
  };
}

/** Nonempty lines of Nơi nhận, as the model writes them ("- Như trên;", "- Lưu: VT."). */
export function copyToLines(copyTo: readonly string[]): string[] {
  return copyTo.filter((line) => line.trim() !== '');
}
