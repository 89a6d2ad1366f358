import type { AnnexSheet, DocumentModel } from '@suotdoi/shared';
import ExcelJS from 'exceljs';

/**
 * Phụ lục: the annexes of an official document as a workbook, laid out to be printed and signed like the
 * report itself (Times New Roman, the issuing body above the title, the header repeated on every page), with
 * numbers left as numbers so that a reader can sum and filter them.
 */

type Lang = DocumentModel['lang'];
type Cell = AnnexSheet['rows'][number][number];

const FONT = 'Times New Roman';
const SIZE = 12;
const TITLE_SIZE = 13;
const HEADER_ROW = 5;
/** Line height in points of Times New Roman 12 (Excel's own row is 15.75). */
const LINE = 16;
const NO_VALUE = '—';
const HEADER_FILL = 'FFE7E6E6';

const WORDS = {
  vi: {
    noData: 'Không có dữ liệu.',
    noAnnex: 'Báo cáo không có phụ lục.',
    sheet: 'Phụ lục',
    unitYear: (unit: string, year: number) => `${unit} — năm ${year}`,
  },
  en: {
    noData: 'No data.',
    noAnnex: 'The report has no annex.',
    sheet: 'Annex',
    unitYear: (unit: string, year: number) => `${unit} — ${year}`,
  },
} satisfies Record<Lang, unknown>;

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
  name: FONT,
  size: SIZE,
  ...extra,
});

/** Excel refuses these in a sheet name, and names longer than 31 characters. */
const FORBIDDEN = /[:\\/?*[\]]/gu;
const MAX_NAME = 31;

/** At most `length` characters, at a space when one is near the end, never splitting a surrogate pair. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > length) break;
    out += ch;
  }
  if (text[out.length] === ' ') return out.trimEnd(); // cut between two words already
  const space = out.lastIndexOf(' ');
  return (space > length - 10 ? out.slice(0, space) : out).trimEnd();
}

/**
 * Names Excel accepts, in order, each unique (Excel compares them ignoring case): forbidden characters removed,
 * cut to 31 characters, " (2)", " (3)"… added to a repeated name within the limit.
 */
function sheetNames(names: string[], fallback: string): string[] {
  const taken = new Set<string>();
  return names.map((raw, index) => {
    let base = raw
      .normalize('NFC')
      .replace(FORBIDDEN, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
      // Nor may a name begin or end with an apostrophe; "History" is kept for Excel's own sheet.
      .replace(/^'+|'+$/gu, '')
      .trim();
    if (!base) base = `${fallback} ${index + 1}`;
    base = cut(base, MAX_NAME);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()) || name.toLowerCase() === 'history'; n++) {
      const suffix = ` (${n})`;
      name = `${cut(base, MAX_NAME - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * Lines a text takes in a wrapped cell `width` Excel units wide. Excel never grows a merged cell to fit its
 * text, and LibreOffice 7.4 did not fit the wrapped rows of a file without heights either, so the writer sets
 * them. Measured in LibreOffice with Liberation Serif (the metrics of Times New Roman): a unit holds about 1.3
 * Vietnamese characters at 12 pt, 1.1 in bold; a little less here, as a row cut short hides text.
 */
function lineCount(text: string, width: number, { size = SIZE, bold = false } = {}): number {
  const perLine = Math.max(1, Math.floor((width * (bold ? 1.1 : 1.25) * SIZE) / size));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const length = [...word].length;
      if (used > 0 && used + 1 + length > perLine) {
        lines++;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + length;
      while (used > perLine) {
        lines++;
        used -= perLine;
      }
    }
  }
  return lines;
}

function fitHeight(row: ExcelJS.Row, lines: number, size = SIZE) {
  if (lines > 1) row.height = Math.ceil(lines * LINE * (size / SIZE)) + 4;
}

/** A row whose text spans every column: the title, the unit line, a note, the "no data" line. */
function addSpanningRow(
  sheet: ExcelJS.Worksheet,
  text: string,
  span: { columns: number; width: number },
  style: { font: Partial<ExcelJS.Font>; horizontal: 'left' | 'center' },
) {
  const row = sheet.addRow([text]);
  if (span.columns > 1) sheet.mergeCells(row.number, 1, row.number, span.columns);
  const cell = row.getCell(1);
  cell.font = style.font;
  cell.alignment = { horizontal: style.horizontal, vertical: 'middle', wrapText: true };
  fitHeight(
    row,
    lineCount(text, span.width, { size: style.font.size, bold: style.font.bold }),
    style.font.size,
  );
  return row;
}

function setPageSetup(sheet: ExcelJS.Worksheet, columns: AnnexSheet['columns'], hasHeader = true) {
  const width = columns.reduce((sum, c) => sum + c.width, 0);
  sheet.pageSetup = {
    paperSize: 9, // A4
    // Wide tables turn the page; an A4 portrait page holds about 95 units of Times New Roman 12.
    orientation: columns.length > 6 || width > 110 ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages down as it takes
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(hasHeader ? { printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` } : {}),
  };
  sheet.headerFooter = { oddFooter: `&C&"${FONT},Regular"&10&P/&N` };
}

