import type { Database } from '../../db/client';
import { recordAudit } from '../audit/audit.record';
import { auditSnapshot } from '../users/user-view';
import { findUserByUsername, hasAnyUser, insertUserIfAbsent, replaceRoles } from '../users/users.repo';
import type { RoleAssignment } from './actor';
import { assertStrongPassword, hashPassword } from './passwords';
import { findCountryUnit } from './setup';

export const ADMIN_USERNAME = 'admin';

/**
 * At start: when SUOTDOI_ADMIN_PASSWORD is given and no account named `admin` exists, creates it as system
 * admin on the country. An existing `admin` keeps its password (the variable is a first-start seed, not a
 * back door). There is no default password: without the variable an empty system shows the setup page.
 * Throws REFERENCE_DATA_MISSING when the country unit is not loaded.
 */
export async function ensureAdmin(
  database: Database,
  password: string | undefined,
  clock: () => Date = () => new Date(),
): Promise<{ needsSetup: boolean }> {
  const { db } = database;
  if (password && !(await findUserByUsername(db, ADMIN_USERNAME))) {
    assertStrongPassword(password);
    const passwordHash = await hashPassword(password);
    const now = clock();
    await db.transaction(async (tx) => {
      const country = await findCountryUnit(tx, now);
      const row = await insertUserIfAbsent(tx, {
        username: ADMIN_USERNAME,
        displayName: 'Quản trị hệ thống',
        passwordHash,
        createdAt: now,
        updatedAt: now,
      });
      if (!row) return; // another process created it meanwhile
      const roles: RoleAssignment[] = [{ role: 'system_admin', unitId: country.id }];
      await replaceRoles(tx, row.id, roles);
      await recordAudit(tx, null, {
        action: 'create',
        entity: 'user',
        entityId: row.id,
        unitId: country.id,
        after: { ...auditSnapshot(row, roles), source: 'SUOTDOI_ADMIN_PASSWORD' },
      });
    });
  }
  return { needsSetup: !(await hasAnyUser(db)) };
}
