import {
  type Agency,
  compareVi,
  isValidOn,
  type LineageEdge,
  SuccessionIndex,
  type Successor,
  type Unit,
  type UnitDetail,
} from '@suotdoi/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { findSuccessors } from './units.service';
import { fixedClock, getJson, unitId, useAdminApp } from './units-test-support';

describe('the unit registry as loaded from the reference data', () => {
  const { t, admin } = useAdminApp({ clock: fixedClock });

  const count = async (query: string) => (await getJson<Unit[]>(admin, `/api/units?${query}`)).length;

  it('has 63 provinces on 2024-06-30 and 34 on 2026-01-01', async () => {
    expect(await count('level=province&asOf=2024-06-30')).toBe(63);
    expect(await count('level=province&asOf=2026-01-01')).toBe(34);
  });

  it('has 705 districts on 2024-06-30 and none today', async () => {
    expect(await count('level=district&asOf=2024-06-30')).toBe(705);
    expect(await count('level=district')).toBe(0);
  });

  it('has 10,599 communes on 2024-06-30, 10,034 on 30/6/2025 and 3,321 today', async () => {
    expect(await count('level=commune&asOf=2024-06-30')).toBe(10_599);
    expect(await count('level=commune&asOf=2025-06-30')).toBe(10_034);
    expect(await count('level=commune')).toBe(3_321);
  });

  it('answers each unit with its parent and child count as of the date, sorted the Vietnamese way', async () => {
    const vn = await unitId(t, 'country', 'VN');
    const old = await getJson<Unit[]>(admin, '/api/units?level=province&asOf=2024-06-30');
    const haNam = old.find((p) => p.code === '35')!;
    expect(haNam).toMatchObject({
      name: 'Hà Nam',
      level: 'province',
      typeName: 'Tỉnh',
      validTo: '2025-07-01',
      parentId: vn,
    });
    expect(haNam.childCount).toBe(6); // its districts
    const today = await getJson<Unit[]>(admin, '/api/units?level=province');
    expect(today.map((p) => p.name)).toEqual([...today.map((p) => p.name)].sort(compareVi));
    const ninhBinh = today.find((p) => p.code === '37')!;
    expect(ninhBinh).toMatchObject({ validFrom: '2025-07-01', validTo: null, parentId: vn });
    const children = await getJson<Unit[]>(admin, `/api/units/${ninhBinh.id}/children`);
    expect(ninhBinh.childCount).toBe(children.length);
    expect(children.filter((c) => c.level === 'commune')).toHaveLength(129);
  });

  it('finds units without diacritics and by code', async () => {
    const found = await getJson<Unit[]>(admin, '/api/units?level=province&q=ninh%20binh');
    expect(found.map((u) => u.name)).toEqual(['Ninh Bình']);
    const byCode = await getJson<Unit[]>(admin, '/api/units?level=province&q=37&asOf=2024-06-30');
    expect(byCode.map((u) => u.name)).toEqual(['Ninh Bình']);
    const danang = await getJson<Unit[]>(admin, '/api/units?level=province&q=%C4%91a%20nang');
    expect(danang.map((u) => u.name)).toEqual(['Đà Nẵng']);
  });

  it('keeps names and types over time: Thừa Thiên Huế became Huế, Đồng Nai became a city', async () => {
    const hue = (asOf: string) =>
      getJson<Unit[]>(admin, `/api/units?level=province&q=hue&asOf=${asOf}`).then((r) => r[0]!);
    expect(await hue('2024-06-30')).toMatchObject({ name: 'Thừa Thiên Huế', typeName: 'Tỉnh' });
    expect(await hue('2026-01-01')).toMatchObject({
      name: 'Huế',
      typeName: 'Thành phố',
      validFrom: '1900-01-01',
    });
    const dongNai = (asOf: string) =>
      getJson<Unit[]>(admin, `/api/units?level=province&q=dong%20nai&asOf=${asOf}`).then((r) => r[0]!);
    expect((await dongNai('2026-01-01')).typeName).toBe('Tỉnh');
    expect((await dongNai('2026-05-01')).typeName).toBe('Thành phố');
    const detail = await getJson<UnitDetail>(admin, `/api/units/${(await dongNai('2026-05-01')).id}`);
    expect(detail.names.map((n) => [n.typeName, n.validFrom, n.validTo])).toEqual([
      ['Tỉnh', '2025-07-01', '2026-04-30'],
      ['Thành phố', '2026-04-30', null],
    ]);
  });

  it('keeps an unchanged province as one unit across both eras', async () => {
    const hanoi2024 = await unitId(t, 'province', '01', '2024-06-30');
    expect(await unitId(t, 'province', '01', '2026-01-01')).toBe(hanoi2024);
    const detail = await getJson<UnitDetail>(admin, `/api/units/${hanoi2024}`);
    expect(detail.parents).toEqual([
      expect.objectContaining({ parentCode: 'VN', validFrom: '1900-01-01', validTo: null }),
    ]);
  });

  it('gives today’s Ninh Bình old Ninh Bình, Hà Nam and Nam Định as predecessors', async () => {
    const ninhBinh = await unitId(t, 'province', '37', '2026-01-01');
    const detail = await getJson<UnitDetail>(admin, `/api/units/${ninhBinh}`);
    const provinces = detail.predecessors.filter((p) => p.unitLevel === 'province');
    expect(provinces.map((p) => p.unitName).sort(compareVi)).toEqual(['Hà Nam', 'Nam Định', 'Ninh Bình']);
    expect(
      provinces.every(
        (p) => p.kind === 'merge' && p.legalRef === 'Nghị quyết 202/2025/QH15' && p.weight === 1,
      ),
    ).toBe(true);
    for (const code of ['37', '35', '36']) {
      const old = await unitId(t, 'province', code, '2024-06-30');
      const successors = await getJson<Successor[]>(admin, `/api/units/${old}/successors?date=2026-01-01`);
      expect(successors).toEqual([expect.objectContaining({ unitId: ninhBinh, weight: 1 })]);
    }
  });

  it('sends Cát Hải district’s history to today’s Hải Phòng', async () => {
    const catHai = await unitId(t, 'district', '317');
    const haiPhong = await unitId(t, 'province', '31', '2026-01-01');
    const successors = await getJson<Successor[]>(admin, `/api/units/${catHai}/successors`);
    expect(successors).toEqual([expect.objectContaining({ unitId: haiPhong, code: '31', weight: 1 })]);
    const before = await getJson<Successor[]>(admin, `/api/units/${catHai}/successors?date=2024-06-30`);
    expect(before).toEqual([expect.objectContaining({ unitId: catHai, weight: 1 })]);
  });

  it('follows district changes of the 2023–2025 wave (dated 1/1/2025, approximate)', async () => {
    expect(await count('level=district&asOf=2025-03-01')).toBe(705 - 13 + 4);
    const dongTrieu = await unitId(t, 'district', '205');
    const at = (asOf: string) =>
      getJson<Unit[]>(admin, `/api/units?level=district&q=dong%20trieu&asOf=${asOf}`);
    expect((await at('2024-06-30')).find((d) => d.id === dongTrieu)!.typeName).toBe('Thị xã');
    expect((await at('2025-03-01')).find((d) => d.id === dongTrieu)!.typeName).toBe('Thành phố');
    // Thành phố Huế (district 474) was split into Quận Thuận Hóa and Quận Phú Xuân.
    const hueCity = await unitId(t, 'district', '474');
    const successors = await getJson<Successor[]>(admin, `/api/units/${hueCity}/successors?date=2025-03-01`);
    expect(successors.map((s) => s.name).sort()).toEqual(['Phú Xuân', 'Thuận Hóa']);
    expect(successors.reduce((sum, s) => sum + s.weight, 0)).toBeCloseTo(1, 9);
    const [commune] = await getJson<Unit[]>(admin, `/api/units/${hueCity}/children?asOf=2024-06-30`);
    const crumbs = await getJson<Unit[]>(admin, `/api/units/${commune!.id}/ancestors?asOf=2025-03-01`);
    expect(['Phú Xuân', 'Thuận Hóa']).toContain(crumbs.at(-1)!.name);
  });

  it('lists each province’s agencies, and the 2023 agencies of the seed provinces with their 2025 mergers', async () => {
    const ninhBinh = await unitId(t, 'province', '37', '2026-01-01');
    const today = await getJson<Agency[]>(admin, `/api/agencies?provinceId=${ninhBinh}`);
    expect(today.map((a) => a.code).sort()).toEqual(
      ['BCHQS', 'BPTTH', 'CA', 'HLHPN', 'SGDDT', 'SKHCN', 'SNV', 'STC', 'SVHTTDL', 'TD', 'UBND']
        .map((x) => `37.${x}`)
        .sort(),
    );
    expect(today.find((a) => a.code === '37.UBND')).toMatchObject({
      name: 'Ủy ban nhân dân tỉnh Ninh Bình',
      agencyType: 'people_committee',
      parentId: ninhBinh,
    });
    const oldNinhBinh = await unitId(t, 'province', '37', '2024-06-30');
    const in2024 = await getJson<Agency[]>(admin, `/api/agencies?provinceId=${oldNinhBinh}&asOf=2024-06-30`);
    expect(in2024.map((a) => a.code)).toEqual(expect.arrayContaining(['37.STTTT', '37.SLDTBXH', '37.SVHTT']));
    const information = await unitId(t, 'agency', '37.STTTT');
    const successorCode = async (date: string) =>
      (await getJson<Successor[]>(admin, `/api/units/${information}/successors?date=${date}`)).map(
        (x) => x.code,
      );
    expect(await successorCode('2025-02-28')).toEqual(['37.STTTT']);
    expect(await successorCode('2025-04-01')).toEqual(['37.SKHCN']);
    const newScience = await unitId(t, 'agency', '37.SKHCN', '2026-01-01');
    expect(await getJson<Successor[]>(admin, `/api/units/${information}/successors?date=2026-01-01`)).toEqual(
      [expect.objectContaining({ unitId: newScience, weight: 1 })],
    );
    const catHaiCommittee = await unitId(t, 'agency', '317.UBND');
    const haiPhongCommittee = await unitId(t, 'agency', '31.UBND', '2026-01-01');
    const successors = await getJson<Successor[]>(admin, `/api/units/${catHaiCommittee}/successors`);
    expect(successors).toEqual([expect.objectContaining({ unitId: haiPhongCommittee })]);
    const byCode = await getJson<Agency[]>(admin, '/api/agencies?q=37.svhttdl');
    expect(byCode.map((a) => a.code)).toEqual(['37.SVHTTDL']);
  });

  it('shows an old commune’s breadcrumb as of its last day', async () => {
    const commune = await unitId(t, 'commune', '26881', '2024-06-30');
    const crumbs = await getJson<Unit[]>(admin, `/api/units/${commune}/ancestors`);
    expect(crumbs.map((u) => u.level)).toEqual(['country', 'province', 'district']);
    expect(crumbs[1]!.validTo).toBe('2025-07-01');
    const today = await getJson<Unit[]>(admin, `/api/units/${commune}/ancestors?asOf=2026-01-01`);
    expect(today).toEqual([]);
  });

  it('pins what the ward mapping gave: rows loaded, rows held back and why', async () => {
    const q = (sql: string) => t.database.pool.query(sql).then((r) => r.rows);
    const [{ n: communeEdges }] = await q(`select count(*)::int as n from unit_lineage l
      join units f on f.id = l.from_unit_id and f.kind = 'commune'
      join units c on c.id = l.to_unit_id and c.kind = 'commune' where l.date = '2025-07-01'`);
    expect(communeEdges).toBe(10_034);
    const [{ n: zones }] = await q(`select count(*)::int as n from unit_lineage l
      join units f on f.id = l.from_unit_id and f.kind = 'district'
      join units c on c.id = l.to_unit_id and c.kind = 'commune'`);
    expect(zones).toBe(5);
    const held = await q(`select reason, count(*)::int as n from data_quality_issues
      where source like '%ward_mappings' group by reason order by reason`);
    expect(held).toEqual([
      { reason: 'missing_old_code', n: 485 },
      { reason: 'province_not_merged', n: 22 },
      { reason: 'unknown_new_code', n: 431 },
    ]);
    const [{ n: unlinked }] = await q(
      `select count(*)::int as n from data_quality_issues where reason = 'no_successor_found'`,
    );
    expect(unlinked).toBe(329);
    const [{ n: linked }] = await q(`select count(*)::int as n from unit_lineage l
      join units f on f.id = l.from_unit_id and f.kind = 'commune' where l.date = '2025-01-01'`);
    expect(linked).toBe(239);
    const [{ n: approximate }] = await q(
      `select count(*)::int as n from restructuring_events where approximate`,
    );
    expect(approximate).toBeGreaterThan(0);
  });

  describe('succession', () => {
    let index: SuccessionIndex;
    let windows: Map<number, { validFrom: string; validTo: string | null; kind: string }>;
    beforeAll(async () => {
      const edges = await t.database.pool.query<LineageEdge>(
        `select from_unit_id as "fromId", to_unit_id as "toId", date, weight from unit_lineage`,
      );
      index = new SuccessionIndex(edges.rows);
      const units = await t.database.pool.query<{
        id: number;
        kind: string;
        validFrom: string;
        validTo: string | null;
      }>(`select id, kind, valid_from as "validFrom", valid_to as "validTo" from units`);
      windows = new Map(units.rows.map((u) => [u.id, u]));
    });
    const pure = (id: number, date: string) =>
      index.map(new Map([[id, 1]]), date, { isValid: (u) => isValidOn(windows.get(u)!, date) });

    it('maps every commune of the 30/6/2025 list onto communes valid on 2026-01-01, losing nothing', async () => {
      const { rows } = await t.database.pool.query<{ id: number }>(
        `select id from units where kind = 'commune' and valid_to = '2025-07-01'`,
      );
      expect(rows).toHaveLength(10_034);
      for (const { id } of rows) {
        const successors = pure(id, '2026-01-01');
        let sum = 0;
        for (const [to, weight] of successors) {
          const w = windows.get(to)!;
          expect(w.kind === 'commune' && isValidOn(w, '2026-01-01'), `commune ${id} → ${to}`).toBe(true);
          sum += weight;
        }
        expect(sum).toBeCloseTo(1, 9);
      }
    });

    it('agrees with the pure function (SQL recursive query vs successorsAt)', async () => {
      const { rows } = await t.database.pool.query<{ id: number }>(`
        (select id from units where kind = 'province')
        union all (select id from units where kind = 'district' order by id limit 120)
        union all (select id from units where kind = 'commune' order by id limit 60)
        union all (select id from units where kind = 'commune' and valid_to = '2025-01-01' order by id limit 60)
        union all (select id from units where kind = 'agency' and valid_to is not null)`);
      const dates = ['2024-06-30', '2025-03-01', '2026-01-01'];
      for (const { id } of rows) {
        for (const date of dates) {
          const sql = await findSuccessors(t.database.db, id, date);
          const expected = pure(id, date);
          expect(sql.map((s) => s.unitId).sort(), `unit ${id} on ${date}`).toEqual(
            [...expected.keys()].sort(),
          );
          for (const s of sql) expect(s.weight).toBeCloseTo(expected.get(s.unitId)!, 9);
        }
      }
    });
  });
});
