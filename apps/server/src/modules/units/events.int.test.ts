import type {
  RestructuringEvent,
  RestructuringEventDetail,
  Successor,
  Unit,
  UnitDetail,
} from '@suotdoi/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import { type Client, signInAs } from '../../test/test-users';
import { errorCode, expectStatus, fixedClock, getJson, unitId } from './units-test-support';

describe('restructuring events', () => {
  const t = useTestApp({ clock: fixedClock });
  let officer: Client;
  let ninhBinh: number;
  let seq = 0;
  const code = () => `TE${process.pid % 1000}${++seq}`;

  beforeAll(async () => {
    ninhBinh = await unitId(t, 'province', '37', '2026-01-01');
    officer = await signInAs(t, [{ role: 'province_officer', unitId: ninhBinh }]);
  });

  const newCommune = async (validFrom = '2025-08-01') => {
    const res = await officer.request({
      method: 'POST',
      url: '/api/units',
      payload: {
        code: code(),
        name: `Xã Thử ${seq}`,
        level: 'commune',
        typeName: 'Xã',
        parentId: ninhBinh,
        validFrom,
      },
    });
    expectStatus(res, 201);
    return res.json() as Unit;
  };
  const record = (body: Record<string, unknown>) =>
    officer.request({ method: 'POST', url: '/api/restructuring-events', payload: body });

  it('merges two communes into a new one: ends them, moves their children, records the lineage', async () => {
    const a = await newCommune();
    const b = await newCommune();
    const agency = await officer.request({
      method: 'POST',
      url: '/api/units',
      payload: {
        code: code(),
        name: 'Ban văn hóa xã',
        level: 'agency',
        agencyType: 'other',
        parentId: a.id,
        validFrom: '2025-09-01',
      },
    });
    const agencyId = (agency.json() as Unit).id;
    const mergedCode = code();
    const res = await record({
      kind: 'merge',
      date: '2026-01-01',
      legalRef: 'Nghị quyết thử 1/2026',
      endUnitIds: [a.id, b.id],
      newUnits: [
        {
          key: 'm',
          code: mergedCode,
          name: 'Xã Hợp Nhất',
          level: 'commune',
          typeName: 'Xã',
          parentId: ninhBinh,
        },
      ],
      edges: [
        { fromUnitId: a.id, toNewKey: 'm' },
        { fromUnitId: b.id, toNewKey: 'm' },
      ],
    });
    expectStatus(res, 201);
    const event = res.json() as RestructuringEvent;
    expect(event).toMatchObject({ kind: 'merge', date: '2026-01-01', edgeCount: 2, approximate: false });

    const merged = await unitId(t, 'commune', mergedCode);
    const detailA = await getJson<UnitDetail>(officer, `/api/units/${a.id}`);
    expect(detailA.validTo).toBe('2026-01-01');
    expect(detailA.parents).toEqual([expect.objectContaining({ parentId: ninhBinh, validTo: '2026-01-01' })]);
    expect(detailA.successors).toEqual([
      expect.objectContaining({ unitId: merged, eventId: event.id, weight: 1 }),
    ]);
    const successors = await getJson<Successor[]>(officer, `/api/units/${b.id}/successors?date=2026-02-01`);
    expect(successors).toEqual([expect.objectContaining({ unitId: merged, weight: 1 })]);

    // The agency under A follows it to the merged commune from the date; before, it stays under A.
    const agencyDetail = await getJson<UnitDetail>(officer, `/api/units/${agencyId}`);
    expect(agencyDetail.parents.map((p) => [p.parentId, p.validFrom, p.validTo])).toEqual([
      [a.id, '2025-09-01', '2026-01-01'],
      [merged, '2026-01-01', null],
    ]);

    const listed = await getJson<RestructuringEvent[]>(officer, `/api/restructuring-events?unitId=${a.id}`);
    expect(listed.map((e) => e.id)).toEqual([event.id]);
    const detail = await getJson<RestructuringEventDetail>(officer, `/api/restructuring-events/${event.id}`);
    expect(detail.edges.map((e) => [e.fromUnitId, e.toUnitId, e.weight]).sort()).toEqual(
      [
        [a.id, merged, 1],
        [b.id, merged, 1],
      ].sort(),
    );
    const audit = await t.database.pool.query<{ action: string }>(
      `select action from audit_entries where after->>'eventId' = $1 or (entity = 'restructuring_event' and entity_id = $1) order by id`,
      [String(event.id)],
    );
    expect(audit.rows.map((r) => r.action).sort()).toEqual(
      ['event.create', 'unit.create', 'unit.end', 'unit.end'].sort(),
    );
  });

  it('splits a commune by weights that sum to 1, and refuses weights that do not', async () => {
    const s = await newCommune();
    const split = (weights: [number, number]) =>
      record({
        kind: 'split',
        date: '2026-03-01',
        endUnitIds: [s.id],
        newUnits: [
          { key: 'n', code: code(), name: 'Xã Bắc', level: 'commune', parentId: ninhBinh },
          { key: 's', code: code(), name: 'Xã Nam', level: 'commune', parentId: ninhBinh },
        ],
        edges: [
          { fromUnitId: s.id, toNewKey: 'n', weight: weights[0] },
          { fromUnitId: s.id, toNewKey: 's', weight: weights[1] },
        ],
      });
    const bad = await split([0.5, 0.4]);
    expect(bad.statusCode).toBe(422);
    expect(errorCode(bad)).toBe('INVALID_EVENT');
    expect((await getJson<UnitDetail>(officer, `/api/units/${s.id}`)).validTo).toBeNull();
    expectStatus(await split([0.6, 0.4]), 201);
    const successors = await getJson<Successor[]>(officer, `/api/units/${s.id}/successors?date=2026-06-01`);
    expect(successors.map((x) => [x.name, x.weight])).toEqual([
      ['Xã Bắc', 0.6],
      ['Xã Nam', 0.4],
    ]);
  });

  it('renames a unit from a date and keeps the old name for earlier dates', async () => {
    const u = await newCommune();
    const res = await record({
      kind: 'rename',
      date: '2026-02-01',
      rename: { unitId: u.id, name: 'Xã Tên Mới' },
    });
    expectStatus(res, 201);
    expect((res.json() as RestructuringEvent).unitId).toBe(u.id);
    const at = (asOf: string) => getJson<Unit[]>(officer, `/api/units/${ninhBinh}/children?asOf=${asOf}`);
    expect((await at('2026-01-15')).find((c) => c.id === u.id)!.name).toBe(u.name);
    expect((await at('2026-02-15')).find((c) => c.id === u.id)!.name).toBe('Xã Tên Mới');
    const listed = await getJson<RestructuringEvent[]>(
      officer,
      `/api/restructuring-events?unitId=${u.id}&kind=rename`,
    );
    expect(listed).toHaveLength(1);
  });

  it('moves a unit under another parent from a date, and refuses a move under its own descendant', async () => {
    const parent = await newCommune();
    const agency = async (parentId: number) =>
      (
        await officer.request({
          method: 'POST',
          url: '/api/units',
          payload: {
            code: code(),
            name: 'Tổ thử',
            level: 'agency',
            agencyType: 'other',
            parentId,
            validFrom: '2025-09-01',
          },
        })
      ).json() as Unit;
    const top = await agency(ninhBinh);
    const child = await agency(top.id);
    const cycle = await record({
      kind: 'move',
      date: '2026-01-01',
      move: { unitId: top.id, parentId: child.id },
    });
    expect(errorCode(cycle)).toBe('CYCLE_IN_TREE');
    expectStatus(
      await record({ kind: 'move', date: '2026-01-01', move: { unitId: child.id, parentId: parent.id } }),
      201,
    );
    const crumbs = await getJson<Unit[]>(officer, `/api/units/${child.id}/ancestors?asOf=2026-02-01`);
    expect(crumbs.at(-1)!.id).toBe(parent.id);
    const before = await getJson<Unit[]>(officer, `/api/units/${child.id}/ancestors?asOf=2025-12-01`);
    expect(before.at(-1)!.id).toBe(top.id);
  });

  it('dissolves a unit without successor; its history stays its own', async () => {
    const u = await newCommune();
    expectStatus(await record({ kind: 'dissolve', date: '2026-04-01', endUnitIds: [u.id] }), 201);
    const successors = await getJson<Successor[]>(officer, `/api/units/${u.id}/successors?date=2026-05-01`);
    expect(successors).toEqual([expect.objectContaining({ unitId: u.id, weight: 1 })]);
  });

  it('refuses an event dated on or before a unit’s start, a merge without edges, and unknown fields', async () => {
    const u = await newCommune('2025-10-01');
    const early = await record({ kind: 'dissolve', date: '2025-10-01', endUnitIds: [u.id] });
    expect(errorCode(early)).toBe('INVALID_EVENT');
    const noEdges = await record({ kind: 'merge', date: '2026-01-01', endUnitIds: [u.id] });
    expect(errorCode(noEdges)).toBe('INVALID_EVENT');
    const unknown = await record({ kind: 'dissolve', date: '2026-01-01', endUnitIds: [u.id], colour: 'red' });
    expect(unknown.statusCode).toBe(400);
    const twice = await record({ kind: 'dissolve', date: '2026-01-01', endUnitIds: [u.id] });
    expectStatus(twice, 201);
    expect(errorCode(await record({ kind: 'dissolve', date: '2026-02-01', endUnitIds: [u.id] }))).toBe(
      'INVALID_EVENT',
    );
  });

  it('lets a new unit reuse the code of the unit it replaces from the same date', async () => {
    const u = await newCommune();
    const res = await record({
      kind: 'merge',
      date: '2026-01-01',
      endUnitIds: [u.id],
      newUnits: [{ key: 'r', code: u.code, name: 'Xã Kế Tục', level: 'commune', parentId: ninhBinh }],
      edges: [{ fromUnitId: u.id, toNewKey: 'r' }],
    });
    expectStatus(res, 201);
  });

  it('refuses events on units outside the officer’s province (NOT_FOUND) and new units under an ended parent', async () => {
    const haNoiCommune = await unitId(t, 'commune', '00004', '2026-01-01');
    const res = await record({ kind: 'dissolve', date: '2026-01-01', endUnitIds: [haNoiCommune] });
    expect(res.statusCode).toBe(404);
    const oldNinhBinh = await unitId(t, 'province', '37', '2024-06-30');
    const u = await newCommune();
    const ended = await record({
      kind: 'merge',
      date: '2026-01-01',
      endUnitIds: [u.id],
      newUnits: [{ key: 'x', code: code(), name: 'Xã X', level: 'commune', parentId: oldNinhBinh }],
      edges: [{ fromUnitId: u.id, toNewKey: 'x' }],
    });
    expect(errorCode(ended)).toBe('PARENT_OUT_OF_VALIDITY');
  });
});
