import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { formatDateVi, type LearnerRecord, todayInVietnam } from '@suotdoi/shared';
import PDFDocument from 'pdfkit';
import { getLearnerRecord } from './learner-record';
import type { RegistrationDeps } from './registration-deps';

/**
 * Hồ sơ học tập as a PDF the learner downloads and prints: A4, the DejaVu fonts from npm (not the system's, which
 * a server may lack, and pdfkit's built-in Helvetica has no Vietnamese letters), a table of the activities that
 * repeats its header on each page, the total hours and the date it was made.
 */

const FONT_DIR = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const REGULAR = join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = join(FONT_DIR, 'DejaVuSans-Bold.ttf');

export const LEARNER_RECORD_TITLE = 'HỒ SƠ HỌC TẬP SUỐT ĐỜI';

const MARGIN = 50;
const PAD = 4;
const SIZE = 9.5;
const COLUMNS = [
  { header: 'STT', width: 30, align: 'center' },
  { header: 'Hoạt động', width: 175, align: 'left' },
  { header: 'Đơn vị tổ chức', width: 135, align: 'left' },
  { header: 'Ngày', width: 65, align: 'center' },
  { header: 'Số buổi', width: 45, align: 'right' },
  { header: 'Số giờ', width: 45, align: 'right' },
] as const;

const hoursVi = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** The PDF of a learner record, made on `generatedAt` (its date in Vietnam is printed). */
export function buildLearnerRecordPdf(record: LearnerRecord, generatedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: `${LEARNER_RECORD_TITLE}${record.name ? ` – ${record.name}` : ''}`,
      Author: 'Suốt Đời',
      CreationDate: generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN;

  doc.font('bold').fontSize(16).text(LEARNER_RECORD_TITLE, left, MARGIN, { width, align: 'center' });
  doc
    .font('regular')
    .fontSize(10)
    .text('Công dân học tập · Lifelong learning record', { width, align: 'center' });
  doc.moveDown(1.5);
  doc.fontSize(11).font('bold').text('Họ và tên: ', { continued: true });
  doc.font('regular').text(record.name ?? '—');
  doc.moveDown(1);

  const cellHeight = (text: string, w: number, font: 'regular' | 'bold') =>
    doc
      .font(font)
      .fontSize(SIZE)
      .heightOfString(text, { width: w - 2 * PAD }) +
    2 * PAD;
  const drawRow = (cells: string[], y: number, font: 'regular' | 'bold', fill?: string) => {
    const h = Math.max(...cells.map((c, i) => cellHeight(c, COLUMNS[i]!.width, font)));
    let x = left;
    cells.forEach((text, i) => {
      const col = COLUMNS[i]!;
      if (fill) doc.rect(x, y, col.width, h).fillAndStroke(fill, '#000000');
      else doc.rect(x, y, col.width, h).stroke('#000000');
      doc
        .fillColor('#000000')
        .font(font)
        .fontSize(SIZE)
        .text(text, x + PAD, y + PAD, { width: col.width - 2 * PAD, align: col.align });
      x += col.width;
    });
    return y + h;
  };
  const header = COLUMNS.map((c) => c.header);
  const headerHeight = Math.max(...header.map((c, i) => cellHeight(c, COLUMNS[i]!.width, 'bold')));

  let y = doc.y;
  if (record.activities.length === 0) {
    doc
      .font('regular')
      .fontSize(SIZE + 1)
      .text('Chưa có hoạt động nào được điểm danh.', left, y, { width });
    y = doc.y;
  } else {
    doc.lineWidth(0.5);
    // A header is never left alone at the foot of a page.
    if (y + headerHeight + 2 * SIZE + 2 * PAD > bottom) {
      doc.addPage();
      y = MARGIN;
    }
    y = drawRow(header, y, 'bold', '#e8e8e8');
    record.activities.forEach((a, i) => {
      const cells = [
        String(i + 1),
        a.title,
        a.institutionName,
        formatDateVi(todayInVietnam(new Date(a.startsAt))),
        String(a.sessionsAttended),
        hoursVi(a.hours),
      ];
      const h = Math.max(...cells.map((c, j) => cellHeight(c, COLUMNS[j]!.width, 'regular')));
      if (y + h > bottom) {
        doc.addPage();
        y = drawRow(header, MARGIN, 'bold', '#e8e8e8');
      }
      y = drawRow(cells, y, 'regular');
    });
  }
  if (y + 60 > bottom) {
    doc.addPage();
    y = MARGIN;
  }
  doc
    .font('bold')
    .fontSize(11)
    .text(`Tổng số giờ học tập: ${hoursVi(record.totalHours)} giờ`, left, y + 14, { width });
  doc
    .font('regular')
    .fontSize(10)
    .text(`Ngày cấp: ${formatDateVi(todayInVietnam(generatedAt))}`, { width, align: 'right' });
  doc.fontSize(8).fillColor('#555555').text('Trích xuất từ hệ thống Suốt Đời.', { width, align: 'right' });
  doc.end();
  return done;
}

/** The learner record of this link as a PDF (404 when the link is unknown or the record was deleted). */
export async function learnerRecordPdf(token: string, deps: RegistrationDeps): Promise<Buffer> {
  const record = await getLearnerRecord(token, deps);
  return buildLearnerRecordPdf(record, deps.clock());
}
