import type { ImportResult, Institution, InstitutionList } from '@suotdoi/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, units } from '../../db/schema';
import { useTestApp } from '../../test/test-app';
import { type Client, signInAs } from '../../test/test-users';
import {
  type InstitutionFixtures,
  insertFixtures,
  multipartFile,
  steppingClock,
} from './institutions.fixtures';

const HEADER = [
  'Mã thiết chế',
  'Tên thiết chế',
  'Loại thiết chế',
  'Mã đơn vị (xã/tỉnh)',
  'Email',
  'Ngày bắt đầu hoạt động',
];

async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Thiết chế');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function readXlsx(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook;
}

describe('institution import and export', () => {
  const t = useTestApp({ clock: steppingClock() });
  let fx: InstitutionFixtures;
  let admin: Client;
  let officerA1: Client;

  beforeAll(async () => {
    fx = await insertFixtures(t.database);
    admin = await signInAs(t, [{ role: 'system_admin', unitId: fx.countryId }]);
    officerA1 = await signInAs(t, [{ role: 'commune_officer', unitId: fx.communeA1 }]);
  });

  const importFile = async (
    client: Client,
    name: string,
    bytes: Uint8Array,
    query = 'dryRun=false',
    lang = 'vi',
  ) => {
    const body = multipartFile(name, bytes);
    return client.request({
      method: 'POST',
      url: `/api/institutions/import?${query}`,
      payload: body.payload,
      headers: { ...body.headers, 'accept-language': lang },
    });
  };
  const institutionCodes = async (codes: string[]) =>
    (
      await t.database.db
        .select({ code: units.code })
        .from(units)
        .where(and(eq(units.kind, 'institution'), inArray(units.code, codes)))
    ).map((r) => r.code);

  it('offers a template with the columns, the categories and the units the user may use', async () => {
    const res = await officerA1.request({ method: 'GET', url: '/api/institutions/template.xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = await readXlsx(res.rawPayload);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Thiết chế', 'Loại thiết chế', 'Đơn vị']);
    const data = workbook.getWorksheet('Thiết chế')!;
    expect(data.getRow(1).getCell(1).value).toBe('Mã thiết chế');
    expect(data.getRow(2).getCell(1).value).toBe('code');
    const categories = workbook.getWorksheet('Loại thiết chế')!;
    expect(categories.getColumn(1).values).toContain('library_commune');
    const unitCodes = workbook.getWorksheet('Đơn vị')!.getColumn(1).values;
    expect(unitCodes).toContain(fx.codes.communeA1);
    expect(unitCodes).not.toContain(fx.codes.communeA2);
  });

  it('imports nothing when one row is bad, and names the row and the column', async () => {
    const rows = [
      HEADER,
      ['IMP-1', 'Thư viện xã An Bình', 'library_commune', fx.codes.communeA1, '', '01/09/2025'],
      [
        'IMP-2',
        'Nhà văn hóa thôn Một',
        'Nhà văn hóa - khu thể thao thôn, tổ dân phố',
        fx.codes.communeA1,
        '',
        '',
      ],
      ['IMP-3', 'Trung tâm văn hóa xã', 'trung tam van hoa', fx.codes.communeA1, '', '2025-09-01'],
    ];
    const bad = await importFile(admin, 'thiet-che.xlsx', await xlsx(rows));
    expect(bad.statusCode).toBe(422);
    const error = bad.json().error;
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.details.problems).toEqual([
      {
        row: 4,
        field: 'category',
        reason: 'unknown_category',
        value: 'trung tam van hoa',
        message: 'Loại thiết chế "trung tam van hoa" không có trong danh mục.',
      },
    ]);
    expect(await institutionCodes(['IMP-1', 'IMP-2', 'IMP-3'])).toEqual([]);

    const dry = await importFile(admin, 'thiet-che.xlsx', await xlsx(rows), 'dryRun=true');
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, total: 3, created: 2, updated: 0, unchanged: 0 });
    expect(await institutionCodes(['IMP-1', 'IMP-2', 'IMP-3'])).toEqual([]);

    rows[3]![2] = 'trung tam van hoa - the thao cap xa';
    const auditBefore = await t.database.db.$count(auditEntries);
    const fixed = await importFile(admin, 'thiet-che.xlsx', await xlsx(rows));
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toEqual({
      dryRun: false,
      total: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      problems: [],
    });
    expect((await institutionCodes(['IMP-1', 'IMP-2', 'IMP-3'])).sort()).toEqual(['IMP-1', 'IMP-2', 'IMP-3']);
    const audit = await t.database.db.select().from(auditEntries).where(sql`${auditEntries.id} > 0`);
    expect(audit.length - auditBefore).toBe(4);
    expect(audit.filter((a) => a.action === 'import')).toHaveLength(1);

    const list = (await (
      await admin.request({ method: 'GET', url: '/api/institutions?q=imp-3' })
    ).json()) as InstitutionList;
    expect(list.items[0]).toMatchObject({
      category: 'cultural_centre_commune',
      parentId: fx.communeA1,
      provinceId: fx.provinceA,
      validFrom: '2025-09-01',
    });

    const again = await importFile(admin, 'thiet-che.xlsx', await xlsx(rows));
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    rows[1]![1] = 'Thư viện xã An Bình (mới)';
    const renamed = await importFile(admin, 'thiet-che.xlsx', await xlsx(rows));
    expect(renamed.json()).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
  });

  it('reports every problem of the file at once, in the reader’s language', async () => {
    const rows = [
      [...HEADER, 'Màu sắc'],
      ['ALL-1', 'Thư viện một', 'library_commune', fx.codes.communeA1, 'not-an-email', '31/02/2025', ''],
      ['ALL-1', 'Thư viện hai', 'library_commune', fx.codes.communeA1, '', '', ''],
      ['ALL-3', '', 'library_commune', 'NOPE', '', '', ''],
      ['ALL-4', 'Thư viện bốn', 'library_commune', fx.codes.communeB1, '', '', ''],
      ['ALL 5', 'Thư viện năm', 'library_commune', fx.codes.communeA1, '', '', ''],
    ];
    const res = await importFile(officerA1, 'x.xlsx', await xlsx(rows), 'dryRun=true', 'en');
    expect(res.statusCode).toBe(200);
    const result = res.json() as ImportResult;
    const brief = result.problems.map((p) => [p.row, p.field, p.reason]);
    expect(brief).toEqual([
      [1, 'Màu sắc', 'unknown_column'],
      [2, 'email', 'invalid_email'],
      [2, 'validFrom', 'invalid_date'],
      [3, 'code', 'duplicate_in_file'],
      [4, 'name', 'required'],
      [5, 'unitCode', 'out_of_scope'],
      [6, 'code', 'invalid_code'],
    ]);
    expect(result.problems[3]!.message).toBe('Code "ALL-1" appears more than once in the file (row 2).');
    expect(result.created).toBe(0);
    // A unit that does not exist is named as such once the row is otherwise fine.
    const unknown = await importFile(
      admin,
      'x.xlsx',
      await xlsx([HEADER, ['ALL-6', 'Thư viện', 'library_commune', 'NOPE', '', '']]),
      'dryRun=true',
    );
    expect(unknown.json().problems.map((p: { reason: string }) => p.reason)).toEqual(['unknown_unit']);
    const missing = await importFile(admin, 'x.csv', Buffer.from('code,name\nX,Y\n'), 'dryRun=true');
    expect(missing.json().problems.map((p: { field: string }) => p.field)).toEqual(['category', 'unitCode']);
  });

  it('reads a CSV with a BOM, semicolons, Vietnamese headers and NFD text', async () => {
    const name = 'Thư viện phường Đông Hòa'.normalize('NFD');
    const csv = `\uFEFFMã thiết chế;Tên thiết chế;Loại thiết chế;Mã đơn vị (xã/tỉnh);Dịch vụ (cách nhau bằng dấu chấm phẩy)\r\nCSV-1;${name};Thư viện cấp xã, phòng đọc sách, điểm bưu điện văn hóa xã;${fx.codes.communeA2};"Mượn sách; Đọc tại chỗ"\r\n`;
    const res = await importFile(admin, 'thiet-che.csv', Buffer.from(csv, 'utf8'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 1, problems: [] });
    const list = (await (
      await admin.request({ method: 'GET', url: '/api/institutions?q=CSV-1' })
    ).json()) as InstitutionList;
    expect(list.items[0]).toMatchObject({
      name: 'Thư viện phường Đông Hòa'.normalize('NFC'),
      parentId: fx.communeA2,
      services: ['Mượn sách', 'Đọc tại chỗ'],
      validFrom: '2026-03-16',
    });
  });

  it('refuses files that are not spreadsheets with 415', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    for (const [name, bytes] of [
      ['anh.xlsx', png],
      ['anh.csv', png],
      ['ghi-chu.xlsx', Buffer.from('code,name\nA,B\n')],
    ] as const) {
      const res = await importFile(admin, name, bytes);
      expect(res.statusCode, name).toBe(415);
      expect(res.json().error).toMatchObject({
        code: 'UNSUPPORTED_FILE',
        details: { reason: 'not_a_spreadsheet' },
      });
    }
    const empty = await importFile(admin, 'trong.csv', Buffer.alloc(0));
    expect(empty.statusCode).toBe(415);
    expect(empty.json().error.details).toEqual({
      reason: 'empty_file',
      message: 'Tệp không có dòng dữ liệu nào.',
    });
    const headerOnly = await importFile(admin, 'mau.xlsx', await xlsx([HEADER]));
    expect(headerOnly.json().error.details.reason).toBe('empty_file');
    const anonymous = multipartFile('x.csv', Buffer.from('code\nA\n'));
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/institutions/import', ...anonymous })).statusCode,
    ).toBe(401);
    const notMultipart = await admin.request({
      method: 'POST',
      url: '/api/institutions/import',
      payload: {},
    });
    expect(notMultipart.statusCode).toBe(415);
  });

  it('keeps a commune officer to their commune when importing and exporting', async () => {
    const otherRows = [HEADER, ['SCOPE-1', 'Thư viện phường', 'library_commune', fx.codes.communeA2, '', '']];
    const res = await importFile(officerA1, 'x.xlsx', await xlsx(otherRows));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.problems[0]).toMatchObject({
      row: 2,
      field: 'unitCode',
      reason: 'out_of_scope',
    });
    // An institution of another commune cannot be overwritten through its code either.
    await importFile(admin, 'x.xlsx', await xlsx(otherRows));
    const steal = await importFile(
      officerA1,
      'x.xlsx',
      await xlsx([HEADER, ['SCOPE-1', 'Của tôi', 'library_commune', fx.codes.communeA1, '', '']]),
    );
    expect(steal.json().error.details.problems[0]).toMatchObject({ field: 'code', reason: 'duplicate_code' });

    const exported = await officerA1.request({ method: 'GET', url: '/api/institutions/export.xlsx' });
    expect(exported.statusCode).toBe(200);
    const sheet = (await readXlsx(exported.rawPayload)).getWorksheet('Thiết chế')!;
    const unitColumn = sheet.getColumn(4).values.slice(3);
    expect(unitColumn.length).toBeGreaterThan(0);
    expect(new Set(unitColumn)).toEqual(new Set([fx.codes.communeA1]));
    const other = await officerA1.request({
      method: 'GET',
      url: `/api/institutions/export.xlsx?unitId=${fx.communeA2}`,
    });
    expect((await readXlsx(other.rawPayload)).getWorksheet('Thiết chế')!.rowCount).toBe(2);
  });

  it('gives back the same records when an export is imported again', async () => {
    const before = (await (
      await admin.request({ method: 'GET', url: `/api/institutions?provinceId=${fx.provinceA}&pageSize=500` })
    ).json()) as InstitutionList;
    expect(before.total).toBeGreaterThan(3);
    const exported = await admin.request({
      method: 'GET',
      url: `/api/institutions/export.xlsx?provinceId=${fx.provinceA}`,
    });
    const sheet = (await readXlsx(exported.rawPayload)).getWorksheet('Thiết chế')!;
    expect(sheet.getRow(1).getCell(3).value).toBe('Loại thiết chế');
    expect(sheet.getRow(3).getCell(15).value).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    const res = await importFile(admin, 'export.xlsx', exported.rawPayload);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 0, updated: 0, unchanged: before.total, problems: [] });
    const after = (await (
      await admin.request({ method: 'GET', url: `/api/institutions?provinceId=${fx.provinceA}&pageSize=500` })
    ).json()) as InstitutionList;
    expect(after.items as Institution[]).toEqual(before.items);
  });
});
