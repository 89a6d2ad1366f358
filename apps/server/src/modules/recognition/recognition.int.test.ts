import type { EvidenceOptions, Recognition } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import { signInAs } from '../../test/test-users';
import { activityInput, createActivity } from '../activities/activities-test-support';
import { rebuildAnalytics } from '../analytics/rebuild';
import { useReportingWorld } from '../reporting/reporting-test-support';
import { errorCode, getJson } from '../units/units-test-support';
import {
  act,
  approveLibraryReport,
  auditActions,
  clock,
  countRecognitions,
  expectProblem,
  insertGoodModel,
  insertPlanTask,
  nominate,
  nomination,
} from './recognition-test-support';

/** Khen thưởng through the API: nominating with evidence from the data, the workflow, the register. */
const t = useTestApp({ clock });
const w = useReportingWorld(t);
const COVERAGE = 'LIB_LLL_SERVICE_COVERAGE';
let activityId: number;
let otherActivityId: number;
let taskId: number;
let otherTaskId: number;
let modelId: number;
let otherModelId: number;

beforeAll(async () => {
  await rebuildAnalytics(t.database.db, { clock });
  await approveLibraryReport(w.staff, w.commune, w.library);
  const when = { startsAt: '2026-10-02T08:00:00+07:00', endsAt: '2026-10-02T10:00:00+07:00' };
  activityId = (
    await createActivity(
      w.staff,
      activityInput(w.library, { ...when, title: 'Ngày hội đọc sách', status: 'published' }),
    )
  ).id;
  otherActivityId = (
    await createActivity(w.admin, activityInput(w.otherLibrary, { ...when, status: 'published' }))
  ).id;
  taskId = await insertPlanTask(t.database, {
    key: 'recognition-a',
    provinceId: w.f.provinceA,
    leadUnitId: w.f.communeA1,
    code: '2.1',
    content: 'Xây dựng mô hình cộng đồng học tập cấp xã',
  });
  otherTaskId = await insertPlanTask(t.database, {
    key: 'recognition-b',
    provinceId: w.f.provinceB,
    leadUnitId: w.f.communeB1,
    code: '1',
    content: 'Nhiệm vụ của tỉnh B',
  });
  modelId = await insertGoodModel(t.database, { unitId: w.library, title: 'Tủ sách cộng đồng' });
  otherModelId = await insertGoodModel(t.database, { unitId: w.otherLibrary, title: 'Mô hình tỉnh B' });
});

