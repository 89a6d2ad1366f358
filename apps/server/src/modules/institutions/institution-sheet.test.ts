import {
  INSTITUTION_CATEGORIES,
  INSTITUTION_SHEET_COLUMNS,
  type Institution,
  normalizeText,
} from '@suotdoi/shared';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  matchHeader,
  parseRow,
  parseSheetDate,
  readTable,
  type SheetCells,
  toSheetCells,
} from './institution-sheet';
import { parseSheet } from './parse-sheet';

const letters = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ',
];
const word = fc
  .array(fc.constantFrom(...letters, ...letters.map((l) => l.toUpperCase()), ...'0123456789'), {
    minLength: 1,
    maxLength: 8,
  })
  .map((cs) => cs.join(''));
/** Text as the API stores it: NFC, single spaces, no outer spaces, within `max` characters. */
const text = (max: number) =>
  fc
    .array(fc.oneof(word, fc.constantFrom('-', '(', ')', ',', '.', '/', ':')), {
      minLength: 1,
      maxLength: 12,
    })
    .map((ws) => normalizeText(ws.join(' ')).slice(0, max).trim())
    .filter((s) => s !== '');
const code = fc
  .array(fc.constantFrom(...'ABCDEFGHXYZ0123456789.-_', ...'ĐÂƯ'), { minLength: 1, maxLength: 40 })
  .map((cs) => cs.join(''));
const isoDate = fc
  .date({ min: new Date('1945-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,15}[a-z0-9]$/), fc.stringMatching(/^[a-z]{2,10}$/))
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain]) => `${local}@${domain}.vn`);

const record = fc.record({
  code,
  name: text(300),
  category: fc.constantFrom(...INSTITUTION_CATEGORIES),
  parentCode: code,
  managingAgencyCode: fc.option(code, { nil: null }),
  address: fc.option(text(500), { nil: null }),
  phone: fc.option(text(40), { nil: null }),
  email: fc.option(email, { nil: null }),
  website: fc.option(text(300), { nil: null }),
  openingHours: fc.option(text(300), { nil: null }),
  services: fc.array(text(100), { maxLength: 6 }),
  validFrom: isoDate,
});
type Generated = typeof record extends fc.Arbitrary<infer T> ? T : never;

const asInstitution = (r: Generated): Institution => ({
  ...r,
  id: 1,
  parentId: 2,
  parentName: 'Gia Viễn',
  provinceId: 3,
  provinceName: 'Ninh Bình',
  managingAgencyId: r.managingAgencyCode ? 4 : null,
  managingAgencyName: r.managingAgencyCode ? 'Sở Văn hóa' : null,
  validTo: null,
  isDemo: false,
  updatedAt: '2026-03-16T03:00:00.000000Z',
});

const expectSameFields = (parsed: ReturnType<typeof parseRow>, r: Generated) => {
  expect(parsed.problems).toEqual([]);
  expect(parsed.value).toEqual({
    row: expect.any(Number),
    code: r.code,
    name: r.name,
    category: r.category,
    unitCode: r.parentCode,
    managingAgencyCode: r.managingAgencyCode,
    address: r.address,
    phone: r.phone,
    email: r.email,
    website: r.website,
    openingHours: r.openingHours,
    services: r.services,
    validFrom: r.validFrom,
  });
};

