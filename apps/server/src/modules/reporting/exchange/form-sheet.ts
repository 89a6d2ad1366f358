import { AppError, type Form, foldDiacritics, type Lang, normalizeText } from '@suotdoi/shared';
import ExcelJS from 'exceljs';
import { reasonFor } from '../../../lib/i18n';
import { parseSheet } from '../../institutions/parse-sheet';
import { exchangeReasonText } from './exchange-reasons';
import type { IncomingValue, ValueProblem } from './import-values';

/**
 * The spreadsheet of a form: one row per unit (code, name), one column per data element. Row 1 holds the
 * Vietnamese titles a person reads, row 2 the codes the importer trusts (a renamed title still imports).
 * Pure: no database.
 */

export const VALUES_SHEET = 'Số liệu';
const INFO_SHEET = 'Thông tin';
export const UNIT_CODE = 'unitCode';
export const UNIT_NAME = 'unitName';
const YES = 'Có';
const NO = 'Không';

export interface TemplateRow {
  code: string;
  name: string;
  values: Map<string, number | string | null> | undefined;
}

/** Mẫu nhập số liệu: the form's columns and a row per unit with what is already stored. */
export async function writeFormTemplate(
  form: Form,
  period: string,
  periodLabel: string,
  rows: readonly TemplateRow[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Suốt Đời';
  const sheet = workbook.addWorksheet(VALUES_SHEET, { views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }] });
  sheet.columns = [
    { key: UNIT_CODE, width: 16, style: { numFmt: '@' } },
    { key: UNIT_NAME, width: 40 },
    ...form.elements.map((e) => ({
      key: e.code,
      width: 18,
      style: e.valueType === 'text' ? { numFmt: '@' } : {},
    })),
  ];
  const titles = sheet.addRow([
    'Mã đơn vị',
    'Tên đơn vị',
    ...form.elements.map((e) => (e.valueType === 'boolean' ? `${e.name.vi} (${YES}/${NO})` : e.name.vi)),
  ]);
  titles.font = { bold: true };
  titles.alignment = { wrapText: true, vertical: 'top' };
  titles.height = 60;
  titles.eachCell((cell, col) => {
    const fill = col === 2 ? 'FFEDEDED' : col === 1 ? 'FFFCE4D6' : 'FFDDEBF7';
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  });
  const keys = sheet.addRow([UNIT_CODE, UNIT_NAME, ...form.elements.map((e) => e.code)]);
  keys.font = { italic: true, color: { argb: 'FF808080' } };

  for (const unit of rows) {
    sheet.addRow([
      unit.code,
      unit.name,
      ...form.elements.map((e) => {
        const v = unit.values?.get(e.code) ?? null;
        if (v === null) return null;
        if (e.valueType === 'boolean' && typeof v === 'number') return v !== 0 ? YES : NO;
        return v;
      }),
    ]);
  }
  const last = Math.max(3, rows.length + 2);
  form.elements.forEach((e, i) => {
    if (e.valueType !== 'boolean') return;
    for (let r = 3; r <= last; r++) {
      sheet.getCell(r, i + 3).dataValidation = {
        type: 'list',
        allowBlank: true,
        showErrorMessage: true,
        formulae: [`"${YES},${NO}"`],
      };
    }
  });

  const info = workbook.addWorksheet(INFO_SHEET);
  info.columns = [{ width: 28 }, { width: 60 }];
  info.addRows([
    ['Biểu mẫu (form)', `${form.code} · ${form.name.vi}`],
    ['Kỳ báo cáo (period)', `${period} · ${periodLabel}`],
    ['Hướng dẫn', 'Nhập số vào các cột chỉ tiêu; ô trống không được nhập. Không đổi hàng 2 (mã cột).'],
    ['Guide', 'Fill in the element columns; empty cells are not imported. Keep row 2 (the column codes).'],
  ]);
  info.getColumn(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type Cell = string | number | boolean | null;
interface SheetRow {
  row: number;
  cells: Cell[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** UNSUPPORTED_FILE with the reason in the reader's language. */
function refused(reason: 'not_a_spreadsheet' | 'empty_file', lang: Lang) {
  return new AppError('UNSUPPORTED_FILE', `not readable: ${reason}`, {
    reason,
    message: reasonFor(reason, lang),
  });
}

/**
 * The rows of an uploaded .xlsx (numbers kept as numbers: "1.234" read from a number cell is 1.234, not the
 * Vietnamese 1234) or .csv (BOM and ';' handled by parseSheet). Throws UNSUPPORTED_FILE for anything else,
 * a truncated workbook included.
 */
export async function readValuesSheet(bytes: Uint8Array, filename: string, lang: Lang): Promise<SheetRow[]> {
  if (bytes.length === 0) throw refused('empty_file', lang);
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
    } catch {
      throw refused('not_a_spreadsheet', lang);
    }
    const sheet = workbook.getWorksheet(VALUES_SHEET) ?? workbook.worksheets[0];
    if (!sheet) throw refused('not_a_spreadsheet', lang);
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as ExcelJS.CellValue[];
      const cells: Cell[] = [];
      for (let c = 1; c < values.length; c++) cells.push(cellValue(values[c]));
      if (cells.some((c) => c !== null && String(c).trim() !== '')) rows.push({ row: rowNumber, cells });
    });
    if (rows.length === 0) throw refused('empty_file', lang);
    return rows;
  }
  try {
    return await parseSheet(bytes, filename);
  } catch (error) {
    if (error instanceof AppError && error.code === 'UNSUPPORTED_FILE') {
      throw refused((error.details as { reason: 'not_a_spreadsheet' | 'empty_file' }).reason, lang);
    }
    throw error;
  }
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return String(value.text ?? '');
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  return null;
}

