import { AppError, type Setup, todayInVietnam } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { recordAudit } from '../audit/audit.record';
import { auditSnapshot } from '../users/user-view';
import { hasAnyUser, insertUser, replaceRoles } from '../users/users.repo';
import type { Actor, RoleAssignment } from './actor';
import { findCurrentUnit, recordLoginSuccess } from './auth.repo';
import type { ClientInfo, NewSession } from './login';
import { assertStrongPassword, hashPassword } from './passwords';
import type { ServiceDeps } from './service-deps';
import { createSession } from './session-store';

/** The country unit every system admin's role sits on: loaded with the reference data. */
export const COUNTRY = { kind: 'country', code: 'VN' } as const;

/** The country unit, or REFERENCE_DATA_MISSING: an admin on no unit could not see anything. */
export async function findCountryUnit(db: DbOrTx, now: Date) {
  const country = await findCurrentUnit(db, COUNTRY.kind, COUNTRY.code, todayInVietnam(now));
  if (!country) {
    throw new AppError('REFERENCE_DATA_MISSING', 'the country unit (kind country, code VN) is not loaded');
  }
  return country;
}

/**
 * Thiết lập lần đầu: on a database with no account at all, creates the system admin (system_admin on the
 * country) and signs them in. Afterwards → SETUP_DONE. Two setups racing are serialised by an advisory lock, so
 * only the first creates an admin.
 */
export async function setupSystem(input: Setup, client: ClientInfo, deps: ServiceDeps): Promise<NewSession> {
  if (await hasAnyUser(deps.db)) throw new AppError('SETUP_DONE', 'the system is already set up');
  assertStrongPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('suotdoi.setup'))`);
    if (await hasAnyUser(tx)) throw new AppError('SETUP_DONE', 'the system is already set up');
    const country = await findCountryUnit(tx, now);
    const row = await insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      createdAt: now,
      updatedAt: now,
    });
    const roles: RoleAssignment[] = [{ role: 'system_admin', unitId: country.id }];
    await replaceRoles(tx, row.id, roles);
    await recordLoginSuccess(tx, row.id, now);
    const session = await createSession(tx, row.id, client, now);
    const actor: Actor = { userId: row.id, username: row.username, roles, ip: client.ip };
    await recordAudit(tx, actor, {
      action: 'setup',
      entity: 'user',
      entityId: row.id,
      unitId: country.id,
      after: auditSnapshot(row, roles),
    });
    await recordAudit(tx, actor, {
      action: 'login',
      entity: 'session',
      entityId: row.id,
      unitId: country.id,
    });
    return session;
  });
}
