import { foldDiacritics, type ReportDetail } from '@suotdoi/shared';
import { beforeAll } from 'vitest';
import type { Database } from '../../db/client';
import { institutions, unitParents, units } from '../../db/schema';
import type { TestApp } from '../../test/test-app';
import { type Client, signInAs } from '../../test/test-users';
import { type InstitutionFixtures, insertFixtures } from '../institutions/institutions.fixtures';
import { signInAdmin } from '../units/units-test-support';

/** Helpers shared by the reporting integration tests (not a test file itself). */

/** An institution of `category` under `parentId` since 1/7/2025 (valid in the reporting year 2026). */
export async function insertInstitution(
  database: Database,
  i: { code: string; name: string; category: string; parentId: number; provinceId: number },
): Promise<number> {
  const [row] = await database.db
    .insert(units)
    .values({
      kind: 'institution',
      code: i.code,
      name: i.name,
      searchName: foldDiacritics(i.name),
      validFrom: '2025-07-01',
      source: 'test',
    })
    .returning({ id: units.id });
  await database.db
    .insert(unitParents)
    .values({ unitId: row!.id, parentId: i.parentId, validFrom: '2025-07-01' });
  await database.db
    .insert(institutions)
    .values({ unitId: row!.id, category: i.category, provinceId: i.provinceId });
  return row!.id;
}

export interface ReportingWorld {
  f: InstitutionFixtures;
  library: number;
  museum: number;
  otherLibrary: number;
  admin: Client;
  staff: Client;
  museumStaff: Client;
  commune: Client;
  province: Client;
  outsider: Client;
}

/** Province A › commune A1 › a commune library and a museum; commune B1 (province B) › another library. */
export function useReportingWorld(t: TestApp): ReportingWorld {
  const world = {} as ReportingWorld;
  beforeAll(async () => {
    const f = await insertFixtures(t.database);
    const library = await insertInstitution(t.database, {
      code: 'ZZ-LIB-1',
      name: 'Thư viện xã A1',
      category: 'library_commune',
      parentId: f.communeA1,
      provinceId: f.provinceA,
    });
    const museum = await insertInstitution(t.database, {
      code: 'ZZ-MUS-1',
      name: 'Bảo tàng A1',
      category: 'museum_public',
      parentId: f.communeA1,
      provinceId: f.provinceA,
    });
    const otherLibrary = await insertInstitution(t.database, {
      code: 'ZZ-LIB-2',
      name: 'Thư viện xã B1',
      category: 'library_commune',
      parentId: f.communeB1,
      provinceId: f.provinceB,
    });
    Object.assign(world, {
      f,
      library,
      museum,
      otherLibrary,
      admin: await signInAdmin(t),
      staff: await signInAs(t, [{ role: 'institution_staff', unitId: library }]),
      museumStaff: await signInAs(t, [{ role: 'institution_staff', unitId: museum }]),
      commune: await signInAs(t, [{ role: 'commune_officer', unitId: f.communeA1 }]),
      province: await signInAs(t, [{ role: 'province_officer', unitId: f.provinceA }]),
      outsider: await signInAs(t, [{ role: 'commune_officer', unitId: f.communeB1 }]),
    });
  });
  return world;
}

export async function openReport(client: Client, unitId: number, period = '2026'): Promise<ReportDetail> {
  const res = await client.request({ method: 'POST', url: '/api/reports', payload: { unitId, period } });
  if (res.statusCode !== 200) throw new Error(`open ${unitId} ${period}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** PUT values: `values` maps element → value (with base values taken from `report`). */
export function saveValues(
  client: Client,
  report: ReportDetail,
  values: Record<string, unknown>,
  comments: Record<string, string> = {},
) {
  return client.request({
    method: 'PUT',
    url: `/api/reports/${report.id}/values`,
    payload: {
      version: report.version,
      values: Object.entries(values).map(([element, value]) => ({
        element,
        value,
        ...(comments[element] !== undefined ? { comment: comments[element] } : {}),
        base: {
          value: report.values[element]?.value ?? null,
          comment: report.values[element]?.comment ?? null,
        },
      })),
    },
  });
}

export function step(
  client: Client,
  report: { id: number; version: number },
  name: string,
  extra: object = {},
) {
  return client.request({
    method: 'POST',
    url: `/api/reports/${report.id}/${name}`,
    payload: name === 'unlock' ? extra : { version: report.version, ...extra },
  });
}
