import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEntries } from '../../db/schema';
import { useTestApp } from '../../test/test-app';
import { type Client, ensureAccessUnits, signInAs, useAccessApp } from '../../test/test-users';

describe('GET /api/audit', () => {
  const { t, u } = useAccessApp();
  let admin: Client;
  const ids: Record<string, number> = {};
  const list = async (client: Client, query = '') => {
    const res = await client.request({ method: 'GET', url: `/api/audit${query}` });
    expect(res.statusCode).toBe(200);
    return res.json() as { items: { id: number; unitName: string | null }[]; total: number };
  };
  const names = (page: { items: { id: number }[] }) =>
    page.items.map((i) => Object.keys(ids).find((k) => ids[k] === i.id));

  beforeAll(async () => {
    admin = await signInAs(t, [{ role: 'system_admin', unitId: u.countryId }]);
    const rows = [
      { key: 'system', at: '2026-01-05T01:00:00Z', unitId: null, entity: 'system', username: 'system' },
      {
        key: 'commune',
        at: '2026-01-10T03:00:00Z',
        unitId: u.communeId,
        entity: 'institution',
        username: 'a.user',
      },
      // 00:30 on 16/01 in Vietnam, still the 15th in UTC.
      {
        key: 'sibling',
        at: '2026-01-15T17:30:00Z',
        unitId: u.siblingCommuneId,
        entity: 'unit',
        username: 'b.user',
      },
      {
        key: 'hanoi',
        at: '2026-01-20T03:00:00Z',
        unitId: u.otherCommuneId,
        entity: 'institution',
        username: 'c.user',
      },
    ];
    for (const r of rows) {
      const [row] = await t.database.db
        .insert(auditEntries)
        .values({
          at: new Date(r.at),
          unitId: r.unitId,
          entity: r.entity,
          username: r.username,
          action: 'update',
          entityId: r.key,
          before: { name: 'cũ' },
          after: { name: 'mới' },
        })
        .returning();
      ids[r.key] = row!.id;
    }
  });

  it('lists every entry to a system admin, newest first, with the unit name', async () => {
    const page = await list(admin);
    expect(names(page)).toEqual(['hanoi', 'sibling', 'commune', 'system']);
    expect(page.total).toBe(4);
    expect(page.items[2]).toMatchObject({
      unitName: 'Xã Thử Nghiệm',
      before: { name: 'cũ' },
      after: { name: 'mới' },
      at: '2026-01-10T03:00:00.000Z',
    });
  });

  it('filters by unit subtree, username, entity and days in Vietnam time', async () => {
    expect(names(await list(admin, `?unitId=${u.provinceId}`))).toEqual(['sibling', 'commune']);
    expect(names(await list(admin, `?unitId=${u.communeId}`))).toEqual(['commune']);
    expect(names(await list(admin, '?username=B.US'))).toEqual(['sibling']);
    expect(names(await list(admin, '?entity=institution'))).toEqual(['hanoi', 'commune']);
    expect(names(await list(admin, '?from=2026-01-16&to=2026-01-16'))).toEqual(['sibling']);
    expect(names(await list(admin, '?to=2026-01-15'))).toEqual(['commune', 'system']);
    expect(names(await list(admin, '?from=2026-01-11&entity=institution'))).toEqual(['hanoi']);
  });

  it('pages', async () => {
    const page = await list(admin, '?pageSize=1&page=2');
    expect(names(page)).toEqual(['sibling']);
    expect(page.total).toBe(4);
  });

  it('rejects a malformed date', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/audit?from=16/01/2026' });
    expect(res.statusCode).toBe(400);
  });

  it('shows a commune officer only the entries of its commune', async () => {
    const officer = await signInAs(t, [{ role: 'commune_officer', unitId: u.communeId }]);
    expect(names(await list(officer))).toEqual(['commune']);
    expect(names(await list(officer, '?entity=unit'))).toEqual([]);
    for (const unitId of [u.otherCommuneId, u.siblingCommuneId, u.provinceId]) {
      const res = await officer.request({ method: 'GET', url: `/api/audit?unitId=${unitId}` });
      expect(res.statusCode).toBe(404);
    }
  });

  it('shows a province officer the entries of its province', async () => {
    const officer = await signInAs(t, [{ role: 'province_officer', unitId: u.provinceId }]);
    expect(names(await list(officer))).toEqual(['sibling', 'commune']);
    expect(
      (await officer.request({ method: 'GET', url: `/api/audit?unitId=${u.otherCommuneId}` })).statusCode,
    ).toBe(404);
  });

  it('shows nothing to a viewer, who may not read the audit', async () => {
    const viewer = await signInAs(t, [{ role: 'viewer', unitId: u.provinceId }]);
    expect(await list(viewer)).toEqual({ items: [], total: 0 });
    const res = await viewer.request({ method: 'GET', url: `/api/audit?unitId=${u.communeId}` });
    expect(res.statusCode).toBe(403);
  });

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });
});

