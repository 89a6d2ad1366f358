import type { Form } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app';
import type { Client } from '../../../test/test-users';
import { multipart } from '../../plans/plans-test-support';
import { useReportingWorld } from '../reporting-test-support';
import {
  countValues,
  EXCHANGE_CLOCK,
  formByCode,
  insertLibraries,
  storedValues,
} from './exchange-test-support';

const t = useTestApp({ clock: EXCHANGE_CLOCK });
const w = useReportingWorld(t);
let library: Form;
let museum: Form;

beforeAll(async () => {
  library = await formByCode(w.admin, 'LIBRARY_ANNUAL');
  museum = await formByCode(w.admin, 'MUSEUM_ANNUAL');
});

function upload(client: Client, form: Form, bytes: Buffer, o: { dryRun: boolean; name?: string }) {
  const body = multipart({}, [{ name: o.name ?? 'so-lieu.csv', bytes, field: 'file' }]);
  return client.request({
    method: 'POST',
    url: `/api/forms/${form.id}/import?period=2026&dryRun=${o.dryRun}`,
    ...body,
  });
}

const csv = (lines: string[], sep = ',') =>
  Buffer.from(lines.map((l) => l.replaceAll(',', sep)).join('\r\n'));

async function workbookRows(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const sheet = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return { rows, sheet };
}

