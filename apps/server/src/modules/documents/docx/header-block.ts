import type { DocumentModel } from '@suotdoi/shared';
import { AlignmentType, Paragraph, Tab, type Table, TabStopType, TextRun } from 'docx';
import { borderlessTable, LAYOUT_CELL_MARGIN } from './borderless-table';
import { SIZE, TEXT_WIDTH, TIGHT_SPACING } from './page-setup';
import { centredLine, cleanText, estimateWidth, rule, textRuns, upper } from './text';

type Header = DocumentModel['header'];

/** Quốc hiệu and tiêu ngữ: the State's, so in Vietnamese in every document, an English one included. */
const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/**
 * The header block's columns: ~40 % for the issuing body, ~60 % for the national title, which at 13 pt bold needs
 * ~5420 twips on one line.
 */
const COLUMNS = [3686, TEXT_WIDTH - 3686] as const;
const inner = (column: number) => column - 2 * LAYOUT_CELL_MARGIN;

/**
 * Phần đầu văn bản: issuing body and number on the left; national title, motto and place and date on the right,
 * each under a short rule. Two rows, so that "Số: …" and the date share a line however many lines the bodies'
 * names take.
 */
export function headerBlock(header: Header): Table {
  const left: Paragraph[] = [];
  if (header.parentBody.trim() !== '')
    left.push(centredLine(upper(header.parentBody), { size: SIZE.header }));
  if (header.issuingBody.trim() !== '') {
    left.push(centredLine(upper(header.issuingBody), { size: SIZE.header, bold: true }));
    // Decree 30: a solid rule under the issuing body, 1/3 to 1/2 of its line, centred.
    const line = Math.min(estimateWidth(upper(header.issuingBody), SIZE.header), inner(COLUMNS[0]));
    left.push(rule(Math.round(line * 0.4), inner(COLUMNS[0])));
  }
  const right = [
    centredLine(NATIONAL_TITLE, { size: SIZE.header, bold: true }),
    centredLine(MOTTO, { size: SIZE.body, bold: true }),
    // As long as the motto.
    rule(estimateWidth(MOTTO, SIZE.body), inner(COLUMNS[1])),
  ];
  const symbol = header.symbol.trim() === '' ? [] : [centredLine(header.symbol, { size: SIZE.header }, 160)];
  const placeDate =
    header.placeDate.trim() === ''
      ? []
      : [centredLine(header.placeDate, { size: SIZE.body, italics: true }, 160)];
  return borderlessTable(COLUMNS, [
    [left, right],
    [symbol, placeDate],
  ]);
}

/** Tên loại và trích yếu: "BÁO CÁO", the subject under it, a short rule under both. */
export function titleBlock(header: Header): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (header.title.trim() !== '') paragraphs.push(centredLine(upper(header.title), { bold: true }, 480));
  if (header.subtitle.trim() !== '') {
    paragraphs.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { ...TIGHT_SPACING, line: 264 },
        keepNext: true,
        children: textRuns(header.subtitle, { bold: true }),
      }),
    );
  }
  const longest = Math.min(estimateWidth(header.subtitle || header.title, SIZE.body), TEXT_WIDTH);
  paragraphs.push(rule(Math.max(1134, Math.round(longest * 0.3)), TEXT_WIDTH, 240));
  return paragraphs;
}

const KINH_GUI = 'Kính gửi:';
/** From "Kính gửi:" to the recipients' dashes. */
const KINH_GUI_HANG = 1418;

/**
 * "Kính gửi: X." on one centred line; for several, the recipients one a line after dashes, under one another, the
 * last ending in a full stop. Nothing when there is no recipient.
 */
export function recipientsBlock(recipients: readonly string[]): Paragraph[] {
  const names = recipients.map(bare).filter((name) => name !== '');
  if (names.length === 0) return [];
  if (names.length === 1) {
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { ...TIGHT_SPACING, before: 120, after: 240 },
        children: textRuns(`${KINH_GUI} ${names[0]}.`),
      }),
    ];
  }
  // The block as a whole centred: "Kính gửi:" hangs to the left of the recipients' column.
  const lines = names.map((name, i) => `- ${name}${i === names.length - 1 ? '.' : ';'}`);
  const widest = Math.min(
    Math.max(...lines.map((l) => estimateWidth(l, SIZE.body))),
    TEXT_WIDTH - KINH_GUI_HANG,
  );
  const start = Math.max(
    KINH_GUI_HANG,
    Math.round((TEXT_WIDTH - KINH_GUI_HANG - widest) / 2) + KINH_GUI_HANG,
  );
  return lines.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        indent: i === 0 ? { left: start, hanging: KINH_GUI_HANG } : { left: start },
        tabStops: [{ type: TabStopType.LEFT, position: start }],
        spacing: { ...TIGHT_SPACING, before: i === 0 ? 120 : 0, after: i === lines.length - 1 ? 240 : 0 },
        keepNext: true,
        children:
          i === 0
            ? [new TextRun(KINH_GUI), new TextRun({ children: [new Tab()] }), ...textRuns(line)]
            : textRuns(line),
      }),
  );
}

/** A recipient without the dash and the punctuation someone typed around it: the block adds its own. */
function bare(recipient: string): string {
  return cleanText(recipient)
    .trim()
    .replace(/^[-–•]\s*/, '')
    .replace(/[\s.;,]+$/, '')
    .trim();
}
