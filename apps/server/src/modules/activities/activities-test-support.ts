import { randomBytes } from 'node:crypto';
import type { Activity } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll } from 'vitest';
import type { TestApp } from '../../test/test-app';
import { type Client, clientFor, insertUser } from '../../test/test-users';
import type { RoleAssignment } from '../auth/actor';
import { createSession } from '../auth/session-store';
import { type InstitutionFixtures, insertFixtures } from '../institutions/institutions.fixtures';
import { viSortKey } from '../institutions/sort-key';
import { insertInstitution } from '../reporting/reporting-test-support';
import { countryId } from '../units/units-test-support';
import { bumpActivitiesVersion } from './activities-version';

/** Helpers of the activities and portal tests (not a test file itself). */

/** The tests' now: Monday 1/3/2027, 10:00 in Vietnam. */
export const NOW = new Date('2027-03-01T03:00:00Z');
export const clock = () => NOW;

/** signInAs with a session opened at the tests' now (a session of the real now would have expired by then). */
export async function signInAt(t: TestApp, roles: RoleAssignment[]): Promise<Client> {
  const user = await insertUser(t.database, roles);
  const { token, csrfToken } = await createSession(t.database.db, user.id, {}, NOW);
  return clientFor(t, user.username, user.id, token, csrfToken);
}

export interface ActivitiesWorld {
  f: InstitutionFixtures;
  /** Province A › commune A1 › a library and a museum; province B › commune B1 › another library. */
  library: number;
  museum: number;
  otherLibrary: number;
  admin: Client;
  staff: Client;
  museumStaff: Client;
  commune: Client;
  province: Client;
  /** A commune officer of commune B1 (province B). */
  outsider: Client;
}

/** The reporting tests' units, with people signed in at the tests' now. */
export function useActivitiesWorld(t: TestApp): ActivitiesWorld {
  const world = {} as ActivitiesWorld;
  beforeAll(async () => {
    const f = await insertFixtures(t.database);
    const institution = async (
      code: string,
      name: string,
      category: string,
      parentId: number,
      provinceId: number,
    ) => {
      const id = await insertInstitution(t.database, { code, name, category, parentId, provinceId });
      // The collation key the institutions module keeps, so the directory sorts as in real data.
      await t.database.db.execute(
        sql`update institutions set name_sort_key = ${viSortKey(name)} where unit_id = ${id}`,
      );
      return id;
    };
    const library = await institution(
      'ZZ-LIB-1',
      'Thư viện xã A1',
      'library_commune',
      f.communeA1,
      f.provinceA,
    );
    const museum = await institution('ZZ-MUS-1', 'Bảo tàng A1', 'museum_public', f.communeA1, f.provinceA);
    const otherLibrary = await institution(
      'ZZ-LIB-2',
      'Thư viện xã B1',
      'library_commune',
      f.communeB1,
      f.provinceB,
    );
    Object.assign(world, {
      f,
      library,
      museum,
      otherLibrary,
      admin: await signInAt(t, [{ role: 'system_admin', unitId: await countryId(t) }]),
      staff: await signInAt(t, [{ role: 'institution_staff', unitId: library }]),
      museumStaff: await signInAt(t, [{ role: 'institution_staff', unitId: museum }]),
      commune: await signInAt(t, [{ role: 'commune_officer', unitId: f.communeA1 }]),
      province: await signInAt(t, [{ role: 'province_officer', unitId: f.provinceA }]),
      outsider: await signInAt(t, [{ role: 'commune_officer', unitId: f.communeB1 }]),
    });
  });
  return world;
}

/** An activity input: a talk on Tuesday 2/3/2027, 08:00–10:00 in Vietnam, unless overridden. */
export function activityInput(institutionId: number, overrides: Record<string, unknown> = {}) {
  return {
    institutionId,
    type: 'talk',
    title: 'Nói chuyện chuyên đề',
    description: 'Giới thiệu sách mới',
    audiences: ['everyone'],
    startsAt: '2027-03-02T08:00:00+07:00',
    endsAt: '2027-03-02T10:00:00+07:00',
    place: 'Hội trường',
    capacity: 50,
    ...overrides,
  };
}

export function expectOk(res: LightMyRequestResponse, status = 200) {
  if (res.statusCode !== status)
    throw new Error(`${res.statusCode} (expected ${status}): ${res.body.slice(0, 600)}`);
}

export async function createActivity(client: Client, input: object): Promise<Activity> {
  const res = await client.request({ method: 'POST', url: '/api/activities', payload: input });
  expectOk(res, 201);
  return res.json();
}

export async function patchActivity(client: Client, id: number, patch: object) {
  return client.request({ method: 'PATCH', url: `/api/activities/${id}`, payload: patch });
}

/**
 * Registrations written straight into the table (registering is another module's), with the version bump the
 * registration code makes, so kept portal answers see them.
 */
export async function insertRegistrations(
  t: TestApp,
  activityId: number,
  people: { contact: string; status: 'confirmed' | 'waitlisted' | 'cancelled' }[],
) {
  for (const p of people) {
    const code = randomBytes(4).toString('hex').toUpperCase();
    await t.database.db.execute(sql`insert into registrations
        (activity_id, code, token_hash, name, contact, status, consent_at, consent_version)
      values (${activityId}, ${code}, ${randomBytes(16).toString('hex')}, 'Người thử', ${p.contact}, ${p.status},
        now(), 'test')`);
  }
  await bumpActivitiesVersion(t.database.db);
}

export async function countActivities(t: TestApp): Promise<number> {
  const rows = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from activities`);
  return rows.rows[0]!.n;
}

/** Vietnam's wall time of an ISO instant, "YYYY-MM-DD HH:mm". */
export function vn(iso: string): string {
  return new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
