import type { DataQualityIssue, DataQualityPage, DataQualitySummary, Successor } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { signInAs } from '../../test/test-users';
import {
  errorCode,
  expectStatus,
  fixedClock,
  getJson,
  unitId,
  useAdminApp,
} from '../units/units-test-support';

describe('the data-quality list of rows held back at load time', () => {
  const { t, admin } = useAdminApp({ clock: fixedClock });

  const q = <T>(sql: string, params: unknown[] = []) =>
    t.database.pool.query(sql, params).then((r) => r.rows as T[]);
  const resolve = (id: number, body: unknown) =>
    admin.request({
      method: 'PATCH',
      url: `/api/data-quality/${id}`,
      payload: body as Record<string, unknown>,
    });

  it('counts the held-back rows by source and reason', async () => {
    const summary = await getJson<DataQualitySummary>(admin, '/api/data-quality/summary');
    expect(summary.total).toBe(1_267);
    expect(summary.byReason.map((r) => [r.reason, r.open])).toEqual([
      ['no_successor_found', 329],
      ['missing_old_code', 485],
      ['province_not_merged', 22],
      ['unknown_new_code', 431],
    ]);
    const page = await getJson<DataQualityPage>(
      admin,
      '/api/data-quality?reason=unknown_new_code&pageSize=2',
    );
    expect(page.total).toBe(431);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]!.details.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ reason: 'unknown_new_code' })]),
    );
  });

  it('loads a corrected mapping row as lineage and re-weights the old commune’s links to 1/n', async () => {
    const [issue] = await q<{ id: number; old: string; new: string; oldId: number }>(`
      select i.id, i.details->'suggestion'->>'old_ward_code' as old, i.row->>'new_ward_code' as new, o.id as "oldId"
      from data_quality_issues i
      join units o on o.kind = 'commune' and o.code = i.details->'suggestion'->>'old_ward_code' and o.valid_to = '2025-07-01'
      join units n on n.kind = 'commune' and n.code = i.row->>'new_ward_code' and n.valid_from = '2025-07-01'
      where i.reason = 'missing_old_code'
        and not exists (select 1 from unit_lineage l where l.from_unit_id = o.id and l.to_unit_id = n.id)
      order by i.id limit 1`);
    const res = await resolve(issue!.id, {
      action: 'load',
      row: { old_ward_code: issue!.old },
      note: 'theo tên',
    });
    expectStatus(res, 200);
    expect(res.json()).toMatchObject({ status: 'resolved', note: 'theo tên' });
    const edges = await q<{ weight: number }>(
      `select weight from unit_lineage where from_unit_id = $1 and date = '2025-07-01'`,
      [issue!.oldId],
    );
    expect(edges.map((e) => e.weight)).toEqual([0.5, 0.5]);
    const successors = await getJson<Successor[]>(
      admin,
      `/api/units/${issue!.oldId}/successors?date=2026-01-01`,
    );
    expect(successors.map((s) => s.code)).toContain(issue!.new);
    expect(successors.reduce((sum, s) => sum + s.weight, 0)).toBeCloseTo(1, 9);
    const audit = await q(
      `select action from audit_entries where entity = 'data_quality_issue' and entity_id = $1`,
      [String(issue!.id)],
    );
    expect(audit).toEqual([{ action: 'dataQuality.load' }]);
    expect((await resolve(issue!.id, { action: 'ignore', note: 'again' })).statusCode).toBe(409);
  });

  it('refuses a row that still fails, listing every problem, and changes nothing', async () => {
    const [issue] = await q<{ id: number }>(
      `select id from data_quality_issues where reason = 'province_not_merged' order by id limit 1`,
    );
    const before = await q(`select count(*)::int as n from unit_lineage`);
    const res = await resolve(issue!.id, { action: 'load', row: {} });
    expect(res.statusCode).toBe(422);
    expect(errorCode(res)).toBe('IMPORT_INVALID');
    const reasons = (
      res.json() as { error: { details: { problems: { reason: string }[] } } }
    ).error.details.problems.map((p) => p.reason);
    expect(reasons).toContain('province_not_merged');
    expect(await q(`select count(*)::int as n from unit_lineage`)).toEqual(before);
    expect(
      (await q<{ status: string }>(`select status from data_quality_issues where id = $1`, [issue!.id]))[0]!
        .status,
    ).toBe('open');
  });

  it('ignores a row with a note, once', async () => {
    const [issue] = await q<{ id: number }>(
      `select id from data_quality_issues where reason = 'unknown_new_code' order by id limit 1`,
    );
    const res = await resolve(issue!.id, { action: 'ignore', note: 'Mã mới sai, đã báo nguồn' });
    expectStatus(res, 200);
    expect(res.json() as DataQualityIssue).toMatchObject({
      status: 'ignored',
      note: 'Mã mới sai, đã báo nguồn',
    });
    expect(errorCode(await resolve(issue!.id, { action: 'ignore', note: 'x' }))).toBe('CONFLICT');
    expect((await resolve(issue!.id, { action: 'ignore' })).statusCode).toBe(400);
  });

  it('gives an old commune without a successor the one an operator names', async () => {
    const [issue] = await q<{ id: number; unitId: number; successor: string }>(`
      select i.id, i.unit_id as "unitId", s.code as successor
      from data_quality_issues i
      join unit_parents p on p.unit_id = i.unit_id
      join unit_parents sp on sp.parent_id = p.parent_id and sp.unit_id <> i.unit_id
      join units s on s.id = sp.unit_id and s.valid_to = '2025-07-01'
      where i.reason = 'no_successor_found' order by i.id, s.code limit 1`);
    expect(errorCode(await resolve(issue!.id, { action: 'load', row: { successor_code: 'NOPE' } }))).toBe(
      'IMPORT_INVALID',
    );
    expectStatus(
      await resolve(issue!.id, { action: 'load', row: { successor_code: issue!.successor } }),
      200,
    );
    const at2025 = await getJson<Successor[]>(
      admin,
      `/api/units/${issue!.unitId}/successors?date=2025-03-01`,
    );
    expect(at2025).toEqual([expect.objectContaining({ code: issue!.successor, weight: 1 })]);
    const today = await getJson<Successor[]>(admin, `/api/units/${issue!.unitId}/successors`);
    expect(today.every((s) => s.level === 'commune')).toBe(true);
    expect(today.reduce((sum, s) => sum + s.weight, 0)).toBeCloseTo(1, 9);
  });

  it('shows nothing to a province officer (no dataQuality.manage) and answers 404', async () => {
    const officer = await signInAs(t, [
      { role: 'province_officer', unitId: await unitId(t, 'province', '37', '2026-01-01') },
    ]);
    expect(await getJson<DataQualityPage>(officer, '/api/data-quality')).toEqual({ items: [], total: 0 });
    const res = await officer.request({
      method: 'PATCH',
      url: '/api/data-quality/2',
      payload: { action: 'ignore', note: 'x' },
    });
    expect(res.statusCode).toBe(404);
  });
});
