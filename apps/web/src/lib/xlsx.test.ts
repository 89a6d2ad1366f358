import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { sheetName, toSheetData } from './xlsx';

describe('the plan-list Excel export', () => {
  it('writes a workbook a real spreadsheet reader opens, text and numbers intact, header bold', async () => {
    const rows = [
      ['Số hiệu', 'Tên', 'Số chỉ tiêu'],
      ['68/KH-UBND', 'Kế hoạch <triển khai> & “học tập suốt đời”', 24],
      ['', null, 0],
    ];
    const blob = await writeXlsxFile(toSheetData(rows), { sheet: sheetName('Kế hoạch') }).toBlob();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await blob.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Kế hoạch');
    expect(sheet.getCell('A1').value).toBe('Số hiệu');
    expect(sheet.getCell('B2').value).toBe('Kế hoạch <triển khai> & “học tập suốt đời”');
    expect(sheet.getCell('C2').value).toBe(24);
    expect(sheet.getCell('C3').value).toBe(0);
    expect(sheet.getCell('A3').value).toBeNull();
    expect(sheet.getCell('A1').font?.bold).toBe(true);
  });

  it('keeps sheet names within what Excel accepts', () => {
    expect(sheetName('Kế hoạch / 2025: [chính]')).toBe('Kế hoạch   2025   chính ');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});