const squash = (text: string) => foldDiacritics(text).replace(/[^a-z0-9]/g, '');
const UNIT_CODE_TITLES = new Set(['madonvi', 'unitcode', 'madv', 'ma', 'orgunit', 'code']);
const UNIT_NAME_TITLES = new Set(['tendonvi', 'unitname', 'ten', 'name']);

/** The column a header names: the unit code, the unit name, an element's code, or undefined. */
function headerMatcher(form: Form) {
  const byText = new Map<string, string>();
  for (const e of form.elements) {
    for (const text of [e.code, e.name.vi, e.name.en]) byText.set(squash(text), e.code);
    byText.set(squash(`${e.name.vi} (${YES}/${NO})`), e.code);
  }
  return (raw: string): string | undefined => {
    const text = normalizeText(raw);
    const candidates = [
      text,
      text.replace(/\(.*?\)/g, ''),
      ...[...text.matchAll(/\((.*?)\)/g)].map((m) => m[1]!),
    ];
    for (const c of candidates) {
      const s = squash(c);
      if (UNIT_CODE_TITLES.has(s)) return UNIT_CODE;
      if (UNIT_NAME_TITLES.has(s)) return UNIT_NAME;
      const code = byText.get(s);
      if (code) return code;
    }
    return undefined;
  };
}

const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c).trim());

export interface FormSheet {
  values: IncomingValue[];
  problems: ValueProblem[];
  /** Data rows read. */
  rows: number;
}

/**
 * The values of a filled template (or any sheet with a unit-code column and element columns). Unknown columns,
 * a missing unit-code column, a row without a unit code and a unit listed twice are problems; empty cells are
 * left out.
 */
export function readFormSheet(form: Form, period: string, raw: readonly SheetRow[], lang: Lang): FormSheet {
  const problems: ValueProblem[] = [];
  const problem = (row: number, column: string, reason: ValueProblem['reason'], value: string) =>
    problems.push({ row, field: column, reason, value, message: exchangeReasonText(reason, lang, value) });
  const header = raw[0];
  if (!header) return { values: [], problems, rows: 0 };
  const match = headerMatcher(form);
  const second = raw[1];
  const elementCodes = new Set(form.elements.map((e) => e.code));
  const isKeyRow =
    !!second &&
    second.cells.some((c) => text(c) !== '') &&
    second.cells.every((c) => {
      const t = text(c);
      return t === '' || t === UNIT_CODE || t === UNIT_NAME || elementCodes.has(t);
    });
  const keyed = isKeyRow ? second : header;
  const columns: (string | undefined)[] = [];
  const seen = new Set<string>();
  keyed.cells.forEach((cell, index) => {
    const title = text(cell) || text(header.cells[index]);
    if (title === '') return;
    const key = isKeyRow ? text(cell) || match(title) : match(title);
    if (!key) problem(keyed.row, title, 'unknown_column', title);
    else if (seen.has(key)) problem(keyed.row, title, 'duplicate_row', title);
    else {
      seen.add(key);
      columns[index] = key;
    }
  });
  if (!seen.has(UNIT_CODE)) {
    problem(header.row, UNIT_CODE, 'missing_column', 'Mã đơn vị (unitCode)');
    return { values: [], problems, rows: raw.length - 1 };
  }
  const unitIndex = columns.indexOf(UNIT_CODE);
  const body = raw.slice(isKeyRow ? 2 : 1);
  const values: IncomingValue[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, cells } of body) {
    const unit = text(cells[unitIndex]);
    const filled = cells
      .map((value, index) => ({ value, key: columns[index] }))
      .filter((c) => c.key && c.key !== UNIT_CODE && c.key !== UNIT_NAME && text(c.value) !== '');
    if (unit === '') {
      if (filled.length > 0) problem(row, UNIT_CODE, 'required', '');
      continue;
    }
    const other = firstRow.get(unit);
    if (other !== undefined) {
      problem(row, UNIT_CODE, 'duplicate_row', unit);
      continue;
    }
    firstRow.set(unit, row);
    for (const c of filled) {
      values.push({
        row,
        column: c.key!,
        unitColumn: UNIT_CODE,
        element: c.key!,
        period,
        unit,
        value: typeof c.value === 'string' ? c.value.trim() : c.value,
      });
    }
  }
  return { values, problems, rows: body.length };
}