describe('the institution sheet format', () => {
  it('reads back every field of a record it wrote (export → import)', () => {
    fc.assert(
      fc.property(record, (r) => {
        const cells = toSheetCells(asInstitution(r)) as SheetCells;
        expectSameFields(parseRow(3, cells), r);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back records written through a real .xlsx file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 5 }), async (records) => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Thiết chế');
        sheet.addRow(INSTITUTION_SHEET_COLUMNS.map((c) => c.vi));
        sheet.addRow(INSTITUTION_SHEET_COLUMNS.map((c) => c.key));
        for (const r of records) {
          const cells = toSheetCells(asInstitution(r));
          sheet.addRow(INSTITUTION_SHEET_COLUMNS.map((c) => cells[c.key]));
        }
        const table = readTable(
          await parseSheet(new Uint8Array(await workbook.xlsx.writeBuffer()), 'x.xlsx'),
        );
        expect(table.problems).toEqual([]);
        expect(table.rows.map((row) => row.row)).toEqual(records.map((_, i) => i + 3));
        for (const [i, row] of table.rows.entries())
          expectSameFields(parseRow(row.row, row.cells), records[i]!);
      }),
      { numRuns: 25 },
    );
  });

  it('matches Vietnamese titles, English keys and common variants', () => {
    expect(matchHeader('Mã thiết chế')).toBe('code');
    expect(matchHeader('MA THIET CHE')).toBe('code');
    expect(matchHeader('unitCode')).toBe('unitCode');
    expect(matchHeader('Mã đơn vị (xã/tỉnh)')).toBe('unitCode');
    expect(matchHeader('Tên thiết chế (name)')).toBe('name');
    expect(matchHeader('Dịch vụ (cách nhau bằng dấu chấm phẩy)')).toBe('services');
    expect(matchHeader('Ngày bắt đầu')).toBe('validFrom');
    expect(matchHeader('Màu sắc')).toBeUndefined();
  });

  it('reads dates as dd/mm/yyyy or yyyy-mm-dd and refuses impossible ones', () => {
    expect(parseSheetDate('01/09/2025')).toBe('2025-09-01');
    expect(parseSheetDate('1/9/2025')).toBe('2025-09-01');
    expect(parseSheetDate('2025-09-01')).toBe('2025-09-01');
    expect(parseSheetDate('29/02/2024')).toBe('2024-02-29');
    expect(parseSheetDate('29/02/2025')).toBeUndefined();
    expect(parseSheetDate('09/01/25')).toBeUndefined();
  });

  it('reports every problem of a row with its field and reason', () => {
    const { value, problems } = parseRow(7, {
      code: 'A B',
      name: '',
      category: 'bảo tàng tư',
      unitCode: '',
      email: 'x@',
      validFrom: '31/04/2025',
      phone: '0'.repeat(41),
    });
    expect(value).toBeUndefined();
    expect(problems.map((p) => [p.row, p.field, p.reason])).toEqual([
      [7, 'code', 'invalid_code'],
      [7, 'name', 'required'],
      [7, 'category', 'unknown_category'],
      [7, 'unitCode', 'required'],
      [7, 'email', 'invalid_email'],
      [7, 'validFrom', 'invalid_date'],
      [7, 'phone', 'too_long'],
    ]);
  });

  it('holds an e-mail address to the same 200-character limit as the API', () => {
    const long = `${'a'.repeat(190)}@thuvien.vn`;
    const { problems } = parseRow(3, {
      code: 'TV-1',
      name: 'Thư viện',
      category: 'library_commune',
      unitCode: '1',
      email: long,
    });
    expect(problems.map((p) => [p.row, p.field, p.reason])).toEqual([[3, 'email', 'too_long']]);
  });

  it('accepts a category by code or by name, with or without diacritics', () => {
    const row = (category: string) =>
      parseRow(2, { code: 'X', name: 'Y', category, unitCode: '1' }).value?.category;
    expect(row('museum_public')).toBe('museum_public');
    expect(row('Bảo tàng công lập')).toBe('museum_public');
    expect(row('bao tang cong lap')).toBe('museum_public');
    expect(row('Public museum')).toBe('museum_public');
  });

  it('skips the row of English keys and names unknown, repeated and missing columns', () => {
    const table = readTable([
      { row: 1, cells: ['Mã thiết chế', 'Tên thiết chế', 'Màu', 'code', '', 'Tỉnh/Thành phố'] },
      { row: 2, cells: ['code', 'name'] },
      { row: 3, cells: ['A', 'B', 'xanh', 'A2', 'lost', 'Ninh Bình'] },
    ]);
    expect(table.problems.map((p) => [p.field, p.reason])).toEqual([
      ['Màu', 'unknown_column'],
      ['code', 'duplicate_column'],
      ['category', 'missing_column'],
      ['unitCode', 'missing_column'],
      ['E', 'unknown_column'],
    ]);
    expect(table.isReadable).toBe(false);
    // Read-only columns of the export (province name) are ignored, not reported.
    expect(table.rows).toEqual([{ row: 3, cells: { code: 'A', name: 'B' } }]);
  });
});
