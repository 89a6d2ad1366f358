import type { Block } from '@suotdoi/shared';
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { BODY_SPACING, TEXT_HEIGHT, TEXT_WIDTH, TIGHT_SPACING } from './page-setup';
import { textRuns } from './text';

type ChartBlock = Extract<Block, { type: 'chart' }>;

/** Said in place of a chart whose picture is missing or is not a PNG. */
export const CHART_MISSING = '(biểu đồ không vẽ được)';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * A PNG's size in pixels, from its IHDR chunk (always the first: signature, length, "IHDR", width, height); null
 * when the bytes are not a PNG.
 */
export function readPngSize(png: Uint8Array): { width: number; height: number } | null {
  if (png.length < 24 || PNG_SIGNATURE.some((byte, i) => png[i] !== byte)) return null;
  if (String.fromCharCode(png[12]!, png[13]!, png[14]!, png[15]!) !== 'IHDR') return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** Twips to the pixels (at 96 to the inch) that `ImageRun` takes. */
const toPixels = (twips: number) => (twips / 1440) * 96;

/**
 * The picture at the width of the text, keeping its proportions, but never taller than 3/4 of the text height, so
 * that a tall chart (many units down an hbar) still leaves its caption on the page.
 */
export function fitPicture(size: { width: number; height: number }): { width: number; height: number } {
  const maxWidth = toPixels(TEXT_WIDTH);
  const maxHeight = toPixels(TEXT_HEIGHT) * 0.75;
  const scale = Math.min(maxWidth / size.width, maxHeight / size.height);
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}

/**
 * A chart block: its picture centred, its caption in italics under it; a note when the picture is missing.
 * `pictureId` numbers the document's drawings (unique in it, as Word requires): docx would take them from a counter
 * shared by the whole process, and two writes of one model would differ.
 */
export function chartBlock(
  block: ChartBlock,
  charts: ReadonlyMap<string, Buffer>,
  pictureId: number,
): Paragraph[] {
  const png = charts.get(block.id);
  const size = png ? readPngSize(png) : null;
  const picture =
    png && size
      ? new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { ...TIGHT_SPACING, before: 120 },
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: png,
              transformation: fitPicture(size),
              altText: {
                id: String(pictureId),
                name: block.id,
                title: block.chart.title,
                description: block.caption,
              },
            }),
          ],
        })
      : new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { ...TIGHT_SPACING, before: 120 },
          keepNext: true,
          children: textRuns(CHART_MISSING, { italics: true }),
        });
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...BODY_SPACING, before: 60 },
    children: textRuns(block.caption, { italics: true }),
  });
  return block.caption.trim() === '' ? [picture] : [picture, caption];
}
