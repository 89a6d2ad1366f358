import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll } from 'vitest';
import { validOn } from '../../db/validity';
import { type TestApp, useTestApp } from '../../test/test-app';
import { type Client, signInAs } from '../../test/test-users';

/** Helpers shared by the units, events and data-quality integration tests (not a test file itself). */

/** The id of the unit of this kind and code valid on `date` (or the only one when no date is given). */
export async function unitId(t: TestApp, kind: string, code: string, date?: string): Promise<number> {
  const { rows } = await t.database.db.execute<{ id: number }>(sql`
    select u.id from units u where u.kind = ${kind} and u.code = ${code}
      ${date ? sql`and ${validOn('u', date)}` : sql``}
    order by u.valid_from`);
  if (rows.length !== 1) throw new Error(`${kind} ${code} ${date ?? ''}: ${rows.length} units`);
  return rows[0]!.id;
}

export async function countryId(t: TestApp) {
  return unitId(t, 'country', 'VN');
}

export async function signInAdmin(t: TestApp): Promise<Client> {
  return signInAs(t, [{ role: 'system_admin', unitId: await countryId(t) }]);
}

/** A fixed now, after the 2025 reform, so that "today" in these tests does not move with the calendar. */
export const fixedClock = () => new Date('2026-11-21T03:00:00Z');

/** useTestApp with a system admin signed in: both filled in before the block's tests. */
export function useAdminApp(options?: Parameters<typeof useTestApp>[0]): { t: TestApp; admin: Client } {
  const t = useTestApp(options);
  const admin = {} as Client;
  beforeAll(async () => {
    Object.assign(admin, await signInAdmin(t));
  });
  return { t, admin };
}

/** GET as a client; throws with the body unless the status is the expected one. */
export async function getJson<T>(client: Client, url: string, status = 200): Promise<T> {
  const res = await client.request({ method: 'GET', url });
  expectStatus(res, status);
  return res.json() as T;
}

export function expectStatus(res: LightMyRequestResponse, status: number) {
  if (res.statusCode !== status)
    throw new Error(`${res.statusCode} (expected ${status}): ${res.body.slice(0, 500)}`);
}

export const errorCode = (res: LightMyRequestResponse) =>
  (res.json() as { error: { code: string } }).error.code;
