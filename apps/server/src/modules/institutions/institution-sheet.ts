import {
  CATEGORY_NAMES,
  CodeSchema,
  findCategory,
  foldDiacritics,
  formatDateVi,
  INSTITUTION_LIMITS,
  INSTITUTION_SHEET_COLUMNS,
  type Institution,
  type InstitutionCategory,
  type InstitutionDetails,
  type InstitutionSheetColumn,
  type IsoDate,
  isIsoDate,
  normalizeText,
  type ReasonCode,
} from '@suotdoi/shared';
import { z } from 'zod';

/**
 * The spreadsheet format of institutions, shared by the template, the export and the import: which header
 * means which column, how a row reads into fields and how a record writes into a row. Pure: no database.
 */

export type SheetKey = InstitutionSheetColumn;
export type SheetCells = Partial<Record<SheetKey, string>>;

/** A problem before translation: the import use case adds the message in the reader's language. */
export interface SheetProblem {
  row?: number;
  field: string;
  reason: ReasonCode;
  value?: string;
  params?: Record<string, string | number>;
}

/** A row as read, every field normalised; codes still to be resolved against the database. */
export interface ParsedRow extends InstitutionDetails {
  row: number;
  code: string;
  name: string;
  category: InstitutionCategory;
  unitCode: string;
  managingAgencyCode: string | null;
  /** Null when the cell is empty: today for a new institution, unchanged for an existing one. */
  validFrom: IsoDate | null;
}

/** Headers are compared folded and without punctuation: "Mã đơn vị", "MA DON VI" and "unitCode" all match. */
const squash = (text: string) => foldDiacritics(text).replace(/[^a-z0-9]/g, '');

const ALIASES: Partial<Record<SheetKey, string[]>> = {
  code: ['ma', 'mathietche', 'institutioncode'],
  name: ['ten', 'tenthietche', 'institutionname'],
  category: ['loai', 'maloai', 'loaihinh'],
  unitCode: ['madonvi', 'maxa', 'maxatinh', 'madiaban', 'unit'],
  managingAgencyCode: ['macoquan', 'macoquanchuquan', 'agencycode', 'agency'],
  phone: ['sodienthoai', 'dt'],
  email: ['thudientu'],
  website: ['web'],
  openingHours: ['thoigianphucvu', 'giophucvu'],
  services: ['dichvu', 'cacdichvu'],
  validFrom: ['ngaybatdau', 'ngayhieuluc', 'ngaythanhlap', 'tungay'],
  provinceName: ['tinh', 'tinhthanh', 'province'],
};

const HEADER_KEYS = new Map<string, SheetKey>();
for (const column of INSTITUTION_SHEET_COLUMNS) {
  for (const text of [column.key, column.vi, ...(ALIASES[column.key] ?? [])])
    HEADER_KEYS.set(squash(text), column.key);
}
// "Dịch vụ (cách nhau bằng dấu chấm phẩy)" and "Mã thiết chế (code)" match by the part outside or inside the
// brackets.
const withoutBrackets = (text: string) => text.replace(/\(.*?\)|\[.*?\]/g, '');
const insideBrackets = (text: string) =>
  [...text.matchAll(/\((.*?)\)|\[(.*?)\]/g)].map((m) => m[1] ?? m[2] ?? '');

/** The column a header names, or undefined for an unknown header. */
export function matchHeader(text: string): SheetKey | undefined {
  for (const candidate of [text, withoutBrackets(text), ...insideBrackets(text)]) {
    const key = HEADER_KEYS.get(squash(candidate));
    if (key) return key;
  }
  return undefined;
}

