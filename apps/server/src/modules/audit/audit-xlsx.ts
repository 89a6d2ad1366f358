import type { AuditEntry, Lang } from '@suotdoi/shared';
import ExcelJS from 'exceljs';

const COLUMNS = [
  { key: 'at', vi: 'Thời gian', en: 'Time', width: 20 },
  { key: 'username', vi: 'Người dùng', en: 'User', width: 18 },
  { key: 'action', vi: 'Thao tác', en: 'Action', width: 16 },
  { key: 'entity', vi: 'Đối tượng', en: 'Entity', width: 14 },
  { key: 'entityId', vi: 'Mã đối tượng', en: 'Entity id', width: 38 },
  { key: 'unitName', vi: 'Đơn vị', en: 'Unit', width: 28 },
  { key: 'ip', vi: 'Địa chỉ IP', en: 'IP address', width: 16 },
  { key: 'before', vi: 'Trước', en: 'Before', width: 50 },
  { key: 'after', vi: 'Sau', en: 'After', width: 50 },
] as const;

const VN_OFFSET_MS = 7 * 3600_000;
/** Excel cells hold wall-clock time with no zone; the entry's instant is shown as it was in Vietnam. */
export const AUDIT_DATE_FORMAT = 'dd/mm/yyyy hh:mm:ss';

/** Excel refuses cells longer than this; a huge before/after is cut rather than breaking the file. */
const MAX_CELL = 32_000;

const json = (value: unknown) => {
  if (value === null || value === undefined) return '';
  const text = JSON.stringify(value);
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}…` : text;
};

/** One sheet, one row per entry, dates as real date cells shown dd/mm/yyyy hh:mm:ss (Vietnam time). */
export async function buildAuditWorkbook(
  entries: AuditEntry[],
  lang: Lang,
  options: { truncated: boolean } = { truncated: false },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Suốt Đời';
  const sheet = workbook.addWorksheet(lang === 'vi' ? 'Nhật ký' : 'Audit log', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map((c) => ({ header: c[lang], key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn('at').numFmt = AUDIT_DATE_FORMAT;
  for (const e of entries) {
    sheet.addRow({
      at: new Date(Date.parse(e.at) + VN_OFFSET_MS),
      username: e.username ?? '',
      action: e.action,
      entity: e.entity,
      entityId: e.entityId ?? '',
      unitName: e.unitName ?? '',
      ip: e.ip ?? '',
      before: json(e.before),
      after: json(e.after),
    });
  }
  if (options.truncated) {
    sheet.addRow([
      lang === 'vi'
        ? `Chỉ xuất ${entries.length} dòng mới nhất; hãy lọc hẹp hơn để xem phần còn lại.`
        : `Only the newest ${entries.length} entries were exported; narrow the filters to see the rest.`,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
