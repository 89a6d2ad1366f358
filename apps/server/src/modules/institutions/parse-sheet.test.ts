import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseSheet } from './parse-sheet';

const utf8 = (s: string) => new TextEncoder().encode(s);
const reasonOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'parsed';
  } catch (error) {
    return (error as { code: string; details: { reason: string } }).details.reason;
  }
};

describe('parseSheet', () => {
  it('reads a CSV with a BOM, semicolons, quotes and a cell on two lines', async () => {
    const rows = await parseSheet(
      utf8('\uFEFFMã;Tên\r\nA1;"Thư viện; xã"\r\n\r\nA2;"dòng một\ndòng hai"\r\n'),
      'x.csv',
    );
    expect(rows).toEqual([
      { row: 1, cells: ['Mã', 'Tên'] },
      { row: 2, cells: ['A1', 'Thư viện; xã'] },
      { row: 4, cells: ['A2', 'dòng một\ndòng hai'] },
    ]);
  });

  it('reads an .xlsx: the "Thiết chế" sheet, dates as yyyy-mm-dd, rich text and formulas as text', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Hướng dẫn').addRow(['đọc tôi']);
    const sheet = workbook.addWorksheet('Thiết chế');
    sheet.addRow(['code', 'validFrom', 'name', 'n']);
    sheet.addRow([
      '00123',
      new Date(Date.UTC(2025, 8, 1)),
      { richText: [{ text: 'Thư ' }, { text: 'viện', font: { bold: true } }] },
      { formula: '1+1', result: 2 },
    ]);
    const rows = await parseSheet(new Uint8Array(await workbook.xlsx.writeBuffer()), 'x.xlsx');
    expect(rows).toEqual([
      { row: 1, cells: ['code', 'validFrom', 'name', 'n'] },
      { row: 2, cells: ['00123', '2025-09-01', 'Thư viện', '2'] },
    ]);
  });

  it('refuses what is not a spreadsheet, whatever its name says', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect(await reasonOf(parseSheet(png, 'anh.xlsx'))).toBe('not_a_spreadsheet');
    expect(await reasonOf(parseSheet(png, 'anh.csv'))).toBe('not_a_spreadsheet');
    expect(await reasonOf(parseSheet(utf8('code,name\n'), 'text.xlsx'))).toBe('not_a_spreadsheet');
    expect(await reasonOf(parseSheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.xlsx'))).toBe(
      'not_a_spreadsheet',
    );
    expect(await reasonOf(parseSheet(new Uint8Array([0xc3, 0x28, 0x41]), 'x.csv'))).toBe('not_a_spreadsheet');
  });

  it('calls a file with no rows empty', async () => {
    expect(await reasonOf(parseSheet(new Uint8Array(), 'x.csv'))).toBe('empty_file');
    expect(await reasonOf(parseSheet(utf8('\uFEFF\r\n;;\r\n ; \r\n'), 'x.csv'))).toBe('empty_file');
  });
});