describe('GET /api/audit/export.xlsx', () => {
  const { t, u } = useAccessApp();
  beforeAll(async () => {
    await t.database.db.insert(auditEntries).values([
      {
        at: new Date('2026-02-03T18:05:09Z'),
        unitId: u.communeId,
        entity: 'unit',
        action: 'update',
        username: 'a',
      },
      {
        at: new Date('2026-02-01T01:00:00Z'),
        unitId: u.otherCommuneId,
        entity: 'unit',
        action: 'create',
        username: 'b',
      },
      {
        at: new Date('2026-02-02T01:00:00Z'),
        unitId: u.communeId,
        entity: 'user',
        action: 'create',
        username: 'c',
      },
    ]);
  });

  const read = async (body: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    return workbook.worksheets[0]!;
  };

  it('exports the filtered entries with Vietnamese headers and dd/mm/yyyy dates in Vietnam time', async () => {
    const admin = await signInAs(t, [{ role: 'system_admin', unitId: u.countryId }]);
    const res = await admin.request({ method: 'GET', url: '/api/audit/export.xlsx?entity=unit' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="nhat-ky-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const sheet = await read(res.rawPayload);
    expect(sheet.getRow(1).getCell(1).value).toBe('Thời gian');
    expect(sheet.rowCount).toBe(3);
    const first = sheet.getRow(2);
    expect(first.getCell(1).numFmt).toBe('dd/mm/yyyy hh:mm:ss');
    // 18:05:09 UTC on 3/2 is 01:05:09 on 4/2 in Vietnam; the cell holds that wall-clock time.
    expect((first.getCell(1).value as Date).toISOString()).toBe('2026-02-04T01:05:09.000Z');
    expect(first.getCell(2).value).toBe('a');
    expect(first.getCell(6).value).toBe('Xã Thử Nghiệm');
  });

  it('keeps to the reader’s scope and speaks English when asked', async () => {
    const officer = await signInAs(t, [{ role: 'commune_officer', unitId: u.communeId }]);
    const res = await officer.request({
      method: 'GET',
      url: '/api/audit/export.xlsx',
      headers: { 'accept-language': 'en-GB,en' },
    });
    expect(res.statusCode).toBe(200);
    const sheet = await read(res.rawPayload);
    expect(sheet.getRow(1).getCell(1).value).toBe('Time');
    expect(sheet.rowCount).toBe(3);
    expect([2, 3].map((r) => sheet.getRow(r).getCell(2).value)).toEqual(['a', 'c']);
  });
});

describe('every account write leaves an audit entry', () => {
  const t = useTestApp();

  it('records create, update, unlock and reset with before and after, readable through the API', async () => {
    const u = await ensureAccessUnits(t.database);
    const admin = await signInAs(t, [{ role: 'system_admin', unitId: u.countryId }]);
    const created = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'ghi.nhan',
        displayName: 'Ghi Nhận',
        password: 'mat-khau-du-dai',
        roles: [{ role: 'viewer', unitId: u.communeId }],
      },
    });
    const id = created.json().id;
    await admin.request({ method: 'PATCH', url: `/api/users/${id}`, payload: { displayName: 'Ghi Nhận 2' } });
    await admin.request({ method: 'PATCH', url: `/api/users/${id}`, payload: { unlock: true } });
    await admin.request({ method: 'POST', url: `/api/users/${id}/reset-password`, payload: {} });
    const res = await admin.request({ method: 'GET', url: `/api/audit?entity=user&unitId=${u.communeId}` });
    const items = res.json().items as { action: string; before: unknown; after: unknown; username: string }[];
    expect(items.map((i) => i.action)).toEqual(['reset_password', 'unlock', 'update', 'create']);
    expect(items.every((i) => i.username === admin.username)).toBe(true);
    expect(items[2]).toMatchObject({
      before: { displayName: 'Ghi Nhận' },
      after: { displayName: 'Ghi Nhận 2' },
    });
    expect(items[3]).toMatchObject({ before: null, after: { username: 'ghi.nhan' } });
    expect(JSON.stringify(items)).not.toMatch(/argon2|passwordHash|mat-khau/);
  });
});
