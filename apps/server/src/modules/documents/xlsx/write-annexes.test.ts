import type { AnnexSheet, DocumentModel } from '@suotdoi/shared';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sampleModel } from '../fixtures/sample-model';
import { writeAnnexesXlsx } from './write-annexes';

async function readBack(model: DocumentModel) {
  const workbook = new ExcelJS.Workbook();
  // exceljs's types predate Node's generic Buffer.
  await workbook.xlsx.load((await writeAnnexesXlsx(model)) as never);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, index: number) {
  const sheet = workbook.worksheets[index];
  if (!sheet) throw new Error(`no sheet ${index}`);
  return sheet;
}

const annex = (name: string, extra: Partial<AnnexSheet> = {}): AnnexSheet => ({
  name,
  title: `Phụ lục ${name}`,
  columns: [{ title: 'Đơn vị', width: 30, kind: 'text' }],
  rows: [['Xã Gia Viễn']],
  notes: [],
  ...extra,
});

const wide: AnnexSheet = {
  name: 'Chỉ tiêu',
  title: 'Phụ lục 2. Kết quả thực hiện các chỉ tiêu',
  columns: [
    { title: 'TT', width: 5, kind: 'number' },
    { title: 'Chỉ tiêu', width: 40, kind: 'text' },
    { title: 'Loại thiết chế', width: 24, kind: 'text' },
    { title: 'Chỉ tiêu 2025', width: 12, kind: 'percent' },
    { title: 'Thực hiện', width: 12, kind: 'percent' },
    { title: 'Lượt người', width: 12, kind: 'number' },
    { title: 'Ghi chú', width: 30, kind: 'text' },
  ],
  rows: [[1, 'Tỷ lệ thư viện cung cấp dịch vụ học tập suốt đời', 'Thư viện cấp xã', 40, 66.7, 1234.5, '']],
  notes: ['Số liệu tính đến ngày 19/11/2026.'],
};