describe('GET /api/forms/:id/template', () => {
  it('lists the units the person may report for, with their stored values and Có/Không lists', async () => {
    await t.database.db.execute(sql`delete from report_values where unit_id = ${w.library}`);
    const seeded = await upload(w.staff, library, csv(['unitCode,LIB_USER_VISITS', 'ZZ-LIB-1,321']), {
      dryRun: false,
    });
    expect(seeded.statusCode, seeded.body).toBe(200);
    const res = await w.commune.request({
      method: 'GET',
      url: `/api/forms/${library.id}/template?period=2026`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const { rows, sheet } = await workbookRows(res.rawPayload);
    expect(rows[1]!.slice(0, 3)).toEqual(['unitCode', 'unitName', library.elements[0]!.code]);
    const codes = rows.slice(2).map((r) => r[0]);
    expect(codes).toEqual(['ZZ-LIB-1']); // not the museum (another form), not province B's library
    const visits = (rows[1] as string[]).indexOf('LIB_USER_VISITS');
    expect(rows[2]![visits]).toBe(321);
    const boolean = library.elements.findIndex((e) => e.valueType === 'boolean');
    expect(sheet.getCell(3, boolean + 3).dataValidation.formulae).toEqual(['"Có,Không"']);

    const outsider = await w.outsider.request({
      method: 'GET',
      url: `/api/forms/${library.id}/template?period=2026`,
    });
    expect((await workbookRows(outsider.rawPayload)).rows.slice(2).map((r) => r[0])).toEqual(['ZZ-LIB-2']);
  });

  it('reads back: the downloaded template imports as it is', async () => {
    const res = await w.staff.request({
      method: 'GET',
      url: `/api/forms/${library.id}/template?period=2026`,
    });
    const again = await upload(w.staff, library, res.rawPayload, { dryRun: true, name: 'mau.xlsx' });
    expect(again.json()).toMatchObject({ problems: [], updated: 1, imported: 0 });
  });
});

describe('POST /api/forms/:id/import', () => {
  it('lists every bad cell in a dry run, and writes nothing at all when one cell is bad', async () => {
    await t.database.db.execute(sql`delete from report_values where unit_id = ${w.library}`);
    const file = csv([
      'Mã đơn vị,Tên đơn vị,LIB_USER_VISITS,LIB_LLL_SERVICE,LLL_ACTIVITIES,Cột lạ',
      'ZZ-LIB-1,Thư viện,1.500,Có,abc,',
      'ZZ-NOPE,Không có,5,Không,-3,',
    ]);
    const dry = await upload(w.staff, library, file, { dryRun: true });
    expect(dry.statusCode).toBe(200);
    const problems = dry
      .json()
      .problems.map((p: { row: number; field: string; reason: string }) => [p.row, p.field, p.reason]);
    expect(problems).toEqual([
      [1, 'Cột lạ', 'unknown_column'],
      [2, 'LLL_ACTIVITIES', 'not_a_number'],
      [3, 'unitCode', 'unknown_unit'],
    ]);
    expect(dry.json().problems[1]).toMatchObject({ value: 'abc', message: expect.stringContaining('abc') });

    const commit = await upload(w.staff, library, file, { dryRun: false });
    expect(commit.statusCode).toBe(422);
    expect(commit.json().error.code).toBe('IMPORT_INVALID');
    expect(commit.json().error.details.problems).toHaveLength(3);
    expect(await storedValues(t.database, w.library)).toEqual({});
  });

  it('reads a CSV with a BOM and semicolons, Vietnamese numbers and Có/Không, and writes it in one go', async () => {
    const file = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      csv(['Mã đơn vị;LIB_USER_VISITS;LIB_LLL_SERVICE;LLL_ACTIVITIES', 'ZZ-LIB-1;1.500;Có;12'], ';'),
    ]);
    const dry = await upload(w.staff, library, file, { dryRun: true });
    expect(dry.json()).toMatchObject({ problems: [], total: 3, imported: 3, updated: 0, dryRun: true });
    expect(await storedValues(t.database, w.library)).toEqual({});
    const before = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_entries where action = 'report.import'`,
    );
    const res = await upload(w.staff, library, file, { dryRun: false });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: 3, updated: 0, reports: 1, dryRun: false });
    expect(await storedValues(t.database, w.library)).toEqual({
      LIB_USER_VISITS: 1500,
      LIB_LLL_SERVICE: 1,
      LLL_ACTIVITIES: 12,
    });
    const report = await t.database.db.execute<{ version: number; source: string }>(sql`
      select r.version, v.source from reports r join report_values v on v.report_id = r.id
      where r.unit_id = ${w.library} and r.period = '2026' limit 1`);
    expect(report.rows[0]).toMatchObject({ source: 'import' });
    expect(report.rows[0]!.version).toBeGreaterThan(1);
    const after = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_entries where action = 'report.import'`,
    );
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n + 1);
  });

  it('refuses a unit listed twice, a unit outside the person’s scope and a unit of another form', async () => {
    const file = csv([
      'unitCode,LIB_USER_VISITS',
      'ZZ-LIB-1,10',
      'ZZ-LIB-1,11',
      'ZZ-LIB-2,12',
      'ZZ-MUS-1,13',
    ]);
    const res = await upload(w.commune, library, file, { dryRun: true });
    const reasons = res.json().problems.map((p: { row: number; reason: string }) => [p.row, p.reason]);
    expect(reasons).toEqual([
      [3, 'duplicate_row'],
      [4, 'out_of_scope'],
      [5, 'no_form_for_unit'],
    ]);
  });

  it('refuses values for a submitted report (report_locked)', async () => {
    await upload(w.museumStaff, museum, csv(['unitCode,MUSEUM_VISITS_TOTAL', 'ZZ-MUS-1,5']), {
      dryRun: false,
    });
    await t.database.db.execute(
      sql`update reports set status = 'submitted' where unit_id = ${w.museum} and period = '2026'`,
    );
    const res = await upload(w.museumStaff, museum, csv(['unitCode,MUSEUM_VISITS_TOTAL', 'ZZ-MUS-1,6']), {
      dryRun: false,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.problems[0]).toMatchObject({ row: 2, reason: 'report_locked' });
    expect(await storedValues(t.database, w.museum)).toEqual({ MUSEUM_VISITS_TOTAL: 5 });
  });

  it('answers 415 for a file that is not a spreadsheet and for a truncated workbook', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const notSheet = await upload(w.staff, library, png, { dryRun: true, name: 'anh.png' });
    expect(notSheet.statusCode).toBe(415);
    expect(notSheet.json().error).toMatchObject({ code: 'UNSUPPORTED_FILE' });
    const template = await w.staff.request({
      method: 'GET',
      url: `/api/forms/${library.id}/template?period=2026`,
    });
    const truncated = template.rawPayload.subarray(0, Math.floor(template.rawPayload.length / 2));
    const res = await upload(w.staff, library, truncated, { dryRun: true, name: 'mau.xlsx' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.details).toMatchObject({ reason: 'not_a_spreadsheet' });
  });

  it('answers 413 with a translated message for a file over 20 MB', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x61);
    const res = await upload(w.staff, library, big, { dryRun: true });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      details: { maxMegabytes: 20, message: expect.stringContaining('20 MB') },
    });
  });

  it('runs a large file as a job: 202, progress, then the result', async () => {
    await insertLibraries(t.database, {
      prefix: 'ZZJ',
      count: 1300,
      parentId: w.f.communeA1,
      provinceId: w.f.provinceA,
    });
    const elements = library.elements.filter((e) => e.valueType === 'integer').map((e) => e.code);
    const lines = [`unitCode,${elements.join(',')}`];
    for (let i = 1; i <= 1300; i++) {
      lines.push(`ZZJ${String(i).padStart(5, '0')},${elements.map((_, j) => i + j).join(',')}`);
    }
    const total = 1300 * elements.length;
    expect(total).toBeGreaterThan(20_000);
    const res = await upload(w.commune, library, Buffer.from(lines.join('\n')), { dryRun: false });
    expect(res.statusCode, res.body).toBe(202);
    const { jobId } = res.json();
    expect((await w.staff.request({ method: 'GET', url: `/api/jobs/${jobId}` })).statusCode).toBe(404);
    let job: { status: string; done: number; total: number; result: { imported?: number } };
    const seen: number[] = [];
    do {
      await new Promise((r) => setTimeout(r, 50));
      job = (await w.commune.request({ method: 'GET', url: `/api/jobs/${jobId}` })).json();
      seen.push(job.done);
    } while (job.status === 'running');
    expect(job).toMatchObject({ status: 'done', total, done: total, result: { imported: total } });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(await countValues(t.database, sql`unit_id in (select id from units where code like 'ZZJ%')`)).toBe(
      total,
    );
  });
});
