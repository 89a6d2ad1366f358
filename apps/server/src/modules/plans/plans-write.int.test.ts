import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PlanSummary, Target, Task, TaskProgress } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../db/backup';
import { type Client, signInAs } from '../../test/test-users';
import { errorCode, getJson, unitId, useAdminApp } from '../units/units-test-support';
import { loadFixturePlans, multipart, PDF, planIdByKey } from './plans-test-support';

/** The clock of these tests: 21/11/2026, so the engagement period is 2026. */
const clock = () => new Date('2026-11-21T03:00:00Z');

type Details = { field: string; reason: string }[];
const details = (res: { json(): unknown }) => (res.json() as { error: { details: Details } }).error.details;

describe('editing plans, targets and tasks', () => {
  const { t, admin } = useAdminApp({ clock });
  let planId: number;
  let tasks: Task[];
  let haiPhongOfficer: Client;
  let ninhBinhOfficer: Client;
  let communeOfficer: Client;
  let otherCommuneOfficer: Client;

  const audits = async (action: string, entityId: number) =>
    (
      await t.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from audit_entries where action = ${action} and entity_id = ${String(entityId)}`,
      )
    ).rows[0]!.n;
  const targetCount = async () => (await getJson<Target[]>(admin, `/api/plans/${planId}/targets`)).length;

  beforeAll(async () => {
    await loadFixturePlans(t);
    planId = await planIdByKey(admin, 'fixture-cat-hai');
    tasks = await getJson<Task[]>(admin, `/api/plans/${planId}/tasks`);
    haiPhongOfficer = await signInAs(t, [
      { role: 'province_officer', unitId: await unitId(t, 'province', '31', '2026-01-01') },
    ]);
    ninhBinhOfficer = await signInAs(t, [
      { role: 'province_officer', unitId: await unitId(t, 'province', '37', '2026-01-01') },
    ]);
    communeOfficer = await signInAs(t, [
      { role: 'commune_officer', unitId: await unitId(t, 'commune', '11914', '2026-01-01') },
    ]);
    const elsewhere = (
      await t.database.db.execute<{ id: number }>(
        sql`select id from units where kind = 'commune' and valid_to is null and code <> '11914' order by id limit 1`,
      )
    ).rows[0]!.id;
    otherCommuneOfficer = await signInAs(t, [{ role: 'commune_officer', unitId: elsewhere }]);
  });

  it('edits a plan’s title and status, audited', async () => {
    const res = await admin.request({
      method: 'PATCH',
      url: `/api/plans/${planId}`,
      payload: { title: 'Kế hoạch Cát Hải (sửa)', status: 'active' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().title).toBe('Kế hoạch Cát Hải (sửa)');
    expect(await audits('plan.update', planId)).toBe(1);
  });

  it('lets today’s Hải Phòng officer edit the 2023 Cát Hải district plan, and refuses Ninh Bình’s', async () => {
    const ok = await haiPhongOfficer.request({
      method: 'PATCH',
      url: `/api/plans/${planId}`,
      payload: { status: 'active' },
    });
    expect(ok.statusCode).toBe(200);
    const refused = await ninhBinhOfficer.request({
      method: 'PATCH',
      url: `/api/plans/${planId}`,
      payload: { status: 'draft' },
    });
    expect(refused.statusCode).toBe(403);
    const program = await planIdByKey(admin, 'fixture-program');
    const national = await haiPhongOfficer.request({
      method: 'PATCH',
      url: `/api/plans/${program}`,
      payload: { status: 'draft' },
    });
    expect(national.statusCode).toBe(403);
  });

  describe('bad targets are refused with the field named, and nothing saved', () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      [
        'a range with min > max',
        { indicator: 'FX_LIB_USER_GROWTH', year: 2026, min: 15, max: 12 },
        'min',
        'min_above_max',
      ],
      [
        'a percentage over 100',
        { indicator: 'FX_LIB_LLL_COVERAGE', category: 'library_commune', year: 2026, value: 120 },
        'value',
        'percent_out_of_range',
      ],
      [
        'a milestone before the plan’s date',
        { indicator: 'FX_LIB_LLL_COVERAGE', category: 'library_commune', year: 2022, value: 50 },
        'year',
        'milestone_before_plan',
      ],
      [
        'a fraction for a count indicator (the wrong value type for its kind)',
        { indicator: 'FX_EXHIBITIONS_PER_YEAR', year: 2026, value: 2.5 },
        'value',
        'count_not_integer',
      ],
      ['an unknown indicator', { indicator: 'NOPE', year: 2026, value: 1 }, 'indicator', 'unknown_indicator'],
      [
        'a category the indicator does not cover',
        { indicator: 'FX_LIB_LLL_COVERAGE', category: 'museum_public', year: 2026, value: 50 },
        'category',
        'category_not_applicable',
      ],
      [
        'a second target for the same indicator, category and year',
        { indicator: 'FX_LIB_LLL_COVERAGE', category: 'library_district', year: 2025, value: 50 },
        'year',
        'duplicate_target',
      ],
    ];
    for (const [name, payload, field, reason] of cases) {
      it(name, async () => {
        const before = await targetCount();
        const res = await admin.request({ method: 'POST', url: `/api/plans/${planId}/targets`, payload });
        expect(res.statusCode, res.body).toBe(400);
        expect(errorCode(res)).toBe('VALIDATION_FAILED');
        expect(details(res)).toEqual(expect.arrayContaining([expect.objectContaining({ field, reason })]));
        expect(await targetCount()).toBe(before);
      });
    }

    it('also on change: a patch making min > max', async () => {
      const growth = (await getJson<Target[]>(admin, `/api/plans/${planId}/targets`)).find(
        (x) => x.min === 12,
      )!;
      const res = await admin.request({
        method: 'PATCH',
        url: `/api/targets/${growth.id}`,
        payload: { min: 20 },
      });
      expect(res.statusCode).toBe(400);
      expect(details(res)[0]).toMatchObject({ field: 'min', reason: 'min_above_max' });
    });
  });

  it('adds, changes and removes a target, each audited; a stale copy gets CONFLICT', async () => {
    const created = await admin.request({
      method: 'POST',
      url: `/api/plans/${planId}/targets`,
      payload: { indicator: 'FX_LIB_LLL_COVERAGE', category: 'library_commune', year: 2030, value: 60 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const target = created.json() as Target;
    expect(target).toMatchObject({ value: 60, indicatorKind: 'coverage', unit: 'percent' });
    const changed = await admin.request({
      method: 'PATCH',
      url: `/api/targets/${target.id}`,
      payload: { min: 55, max: 65, value: null, expectedUpdatedAt: target.updatedAt },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ value: null, min: 55, max: 65 });
    expect((changed.json() as Target).trajectory.at(-1)).toEqual({
      year: 2030,
      value: null,
      min: 55,
      max: 65,
    });
    const stale = await admin.request({
      method: 'PATCH',
      url: `/api/targets/${target.id}`,
      payload: { max: 70, expectedUpdatedAt: '2020-01-01T00:00:00.000Z' },
    });
    expect(stale.statusCode).toBe(409);
    const officerDelete = await ninhBinhOfficer.request({
      method: 'DELETE',
      url: `/api/targets/${target.id}`,
    });
    expect(officerDelete.statusCode).toBe(403);
    const removed = await admin.request({ method: 'DELETE', url: `/api/targets/${target.id}` });
    expect(removed.statusCode).toBe(204);
    expect(await audits('target.create', target.id)).toBe(1);
    expect(await audits('target.update', target.id)).toBe(1);
    expect(await audits('target.delete', target.id)).toBe(1);
  });

  it('refuses a task whose lead unit did not exist in its timeframe, naming the field', async () => {
    const oldDepartment = await unitId(t, 'agency', '317.PVHTT');
    const res = await admin.request({
      method: 'POST',
      url: `/api/plans/${planId}/tasks`,
      payload: {
        area: 'reporting',
        content: 'Báo cáo năm 2026',
        from: '2026',
        to: '2026',
        lead: [{ text: 'Phòng VH-TT huyện Cát Hải', unitId: oldDepartment }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(details(res)[0]).toMatchObject({ field: 'lead.0.unitId', reason: 'unit_not_valid_in_timeframe' });
    const bad = await admin.request({
      method: 'POST',
      url: `/api/plans/${planId}/tasks`,
      payload: { area: 'reporting', content: 'X', from: '2026', to: '2024', observances: ['nope'] },
    });
    expect(details(bad).map((d) => d.field)).toEqual(['to', 'observances.0']);
    expect((await getJson<Task[]>(admin, `/api/plans/${planId}/tasks`)).length).toBe(tasks.length);
  });

  it('adds, changes and removes a task, audited', async () => {
    const commune = await unitId(t, 'commune', '11914', '2026-01-01');
    const created = await admin.request({
      method: 'POST',
      url: `/api/plans/${planId}/tasks`,
      payload: {
        area: 'cooperation',
        content: 'Phối hợp tổ chức Tuần lễ học tập suốt đời',
        from: '2026-10-01',
        to: '2026-10-07',
        lead: [{ text: 'UBND đặc khu Cát Hải', unitId: commune }],
        observances: ['fx_lll_week'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const task = created.json() as Task;
    expect(task.lead[0]).toMatchObject({ unitId: commune, unitCode: '11914' });
    const changed = await admin.request({
      method: 'PATCH',
      url: `/api/tasks/${task.id}`,
      payload: { product: 'Báo cáo kết quả', status: 'in_progress' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ product: 'Báo cáo kết quả', status: 'in_progress' });
    expect((await admin.request({ method: 'DELETE', url: `/api/tasks/${task.id}` })).statusCode).toBe(204);
    expect(await audits('task.create', task.id)).toBe(1);
    expect(await audits('task.update', task.id)).toBe(1);
    expect(await audits('task.delete', task.id)).toBe(1);
  });

  it('shows a commune officer the tasks of their units (through the commune’s predecessor) in “my tasks”', async () => {
    const mine = await getJson<Task[]>(communeOfficer, '/api/tasks/mine');
    expect(mine.map((x) => x.id)).toContain(tasks[0]!.id);
    expect(mine.map((x) => x.id)).not.toContain(tasks[1]!.id);
    const theirs = await getJson<Task[]>(otherCommuneOfficer, '/api/tasks/mine');
    expect(theirs.map((x) => x.id)).not.toContain(tasks[0]!.id);
  });

  it('lets a coordinating unit change only a task’s status', async () => {
    const id = tasks[0]!.id;
    const content = await communeOfficer.request({
      method: 'PATCH',
      url: `/api/tasks/${id}`,
      payload: { content: 'Khác' },
    });
    expect(content.statusCode).toBe(403);
    const status = await communeOfficer.request({
      method: 'PATCH',
      url: `/api/tasks/${id}`,
      payload: { status: 'in_progress', timeliness: 'on_time' },
    });
    expect(status.statusCode, status.body).toBe(200);
    const other = await otherCommuneOfficer.request({
      method: 'PATCH',
      url: `/api/tasks/${id}`,
      payload: { status: 'done' },
    });
    expect(other.statusCode).toBe(403);
  });

  it('records a progress update with a narrative and an evidence file; the engagement figure counts it', async () => {
    const id = tasks[0]!.id;
    const before = (await getJson<PlanSummary[]>(admin, '/api/plans')).find((p) => p.id === planId)!;
    expect(before.engagement).toEqual({ period: '2026', updatedTasks: 0, totalTasks: 2, share: 0 });
    const body = multipart(
      { status: 'done', timeliness: 'late', narrative: 'Đã số hóa 1.200 tài liệu; chậm do thiếu máy quét.' },
      [{ name: 'bien-ban.pdf', bytes: PDF }],
    );
    const res = await communeOfficer.request({ method: 'POST', url: `/api/tasks/${id}/updates`, ...body });
    expect(res.statusCode, res.body).toBe(201);
    const update = res.json() as TaskProgress;
    expect(update).toMatchObject({
      period: '2026',
      status: 'done',
      timeliness: 'late',
      createdBy: communeOfficer.username,
    });
    expect(update.files).toEqual([
      expect.objectContaining({ name: 'bien-ban.pdf', mime: 'application/pdf', size: PDF.length }),
    ]);
    const download = await communeOfficer.request({
      method: 'GET',
      url: `/api/files/${update.files[0]!.id}`,
    });
    expect(download.rawPayload.equals(PDF)).toBe(true);

    const history = await getJson<TaskProgress[]>(admin, `/api/tasks/${id}/updates`);
    expect(history.map((h) => h.id)).toEqual([update.id]);
    const task = await getJson<Task>(admin, `/api/tasks/${id}`);
    expect(task).toMatchObject({
      status: 'done',
      timeliness: 'late',
      overdue: false,
      lastUpdate: { period: '2026', status: 'done' },
    });
    // Task 2 (April 2023, never reported) is past its end on 21/11/2026.
    expect((await getJson<Task>(admin, `/api/tasks/${tasks[1]!.id}`)).overdue).toBe(true);
    expect(await audits('task.progress', id)).toBe(1);
    const after = (await getJson<PlanSummary[]>(admin, '/api/plans')).find((p) => p.id === planId)!;
    expect(after.engagement).toEqual({ period: '2026', updatedTasks: 1, totalTasks: 2, share: 0.5 });

    const json = await admin.request({
      method: 'POST',
      url: `/api/tasks/${tasks[1]!.id}/updates`,
      payload: { status: 'continuous', narrative: 'Tổ chức hằng năm.' },
    });
    expect(json.statusCode, json.body).toBe(201);
  });

  it('refuses progress from outside the task’s units, and evidence of the wrong type or size', async () => {
    const id = tasks[0]!.id;
    const outsider = await otherCommuneOfficer.request({
      method: 'POST',
      url: `/api/tasks/${id}/updates`,
      payload: { status: 'done', narrative: 'x' },
    });
    expect(outsider.statusCode).toBe(403);
    const exe = multipart({ status: 'done', narrative: 'x' }, [
      { name: 'virus.exe', bytes: Buffer.from('MZ') },
      { name: 'fake.pdf', bytes: Buffer.from('not a pdf') },
    ]);
    const res = await communeOfficer.request({ method: 'POST', url: `/api/tasks/${id}/updates`, ...exe });
    expect(res.statusCode).toBe(400);
    expect(details(res)).toEqual([
      expect.objectContaining({ field: 'files.0', reason: 'file_type_not_allowed' }),
      expect.objectContaining({ field: 'files.1', reason: 'file_content_mismatch' }),
    ]);
    const big = multipart({ status: 'done', narrative: 'x' }, [
      { name: 'big.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]) },
    ]);
    const tooBig = await communeOfficer.request({ method: 'POST', url: `/api/tasks/${id}/updates`, ...big });
    expect([400, 413]).toContain(tooBig.statusCode);
    expect((await getJson<TaskProgress[]>(admin, `/api/tasks/${id}/updates`)).length).toBe(1);
  });

  it('keeps evidence files through a backup and restore', async () => {
    const [row] = (await t.database.db.execute<{ id: number }>(sql`select id from files order by id limit 1`))
      .rows;
    const dir = mkdtempSync(path.join(tmpdir(), 'plans-backup-'));
    const file = path.join(dir, 'b.json.gz');
    await backupDatabase(t.database, file);
    await restoreDatabase(t.database, file);
    const download = await admin.request({ method: 'GET', url: `/api/files/${row!.id}` });
    expect(download.rawPayload.equals(PDF)).toBe(true);
  });
});
