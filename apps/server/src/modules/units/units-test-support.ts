import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../test/test-app';
import { type Client, signInAs } from '../../test/test-users';

/** Helpers shared by the units, events and data-quality integration tests (not a test file itself). */

/** The id of the unit of this kind and code valid on `date` (or the only one when no date is given). */
export async function unitId(t: TestApp, kind: string, code: string, date?: string): Promise<number> {
  const { rows } = await t.database.pool.query<{ id: number }>(
    `select id from units where kind = $1 and code = $2
       and ($3::date is null or (valid_from <= $3::date and (valid_to is null or valid_to > $3::date)))
     order by valid_from`,
    [kind, code, date ?? null],
  );
  if (rows.length !== 1) throw new Error(`${kind} ${code} ${date ?? ''}: ${rows.length} units`);
  return rows[0]!.id;
}

export async function countryId(t: TestApp) {
  return unitId(t, 'country', 'VN');
}

export async function signInAdmin(t: TestApp): Promise<Client> {
  return signInAs(t, [{ role: 'system_admin', unitId: await countryId(t) }]);
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
