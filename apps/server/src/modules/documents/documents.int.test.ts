import { createHash } from 'node:crypto';
import type {
  DocumentModel,
  DocumentTemplate,
  PublishedReportDetail,
  ReportDetail,
  ScorecardRow,
} from '@suotdoi/shared';
import { formatFigure } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import { insertUnit, restructure } from '../analytics/analytics-test-support';
import { rebuildAnalytics } from '../analytics/rebuild';
import { openReport, saveValues, step, useReportingWorld } from '../reporting/reporting-test-support';
import { getJson } from '../units/units-test-support';
import { libreOfficeText, SOFFICE } from './libreoffice';

/** The official documents from the data: the numbers are the dashboard's, gaps are said, published ones stay. */
const clock = () => new Date('2026-11-20T03:00:00Z');
const t = useTestApp({ clock });
const w = useReportingWorld(t);
let planId: number;
let targetIds: number[];

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const documentXml = (docx: Buffer) => Buffer.from(unzipSync(docx)['word/document.xml']!).toString('utf8');
const blocksText = (m: DocumentModel) =>
  m.body
    .map((b) =>
      b.type === 'table'
        ? b.rows.flat().join(' ')
        : b.type === 'bullets'
          ? b.items.join('\n')
          : 'text' in b
            ? b.text
            : '',
    )
    .join('\n');

async function approvedLibraryReport(values: Record<string, unknown>): Promise<ReportDetail> {
  let report = await openReport(w.staff, w.library);
  report = (await saveValues(w.staff, report, values)).json();
  const narrative = await w.staff.request({
    method: 'PUT',
    url: `/api/reports/${report.id}/values`,
    payload: {
      version: report.version,
      narrative: {
        results: 'Tổ chức 8 buổi đọc sách cho thiếu nhi.',
        limitations: 'Thiếu máy tính tra cứu.',
        proposals: 'Đề nghị bổ sung 02 máy tính.',
      },
      narrativeBase: report.narrative,
    },
  });
  expect(narrative.statusCode, narrative.body).toBe(200);
  report = narrative.json();
  report = (await step(w.staff, report, 'submit')).json();
  const approved = await step(w.commune, report, 'approve');
  expect(approved.statusCode, approved.body).toBe(200);
  return approved.json();
}

beforeAll(async () => {
  await rebuildAnalytics(t.database.db, { clock });
  const plan = await t.database.db.execute<{ id: number }>(sql`
    insert into plans (key, kind, symbol, title, issuer_name, date, scope_unit_id)
    values ('documents-a', 'plan', '12/KH-UBND', 'Kế hoạch thực hiện Chương trình học tập suốt đời tỉnh Thử Nghiệm A',
      'UBND tỉnh Thử Nghiệm A', '2023-03-01', ${w.f.provinceA}) returning id`);
  planId = plan.rows[0]!.id;
  const targets = await t.database.db.execute<{ id: number }>(sql`
    insert into targets (plan_id, position, indicator_code, category, year, value) values
      (${planId}, 0, 'LIB_LLL_SERVICE_COVERAGE', 'library_commune', 2025, 40),
      (${planId}, 1, 'LIB_LLL_SERVICE_COVERAGE', 'library_commune', 2030, 60),
      (${planId}, 2, 'LIB_DIGITAL_COVERAGE', 'library_commune', 2030, 80)
    returning id`);
  targetIds = targets.rows.map((r) => r.id);
  await t.database.db.execute(sql`
    insert into tasks (plan_id, position, area, content, from_text, to_text, from_year, to_year, status)
    values (${planId}, 0, 'awareness', 'Tuyên truyền Ngày Sách và Văn hóa đọc Việt Nam', '2023', '2030', 2023, 2030, 'in_progress')`);
  await approvedLibraryReport({
    LIB_LLL_SERVICE: 'có',
    LIB_IT_DIGITAL: 'không',
    LLL_ACTIVITIES: 8,
    EVENTS_READING_CULTURE_DAY: 3,
  });
});