function writeCell(cell: ExcelJS.Cell, value: Cell | undefined, kind: AnnexSheet['columns'][number]['kind']) {
  cell.border = BORDER;
  cell.font = font();
  if (value === null || value === undefined) {
    cell.value = NO_VALUE;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    return;
  }
  cell.value = value;
  if (typeof value === 'number') {
    // The reader's Excel puts in its own separators (66,7 in a Vietnamese one). "#,##0.##" alone would print a
    // whole number with a trailing separator ("12.500,"), so whole numbers take "#,##0".
    cell.numFmt = kind === 'percent' ? '0.0" %"' : Number.isInteger(value) ? '#,##0' : '#,##0.##';
    cell.alignment = { horizontal: 'right', vertical: 'middle' };
  } else {
    cell.alignment = {
      horizontal: kind === 'text' ? 'left' : 'right',
      vertical: 'middle',
      wrapText: kind === 'text',
    };
  }
}

function addAnnexSheet(workbook: ExcelJS.Workbook, name: string, annex: AnnexSheet, model: DocumentModel) {
  const words = WORDS[model.lang];
  const columns = annex.columns;
  const span = {
    columns: Math.max(1, columns.length),
    width: columns.reduce((sum, c) => sum + c.width, 0) || 60,
  };
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}` }],
  });
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    column.font = font(); // for the cells a reader adds
  });
  setPageSetup(sheet, columns);

  const issuer = sheet.addRow([model.header.issuingBody]);
  issuer.getCell(1).font = font({ size: 11, bold: true });
  addSpanningRow(sheet, annex.title, span, {
    font: font({ size: TITLE_SIZE, bold: true }),
    horizontal: 'center',
  });
  addSpanningRow(sheet, words.unitYear(model.unit.name, model.year), span, {
    font: font({ italic: true }),
    horizontal: 'center',
  });
  sheet.addRow([]);

  const header = sheet.addRow(columns.map((c) => c.title));
  header.eachCell((cell) => {
    cell.font = font({ bold: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = BORDER;
  });
  fitHeight(header, Math.max(1, ...columns.map((c) => lineCount(c.title, c.width, { bold: true }))));
  if (columns.length > 0) {
    sheet.autoFilter = {
      from: { row: HEADER_ROW, column: 1 },
      to: { row: HEADER_ROW, column: columns.length },
    };
  }

  for (const values of annex.rows) {
    const row = sheet.addRow([]);
    let lines = 1;
    columns.forEach((column, i) => {
      const value = values[i];
      writeCell(row.getCell(i + 1), value, column.kind);
      if (typeof value === 'string' && column.kind === 'text')
        lines = Math.max(lines, lineCount(value, column.width));
    });
    fitHeight(row, lines);
  }
  if (annex.rows.length === 0) {
    const row = addSpanningRow(sheet, words.noData, span, {
      font: font({ italic: true }),
      horizontal: 'center',
    });
    for (let i = 1; i <= span.columns; i++) row.getCell(i).border = BORDER;
  }

  if (annex.notes.length > 0) sheet.addRow([]);
  for (const note of annex.notes) {
    addSpanningRow(sheet, note, span, { font: font({ italic: true }), horizontal: 'left' });
  }
}

/** The annexes of a document as one workbook, a sheet per AnnexSheet, ready to print. */
export async function writeAnnexesXlsx(model: DocumentModel): Promise<Buffer> {
  const words = WORDS[model.lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = model.header.issuingBody;
  workbook.lastModifiedBy = model.header.issuingBody;
  workbook.created = new Date(model.generatedAt);
  workbook.modified = new Date(model.generatedAt);

  if (model.annexes.length === 0) {
    const sheet = workbook.addWorksheet(words.sheet);
    sheet.getColumn(1).width = 80;
    sheet.addRow([model.header.issuingBody]).getCell(1).font = font({ size: 11, bold: true });
    sheet.addRow([words.noAnnex]).getCell(1).font = font({ italic: true });
    setPageSetup(sheet, [], false);
  } else {
    const names = sheetNames(
      model.annexes.map((a) => a.name),
      words.sheet,
    );
    model.annexes.forEach((annex, i) => {
      addAnnexSheet(workbook, names[i]!, annex, model);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
