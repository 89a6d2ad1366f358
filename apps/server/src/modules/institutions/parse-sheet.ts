import { AppError, type ReasonCode } from '@suotdoi/shared';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/**
 * Reads an uploaded spreadsheet into rows of cell texts, whatever its format: .xlsx through exceljs, .csv
 * (UTF-8, with or without the BOM Excel writes) through papaparse. The format is decided by the content, not
 * the name: a PNG or a text file renamed .xlsx is refused as not a spreadsheet. Knows nothing of institutions.
 */

export interface RawRow {
  /** The spreadsheet's own row number (1 = the first row), so problems point at what the person sees. */
  row: number;
  cells: string[];
}

/** The sheet the template names; other workbooks are read from their first sheet. */
export const DATA_SHEET_NAME = 'Thiết chế';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Formats that are certainly not CSV even when they decode as text by chance. */
const BINARY_MAGIC = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0xd0, 0xcf, 0x11, 0xe0], // legacy .xls / .doc (OLE2): not read, the person saves as .xlsx
  [0x47, 0x49, 0x46, 0x38], // GIF
];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** UNSUPPORTED_FILE with `details.reason`: not_a_spreadsheet or empty_file. */
export function unsupportedFile(reason: ReasonCode): AppError {
  return new AppError('UNSUPPORTED_FILE', `not readable: ${reason}`, { reason });
}

/** The rows of the file, empty rows left out. Throws UNSUPPORTED_FILE (not_a_spreadsheet, empty_file). */
export async function parseSheet(bytes: Uint8Array, filename = ''): Promise<RawRow[]> {
  if (bytes.length === 0) throw unsupportedFile('empty_file');
  let rows: RawRow[];
  if (startsWith(bytes, ZIP_MAGIC)) rows = await readXlsx(bytes);
  else if (/\.xls[xm]?$/i.test(filename) || BINARY_MAGIC.some((m) => startsWith(bytes, m))) {
    throw unsupportedFile('not_a_spreadsheet');
  } else rows = readCsv(bytes);
  const nonEmpty = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0) throw unsupportedFile('empty_file');
  return nonEmpty;
}

async function readXlsx(bytes: Uint8Array): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    // A zip that is not a workbook (a .docx, a corrupt file).
    throw unsupportedFile('not_a_spreadsheet');
  }
  const sheet = workbook.getWorksheet(DATA_SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) throw unsupportedFile('not_a_spreadsheet');
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: string[] = [];
    // row.values is 1-based and sparse.
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

/** A cell as the text a person sees; dates as yyyy-mm-dd (exceljs gives them as UTC midnights). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return String(value.text ?? '');
  // A formula's last computed value; errors (#N/A…) read as empty.
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}

function readCsv(bytes: Uint8Array): RawRow[] {
  let text: string;
  try {
    // fatal: bytes that are not UTF-8 mean a binary file; the decoder drops a leading BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unsupportedFile('not_a_spreadsheet');
  }
  if (text.includes('\u0000')) throw unsupportedFile('not_a_spreadsheet');
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  // Each record is one spreadsheet row, even when a quoted cell spans lines.
  return parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c ?? '') }));
}

/**
 * Excel writes ',' or ';' depending on the machine's regional settings (';' on Vietnamese Windows), and
 * papaparse's guess fails on short files; the first non-blank line (the header) decides.
 */
function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}
