import { PassThrough } from 'node:stream';
import {
  CATEGORY_NAMES,
  INSTITUTION_CATEGORIES,
  INSTITUTION_SHEET_COLUMNS,
  type InstitutionExportQuery,
  todayInVietnam,
} from '@suotdoi/shared';
import ExcelJS from 'exceljs';
import { scopedUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { type SheetKey, toSheetCells } from './institution-sheet';
import { iterateInstitutions } from './institutions.service';
import { DATA_SHEET_NAME } from './parse-sheet';
import { findAreaUnitsInScope } from './unit-lookups.repo';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const CATEGORY_SHEET = 'Loại thiết chế';
const UNIT_SHEET = 'Đơn vị';
/** Rows of the template that offer the category drop-down. */
const TEMPLATE_ROWS = 1000;

const WIDTHS: Partial<Record<SheetKey, number>> = {
  code: 18,
  name: 40,
  category: 36,
  unitName: 28,
  provinceName: 20,
  managingAgencyName: 32,
  address: 40,
  services: 40,
  openingHours: 28,
};

/** Row 1: the Vietnamese titles a person reads; row 2: the English keys, which the importer also accepts. */
function addHeader(sheet: ExcelJS.Worksheet) {
  sheet.columns = INSTITUTION_SHEET_COLUMNS.map((c) => ({
    key: c.key,
    width: WIDTHS[c.key] ?? 16,
    // Text, so that commune codes keep their leading zeros and dates stay dd/mm/yyyy.
    style: { numFmt: '@' },
  }));
  const titles = sheet.addRow(INSTITUTION_SHEET_COLUMNS.map((c) => c.vi));
  titles.font = { bold: true };
  titles.eachCell((cell, col) => {
    const column = INSTITUTION_SHEET_COLUMNS[col - 1]!;
    const fill = 'readOnly' in column ? 'FFEDEDED' : 'required' in column ? 'FFFCE4D6' : 'FFDDEBF7';
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  });
  const keys = sheet.addRow(INSTITUTION_SHEET_COLUMNS.map((c) => c.key));
  keys.font = { italic: true, color: { argb: 'FF808080' } };
  return [titles, keys];
}

/**
 * Mẫu nhập thiết chế: the data sheet's header, the category codes with their names, and the communes and
 * provinces the actor may add institutions to, with their codes (the "unit code" column takes one of them).
 */
export async function buildTemplate(actor: Actor, deps: ServiceDeps): Promise<Buffer> {
  const day = todayInVietnam(deps.clock());
  const areas = await findAreaUnitsInScope(deps.db, scopedUnitIds(actor, 'institution.write'), day);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Suốt Đời';

  const data = workbook.addWorksheet(DATA_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 2 }] });
  addHeader(data);
  const categoryColumn = INSTITUTION_SHEET_COLUMNS.findIndex((c) => c.key === 'category') + 1;
  for (let row = 3; row < 3 + TEMPLATE_ROWS; row++) {
    data.getCell(row, categoryColumn).dataValidation = {
      type: 'list',
      allowBlank: true,
      showErrorMessage: false,
      formulae: [`'${CATEGORY_SHEET}'!$B$2:$B$${INSTITUTION_CATEGORIES.length + 1}`],
    };
  }

  const categories = workbook.addWorksheet(CATEGORY_SHEET);
  categories.columns = [
    { header: 'Mã loại (category)', key: 'code', width: 28 },
    { header: 'Tên loại', key: 'vi', width: 60 },
    { header: 'Name', key: 'en', width: 50 },
  ];
  categories.getRow(1).font = { bold: true };
  for (const code of INSTITUTION_CATEGORIES) categories.addRow({ code, ...CATEGORY_NAMES[code] });

  const units = workbook.addWorksheet(UNIT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  units.columns = [
    { header: 'Mã đơn vị (unitCode)', key: 'code', width: 20, style: { numFmt: '@' } },
    { header: 'Tên đơn vị', key: 'name', width: 36 },
    { header: 'Cấp', key: 'level', width: 16 },
    { header: 'Tỉnh/Thành phố', key: 'province', width: 28 },
  ];
  units.getRow(1).font = { bold: true };
  for (const u of areas) {
    units.addRow({
      code: u.code,
      name: u.name,
      level: u.typeName ?? (u.kind === 'province' ? 'Tỉnh' : 'Xã'),
      province: u.kind === 'province' ? u.name : (u.provinceName ?? ''),
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Xuất danh sách thiết chế: every institution matching the list filters, in the template's columns (so the
 * file can be edited and imported back), Vietnamese category names and dd/mm/yyyy dates. Written with the
 * streaming writer, a page of rows at a time, so a national export does not hold a whole workbook model.
 */
export async function exportInstitutions(
  actor: Actor,
  query: InstitutionExportQuery,
  deps: ServiceDeps,
): Promise<Buffer> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (chunk: Buffer) => parts.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Suốt Đời';
  const sheet = workbook.addWorksheet(DATA_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 2 }] });
  for (const row of addHeader(sheet)) row.commit();
  for await (const batch of iterateInstitutions(actor, query, deps)) {
    for (const record of batch) {
      const cells = toSheetCells(record);
      sheet.addRow(INSTITUTION_SHEET_COLUMNS.map((c) => cells[c.key])).commit();
    }
  }
  sheet.commit();
  await workbook.commit();
  await finished;
  return Buffer.concat(parts);
}
