import type { DocumentModel } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { sampleModel } from '../fixtures/sample-model';
import { CHART_MISSING } from './chart-block';
import {
  count,
  paragraphsOf,
  parseXml,
  runsOf,
  runWith,
  TINY_PNG,
  type Unzipped,
  unzipDocx,
} from './docx-test-support';
import { writeDocx } from './write-docx';

const charts = new Map([['targets', TINY_PNG]]);

async function write(model: DocumentModel = sampleModel, pictures: ReadonlyMap<string, Buffer> = charts) {
  return unzipDocx(await writeDocx(model, pictures));
}

const headerParts = (docx: Unzipped) =>
  Object.keys(docx.files)
    .filter((path) => /^word\/header\d+\.xml$/.test(path))
    .map((path) => docx.xml(path));

describe('writeDocx', () => {
  it('sets an A4 page with the margins of Decree 30 (top and bottom 20 mm, left 30 mm, right 15 mm)', async () => {
    const document = (await write()).xml('word/document.xml');
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
  });

  it('sets Times New Roman 14 pt in Vietnamese as the default of every run', async () => {
    const styles = (await write()).xml('word/styles.xml');
    const defaults = styles.match(/<w:rPrDefault>(.*?)<\/w:rPrDefault>/)?.[1] ?? '';
    for (const attribute of ['ascii', 'hAnsi', 'cs', 'eastAsia']) {
      expect(defaults).toContain(`w:${attribute}="Times New Roman"`);
    }
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
  });

  it('writes the header block: bodies in capitals on the left, national title and motto on the right', async () => {
    const document = (await write()).xml('word/document.xml');
    expect(runWith(document, 'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH')).toMatchObject({ bold: false, size: 26 });
    expect(runWith(document, 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH')).toMatchObject({ bold: true, size: 26 });
    expect(runWith(document, 'Số: …/BC-SVHTTDL')).toMatchObject({ bold: false, size: 26 });
    expect(runWith(document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ bold: true, size: 26 });
    expect(runWith(document, 'Độc lập - Tự do - Hạnh phúc')).toMatchObject({ bold: true, size: 28 });
    expect(runWith(document, 'Ninh Bình, ngày 20 tháng 11 năm 2026')).toMatchObject({
      italic: true,
      bold: false,
    });
    // Side by side in the first table: the issuing body and the national title in one row.
    const firstTable = document.match(/<w:tbl>.*?<\/w:tbl>/)?.[0] ?? '';
    const firstRow = firstTable.match(/<w:tr>.*?<\/w:tr>/)?.[0] ?? '';
    expect(firstRow).toContain('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
    expect(firstRow).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(firstTable).toContain('<w:tblBorders><w:top w:val="none"');
    // Two rules in the first row: under the issuing body and under the motto.
    expect(count(firstRow, '<w:pBdr><w:bottom w:val="single"')).toBe(2);
  });

  it('writes the title in capitals, the subject in bold and a rule under them, centred', async () => {
    const paragraphs = paragraphsOf((await write()).xml('word/document.xml'));
    const title = paragraphs.findIndex((p) => p.text === 'BÁO CÁO');
    expect(title).toBeGreaterThan(-1);
    expect(paragraphs[title]!.xml).toContain('<w:jc w:val="center"/>');
    expect(paragraphs[title + 1]!.text).toBe(sampleModel.header.subtitle);
    expect(runsOf(paragraphs[title + 1]!.xml).every((r) => r.bold)).toBe(true);
    expect(paragraphs[title + 2]!.xml).toContain('<w:bottom w:val="single"');
  });

  it('lists several recipients under "Kính gửi:", one a line, the last ending in a full stop', async () => {
    const texts = paragraphsOf((await write()).xml('word/document.xml')).map((p) => p.text);
    const first = texts.indexOf('Kính gửi:- Bộ Văn hóa, Thể thao và Du lịch;');
    expect(first).toBeGreaterThan(-1);
    expect(texts[first + 1]).toBe('- Ủy ban nhân dân tỉnh Ninh Bình.');
  });

  it('writes one recipient on the "Kính gửi:" line, and no such line without recipients', async () => {
    const one = await write({
      ...sampleModel,
      header: { ...sampleModel.header, recipients: ['Sở Tài chính;'] },
    });
    expect(paragraphsOf(one.xml('word/document.xml')).map((p) => p.text)).toContain(
      'Kính gửi: Sở Tài chính.',
    );
    const none = await write({ ...sampleModel, header: { ...sampleModel.header, recipients: [] } });
    expect(none.xml('word/document.xml')).not.toContain('Kính gửi');
  });

  it('writes body paragraphs justified with a 1 cm first-line indent, the lead in bold', async () => {
    const paragraphs = paragraphsOf((await write()).xml('word/document.xml'));
    const plain = paragraphs.find((p) => p.text.startsWith('38/40 đơn vị đã gửi báo cáo'))!;
    expect(plain.xml).toContain('<w:jc w:val="both"/>');
    expect(plain.xml).toContain('<w:ind w:firstLine="567"/>');
    const led = paragraphs.find((p) => p.text.startsWith('Đánh giá chung: '))!;
    expect(runsOf(led.xml).map((r) => [r.text, r.bold])).toEqual([
      ['Đánh giá chung: ', true],
      ['đạt 1/2 chỉ tiêu; 1 chỉ tiêu chưa có số liệu.', false],
    ]);
    const italic = paragraphs.find((p) => p.text.startsWith('Chưa có số liệu năm 2026 của 2 đơn vị'))!;
    expect(runsOf(italic.xml).every((r) => r.italic)).toBe(true);
  });

  it('writes headings in bold, level 3 also in italics, in Word heading styles', async () => {
    const model: DocumentModel = {
      ...sampleModel,
      body: [
        { type: 'heading', level: 1, text: 'I. KẾT QUẢ' },
        { type: 'heading', level: 3, text: 'a) Thư viện' },
      ],
    };
    const document = (await write(model)).xml('word/document.xml');
    expect(runWith(document, 'I. KẾT QUẢ')).toMatchObject({ bold: true, italic: false });
    expect(runWith(document, 'a) Thư viện')).toMatchObject({ bold: true, italic: true });
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading3"/>');
  });

  it('writes bullets as paragraphs starting with a dash, without Word numbering', async () => {
    const paragraphs = paragraphsOf((await write()).xml('word/document.xml'));
    const bullet = paragraphs.find((p) => p.text === '- Xã Gia Viễn: chưa gửi báo cáo.')!;
    expect(bullet.xml).toContain('<w:ind w:firstLine="567"/>');
    expect(paragraphs.find((p) => p.text === '- Phường Hoa Lư: gửi muộn 3 ngày làm việc.')).toBeDefined();
    expect(bullet.xml).not.toContain('<w:numPr>');
  });

  it('writes a table per table block with rows, its caption above and its sentence in place of an empty one', async () => {
    const document = (await write()).xml('word/document.xml');
    // The header block, table 1 and the signature block; table 2 has no rows.
    expect(count(document, '<w:tbl>')).toBe(3);
    expect(runWith(document, 'Bảng 1. Kết quả thực hiện các chỉ tiêu năm 2026')).toMatchObject({
      bold: true,
    });
    expect(runWith(document, 'Bảng 2. Kết quả thực hiện nhiệm vụ')).toMatchObject({ bold: true });
    expect(runWith(document, 'Kế hoạch không giao nhiệm vụ trong năm 2026.')).toMatchObject({ italic: true });
    // The empty sentence is a paragraph of the body, not a table cell.
    const tables = document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    expect(tables.some((t) => t.includes('Kế hoạch không giao nhiệm vụ'))).toBe(false);
    expect(tables.some((t) => t.includes('Nhiệm vụ'))).toBe(false);
  });

  it('writes a table as wide as the text, bordered, its header row bold and repeated, its total row bold', async () => {
    const document = (await write()).xml('word/document.xml');
    const table = (document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? []).find((t) => t.includes('Loại thiết chế'))!;
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(7);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(11906 - 1701 - 851);
    expect(grid[1]! / grid[5]!).toBeCloseTo(3, 1);
    expect(table).toContain('<w:insideH w:val="single"');
    const rows = table.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(runsOf(rows[0]!).every((r) => r.bold && r.size === 24)).toBe(true);
    expect(rows[1]).not.toContain('<w:tblHeader/>');
    expect(runWith(rows[1]!, 'Thư viện cấp xã, phòng đọc sách, điểm bưu điện văn hóa xã')).toMatchObject({
      bold: false,
      size: 24,
    });
    expect(runWith(rows[3]!, 'Đạt 1/2 chỉ tiêu')).toMatchObject({ bold: true });
    // Aligned per column: "40 %" right, "1" centred.
    expect(paragraphsOf(rows[1]!).find((p) => p.text === '40 %')!.xml).toContain('<w:jc w:val="right"/>');
    expect(paragraphsOf(rows[1]!).find((p) => p.text === '1')!.xml).toContain('<w:jc w:val="center"/>');
  });

  it('embeds the chart as a PNG at the text width, keeping its proportions, with its caption in italics', async () => {
    const docx = await write();
    const media = Object.keys(docx.files).filter((path) => path.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/\.png$/);
    expect(Buffer.from(docx.files[media[0]!]!).equals(TINY_PNG)).toBe(true);
    const document = docx.xml('word/document.xml');
    const [, cx, cy] = document.match(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/) ?? [];
    // 165 mm of text (9354 twips = 623.6 px at 96 dpi = 5 940 000 EMU, give or take a pixel), 2:1.
    expect(Math.abs(Number(cx) - 5_940_000)).toBeLessThan(9525);
    expect(Number(cx) / Number(cy)).toBeCloseTo(2, 2);
    expect(runWith(document, 'Biểu đồ 1. Chỉ tiêu và kết quả thực hiện')).toMatchObject({ italic: true });
    expect(document).not.toContain(CHART_MISSING);
  });

  it('says the chart could not be drawn when its picture is missing or is not a PNG', async () => {
    for (const pictures of [new Map<string, Buffer>(), new Map([['targets', Buffer.from('not a png')]])]) {
      const docx = await write(sampleModel, pictures);
      expect(Object.keys(docx.files).some((path) => path.startsWith('word/media/'))).toBe(false);
      const document = docx.xml('word/document.xml');
      expect(runWith(document, CHART_MISSING)).toMatchObject({ italic: true });
      expect(runWith(document, 'Biểu đồ 1. Chỉ tiêu và kết quả thực hiện')).toMatchObject({ italic: true });
    }
  });

  it('closes with "Nơi nhận" on the left and the signature on the right, with room to sign', async () => {
    const document = (await write()).xml('word/document.xml');
    const closing = (document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? []).at(-1)!;
    const [left, right] = closing.match(/<w:tc>.*?<\/w:tc>/g) ?? [];
    expect(runWith(left!, 'Nơi nhận:')).toMatchObject({ bold: true, italic: true, size: 24 });
    expect(runWith(left!, '- Lưu: VT, QLVH.')).toMatchObject({ size: 22 });
    expect(paragraphsOf(right!).map((p) => p.text)).toEqual([
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      '',
      '',
      '',
      '',
      'Nguyễn Thị Hồng Nhung',
    ]);
    expect(runWith(right!, 'Nguyễn Thị Hồng Nhung')).toMatchObject({ bold: true });
  });

  it('numbers the pages at the top centre from the second page, not on the first', async () => {
    const docx = await write();
    const document = docx.xml('word/document.xml');
    expect(document).toContain('<w:titlePg/>');
    const firstId = document.match(/<w:headerReference w:type="first" r:id="(\w+)"\/>/)?.[1];
    const defaultId = document.match(/<w:headerReference w:type="default" r:id="(\w+)"\/>/)?.[1];
    const rels = docx.xml('word/_rels/document.xml.rels');
    const target = (id: string | undefined) =>
      `word/${rels
        .match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`))
        ?.slice(1)
        .find(Boolean)}`;
    expect(docx.xml(target(defaultId))).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(docx.xml(target(defaultId))).toContain('<w:jc w:val="center"/>');
    expect(docx.xml(target(firstId))).not.toContain('PAGE');
    expect(headerParts(docx).filter((xml) => xml.includes('>PAGE<'))).toHaveLength(1);
  });

  it('keeps Vietnamese text as given, composed (NFC), even when it arrives decomposed', async () => {
    const decomposed = 'Nguyễn Thị Hồng Nhung'.normalize('NFD');
    const model = {
      ...sampleModel,
      closing: { ...sampleModel.closing, signer: { ...sampleModel.closing.signer, name: decomposed } },
    };
    const document = (await write(model)).xml('word/document.xml');
    expect(document).toContain('Thư viện cấp xã, phòng đọc sách, điểm bưu điện văn hóa xã');
    expect(document).toContain('Nguyễn Thị Hồng Nhung'.normalize('NFC'));
    expect(document).not.toContain(decomposed);
    expect(document.normalize('NFC')).toBe(document);
  });

  it('sets title, creator and dates from the model, so that two writes of it agree', async () => {
    const [a, b] = [await write(), await write()];
    const core = a.xml('docProps/core.xml');
    expect(core).toContain(`<dc:title>${sampleModel.header.subtitle}</dc:title>`);
    expect(core).toContain('<dc:creator>SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH</dc:creator>');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-20T03:15:00Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-20T03:15:00Z</dcterms:modified>',
    );
    expect(b.xml('docProps/core.xml')).toBe(core);
    expect(b.xml('word/document.xml')).toBe(a.xml('word/document.xml'));
  });

  it('writes the national title and motto in Vietnamese in an English document', async () => {
    const document = (await write({ ...sampleModel, lang: 'en' })).xml('word/document.xml');
    expect(document).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(document).toContain('Độc lập - Tự do - Hạnh phúc');
  });

  it('writes a valid document for a 300-character unit name and an unfilled template', async () => {
    const longName = `ỦY BAN NHÂN DÂN ${'XÃ GIA VIỄN, HOA LƯ VÀ NHO QUAN '.repeat(10)}`.slice(0, 300);
    expect(longName).toHaveLength(300);
    const model: DocumentModel = {
      ...sampleModel,
      header: { ...sampleModel.header, parentBody: '', issuingBody: longName, recipients: [] },
      closing: { ...sampleModel.closing, signer: { authority: '', title: '', name: '' } },
    };
    const docx = await write(model);
    for (const path of Object.keys(docx.files).filter((p) => p.endsWith('.xml') || p.endsWith('.rels'))) {
      expect(() => parseXml(docx.xml(path)), path).not.toThrow();
    }
    const document = docx.xml('word/document.xml');
    expect(runWith(document, longName)).toMatchObject({ bold: true });
    expect(document).not.toContain('Kính gửi');
    expect(document).not.toContain('ỦY BAN NHÂN DÂN TỈNH NINH BÌNH');
    const closing = (document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? []).at(-1)!;
    const right = (closing.match(/<w:tc>.*?<\/w:tc>/g) ?? [])[1]!;
    expect(paragraphsOf(right).map((p) => p.text)).toEqual(['']);
    expect(docx.xml('docProps/core.xml')).toContain(`<dc:creator>${longName}</dc:creator>`);
  });

  it('leaves out characters XML cannot hold rather than write a file Word refuses', async () => {
    const model = {
      ...sampleModel,
      body: [{ type: 'paragraph' as const, text: 'Số liệu\u0000 lỗi\u000B & <b>' }],
    };
    const docx = await write(model);
    expect(() => parseXml(docx.xml('word/document.xml'))).not.toThrow();
    expect(paragraphsOf(docx.xml('word/document.xml')).map((p) => p.text)).toContain('Số liệu lỗi & <b>');
  });
});
