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

/** Column widths as percentages of the text width, in the proportions the model gives (two decimals). */
export function columnPercents(widths: readonly number[]): number[] {
  const total = widths.reduce((a, b) => a + (b > 0 ? b : 0), 0);
  if (!(total > 0)) return widths.map(() => (widths.length ? Math.round(10000 / widths.length) / 100 : 0));
  return widths.map((w) => Math.round(((w > 0 ? w : 0) / total) * 10000) / 100);
}

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