describe('the annual report', () => {
  it('writes the scorecard’s numbers, the tasks, the national days and the units’ narratives', async () => {
    const model = await getJson<DocumentModel>(
      w.province,
      `/api/reports/annual?unitId=${w.f.provinceA}&year=2026&format=json`,
    );
    const scorecard = await getJson<ScorecardRow[]>(
      w.province,
      `/api/analytics/scorecard?planId=${planId}&unitId=${w.f.provinceA}&year=2026`,
    );
    expect(model).toMatchObject({ kind: 'annual', year: 2026, plan: { id: planId, symbol: '12/KH-UBND' } });
    expect(model.header).toMatchObject({
      parentBody: 'ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM A',
      issuingBody: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      symbol: 'Số: …/BC-SVHTTDL',
      placeDate: 'Thử Nghiệm A, ngày 20 tháng 11 năm 2026',
      title: 'BÁO CÁO',
    });
    expect(model.header.subtitle).toContain('(số 12/KH-UBND ngày 01/03/2023) năm 2026');
    // Every target's figure is the dashboard's, to the digit, and written the way the dashboard writes it.
    for (const row of scorecard) {
      const frozen = model.figures.find((f) => f.key === `target:${row.targetId}`)!;
      expect(frozen.value).toBe(row.actual);
      expect(frozen.text).toContain(formatFigure(row.actual, row.unit, 'vi'));
    }
    expect(scorecard.find((r) => r.targetId === targetIds[1])).toMatchObject({
      actual: 100,
      status: 'achieved',
    });
    const table = model.body.find((b) => b.type === 'table' && b.caption.startsWith('Bảng 1'));
    const name =
      'Tỷ lệ thư viện có cung cấp dịch vụ phục vụ việc học tập suốt đời cho người sử dụng thư viện';
    const category = 'Thư viện cấp xã, phòng đọc sách, điểm bưu điện văn hóa xã';
    // The 2025 milestone has passed: it is judged on 2025, for which nobody reported.
    expect(table?.type === 'table' && table.rows.slice(0, 2)).toEqual([
      [
        '1',
        name,
        category,
        '2025',
        '40 %',
        '— (2025)',
        '—',
        'Chưa có số liệu: Không có thiết chế thuộc loại này trong năm',
      ],
      ['2', name, category, '2030', '60 %', '100 %', '+40 điểm %', 'Đã đạt'],
    ]);
    const text = blocksText(model);
    expect(text).toContain('Tuyên truyền Ngày Sách và Văn hóa đọc Việt Nam');
    expect(text).toMatch(/Ngày Sách và Văn hóa đọc Việt Nam 3|21\/4 Ngày Sách và Văn hóa đọc Việt Nam 3/);
    // Narratives climb one level: the commune's report quotes its library; the province quotes its communes.
    expect(text).not.toContain('Thiếu máy tính tra cứu');
    const commune = await getJson<DocumentModel>(
      w.commune,
      `/api/reports/annual?unitId=${w.f.communeA1}&year=2026&format=json`,
    );
    expect(blocksText(commune)).toContain('Thư viện xã A1: Thiếu máy tính tra cứu.');
    expect(commune.header).toMatchObject({ parentBody: '', issuingBody: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH' });
    expect(model.closing.copyTo).toEqual(['- Như trên;', '- Lưu: VT.']);
    expect(model.gaps).toContain('Mẫu văn bản của đơn vị chưa khai báo: họ tên người ký.');
  });

  it('answers DOCX and XLSX files of the same tree, with Vietnamese intact', async () => {
    const docx = await w.province.request({
      method: 'GET',
      url: `/api/reports/annual?unitId=${w.f.provinceA}&year=2026&format=docx`,
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.headers['content-disposition']).toContain('bao-cao-nam-2026-tinh-thu-nghiem-a.docx');
    const xml = documentXml(docx.rawPayload);
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Kính gửi',
      'Thư viện cấp xã, phòng đọc sách',
      '100 %',
    ])
      expect(xml).toContain(s);
    const xlsx = await w.province.request({
      method: 'GET',
      url: `/api/reports/annual?unitId=${w.f.provinceA}&year=2026&format=xlsx`,
    });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Chỉ số theo đơn vị',
      'Tiến độ báo cáo',
      'Nhiệm vụ',
      'Chỉ tiêu',
      'Khen thưởng',
    ]);
  });

  it('lists the recognitions granted in the year under the province, not the declined ones', async () => {
    const nominate = async (reason: string) => {
      const res = await w.commune.request({
        method: 'POST',
        url: '/api/recognitions',
        payload: {
          year: 2026,
          nomineeKind: 'collective',
          unitId: w.f.communeA1,
          form: 'province_certificate',
          reason,
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: number; version: number };
    };
    const post = async (r: { id: number; version: number }, name: string, body: object) => {
      const res = await w.province.request({
        method: 'POST',
        url: `/api/recognitions/${r.id}/${name}`,
        payload: { version: r.version, ...body },
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { id: number; version: number };
    };
    await post(await post(await nominate('Xã điển hình'), 'review', {}), 'grant', {
      decisionNumber: '2468/QĐ-UBND',
      decisionDate: '2026-11-20',
    });
    await post(await nominate('Chưa đủ thành tích'), 'decline', { reason: 'Chưa đủ thành tích' });
    await post(await post(await nominate('Chưa quyết định'), 'review', {}), 'decline', {
      reason: 'Không đạt',
    });

    const model = await getJson<DocumentModel>(
      w.province,
      `/api/reports/annual?unitId=${w.f.provinceA}&year=2026&format=json`,
    );
    const table = model.body.find((b) => b.type === 'table' && b.caption.startsWith('Bảng 4'));
    expect(table?.type === 'table' && table.rows).toEqual([
      ['1', 'Xã An Bình', 'Bằng khen của UBND tỉnh', '2468/QĐ-UBND', '20/11/2026'],
    ]);
    expect(blocksText(model)).toContain('Trong năm 2026, 1 tập thể, cá nhân được khen thưởng');
    // Not in another province's report, nor in the year before.
    const other = await getJson<DocumentModel>(
      w.admin,
      `/api/reports/annual?unitId=${w.f.provinceB}&year=2026&format=json`,
    );
    expect(blocksText(other)).not.toContain('2468/QĐ-UBND');
    expect(blocksText(other)).toContain('Trong năm 2026, chưa có tập thể, cá nhân nào được khen thưởng.');
    const before = await getJson<DocumentModel>(
      w.province,
      `/api/reports/annual?unitId=${w.f.provinceA}&year=2025&format=json`,
    );
    expect(blocksText(before)).not.toContain('2468/QĐ-UBND');
  });

  it('still generates for a unit without data or plan, a long name and a merge during the year, saying the gaps', async () => {
    const db = t.database.db;
    const longName = `Thử Nghiệm ${'Hợp Nhất Miền Núi Phía Bắc Và Duyên Hải '.repeat(6).trim()}`;
    const oldProvince = await insertUnit(db, {
      kind: 'province',
      code: 'ZZ8',
      name: 'Cũ Tám',
      to: '2026-07-01',
    });
    const merged = await insertUnit(db, {
      kind: 'province',
      code: 'ZZ9',
      name: longName,
      from: '2026-07-01',
    });
    await db.execute(sql`update units set type_name = 'Tỉnh' where id in (${oldProvince}, ${merged})`);
    await restructure(db, 'merge', '2026-07-01', [
      [oldProvince, merged, 1],
      [w.f.provinceB, merged, 1],
    ]);
    const model = await getJson<DocumentModel>(
      w.admin,
      `/api/reports/annual?unitId=${merged}&year=2026&format=json`,
    );
    const text = blocksText(model);
    expect(text).toContain('Ngày 01/07/2026, Tỉnh Cũ Tám, Tỉnh Thử Nghiệm B được sắp xếp vào');
    expect(model.gaps).toEqual(
      expect.arrayContaining([
        'Đơn vị có thay đổi địa giới hành chính ngày 01/07/2026: số liệu được tổng hợp theo đơn vị hiện nay.',
      ]),
    );
    expect(model.header.issuingBody).toBe('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
    expect(model.header.parentBody).toBe(`ỦY BAN NHÂN DÂN TỈNH ${longName.toLocaleUpperCase('vi')}`);
    const docx = await w.admin.request({
      method: 'GET',
      url: `/api/reports/annual?unitId=${merged}&year=2026`,
    });
    expect(docx.statusCode).toBe(200);
    expect(documentXml(docx.rawPayload)).toContain(longName.toLocaleUpperCase('vi').slice(0, 60));

    // A year nobody reported for: every target says so in words.
    const empty = await getJson<DocumentModel>(
      w.province,
      `/api/reports/annual?unitId=${w.f.provinceA}&year=2024&format=json`,
    );
    expect(empty.gaps).toContain('Chưa có số liệu năm 2024 đã được duyệt: các chỉ tiêu chưa đánh giá được.');
    expect(
      empty.body.some((b) => b.type === 'paragraph' && b.text.startsWith('Kế hoạch đang thực hiện')),
    ).toBe(true);
  });

  it('refuses a unit outside the subtree, a plan of another unit and a bad year, changing nothing', async () => {
    const outside = await w.outsider.request({
      method: 'GET',
      url: `/api/reports/annual?unitId=${w.f.provinceA}&year=2026`,
    });
    expect(outside.statusCode).toBe(404);
    const otherPlan = await t.database.db.execute<{ id: number }>(sql`
      insert into plans (key, kind, title, issuer_name, date, scope_unit_id)
      values ('documents-b', 'plan', 'Kế hoạch tỉnh B', 'UBND tỉnh B', '2023-03-01', ${w.f.provinceB}) returning id`);
    const wrongPlan = await w.province.request({
      method: 'GET',
      url: `/api/reports/annual?unitId=${w.f.provinceA}&year=2026&planId=${otherPlan.rows[0]!.id}`,
    });
    expect(wrongPlan.statusCode).toBe(400);
    expect(wrongPlan.json().error.details[0]).toMatchObject({ field: 'planId', reason: 'plan_not_for_unit' });
    const badYear = await w.province.request({
      method: 'GET',
      url: `/api/reports/annual?unitId=${w.f.provinceA}&year=twenty`,
    });
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json().error.details[0].field).toBe('querystring.year');
  });
});

describe('the reviews', () => {
  it('the 2025 sơ kết judges the targets due, names the gap to 2030 and draws the charts', async () => {
    const model = await getJson<DocumentModel>(
      w.province,
      `/api/reports/review?kind=midterm&unitId=${w.f.provinceA}&format=json`,
    );
    expect(model).toMatchObject({ kind: 'midterm', year: 2025 });
    expect(model.header.subtitle).toMatch(/^Sơ kết giai đoạn 2023–2025 thực hiện Kế hoạch/);
    expect(model.body.filter((b) => b.type === 'chart').map((b) => b.type === 'chart' && b.id)).toContain(
      'targets-1',
    );
    const gap = model.body.find((b) => b.type === 'table' && b.caption.startsWith('Bảng 4'));
    expect(gap?.type === 'table' && gap.rows.map((r) => r[3])).toEqual(expect.arrayContaining(['2030']));
    const docx = await w.province.request({
      method: 'GET',
      url: `/api/reports/review?kind=midterm&unitId=${w.f.provinceA}`,
    });
    const files = Object.keys(unzipSync(docx.rawPayload));
    expect(files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
  });
});

describe('templates', () => {
  const input = {
    parentBody: 'Ủy ban nhân dân tỉnh Thử Nghiệm A',
    issuingBody: 'Sở Văn hóa, Thể thao và Du lịch',
    symbolPattern: 'BC-SVHTTDL-{year}',
    place: 'Thử Nghiệm A',
    recipients: ['Bộ Văn hóa, Thể thao và Du lịch', '  '],
    copyTo: ['Giám đốc Sở'],
    signerAuthority: 'KT. Giám đốc',
    signerTitle: 'Phó Giám đốc',
    signerName: 'Nguyễn Thị Hồng Nhung',
    opening: 'Căn cứ Kế hoạch số 12/KH-UBND;\n\nSở báo cáo như sau:',
  };

  it('start from the level’s defaults; a province officer saves hers and the report uses it', async () => {
    const before = await getJson<DocumentTemplate>(w.province, `/api/document-templates/${w.f.provinceA}`);
    expect(before).toMatchObject({ updatedAt: null, signerTitle: 'PHÓ GIÁM ĐỐC' });
    const saved = await w.province.request({
      method: 'PUT',
      url: `/api/document-templates/${w.f.provinceA}`,
      payload: input,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      recipients: ['Bộ Văn hóa, Thể thao và Du lịch'],
      updatedAt: clock().toISOString(),
    });
    const model = await getJson<DocumentModel>(
      w.province,
      `/api/reports/annual?unitId=${w.f.provinceA}&year=2026&format=json`,
    );
    expect(model.header.symbol).toBe('Số: …/BC-SVHTTDL-2026');
    expect(model.header.recipients).toEqual(['Bộ Văn hóa, Thể thao và Du lịch']);
    expect(model.closing).toEqual({
      copyTo: ['- Như trên;', '- Giám đốc Sở;', '- Lưu: VT.'],
      signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Thị Hồng Nhung' },
    });
    expect(model.body.slice(0, 2)).toEqual([
      { type: 'paragraph', text: 'Căn cứ Kế hoạch số 12/KH-UBND;' },
      { type: 'paragraph', text: 'Sở báo cáo như sau:' },
    ]);
    expect(model.gaps.some((g) => g.startsWith('Mẫu văn bản'))).toBe(false);
    const audit = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_entries where entity = 'document_template'`,
    );
    expect(audit.rows[0]!.n).toBe(1);
  });

  it('refuses bad fields and other people’s units, saving nothing', async () => {
    const bad = await w.province.request({
      method: 'PUT',
      url: `/api/document-templates/${w.f.provinceA}`,
      payload: { ...input, signerName: 'x'.repeat(101), recipients: 'Bộ' },
    });
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json().error.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['body.recipients', 'body.signerName']);
    const denied = await w.commune.request({
      method: 'PUT',
      url: `/api/document-templates/${w.f.provinceA}`,
      payload: input,
    });
    // A commune officer cannot even read the province: the answer does not say it exists.
    expect(denied.statusCode).toBe(404);
    const now = await getJson<DocumentTemplate>(w.province, `/api/document-templates/${w.f.provinceA}`);
    expect(now.signerName).toBe('Nguyễn Thị Hồng Nhung');
  });
});

describe('publishing', () => {
  it('freezes the report: the same bytes come back after the data changed, with the change listed', async () => {
    const published = await w.province.request({
      method: 'POST',
      url: '/api/published-reports',
      payload: { kind: 'annual', unitId: w.f.provinceA, year: 2026 },
    });
    expect(published.statusCode, published.body).toBe(201);
    const { id, contentHash } = published.json() as { id: number; contentHash: string };
    expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
    const first = await w.province.request({
      method: 'GET',
      url: `/api/published-reports/${id}/file?format=docx`,
    });
    expect(first.statusCode).toBe(200);
    const fresh = await getJson<PublishedReportDetail>(w.province, `/api/published-reports/${id}`);
    expect(fresh).toMatchObject({ upToDate: true, changes: [] });

    // The library's report is reopened and its digital service changes: the coverage figure moves.
    const report = (await openReport(w.staff, w.library)) as ReportDetail;
    const unlocked = await step(w.province, report, 'unlock', { reason: 'Sửa số liệu' });
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    let r: ReportDetail = unlocked.json();
    r = (await saveValues(w.staff, r, { LIB_IT_DIGITAL: 'có' })).json();
    r = (await step(w.staff, r, 'submit')).json();
    expect((await step(w.commune, r, 'approve')).statusCode).toBe(200);

    const after = await getJson<PublishedReportDetail>(w.province, `/api/published-reports/${id}`);
    expect(after.upToDate).toBe(false);
    expect(after.changes).toContainEqual({
      key: `target:${targetIds[2]}`,
      label: expect.stringContaining('Tỷ lệ thư viện'),
      published: expect.stringMatching(/^0 %/),
      current: expect.stringMatching(/^100 %/),
    });
    const again = await w.province.request({
      method: 'GET',
      url: `/api/published-reports/${id}/file?format=docx`,
    });
    expect(sha(again.rawPayload)).toBe(sha(first.rawPayload));
    const regenerated = await w.province.request({
      method: 'GET',
      url: `/api/reports/annual?unitId=${w.f.provinceA}&year=2026`,
    });
    expect(documentXml(regenerated.rawPayload)).not.toBe(documentXml(first.rawPayload));
    const list = await getJson<{ id: number }[]>(
      w.province,
      `/api/published-reports?unitId=${w.f.provinceA}`,
    );
    expect(list.map((p) => p.id)).toContain(id);
    expect(await getJson<unknown[]>(w.outsider, '/api/published-reports')).toEqual([]);
  });
});

// CI installs LibreOffice and must run this; a developer machine without it skips it.
describe.skipIf(!SOFFICE && !process.env.CI)('in LibreOffice', () => {
  it('opens the annual report without repair, with the dashboard’s numbers and Vietnamese intact', async () => {
    const docx = await w.province.request({
      method: 'GET',
      url: `/api/reports/annual?unitId=${w.f.provinceA}&year=2026&format=docx`,
    });
    const scorecard = await getJson<ScorecardRow[]>(
      w.province,
      `/api/analytics/scorecard?planId=${planId}&unitId=${w.f.provinceA}&year=2026`,
    );
    const { text, pages } = await libreOfficeText(docx.rawPayload);
    const flat = text.replace(/\s+/g, ' ');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO',
      'Kính gửi',
      'CÔNG TÁC CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN',
      'Bảng 1. Kết quả thực hiện các chỉ tiêu',
      'Nơi nhận',
      'Nguyễn Thị Hồng Nhung',
    ])
      expect(flat).toContain(s);
    // Each figure of the scorecard, as the dashboard writes it, is printed in the document.
    for (const row of scorecard.filter((r) => r.actual !== null))
      expect(flat).toContain(formatFigure(row.actual, row.unit, 'vi'));
    expect(pages).toBeGreaterThanOrEqual(2);
  }, 180_000);

  it('opens the mid-term review with its charts', async () => {
    const docx = await w.province.request({
      method: 'GET',
      url: `/api/reports/review?kind=midterm&unitId=${w.f.provinceA}`,
    });
    const { text } = await libreOfficeText(docx.rawPayload);
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Biểu đồ 1.1. Tỷ lệ thư viện có cung cấp dịch vụ phục vụ việc học tập suốt đời cho người sử dụng thư viện',
    );
  }, 180_000);
});
