import type { Unit, UnitDetail } from '@suotdoi/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import { type Client, signInAs } from '../../test/test-users';
import { errorCode, expectStatus, fixedClock, getJson, unitId } from './units-test-support';

describe('POST and PATCH /api/units', () => {
  const t = useTestApp({ clock: fixedClock });
  let officer: Client;
  let ninhBinh: number;
  let oldNinhBinh: number;
  let seq = 0;
  const code = () => `TW${process.pid % 1000}${++seq}`;

  beforeAll(async () => {
    ninhBinh = await unitId(t, 'province', '37', '2026-01-01');
    oldNinhBinh = await unitId(t, 'province', '37', '2024-06-30');
    officer = await signInAs(t, [{ role: 'province_officer', unitId: ninhBinh }]);
  });

  const post = (body: Record<string, unknown>) =>
    officer.request({ method: 'POST', url: '/api/units', payload: body });
  const patch = (id: number, body: Record<string, unknown>) =>
    officer.request({ method: 'PATCH', url: `/api/units/${id}`, payload: body });
  const commune = (extra: Record<string, unknown> = {}) =>
    post({
      code: code(),
      name: 'Xã Thử',
      level: 'commune',
      typeName: 'Xã',
      parentId: ninhBinh,
      validFrom: '2025-08-01',
      ...extra,
    });

  it('creates a commune, stores its text in NFC and audits it', async () => {
    const nfd = 'Yên Thịnh Mới'.normalize('NFD');
    const res = await commune({ name: `  ${nfd} ` });
    expectStatus(res, 201);
    const unit = res.json() as Unit;
    expect(unit).toMatchObject({
      name: 'Yên Thịnh Mới',
      level: 'commune',
      parentId: ninhBinh,
      validFrom: '2025-08-01',
    });
    const { rows } = await t.database.pool.query(`select name, search_name from units where id = $1`, [
      unit.id,
    ]);
    expect(rows[0].name).toBe('Yên Thịnh Mới'.normalize('NFC'));
    expect(rows[0].search_name).toBe('xa yen thinh moi');
    const found = await getJson<Unit[]>(officer, '/api/units?level=commune&q=yen%20thinh%20moi');
    expect(found.map((u) => u.id)).toEqual([unit.id]);
    const audit = await t.database.pool.query(
      `select action, user_id from audit_entries where entity = 'unit' and entity_id = $1`,
      [String(unit.id)],
    );
    expect(audit.rows).toEqual([{ action: 'unit.create', user_id: officer.userId }]);
  });

  it('refuses unknown fields with 400', async () => {
    const res = await commune({ colour: 'red' });
    expect(res.statusCode).toBe(400);
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
  });

  it('refuses a code another unit of the kind holds over an overlapping period (DUPLICATE_CODE)', async () => {
    const children = await getJson<Unit[]>(officer, `/api/units/${ninhBinh}/children`);
    const current = children.find((c) => c.level === 'commune')!;
    const res = await commune({ code: current.code, validFrom: '2026-01-01' });
    expect(res.statusCode).toBe(409);
    expect(errorCode(res)).toBe('DUPLICATE_CODE');
  });

  it('lets a code of an ended era be reused from after its end', async () => {
    const { rows } = await t.database.pool.query<{ code: string }>(`
      select o.code from units o where o.kind = 'commune' and o.valid_to = '2025-07-01'
        and not exists (select 1 from units n where n.kind = 'commune' and n.code = o.code and n.id <> o.id) limit 1`);
    expectStatus(await commune({ code: rows[0]!.code, validFrom: '2025-07-01' }), 201);
    const overlapping = await commune({
      code: rows[0]!.code,
      parentId: oldNinhBinh,
      validFrom: '2025-06-01',
      validTo: '2025-06-20',
    });
    expect(errorCode(overlapping)).toBe('DUPLICATE_CODE');
  });

  it('refuses a parent not valid over the unit’s period (PARENT_OUT_OF_VALIDITY)', async () => {
    const res = await commune({ parentId: oldNinhBinh, validFrom: '2026-01-01' });
    expect(res.statusCode).toBe(422);
    expect(errorCode(res)).toBe('PARENT_OUT_OF_VALIDITY');
    const early = await commune({ validFrom: '2024-01-01' });
    expect(errorCode(early)).toBe('PARENT_OUT_OF_VALIDITY');
  });

  it('wants an agency type for an agency, and a sensible parent kind', async () => {
    const noType = await post({
      code: code(),
      name: 'Trung tâm X',
      level: 'agency',
      parentId: ninhBinh,
      validFrom: '2025-08-01',
    });
    expect(errorCode(noType)).toBe('VALIDATION_FAILED');
    const communeUnderCommune = await commune({
      parentId: (await commune().then((r) => r.json() as Unit)).id,
    });
    expect(errorCode(communeUnderCommune)).toBe('VALIDATION_FAILED');
  });

  it('corrects a name in NFC, keeps the current name row in step, and audits before and after', async () => {
    const unit = (await commune()).json() as Unit;
    const res = await patch(unit.id, { name: 'Phú Lộc'.normalize('NFD'), typeName: 'Phường' });
    expectStatus(res, 200);
    expect(res.json()).toMatchObject({ name: 'Phú Lộc', typeName: 'Phường' });
    const audit = await t.database.pool.query(
      `select before->>'name' as before, after->>'name' as after from audit_entries where action = 'unit.update' and entity_id = $1`,
      [String(unit.id)],
    );
    expect(audit.rows).toEqual([{ before: 'Xã Thử', after: 'Phú Lộc' }]);
  });

  it('refuses a duplicate code on correction, an empty patch and unknown fields', async () => {
    const a = (await commune()).json() as Unit;
    const b = (await commune()).json() as Unit;
    expect(errorCode(await patch(b.id, { code: a.code }))).toBe('DUPLICATE_CODE');
    expect((await patch(b.id, {})).statusCode).toBe(400);
    expect((await patch(b.id, { validFrom: '2020-01-01' })).statusCode).toBe(400);
  });

  it('refuses to put a unit under its own descendant (CYCLE_IN_TREE)', async () => {
    const agency = (body: Record<string, unknown>) =>
      post({
        code: code(),
        name: 'Cơ quan thử',
        level: 'agency',
        agencyType: 'other',
        validFrom: '2025-08-01',
        ...body,
      });
    const top = (await agency({ parentId: ninhBinh })).json() as Unit;
    const middle = (await agency({ parentId: top.id })).json() as Unit;
    const bottom = (await agency({ parentId: middle.id })).json() as Unit;
    const res = await patch(top.id, { parentId: bottom.id });
    expect(res.statusCode).toBe(422);
    expect(errorCode(res)).toBe('CYCLE_IN_TREE');
    expect(errorCode(await patch(top.id, { parentId: top.id }))).toBe('CYCLE_IN_TREE');
    expectStatus(await patch(bottom.id, { parentId: ninhBinh }), 200);
    const detail = await getJson<UnitDetail>(officer, `/api/units/${bottom.id}`);
    expect(detail.parents).toEqual([
      expect.objectContaining({ parentId: ninhBinh, validFrom: '2025-08-01' }),
    ]);
  });

  it('refuses a corrected parent that does not cover the link', async () => {
    const unit = (await commune()).json() as Unit;
    const res = await patch(unit.id, { parentId: oldNinhBinh });
    expect(errorCode(res)).toBe('PARENT_OUT_OF_VALIDITY');
  });
});