describe('nominating', () => {
  it('nominates an institution as a collective, its evidence resolved against the data and frozen', async () => {
    const r = await nominate(
      w.staff,
      nomination(w.library, {
        evidence: [
          { kind: 'activity', activityId },
          { kind: 'indicator', indicator: COVERAGE, year: 2026 },
          { kind: 'good_model', goodModelId: modelId },
        ],
      }),
    );
    expect(r).toMatchObject({
      status: 'nominated',
      nomineeKind: 'collective',
      unit: { id: w.library, name: 'Thư viện xã A1', kind: 'institution' },
      province: { id: w.f.provinceA, name: 'Thử Nghiệm A' },
      personName: null,
      nominatedOn: '2026-11-20',
      nominatedBy: { id: w.staff.userId },
      decisionNumber: null,
      version: 1,
    });
    expect(r.evidence).toEqual([
      {
        kind: 'activity',
        refId: activityId,
        indicator: null,
        year: null,
        label: 'Ngày hội đọc sách',
        value: null,
      },
      {
        kind: 'indicator',
        refId: null,
        indicator: COVERAGE,
        year: 2026,
        label: 'Tỷ lệ thư viện có cung cấp dịch vụ phục vụ việc học tập suốt đời cho người sử dụng thư viện',
        value: '100 %',
      },
      {
        kind: 'good_model',
        refId: modelId,
        indicator: null,
        year: null,
        label: 'Tủ sách cộng đồng',
        value: null,
      },
    ]);
    const stored = await t.database.db.execute<{ province: number; evidence: unknown[] }>(
      sql`select province_id as province, evidence from recognitions where id = ${r.id}`,
    );
    expect(stored.rows[0]!.province).toBe(w.f.provinceA);
    expect(stored.rows[0]!.evidence[1]).toMatchObject({ indicator: COVERAGE, actual: 100, unit: 'percent' });

    // Frozen: the activity renamed later, the nomination still shows what it rested on; in English on request.
    await t.database.db.execute(sql`update activities set title = 'Tên mới' where id = ${activityId}`);
    const en = await w.staff.request({
      method: 'GET',
      url: `/api/recognitions/${r.id}`,
      headers: { 'accept-language': 'en' },
    });
    expect(en.statusCode).toBe(200);
    const read: Recognition = en.json();
    expect(read.evidence[0]!.label).toBe('Ngày hội đọc sách');
    expect(read.evidence[1]).toMatchObject({ value: '100%' });
    expect(read.evidence[1]!.label).not.toBe(r.evidence[1]!.label);
    await t.database.db.execute(
      sql`update activities set title = 'Ngày hội đọc sách' where id = ${activityId}`,
    );
    expect(await auditActions(t, r.id)).toEqual(['recognition.nominate']);
  });

  it('nominates an individual by name and position in the unit they work in, and a commune with its task', async () => {
    const person = await nominate(
      w.commune,
      nomination(w.library, {
        nomineeKind: 'individual',
        personName: '  Nguyễn Thị  Lan ',
        personPosition: 'Thủ thư',
        form: 'province_certificate',
        nominatedOn: '2026-11-02',
      }),
    );
    expect(person).toMatchObject({
      nomineeKind: 'individual',
      personName: 'Nguyễn Thị Lan',
      personPosition: 'Thủ thư',
      unit: { id: w.library },
      nominatedOn: '2026-11-02',
    });
    const commune = await nominate(
      w.commune,
      nomination(w.f.communeA1, { evidence: [{ kind: 'task', taskId }] }),
    );
    expect(commune.evidence).toEqual([
      {
        kind: 'task',
        refId: taskId,
        indicator: null,
        year: null,
        label: '2.1. Xây dựng mô hình cộng đồng học tập cấp xã',
        value: null,
      },
    ]);
    const nameless = await w.commune.request({
      method: 'POST',
      url: '/api/recognitions',
      payload: nomination(w.library, { nomineeKind: 'individual' }),
    });
    expect(nameless.statusCode).toBe(400);
    expect(nameless.json().error.details.map((d: { field: string }) => d.field)).toEqual(['body.personName']);
  });

  it('names every bad evidence link and a nomination dated ahead, and writes nothing', async () => {
    const before = await countRecognitions(t);
    const res = await w.staff.request({
      method: 'POST',
      url: '/api/recognitions',
      payload: nomination(w.library, {
        nominatedOn: '2026-11-21',
        evidence: [
          { kind: 'activity', activityId: otherActivityId },
          { kind: 'indicator', indicator: 'NO_SUCH_INDICATOR', year: 2026 },
          { kind: 'task', taskId: otherTaskId },
          { kind: 'good_model', goodModelId: otherModelId },
          { kind: 'activity', activityId: 999_999 },
          { kind: 'activity', activityId },
        ],
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(
      res.json().error.details.map((d: { field: string; reason: string }) => [d.field, d.reason]),
    ).toEqual([
      ['body.nominatedOn', 'in_future'],
      ['body.evidence.0', 'unknown_evidence'],
      ['body.evidence.1', 'unknown_evidence'],
      ['body.evidence.2', 'unknown_evidence'],
      ['body.evidence.3', 'unknown_evidence'],
      ['body.evidence.4', 'unknown_evidence'],
    ]);
    expect(await countRecognitions(t)).toBe(before);
  });

  it('answers 404 for a nominee outside the nominator’s scope, and writes nothing', async () => {
    const before = await countRecognitions(t);
    const res = await w.staff.request({
      method: 'POST',
      url: '/api/recognitions',
      payload: nomination(w.otherLibrary),
    });
    expect(res.statusCode).toBe(404);
    const above = await w.staff.request({
      method: 'POST',
      url: '/api/recognitions',
      payload: nomination(w.f.communeA1),
    });
    expect(above.statusCode).toBe(404);
    expect(await countRecognitions(t)).toBe(before);
  });

  it('changes a waiting nomination with the version read, re-freezing its evidence; withdraws it', async () => {
    const r = await nominate(w.museumStaff, nomination(w.museum));
    const stale = await w.museumStaff.request({
      method: 'PATCH',
      url: `/api/recognitions/${r.id}`,
      payload: { reason: 'Lý do mới', version: r.version + 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(errorCode(stale)).toBe('CONFLICT');
    const museumStaff = await w.museumStaff.request({
      method: 'PATCH',
      url: `/api/recognitions/${r.id}`,
      payload: { reason: 'Lý do mới', evidence: [{ kind: 'activity', activityId }], version: r.version },
    });
    // The library's activity is not the museum's.
    expectProblem(museumStaff, 'body.evidence.0', 'unknown_evidence');
    const changed = await w.museumStaff.request({
      method: 'PATCH',
      url: `/api/recognitions/${r.id}`,
      payload: { reason: 'Lý do mới', form: 'province_certificate', version: r.version },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ reason: 'Lý do mới', form: 'province_certificate', version: 2 });
    const gone = await w.museumStaff.request({ method: 'DELETE', url: `/api/recognitions/${r.id}` });
    expect(gone.statusCode).toBe(204);
    expect((await w.staff.request({ method: 'GET', url: `/api/recognitions/${r.id}` })).statusCode).toBe(404);
    expect(await auditActions(t, r.id)).toEqual([
      'recognition.nominate',
      'recognition.update',
      'recognition.withdraw',
    ]);
  });
});

describe('the workflow', () => {
  let r: Recognition;
  beforeAll(async () => {
    r = await nominate(
      w.commune,
      nomination(w.f.communeA1, { reason: 'Xã điển hình về xây dựng cộng đồng học tập' }),
    );
  });

  it('does not let a commune officer review, grant or decline (403), changing nothing', async () => {
    for (const [name, body] of [
      ['review', {}],
      ['decline', { reason: 'Không' }],
    ] as const) {
      const res = await act(w.commune, r, name, body);
      expect(res.statusCode, name).toBe(403);
    }
    const outside = await act(w.outsider, r, 'review');
    expect(outside.statusCode).toBe(404);
    const read = await getJson<Recognition>(w.commune, `/api/recognitions/${r.id}`);
    expect(read).toMatchObject({ status: 'nominated', version: 1 });
  });

  it('refuses a step that does not apply to the status (409) and a stale version (409)', async () => {
    const early = await act(w.province, r, 'grant', {
      decisionNumber: '1/QĐ-UBND',
      decisionDate: '2026-11-20',
    });
    expect(early.statusCode).toBe(409);
    expect(errorCode(early)).toBe('RECOGNITION_STATE');
    const stale = await act(w.province, { ...r, version: 7 }, 'review');
    expect(stale.statusCode).toBe(409);
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it('is reviewed by the province, then granted with a decision; dates before the nomination or ahead are refused', async () => {
    const reviewed = await act(w.province, r, 'review', { note: 'Hồ sơ đầy đủ' });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    r = reviewed.json();
    expect(r).toMatchObject({
      status: 'reviewed',
      reviewNote: 'Hồ sơ đầy đủ',
      reviewedBy: { id: w.province.userId },
      version: 2,
    });
    expect(r.reviewedAt).toBe('2026-11-20T03:00:00.000Z');

    const grantByCommune = await act(w.commune, r, 'grant', {
      decisionNumber: '1/QĐ-UBND',
      decisionDate: '2026-11-20',
    });
    expect(grantByCommune.statusCode).toBe(403);

    const early = await act(w.province, r, 'grant', {
      decisionNumber: '1/QĐ-UBND',
      decisionDate: '2026-11-19',
    });
    expectProblem(early, 'body.decisionDate', 'decision_before_nomination');
    const ahead = await act(w.province, r, 'grant', {
      decisionNumber: '1/QĐ-UBND',
      decisionDate: '2026-11-21',
    });
    expectProblem(ahead, 'body.decisionDate', 'in_future');
    const reread = await getJson<Recognition>(w.province, `/api/recognitions/${r.id}`);
    expect(reread).toMatchObject({
      status: 'reviewed',
      decisionNumber: null,
      decisionDate: null,
      version: 2,
    });

    const granted = await act(w.province, r, 'grant', {
      decisionNumber: '125/QĐ-SVHTTDL',
      decisionDate: '2026-11-20',
    });
    expect(granted.statusCode, granted.body).toBe(200);
    r = granted.json();
    expect(r).toMatchObject({
      status: 'granted',
      decisionNumber: '125/QĐ-SVHTTDL',
      decisionDate: '2026-11-20',
      decidedBy: { id: w.province.userId },
      decidedAt: '2026-11-20T03:00:00.000Z',
      version: 3,
    });
    const edit = await w.commune.request({
      method: 'PATCH',
      url: `/api/recognitions/${r.id}`,
      payload: { reason: 'Sửa sau khi khen', version: r.version },
    });
    expect(errorCode(edit)).toBe('RECOGNITION_STATE');
    const decline = await act(w.province, r, 'decline', { reason: 'Muộn' });
    expect(errorCode(decline)).toBe('RECOGNITION_STATE');
    const withdraw = await w.commune.request({ method: 'DELETE', url: `/api/recognitions/${r.id}` });
    expect(errorCode(withdraw)).toBe('RECOGNITION_STATE');
  });

  it('audits every step with the nominee’s unit and what changed', async () => {
    const rows = await t.database.db.execute<{
      action: string;
      unitId: number;
      before: { status: string } | null;
      after: { status: string } | null;
    }>(sql`select action, unit_id as "unitId", before, after from audit_entries
      where entity = 'recognition' and entity_id = ${String(r.id)} order by id`);
    expect(rows.rows.map((e) => [e.action, e.unitId, e.before?.status ?? null, e.after?.status])).toEqual([
      ['recognition.nominate', w.f.communeA1, null, 'nominated'],
      ['recognition.review', w.f.communeA1, 'nominated', 'reviewed'],
      ['recognition.grant', w.f.communeA1, 'reviewed', 'granted'],
    ]);
  });

  it('leaves the Ministry’s certificate to the country; a province declines what it reviews', async () => {
    let ministry = await nominate(w.province, nomination(w.f.communeA1, { form: 'ministry_certificate' }));
    ministry = (await act(w.province, ministry, 'review')).json();
    const byProvince = await act(w.province, ministry, 'grant', {
      decisionNumber: '9/QĐ-BVHTTDL',
      decisionDate: '2026-11-20',
    });
    expect(byProvince.statusCode).toBe(403);
    const byCountry = await act(w.admin, ministry, 'grant', {
      decisionNumber: '9/QĐ-BVHTTDL',
      decisionDate: '2026-11-20',
    });
    expect(byCountry.statusCode, byCountry.body).toBe(200);

    const weak = await nominate(w.staff, nomination(w.library, { year: 2025 }));
    const declined = await act(w.province, weak, 'decline', { reason: 'Chưa đủ thành tích' });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({
      status: 'declined',
      declineReason: 'Chưa đủ thành tích',
      decidedBy: { id: w.province.userId },
    });
    expect(await auditActions(t, weak.id)).toEqual(['recognition.nominate', 'recognition.decline']);
  });
});

describe('the register', () => {
  let far: Recognition;
  beforeAll(async () => {
    far = await nominate(w.admin, nomination(w.otherLibrary, { form: 'province_certificate' }));
  });

  it('lists the nominees under a unit, newest year first, filtered by year, status and form', async () => {
    const all = await getJson<Recognition[]>(w.province, `/api/recognitions?unitId=${w.f.provinceA}`);
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all.every((r) => r.province?.id === w.f.provinceA)).toBe(true);
    expect(all.map((r) => r.year)).toEqual([...all.map((r) => r.year)].sort((a, b) => b - a));
    expect(all.at(-1)!.year).toBe(2025);

    const library = await getJson<Recognition[]>(w.staff, `/api/recognitions?unitId=${w.library}`);
    expect(library.every((r) => r.unit.id === w.library)).toBe(true);
    expect(library.length).toBeGreaterThanOrEqual(3);

    const granted = await getJson<Recognition[]>(
      w.province,
      `/api/recognitions?unitId=${w.f.provinceA}&year=2026&status=granted`,
    );
    expect(granted.map((r) => r.decisionNumber).sort()).toEqual(['125/QĐ-SVHTTDL', '9/QĐ-BVHTTDL']);
    const ministry = await getJson<Recognition[]>(
      w.province,
      `/api/recognitions?unitId=${w.f.provinceA}&form=ministry_certificate`,
    );
    expect(ministry.map((r) => r.decisionNumber)).toEqual(['9/QĐ-BVHTTDL']);
    const y2025 = await getJson<Recognition[]>(
      w.province,
      `/api/recognitions?unitId=${w.f.provinceA}&year=2025`,
    );
    expect(y2025.map((r) => r.status)).toEqual(['declined']);
  });

  it('shows by default what the reader’s roles reach, and nothing of another province', async () => {
    const mine = await getJson<Recognition[]>(w.outsider, '/api/recognitions');
    expect(mine.map((r) => r.id)).toEqual([far.id]);
    const province = await getJson<Recognition[]>(w.province, '/api/recognitions');
    expect(province.map((r) => r.id)).not.toContain(far.id);
    const admin = await getJson<Recognition[]>(w.admin, '/api/recognitions');
    expect(admin.map((r) => r.id)).toContain(far.id);
    const outside = await w.outsider.request({ method: 'GET', url: `/api/recognitions?unitId=${w.library}` });
    expect(outside.statusCode).toBe(404);
    const one = await w.outsider.request({
      method: 'GET',
      url: `/api/recognitions/${(await getJson<Recognition[]>(w.staff, '/api/recognitions'))[0]!.id}`,
    });
    expect(one.statusCode).toBe(404);
  });

  it('offers the pickers what the unit’s data holds for the year', async () => {
    const library = await getJson<EvidenceOptions>(
      w.staff,
      `/api/recognitions/evidence-options?unitId=${w.library}&year=2026`,
    );
    expect(library.activities.map((a) => a.id)).toEqual([activityId]);
    expect(library.goodModels).toEqual([{ id: modelId, title: 'Tủ sách cộng đồng' }]);
    expect(library.indicators).toContainEqual(
      expect.objectContaining({ indicator: COVERAGE, year: 2026, value: '100 %' }),
    );
    expect(library.indicators.every((i) => i.value !== '—')).toBe(true);
    expect(library.tasks).toEqual([]);
    const commune = await getJson<EvidenceOptions>(
      w.commune,
      `/api/recognitions/evidence-options?unitId=${w.f.communeA1}&year=2026`,
    );
    expect(commune.tasks).toEqual([
      { id: taskId, code: '2.1', title: 'Xây dựng mô hình cộng đồng học tập cấp xã', status: 'in_progress' },
    ]);
    expect(commune.activities.map((a) => a.id)).toEqual([activityId]);
    const outside = await w.outsider.request({
      method: 'GET',
      url: `/api/recognitions/evidence-options?unitId=${w.library}&year=2026`,
    });
    expect(outside.statusCode).toBe(404);
  });
});

describe('a province nominating itself', () => {
  it('is its own province: it reviews its nomination, the country decides', async () => {
    const officer = await signInAs(t, [{ role: 'province_officer', unitId: w.f.provinceB }]);
    const r = await nominate(officer, nomination(w.f.provinceB, { form: 'prime_minister_certificate' }));
    expect(r.province).toEqual({ id: w.f.provinceB, name: 'Thử Nghiệm B' });
    const reviewed = await act(officer, r, 'review');
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    const grant = { decisionNumber: '1/QĐ-TTg', decisionDate: '2026-11-20' };
    expect((await act(officer, reviewed.json(), 'grant', grant)).statusCode).toBe(403);
    expect((await act(w.admin, reviewed.json(), 'grant', grant)).statusCode).toBe(200);
  });
});