describe('writeAnnexesXlsx', () => {
  it('writes a sheet per annex with the issuing body, the title, the unit and year, then the header row', async () => {
    const workbook = await readBack(sampleModel);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Chỉ số theo đơn vị', 'Nhiệm vụ']);
    const sheet = sheetOf(workbook, 0);
    expect(sheet.getCell('A1').value).toBe('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('Phụ lục 1. Các chỉ số năm 2026 theo đơn vị cấp xã');
    expect(sheet.getCell('A2').font).toMatchObject({ bold: true, size: 13, name: 'Times New Roman' });
    expect(sheet.getCell('D2').master.address).toBe('A2'); // merged across the four columns
    expect(sheet.getCell('A3').value).toBe('Tỉnh Ninh Bình — năm 2026');
    expect(sheet.getCell('A3').font?.italic).toBe(true);
    expect(sheet.getRow(4).cellCount).toBe(0);
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      'Mã',
      'Đơn vị',
      'Tỷ lệ thư viện cung cấp dịch vụ học tập suốt đời (%)',
      'Lượt người sử dụng thư viện',
    ]);
    expect(sheet.getCell('B5').font).toMatchObject({ bold: true, name: 'Times New Roman', size: 12 });
    expect(sheet.getCell('B5').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('B5').border?.bottom?.style).toBe('thin');
    expect(sheet.getColumn(2).width).toBe(36);
  });

  it('keeps Vietnamese text exactly as given', async () => {
    const sheet = sheetOf(await readBack(sampleModel), 0);
    const name = sheet.getCell('B7').value;
    expect(name).toBe('Xã Gia Viễn');
    expect(String(name).normalize('NFC')).toBe(name);
  });

  it('writes numbers as numbers, percentages with a percent format, and a missing value as a centred dash', async () => {
    const sheet = sheetOf(await readBack(sampleModel), 0);
    expect(sheet.getCell('A6').value).toBe('14335'); // a code stays text
    expect(sheet.getCell('C6').value).toBe(66.7);
    expect(sheet.getCell('C6').numFmt).toBe('0.0" %"');
    expect(sheet.getCell('D6').value).toBe(12500);
    expect(sheet.getCell('D6').numFmt).toBe('#,##0');
    expect(sheet.getCell('C7').value).toBe('—');
    expect(sheet.getCell('C7').alignment?.horizontal).toBe('center');
    expect(sheet.getCell('D7').value).toBe('—');
    expect(sheet.getCell('C7').border?.left?.style).toBe('thin');
  });

  it('gives a number with decimals the "#,##0.##" format', async () => {
    const sheet = sheetOf(await readBack({ ...sampleModel, annexes: [wide] }), 0);
    expect(sheet.getCell('F6').value).toBe(1234.5);
    expect(sheet.getCell('F6').numFmt).toBe('#,##0.##');
    expect(sheet.getCell('A6').numFmt).toBe('#,##0');
  });

  it('writes the notes in italics after the data', async () => {
    const sheet = sheetOf(await readBack(sampleModel), 0);
    expect(sheet.getCell('A8').value).toBeNull();
    expect(sheet.getCell('A9').value).toBe('— : chưa có số liệu (chưa có báo cáo được duyệt).');
    expect(sheet.getCell('A9').font?.italic).toBe(true);
  });

  it('says there is no data on a sheet without rows', async () => {
    const sheet = sheetOf(await readBack(sampleModel), 1);
    expect(sheet.getCell('A6').value).toBe('Không có dữ liệu.');
    expect(sheet.getCell('C6').master.address).toBe('A6');
    expect(sheet.rowCount).toBe(6);
    const english = sheetOf(await readBack({ ...sampleModel, lang: 'en' }), 1);
    expect(english.getCell('A6').value).toBe('No data.');
    expect(english.getCell('A3').value).toBe('Tỉnh Ninh Bình — 2026');
  });

  it('makes sheet names Excel accepts: no forbidden characters, 31 characters at most, each unique', async () => {
    const long = 'Danh sách các thiết chế văn hóa cơ sở cấp xã'; // 44 characters
    const workbook = await readBack({
      ...sampleModel,
      annexes: [
        annex('Chỉ tiêu: chi tiết/theo [2026]?'),
        annex(long),
        annex(long),
        annex('nhiệm vụ'),
        annex('Nhiệm vụ'),
        annex('*?'),
        annex("'History'"),
      ],
    });
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Chỉ tiêu chi tiết theo 2026',
      'Danh sách các thiết chế văn hóa',
      'Danh sách các thiết chế văn (2)',
      'nhiệm vụ',
      'Nhiệm vụ (2)',
      'Phụ lục 6',
      'History (2)', // Excel keeps "History" for itself
    ]);
    // The title keeps what the name lost.
    expect(sheetOf(workbook, 1).getCell('A2').value).toBe(`Phụ lục ${long}`);
  });

  it('sets the page up for print: A4, fitted to the width, the header row on every page, page numbers', async () => {
    const workbook = await readBack({ ...sampleModel, annexes: [...sampleModel.annexes, wide] });
    const narrow = sheetOf(workbook, 0);
    expect(narrow.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '5:5',
    });
    expect(narrow.pageSetup.margins?.left).toBe(0.5);
    expect(narrow.headerFooter.oddFooter).toContain('&P/&N');
    expect(sheetOf(workbook, 2).pageSetup.orientation).toBe('landscape');
  });

  it('turns the page for more than six columns, or for columns wider than a portrait page', async () => {
    const column = { title: 'Số', width: 8, kind: 'number' as const };
    const workbook = await readBack({
      ...sampleModel,
      annexes: [
        annex('Sáu cột', { columns: Array(6).fill(column), rows: [] }),
        annex('Bảy cột', { columns: Array(7).fill(column), rows: [] }),
        annex('Rộng', { columns: [{ title: 'Ghi chú', width: 120, kind: 'text' }] }),
      ],
    });
    expect(workbook.worksheets.map((s) => s.pageSetup.orientation)).toEqual([
      'portrait',
      'landscape',
      'landscape',
    ]);
  });

  it('freezes the panes under the header row and filters on it', async () => {
    const sheet = sheetOf(await readBack(sampleModel), 0);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5, topLeftCell: 'A6' });
    expect(sheet.autoFilter).toBe('A5:D5');
  });

  it('signs the workbook with the issuing body and the time the document was generated', async () => {
    const workbook = await readBack(sampleModel);
    expect(workbook.creator).toBe('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
    expect(workbook.created.toISOString()).toBe('2026-11-20T03:15:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2026-11-20T03:15:00.000Z');
  });

  it('still writes a workbook when the report has no annex', async () => {
    const workbook = await readBack({ ...sampleModel, annexes: [] });
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = sheetOf(workbook, 0);
    expect(sheet.name).toBe('Phụ lục');
    expect(sheet.getCell('A2').value).toBe('Báo cáo không có phụ lục.');
    const english = await readBack({ ...sampleModel, lang: 'en', annexes: [] });
    expect(sheetOf(english, 0).getCell('A2').value).toBe('The report has no annex.');
  });
});