/** True for the row of English keys the template puts under the Vietnamese titles. */
export function isKeyRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return (
    filled.length > 0 && filled.every((c) => INSTITUTION_SHEET_COLUMNS.some((col) => col.key === c.trim()))
  );
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** dd/mm/yyyy (how Vietnamese documents write dates) or yyyy-mm-dd; undefined when not a real date. */
export function parseSheetDate(text: string): IsoDate | undefined {
  const t = text.trim();
  const dmy = DMY.exec(t);
  const ymd = YMD.exec(t);
  const [y, m, d] = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : [];
  if (!y || !m || !d) return undefined;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

const EmailSchema = z.email();

/** Reads one data row; every problem of the row is reported, not only the first. */
export function parseRow(row: number, cells: SheetCells): { value?: ParsedRow; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const text = (key: SheetKey) => normalizeText(cells[key] ?? '');
  const problem = (field: SheetKey, reason: ReasonCode, value?: string, params?: SheetProblem['params']) =>
    problems.push({ row, field, reason, value, params });
  const required = (key: SheetKey) => {
    const v = text(key);
    if (v === '') problem(key, 'required');
    return v;
  };
  const optional = (key: keyof typeof INSTITUTION_LIMITS & SheetKey) => {
    const v = text(key);
    if (v.length > INSTITUTION_LIMITS[key]) problem(key, 'too_long', v, { max: INSTITUTION_LIMITS[key] });
    return v === '' ? null : v;
  };

  const rawCode = required('code');
  const code = CodeSchema.safeParse(rawCode);
  if (rawCode !== '' && !code.success) problem('code', 'invalid_code', rawCode);
  const name = required('name');
  if (name.length > INSTITUTION_LIMITS.name)
    problem('name', 'too_long', name, { max: INSTITUTION_LIMITS.name });
  const categoryText = required('category');
  const category = categoryText === '' ? undefined : findCategory(categoryText);
  if (categoryText !== '' && !category) problem('category', 'unknown_category', categoryText);
  const unitCode = required('unitCode');
  const managingAgencyCode = text('managingAgencyCode') || null;
  const email = optional('email') ?? '';
  if (email !== '' && !EmailSchema.safeParse(email).success) problem('email', 'invalid_email', email);
  const services = text('services')
    .split(';')
    .map(normalizeText)
    .filter((s) => s !== '');
  const longService = services.find((s) => s.length > INSTITUTION_LIMITS.service);
  if (longService) problem('services', 'too_long', longService, { max: INSTITUTION_LIMITS.service });
  if (services.length > INSTITUTION_LIMITS.services) problem('services', 'invalid_value', text('services'));
  const dateText = text('validFrom');
  const validFrom = dateText === '' ? null : parseSheetDate(dateText);
  if (validFrom === undefined) problem('validFrom', 'invalid_date', dateText);

  const value: ParsedRow = {
    row,
    code: code.success ? code.data : rawCode,
    name,
    category: category ?? 'library_commune',
    unitCode,
    managingAgencyCode,
    address: optional('address'),
    phone: optional('phone'),
    email: email === '' ? null : email,
    website: optional('website'),
    openingHours: optional('openingHours'),
    services,
    validFrom: validFrom ?? null,
  };
  return problems.length > 0 ? { problems } : { value, problems };
}

/** A record as a row of the template's columns (Vietnamese category names, dates dd/mm/yyyy). */
export function toSheetCells(record: Institution): Record<SheetKey, string> {
  return {
    code: record.code,
    name: record.name,
    category: CATEGORY_NAMES[record.category].vi,
    unitCode: record.parentCode ?? '',
    unitName: record.parentName ?? '',
    provinceName: record.provinceName ?? '',
    managingAgencyCode: record.managingAgencyCode ?? '',
    managingAgencyName: record.managingAgencyName ?? '',
    address: record.address ?? '',
    phone: record.phone ?? '',
    email: record.email ?? '',
    website: record.website ?? '',
    openingHours: record.openingHours ?? '',
    services: record.services.join('; '),
    validFrom: formatDateVi(record.validFrom),
  };
}

export interface SheetTable {
  /** The data rows, cells keyed by column (read-only and unknown columns left out). */
  rows: { row: number; cells: SheetCells }[];
  /** Header problems: unknown, repeated or missing columns. */
  problems: SheetProblem[];
  /** False when a required column is missing: the rows cannot be read meaningfully. */
  isReadable: boolean;
}

const columnLetter = (index: number): string =>
  (index >= 26 ? columnLetter(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));

/**
 * Finds the header (the first row; the template's row of English keys under it is skipped), maps columns by
 * header and keys the data rows' cells. Unknown headers are reported, never silently dropped.
 */
export function readTable(raw: readonly { row: number; cells: string[] }[]): SheetTable {
  const problems: SheetProblem[] = [];
  const header = raw[0];
  if (!header) return { rows: [], problems, isReadable: false };
  const keys: (SheetKey | undefined)[] = [];
  const seen = new Set<SheetKey>();
  header.cells.forEach((text, index) => {
    const title = normalizeText(text);
    if (title === '') return;
    const key = matchHeader(title);
    if (!key) problems.push({ row: header.row, field: title, reason: 'unknown_column', value: title });
    else if (seen.has(key))
      problems.push({ row: header.row, field: key, reason: 'duplicate_column', value: title });
    else {
      seen.add(key);
      keys[index] = key;
    }
  });
  const missing = INSTITUTION_SHEET_COLUMNS.filter((c) => 'required' in c && c.required && !seen.has(c.key));
  for (const column of missing) {
    problems.push({ row: header.row, field: column.key, reason: 'missing_column', value: column.vi });
  }
  const bodyStart = raw[1] && isKeyRow(raw[1].cells) ? 2 : 1;
  const readOnly = new Set<string>(
    INSTITUTION_SHEET_COLUMNS.filter((c) => 'readOnly' in c).map((c) => c.key),
  );
  const strayColumns = new Set<number>();
  const rows = raw.slice(bodyStart).map(({ row, cells }) => {
    const keyed: SheetCells = {};
    cells.forEach((value, index) => {
      const key = keys[index];
      if (key && !readOnly.has(key)) keyed[key] = value;
      else if (!key && value.trim() !== '' && normalizeText(header.cells[index] ?? '') === '') {
        strayColumns.add(index);
      }
    });
    return { row, cells: keyed };
  });
  // Data under an empty header would be lost: say so.
  for (const index of strayColumns) {
    problems.push({
      row: header.row,
      field: columnLetter(index),
      reason: 'unknown_column',
      value: columnLetter(index),
    });
  }
  return { rows, problems, isReadable: missing.length === 0 };
}
