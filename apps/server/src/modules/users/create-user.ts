import { AppError, type CreateUser, type User } from '@suotdoi/shared';
import { recordAudit } from '../audit/audit.record';
import type { Actor } from '../auth/actor';
import { assertStrongPassword, hashPassword } from '../auth/passwords';
import type { ServiceDeps } from '../auth/service-deps';
import { auditSnapshot, auditUnitOf } from './user-view';
import { assertCanGrantRoles, dedupeRoles } from './users.policy';
import { findUserByUsername, insertUser, replaceRoles } from './users.repo';
import { assertRoleUnits, isUniqueViolation, viewOf } from './users.service';

/**
 * Creates an account with its roles. The actor must manage accounts on every role's unit and may not grant
 * more than they hold (a province officer never grants system_admin). DUPLICATE_CODE for a taken username.
 */
export async function createUser(actor: Actor, input: CreateUser, deps: ServiceDeps): Promise<User> {
  const roles = dedupeRoles(input.roles);
  assertCanGrantRoles(actor, roles);
  assertStrongPassword(input.password);
  // Hash before the transaction: 30 ms of CPU should not hold a transaction (and PGlite's only session) open.
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock();
  try {
    return await deps.db.transaction(async (tx) => {
      await assertRoleUnits(tx, actor, roles);
      if (await findUserByUsername(tx, input.username)) {
        throw new AppError('DUPLICATE_CODE', `username ${input.username} is taken`, { field: 'username' });
      }
      const row = await insertUser(tx, {
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        passwordHash,
        createdAt: now,
        updatedAt: now,
      });
      await replaceRoles(tx, row.id, roles);
      await recordAudit(tx, actor, {
        action: 'create',
        entity: 'user',
        entityId: row.id,
        unitId: auditUnitOf(roles),
        after: auditSnapshot(row, roles),
      });
      return viewOf(tx, row, now);
    });
  } catch (error) {
    // Two admins creating the same username at once: the second meets the unique index, not the check above.
    if (isUniqueViolation(error)) {
      throw new AppError('DUPLICATE_CODE', `username ${input.username} is taken`, { field: 'username' });
    }
    throw error;
  }
}
