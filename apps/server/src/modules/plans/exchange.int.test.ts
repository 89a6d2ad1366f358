import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PlanDetail, PlanImportResult, PlanSummary } from '@suotdoi/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../../test/test-users';
import { errorCode, getJson, unitId, useAdminApp } from '../units/units-test-support';
import { PLANS_DATA_DIR } from './load-plans';
import { canonicalPlanFile } from './plan-file-mapping';
import { loadFixturePlans, multipart, planIdByKey } from './plans-test-support';

describe('plan exchange: export and import', () => {
  const { t, admin } = useAdminApp();
  let catHai: number;

  beforeAll(async () => {
    await loadFixturePlans(t);
    catHai = await planIdByKey(admin, 'fixture-cat-hai');
  });

  const exportJson = async (id: number) => {
    const res = await admin.request({ method: 'GET', url: `/api/plans/${id}/export` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Record<string, unknown>;
  };
  const plansCount = async () => (await getJson<PlanSummary[]>(admin, '/api/plans')).length;

  it('exports every built-in plan exactly as its file in data/plans', async () => {
    const dir = path.join(PLANS_DATA_DIR, 'plans');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const file = canonicalPlanFile(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
      expect(await exportJson(await planIdByKey(admin, file.key)), name).toEqual(
        JSON.parse(JSON.stringify(file)),
      );
    }
  });

  it('holds the issue’s contract: symbol, title, issuer, date, implements, targets and tasks', async () => {
    const file = (await exportJson(catHai)) as {
      targets: Record<string, unknown>[];
      tasks: Record<string, unknown>[];
    } & Record<string, unknown>;
    for (const key of ['symbol', 'title', 'issuer', 'date', 'implements', 'targets', 'tasks'])
      expect(file).toHaveProperty(key);
    expect(file.targets[2]).toMatchObject({
      indicator: 'FX_LIB_USER_GROWTH',
      category: null,
      year: 2030,
      min: 12,
      max: 15,
    });
    expect(file.targets[1]).toMatchObject({ baseline: { year: 2022, value: null } });
    expect(file.tasks[0]).toMatchObject({
      area: 'infrastructure_digital',
      content: 'Số hóa tài liệu thư viện huyện',
      product: 'Kho tài liệu số',
      from: '2023',
      to: '2025',
      lead: [{ text: 'Phòng VH-TT huyện', unit: { code: '317.PVHTT', kind: 'agency' } }],
    });
  });

  it('round-trips JSON: export → import (dry run, then for real) → export gives the original', async () => {
    const original = await exportJson(catHai);
    const copy = { ...original, key: 'fixture-cat-hai-copy' };
    const dry = await admin.request({ method: 'POST', url: '/api/plans/import', payload: copy });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, planId: null, problems: [], targets: 4, tasks: 2 });
    const count = await plansCount();
    expect(count).toBe(await plansCount());
    const real = await admin.request({
      method: 'POST',
      url: '/api/plans/import?dryRun=false',
      payload: copy,
    });
    expect(real.statusCode, real.body).toBe(200);
    const result = real.json() as PlanImportResult;
    expect(result.planId).not.toBeNull();
    expect(await plansCount()).toBe(count + 1);
    expect(await exportJson(result.planId!)).toEqual(copy);
    const detail = await getJson<PlanDetail>(admin, `/api/plans/${result.planId}`);
    expect(detail.origin).toBe('import');
    expect(detail.implements.find((p) => p.key === 'fixture-program')?.planId).not.toBeNull();
  });

  it('round-trips XLSX: export.xlsx → import → export gives the original', async () => {
    const original = await exportJson(catHai);
    const xlsx = await admin.request({ method: 'GET', url: `/api/plans/${catHai}/export.xlsx` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const res = await admin.request({
      method: 'POST',
      url: '/api/plans/import?dryRun=true',
      ...multipart({}, [{ name: 'ke-hoach.xlsx', bytes: xlsx.rawPayload, field: 'file' }]),
    });
    expect(res.statusCode, res.body).toBe(200);
    // The key is taken: the only problem is the duplicate key, on the plan sheet.
    expect((res.json() as PlanImportResult).problems).toEqual([
      expect.objectContaining({ sheet: 'plan', field: 'key', reason: 'duplicate_key' }),
    ]);
    const renamed = await renameKeyInWorkbook(xlsx.rawPayload, 'fixture-cat-hai-xlsx');
    const real = await admin.request({
      method: 'POST',
      url: '/api/plans/import?dryRun=false',
      ...multipart({}, [{ name: 'ke-hoach.xlsx', bytes: renamed, field: 'file' }]),
    });
    expect(real.statusCode, real.body).toBe(200);
    expect(await exportJson((real.json() as PlanImportResult).planId!)).toEqual({
      ...original,
      key: 'fixture-cat-hai-xlsx',
    });
  });

  it('lists every problem with row, field and reason, and saves nothing', async () => {
    const original = await exportJson(catHai);
    const bad = {
      ...original,
      key: 'fixture-bad',
      targets: [
        { indicator: 'UNKNOWN_INDICATOR', category: null, year: 2025, value: 1 },
        { indicator: 'FX_LIB_LLL_COVERAGE', category: 'not_a_category', year: 2025, value: 1 },
        { indicator: 'FX_LIB_LLL_COVERAGE', category: 'library_district', year: 2030, min: 90, max: 80 },
      ],
      tasks: [
        {
          area: 'awareness',
          content: 'X',
          product: null,
          from: '2023',
          to: '2024',
          lead: [{ text: 'Không có', unit: { code: 'NO-SUCH-UNIT', kind: 'agency' } }],
        },
      ],
    };
    const count = await plansCount();
    const shape = await admin.request({
      method: 'POST',
      url: '/api/plans/import?dryRun=false',
      payload: bad,
    });
    expect(shape.statusCode).toBe(422);
    expect(errorCode(shape)).toBe('IMPORT_INVALID');
    expect(shape.json().error.details.problems).toEqual([
      expect.objectContaining({ row: 2, field: 'targets.1.category' }),
    ]);
    const fixed = { ...bad, targets: [bad.targets[0], bad.targets[2]] };
    const res = await admin.request({ method: 'POST', url: '/api/plans/import', payload: fixed });
    expect(res.statusCode).toBe(200);
    expect((res.json() as PlanImportResult).problems).toEqual([
      expect.objectContaining({ row: 1, field: 'targets.0.indicator', reason: 'unknown_indicator' }),
      expect.objectContaining({ row: 2, field: 'targets.1.min', reason: 'min_above_max' }),
      expect.objectContaining({ row: 1, field: 'tasks.0.lead.0.unit', reason: 'unknown_unit' }),
    ]);
    const real = await admin.request({
      method: 'POST',
      url: '/api/plans/import?dryRun=false',
      payload: fixed,
    });
    expect(real.statusCode).toBe(422);
    expect(await plansCount()).toBe(count);
  });

  it('refuses an import into a scope the person cannot write', async () => {
    const original = await exportJson(catHai);
    const officer = await signInAs(t, [
      { role: 'province_officer', unitId: await unitId(t, 'province', '37', '2026-01-01') },
    ]);
    const res = await officer.request({
      method: 'POST',
      url: '/api/plans/import',
      payload: { ...original, key: 'fixture-not-mine' },
    });
    expect(res.statusCode).toBe(403);
  });
});

async function renameKeyInWorkbook(bytes: Buffer, key: string): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  wb.getWorksheet('plan')!.eachRow((row) => {
    if (row.getCell(1).value === 'key') row.getCell(2).value = key;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
