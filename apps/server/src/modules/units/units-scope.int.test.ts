import type { Agency, DataQualityPage, RestructuringEvent, Unit, UnitDetail } from '@suotdoi/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs } from '../../test/test-users';
import { errorCode, fixedClock, getJson, unitId, useAdminApp } from './units-test-support';

describe('a commune officer’s scope on the units, events and data-quality routes', () => {
  const { t, admin } = useAdminApp({ clock: fixedClock });
  let officer: Client;
  let commune: Unit;
  let neighbour: Unit;
  let ninhBinh: number;
  let haNoi: number;
  let predecessor: number;

  beforeAll(async () => {
    ninhBinh = await unitId(t, 'province', '37', '2026-01-01');
    haNoi = await unitId(t, 'province', '01', '2026-01-01');
    const children = (await getJson<Unit[]>(admin, `/api/units/${ninhBinh}/children`)).filter(
      (c) => c.level === 'commune',
    );
    commune = children[0]!;
    neighbour = children[1]!;
    predecessor = (await getJson<UnitDetail>(admin, `/api/units/${commune.id}`)).predecessors[0]!.unitId;
    officer = await signInAs(t, [{ role: 'commune_officer', unitId: commune.id }]);
  });

  const status = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    (await officer.request({ method, url, payload: payload as Record<string, unknown> })).statusCode;

  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/units?level=province' });
    expect(res.statusCode).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('lists only the officer’s commune and its history', async () => {
    expect(await getJson<Unit[]>(officer, '/api/units?level=province')).toEqual([]);
    expect((await getJson<Unit[]>(officer, '/api/units?level=commune')).map((u) => u.id)).toEqual([
      commune.id,
    ]);
    const old = await getJson<Unit[]>(officer, '/api/units?level=commune&asOf=2025-06-30');
    expect(old.map((u) => u.id)).toContain(predecessor);
    expect(await getJson<Unit[]>(officer, `/api/units/${commune.id}/children`)).toEqual([]);
  });

  it('answers 404 for a unit outside the commune on every read route', async () => {
    for (const id of [neighbour.id, ninhBinh, haNoi]) {
      for (const path of ['', '/children', '/ancestors', '/successors']) {
        expect(await status('GET', `/api/units/${id}${path}`), `${id}${path}`).toBe(404);
      }
    }
    expect(await status('GET', `/api/units/${commune.id}`)).toBe(200);
    expect(await status('GET', `/api/units/${predecessor}/successors?date=2026-01-01`)).toBe(200);
    const crumbs = await getJson<Unit[]>(officer, `/api/units/${commune.id}/ancestors`);
    expect(crumbs.map((u) => u.id)).toEqual([await unitId(t, 'country', 'VN'), ninhBinh]);
  });

  it('cannot create or correct units: 404 outside the commune, 403 inside', async () => {
    const body = {
      code: 'SCOPE1',
      name: 'Xã Ngoài',
      level: 'commune',
      parentId: ninhBinh,
      validFrom: '2026-01-01',
    };
    expect(await status('POST', '/api/units', body)).toBe(404);
    const agency = {
      code: 'SCOPE2',
      name: 'Ban',
      level: 'agency',
      agencyType: 'other',
      parentId: commune.id,
      validFrom: '2026-01-01',
    };
    expect(await status('POST', '/api/units', agency)).toBe(403);
    expect(await status('PATCH', `/api/units/${neighbour.id}`, { name: 'Khác' })).toBe(404);
    expect(await status('PATCH', `/api/units/${commune.id}`, { name: 'Khác' })).toBe(403);
  });

  it('sees only events touching the commune and records none', async () => {
    const events = await getJson<RestructuringEvent[]>(officer, '/api/restructuring-events');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      const detail = await officer.request({ method: 'GET', url: `/api/restructuring-events/${e.id}` });
      expect(detail.statusCode).toBe(200);
      const edges = (detail.json() as { edges: { fromUnitId: number; toUnitId: number }[] }).edges;
      expect(edges.length).toBeGreaterThan(0);
      expect(
        edges.every(
          (x) =>
            [x.fromUnitId, x.toUnitId].some((id) => id === commune.id || id === predecessor) ||
            x.toUnitId === commune.id,
        ),
      ).toBe(true);
    }
    expect(await status('GET', `/api/restructuring-events?unitId=${neighbour.id}`)).toBe(404);
    const dissolve = { kind: 'dissolve', date: '2026-12-01', endUnitIds: [neighbour.id] };
    expect(await status('POST', '/api/restructuring-events', dissolve)).toBe(404);
    expect(await status('POST', '/api/restructuring-events', { ...dissolve, endUnitIds: [commune.id] })).toBe(
      403,
    );
  });

  it('gets an empty data-quality list and 404 on any issue', async () => {
    expect(await getJson<DataQualityPage>(officer, '/api/data-quality')).toEqual({ items: [], total: 0 });
    expect(await getJson(officer, '/api/data-quality/summary')).toEqual({ total: 0, byReason: [] });
    expect(await status('PATCH', '/api/data-quality/1', { action: 'ignore', note: 'x' })).toBe(404);
  });

  it('sees its own province’s agencies for pickers, not another province’s', async () => {
    const own = await getJson<Agency[]>(officer, `/api/agencies?provinceId=${ninhBinh}`);
    expect(own.map((a) => a.code)).toContain('37.SVHTTDL');
    expect(await getJson<Agency[]>(officer, `/api/agencies?provinceId=${haNoi}`)).toEqual([]);
  });
});
