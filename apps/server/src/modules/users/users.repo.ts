import { foldDiacritics, type SessionRole } from '@suotdoi/shared';
import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { roleAssignments, units, users } from '../../db/schema';
import type { Role, RoleAssignment } from '../auth/actor';

export type UserRow = typeof users.$inferSelect;

/**
 * Accented letters → their bare letter, for searching names without diacritics in SQL. `lower()` alone does
 * not help: under the C collation it folds ASCII only, so both cases of every accented letter are mapped here.
 */
const FOLD = (() => {
  let from = '';
  let to = '';
  const ranges = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ] as const;
  for (const [start, end] of ranges) {
    for (let cp = start; cp <= end; cp++) {
      const ch = String.fromCodePoint(cp);
      const folded = foldDiacritics(ch);
      if (/^[a-z]$/.test(folded) && folded !== ch) {
        from += ch;
        to += folded;
      }
    }
  }
  return { from, to };
})();

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function findUserByUsername(db: DbOrTx, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row;
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Locks the row until the transaction ends, so two admins editing one user do not interleave. */
export async function findUserByIdForUpdate(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).for('update');
  return row;
}

export async function hasAnyUser(db: DbOrTx): Promise<boolean> {
  const result = await db.execute<{ ok: boolean }>(sql`select exists(select 1 from ${users}) as ok`);
  return result.rows[0]?.ok === true;
}

/** Each user's roles with the unit's name and code, in a stable order (unit id, then role). */
export async function findRoleViews(db: DbOrTx, userIds: string[]): Promise<Map<string, SessionRole[]>> {
  const byUser = new Map<string, SessionRole[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      unitId: roleAssignments.unitId,
      unitName: units.name,
      unitCode: units.code,
    })
    .from(roleAssignments)
    .innerJoin(units, eq(units.id, roleAssignments.unitId))
    .where(inArray(roleAssignments.userId, userIds))
    .orderBy(asc(roleAssignments.unitId), asc(roleAssignments.role));
  for (const { userId, ...view } of rows) byUser.get(userId)?.push({ ...view, role: view.role as Role });
  return byUser;
}

export async function findRoles(db: DbOrTx, userId: string): Promise<RoleAssignment[]> {
  const rows = await db
    .select({ role: roleAssignments.role, unitId: roleAssignments.unitId })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, userId))
    .orderBy(asc(roleAssignments.unitId), asc(roleAssignments.role));
  return rows.map((r) => ({ role: r.role as Role, unitId: r.unitId }));
}

export async function insertUser(db: DbOrTx, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

/** Like insertUser, but leaves an existing username alone and answers undefined. */
export async function insertUserIfAbsent(
  db: DbOrTx,
  values: typeof users.$inferInsert,
): Promise<UserRow | undefined> {
  const [row] = await db
    .insert(users)
    .values(values)
    .onConflictDoNothing({ target: users.username })
    .returning();
  return row;
}

export async function updateUser(
  db: DbOrTx,
  id: string,
  patch: Partial<typeof users.$inferInsert>,
): Promise<UserRow> {
  const [row] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return row!;
}

/** Replaces the user's whole set of roles. */
export async function replaceRoles(db: DbOrTx, userId: string, roles: RoleAssignment[]): Promise<void> {
  await db.delete(roleAssignments).where(eq(roleAssignments.userId, userId));
  if (roles.length > 0) await db.insert(roleAssignments).values(roles.map((r) => ({ ...r, userId })));
}

/** The ids among `unitIds` that exist. */
export async function findExistingUnitIds(db: DbOrTx, unitIds: number[]): Promise<Set<number>> {
  if (unitIds.length === 0) return new Set();
  const rows = await db.select({ id: units.id }).from(units).where(inArray(units.id, unitIds));
  return new Set(rows.map((r) => r.id));
}

/** Active accounts holding system_admin anywhere. */
export async function countActiveSystemAdmins(db: DbOrTx): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${users.id})::int` })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(and(eq(users.isActive, true), eq(roleAssignments.role, 'system_admin')));
  return row?.n ?? 0;
}

/**
 * A user is in scope when they hold at least one role and every one of their role units lies in `scope`
 * (a subquery of unit ids; null means everything). Someone with a role elsewhere belongs to someone else too,
 * and a province officer must not be able to change their password or roles.
 */
function inScope(scope: SQL | null): SQL | undefined {
  if (scope === null) return undefined;
  return sql`(exists (select 1 from ${roleAssignments} ra where ra.user_id = ${users.id})
    and not exists (select 1 from ${roleAssignments} ra where ra.user_id = ${users.id}
      and ra.unit_id not in (${scope})))`;
}

export async function isUserInScope(db: DbOrTx, userId: string, scope: SQL | null): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), inScope(scope)));
  return row !== undefined;
}

export interface UserListFilter {
  scope: SQL | null;
  q?: string;
  offset: number;
  limit: number;
}

/** One page of users in scope, by username, and the total matching. */
export async function listUsers(
  db: DbOrTx,
  filter: UserListFilter,
): Promise<{ rows: UserRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [inScope(filter.scope)];
  const q = filter.q ? foldDiacritics(filter.q) : '';
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(
      sql`(${users.username} like ${pattern}
        or lower(translate(${users.displayName}, ${FOLD.from}, ${FOLD.to})) like ${pattern}
        or lower(coalesce(${users.email}, '')) like ${pattern})`,
    );
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.username))
      .offset(filter.offset)
      .limit(filter.limit),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/**
 * Serialises, until the transaction ends, the changes that could remove the last system admin: without it two
 * admins demoting each other at the same moment would each still count the other.
 */
export async function lockSystemAdminChanges(db: DbOrTx): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('suotdoi.system_admins'))`);
}
