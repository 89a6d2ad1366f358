import type { Institution, InstitutionList } from '@suotdoi/shared';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, unitParents } from '../../db/schema';
import { useTestApp } from '../../test/test-app';
import { type Client, signInAs } from '../../test/test-users';
import { type InstitutionFixtures, insertFixtures, steppingClock } from './institutions.fixtures';

describe('institutions API', () => {
  const t = useTestApp({ clock: steppingClock() });
  let fx: InstitutionFixtures;
  let admin: Client;
  let officerA1: Client;
  let viewerA: Client;
  let seq = 0;

  beforeAll(async () => {
    fx = await insertFixtures(t.database);
    admin = await signInAs(t, [{ role: 'system_admin', unitId: fx.countryId }]);
    officerA1 = await signInAs(t, [{ role: 'commune_officer', unitId: fx.communeA1 }]);
    viewerA = await signInAs(t, [{ role: 'viewer', unitId: fx.provinceA }]);
  });

  const create = async (client: Client, body: Record<string, unknown>) =>
    client.request({
      method: 'POST',
      url: '/api/institutions',
      payload: { code: `T${++seq}`, category: 'library_commune', parentId: fx.communeA1, ...body },
    });
  const created = async (body: Record<string, unknown>) => {
    const res = await create(admin, { name: `Thư viện số ${seq + 1}`, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Institution;
  };
  const list = async (client: Client, query: string) => {
    const res = await client.request({ method: 'GET', url: `/api/institutions?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as InstitutionList;
  };
  const auditOf = (id: number) =>
    t.database.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entity, 'institution'), eq(auditEntries.entityId, String(id))))
      .orderBy(auditEntries.id);

  it('creates an institution under a commune, in its province, with an audit entry', async () => {
    const res = await create(officerA1, {
      name: 'Thư viện xã An Bình',
      managingAgencyId: fx.agencyA,
      email: 'thuvien@example.vn',
      services: ['Mượn sách', 'Đọc tại chỗ'],
      validFrom: '2025-09-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as Institution;
    expect(body).toMatchObject({
      name: 'Thư viện xã An Bình',
      parentId: fx.communeA1,
      parentCode: fx.codes.communeA1,
      provinceId: fx.provinceA,
      managingAgencyId: fx.agencyA,
      managingAgencyCode: fx.codes.agencyA,
      services: ['Mượn sách', 'Đọc tại chỗ'],
      validFrom: '2025-09-01',
      validTo: null,
      isDemo: false,
    });
    const audit = await auditOf(body.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', unitId: fx.communeA1, username: officerA1.username });
    expect((audit[0]!.after as Institution).name).toBe('Thư viện xã An Bình');

    const read = await officerA1.request({ method: 'GET', url: `/api/institutions/${body.id}` });
    expect(read.json()).toEqual(body);
  });

  it('stores NFD input as NFC', async () => {
    const nfd = 'Nhà văn hóa thôn Đông'.normalize('NFD');
    const body = await created({ name: `  ${nfd}  `, category: 'village_cultural_house' });
    expect(body.name).toBe('Nhà văn hóa thôn Đông'.normalize('NFC'));
    const found = await list(admin, `q=${encodeURIComponent('nhà văn hóa thôn đông'.normalize('NFD'))}`);
    expect(found.items.map((i) => i.id)).toContain(body.id);
  });

  it('refuses unknown fields with 400', async () => {
    const res = await create(admin, { name: 'Thư viện', colour: 'red' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    const inst = await created({});
    const patch = await admin.request({
      method: 'PATCH',
      url: `/api/institutions/${inst.id}`,
      payload: { expectedUpdatedAt: inst.updatedAt, isDemo: true },
    });
    expect(patch.statusCode).toBe(400);
    const query = await admin.request({ method: 'GET', url: '/api/institutions?colour=red' });
    expect(query.statusCode).toBe(400);
  });

  it('refuses a code already used in an overlapping period with DUPLICATE_CODE', async () => {
    const first = await created({ code: 'DUP-1', validFrom: '2025-08-01' });
    const res = await create(admin, { code: 'DUP-1', name: 'Thư viện khác' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'DUPLICATE_CODE', details: { field: 'code' } });
    // Once closed, the code is free from the closing day on.
    expect((await admin.request({ method: 'DELETE', url: `/api/institutions/${first.id}` })).statusCode).toBe(
      200,
    );
    const again = await create(admin, { code: 'DUP-1', name: 'Thư viện mới', validFrom: '2026-04-01' });
    expect(again.statusCode, again.body).toBe(201);
  });

  it('wants a commune or province valid on the start date as parent, and an agency as manager', async () => {
    const old = await create(admin, { name: 'Thư viện', parentId: fx.oldCommune });
    expect(old.statusCode).toBe(422);
    expect(old.json().error.code).toBe('PARENT_OUT_OF_VALIDITY');
    // Under a commune dissolved on 1/7/2025 only as history: an open-ended link would outlive its parent.
    const outlives = await create(admin, {
      name: 'Thư viện',
      parentId: fx.oldCommune,
      validFrom: '2020-01-01',
    });
    expect(outlives.json().error.code).toBe('PARENT_OUT_OF_VALIDITY');
    const historic = await create(admin, {
      name: 'Thư viện',
      parentId: fx.oldCommune,
      validFrom: '2020-01-01',
      validTo: '2025-07-01',
    });
    expect(historic.statusCode, historic.body).toBe(201);
    expect(historic.json()).toMatchObject({ parentId: fx.oldCommune, validTo: '2025-07-01' });
    const district = await create(admin, {
      name: 'Thư viện',
      parentId: fx.oldDistrict,
      validFrom: '2020-01-01',
    });
    expect(district.statusCode).toBe(400);
    expect(district.json().error.details[0]).toMatchObject({
      field: 'parentId',
      reason: 'invalid_parent_kind',
    });
    const agency = await create(admin, { name: 'Thư viện', managingAgencyId: fx.communeB1 });
    expect(agency.statusCode).toBe(400);
    expect(agency.json().error.details[0]).toMatchObject({
      field: 'managingAgencyId',
      reason: 'unknown_agency',
    });
    const atProvince = await create(admin, { name: 'Thư viện tỉnh', parentId: fx.provinceA });
    expect(atProvince.json()).toMatchObject({ parentId: fx.provinceA, provinceId: fx.provinceA });
  });

  it('updates with optimistic concurrency: a stale copy gets CONFLICT with the current record', async () => {
    const inst = await created({ name: 'Trung tâm văn hóa xã', category: 'cultural_centre_commune' });
    const first = await admin.request({
      method: 'PATCH',
      url: `/api/institutions/${inst.id}`,
      payload: { expectedUpdatedAt: inst.updatedAt, phone: '0229 3871 234', services: ['Câu lạc bộ'] },
    });
    expect(first.statusCode, first.body).toBe(200);
    const updated = first.json() as Institution;
    expect(updated).toMatchObject({ phone: '0229 3871 234', services: ['Câu lạc bộ'], name: inst.name });
    expect(updated.updatedAt).not.toBe(inst.updatedAt);

    const stale = await officerA1.request({
      method: 'PATCH',
      url: `/api/institutions/${inst.id}`,
      payload: { expectedUpdatedAt: inst.updatedAt, phone: '000' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'CONFLICT', details: { current: updated } });

    const audit = await auditOf(inst.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1]).toMatchObject({ before: { phone: null }, after: { phone: '0229 3871 234' } });
  });

  it('moves an institution to another commune and keeps the old link as history', async () => {
    const inst = await created({ name: 'Phòng đọc sách thôn 3', validFrom: '2026-01-05' });
    const res = await admin.request({
      method: 'PATCH',
      url: `/api/institutions/${inst.id}`,
      payload: { expectedUpdatedAt: inst.updatedAt, parentId: fx.communeA2 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ parentId: fx.communeA2, provinceId: fx.provinceA });
    const links = await t.database.db
      .select()
      .from(unitParents)
      .where(eq(unitParents.unitId, inst.id))
      .orderBy(unitParents.validFrom);
    expect(links.map((l) => [l.parentId, l.validFrom, l.validTo])).toEqual([
      [fx.communeA1, '2026-01-05', '2026-03-16'],
      [fx.communeA2, '2026-03-16', null],
    ]);
    const before = await list(admin, `unitId=${fx.communeA1}&asOf=2026-02-01`);
    expect(before.items.map((i) => i.id)).toContain(inst.id);
    const now = await list(admin, `unitId=${fx.communeA2}`);
    expect(now.items.map((i) => i.id)).toContain(inst.id);
    expect((await list(admin, `unitId=${fx.communeA1}`)).items.map((i) => i.id)).not.toContain(inst.id);
    expect((await list(admin, `unitId=${fx.provinceA}`)).items.map((i) => i.id)).toContain(inst.id);
  });

  it('closes an institution: ends it today, keeps the record, drops it from today’s list', async () => {
    const inst = await created({ name: 'Thư viện sẽ đóng', validFrom: '2025-10-01' });
    const res = await officerA1.request({ method: 'DELETE', url: `/api/institutions/${inst.id}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: inst.id, validTo: '2026-03-16', parentId: fx.communeA1 });
    const [link] = await t.database.db.select().from(unitParents).where(eq(unitParents.unitId, inst.id));
    expect(link!.validTo).toBe('2026-03-16');
    expect((await admin.request({ method: 'GET', url: `/api/institutions/${inst.id}` })).statusCode).toBe(
      200,
    );
    expect((await list(admin, `unitId=${fx.communeA1}`)).items.map((i) => i.id)).not.toContain(inst.id);
    expect((await list(admin, `unitId=${fx.communeA1}&asOf=2026-01-01`)).items.map((i) => i.id)).toContain(
      inst.id,
    );
    expect((await auditOf(inst.id)).map((a) => a.action)).toEqual(['create', 'close']);
    const notStarted = await created({ name: 'Thư viện mở hôm nay' });
    const refused = await admin.request({ method: 'DELETE', url: `/api/institutions/${notStarted.id}` });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].reason).toBe('closes_before_start');
  });

  it('finds names and codes without diacritics', async () => {
    const a = await created({ code: 'TVX-NB-01', name: 'Thư viện xã Yên Mạc' });
    const b = await created({ name: 'Bảo tàng Đồng Hới', category: 'museum_public' });
    const ids = async (q: string) =>
      (await list(admin, `q=${encodeURIComponent(q)}&pageSize=500`)).items.map((i) => i.id);
    expect(await ids('thu vien xa yen mac')).toContain(a.id);
    expect(await ids('THƯ VIỆN XÃ YÊN')).toContain(a.id);
    expect(await ids('tvx-nb')).toContain(a.id);
    expect(await ids('dong hoi')).toEqual([b.id]);
    expect(await ids('100%')).toEqual([]);
  });

  it('sorts by name in Vietnamese order, and pages', async () => {
    const names = [
      'Ấp Bắc',
      'An Lão',
      'Ân Thi',
      'Bắc Sơn',
      'Dương Kinh',
      'Đà Bắc',
      'Ô Môn',
      'Ông Ích Khiêm',
      'Ơn Sơn',
    ];
    for (const name of names) await created({ name, parentId: fx.communeB1 });
    const asc = await list(admin, `unitId=${fx.communeB1}&sort=name`);
    const expected = [...names].sort(new Intl.Collator('vi').compare);
    expect(expected.slice(0, 3)).toEqual(['An Lão', 'Ân Thi', 'Ấp Bắc']);
    expect(asc.items.map((i) => i.name)).toEqual(expected);
    expect(asc.total).toBe(names.length);
    const desc = await list(admin, `unitId=${fx.communeB1}&sort=name&order=desc&pageSize=4&page=2`);
    expect(desc.items.map((i) => i.name)).toEqual([...expected].reverse().slice(4, 8));
    expect(desc.total).toBe(names.length);
    const byCategory = await list(admin, `provinceId=${fx.provinceB}&category=library_commune`);
    expect(byCategory.total).toBe(names.length);
  });

  it('keeps a commune officer to their commune on every route', async () => {
    const other = await created({ name: 'Thư viện phường Đông Hòa', parentId: fx.communeA2 });
    const own = await created({ name: 'Thư viện xã An Bình 2' });
    const visible = await list(officerA1, 'pageSize=500');
    expect(visible.items.map((i) => i.id)).toContain(own.id);
    expect(visible.items.every((i) => i.parentId === fx.communeA1)).toBe(true);
    expect((await list(officerA1, `unitId=${fx.communeA2}`)).items).toEqual([]);
    const read = await officerA1.request({ method: 'GET', url: `/api/institutions/${other.id}` });
    expect(read.statusCode).toBe(404);
    const createThere = await create(officerA1, { name: 'Thư viện', parentId: fx.communeA2 });
    expect(createThere.statusCode).toBe(404);
    const patch = await officerA1.request({
      method: 'PATCH',
      url: `/api/institutions/${other.id}`,
      payload: { expectedUpdatedAt: other.updatedAt, name: 'Đổi tên' },
    });
    expect(patch.statusCode).toBe(404);
    const moveAway = await officerA1.request({
      method: 'PATCH',
      url: `/api/institutions/${own.id}`,
      payload: { expectedUpdatedAt: own.updatedAt, parentId: fx.communeA2 },
    });
    expect(moveAway.statusCode).toBe(404);
    const close = await officerA1.request({ method: 'DELETE', url: `/api/institutions/${other.id}` });
    expect(close.statusCode).toBe(404);
    const unchanged = await admin.request({ method: 'GET', url: `/api/institutions/${other.id}` });
    expect(unchanged.json()).toEqual(other);
  });

  it('lets an institution’s own staff edit it, and leaves the old commune read-only access after a move', async () => {
    const inst = await created({ name: 'Thư viện có nhân viên', validFrom: '2025-12-01' });
    const staff = await signInAs(t, [{ role: 'institution_staff', unitId: inst.id }]);
    expect((await list(staff, '')).items.map((i) => i.id)).toEqual([inst.id]);
    const edit = await staff.request({
      method: 'PATCH',
      url: `/api/institutions/${inst.id}`,
      payload: { expectedUpdatedAt: inst.updatedAt, openingHours: 'Thứ Hai - Thứ Sáu: 8:00-17:00' },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const moved = await admin.request({
      method: 'PATCH',
      url: `/api/institutions/${inst.id}`,
      payload: { expectedUpdatedAt: edit.json().updatedAt, parentId: fx.communeA2 },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await officerA1.request({ method: 'GET', url: `/api/institutions/${inst.id}` })).statusCode).toBe(
      200,
    );
    const patch = await officerA1.request({
      method: 'PATCH',
      url: `/api/institutions/${inst.id}`,
      payload: { expectedUpdatedAt: moved.json().updatedAt, name: 'Đổi tên' },
    });
    expect(patch.statusCode).toBe(403);
    expect((await list(officerA1, 'pageSize=500')).items.map((i) => i.id)).not.toContain(inst.id);
  });

  it('lets a viewer read but not write, and nobody in without a session', async () => {
    const inst = await created({ name: 'Thư viện chỉ đọc' });
    expect((await viewerA.request({ method: 'GET', url: `/api/institutions/${inst.id}` })).statusCode).toBe(
      200,
    );
    const patch = await viewerA.request({
      method: 'PATCH',
      url: `/api/institutions/${inst.id}`,
      payload: { expectedUpdatedAt: inst.updatedAt, name: 'Đổi tên' },
    });
    expect(patch.statusCode).toBe(403);
    expect((await create(viewerA, { name: 'Thư viện' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/institutions' })).statusCode).toBe(401);
  });

  it('keeps the sort key of every stored institution in step with its name', async () => {
    const rows = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from institutions where name_sort_key = ''`,
    );
    expect(rows.rows[0]!.n).toBe(0);
  });
});
