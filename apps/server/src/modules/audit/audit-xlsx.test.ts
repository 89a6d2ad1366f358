import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AUDIT_DATE_FORMAT, buildAuditWorkbook } from './audit-xlsx';

const entry = {
  id: 1,
  at: '2026-04-21T01:02:03.000Z',
  userId: null,
  username: 'so.ninhbinh',
  action: 'update',
  entity: 'institution',
  entityId: '42',
  unitId: 7,
  unitName: 'Thư viện tỉnh',
  before: { name: 'A' },
  after: { name: 'B' },
  ip: '10.0.0.1',
};

async function load(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('buildAuditWorkbook', () => {
  it('writes one row per entry with a Vietnam-time date cell and the record as JSON', async () => {
    const sheet = await load(await buildAuditWorkbook([entry], 'vi'));
    expect(sheet.name).toBe('Nhật ký');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Thời gian',
      'Người dùng',
      'Thao tác',
      'Đối tượng',
      'Mã đối tượng',
      'Đơn vị',
      'Địa chỉ IP',
      'Trước',
      'Sau',
    ]);
    const row = sheet.getRow(2);
    expect(row.getCell(1).numFmt).toBe(AUDIT_DATE_FORMAT);
    expect((row.getCell(1).value as Date).toISOString()).toBe('2026-04-21T08:02:03.000Z');
    expect(row.getCell(8).value).toBe('{"name":"A"}');
    expect(row.getCell(9).value).toBe('{"name":"B"}');
  });

  it('says so when the export was cut', async () => {
    const sheet = await load(await buildAuditWorkbook([entry], 'en', { truncated: true }));
    expect(sheet.getRow(1).getCell(1).value).toBe('Time');
    expect(String(sheet.getRow(3).getCell(1).value)).toMatch(/Only the newest 1 entries/);
  });
});
