import { and, asc, desc, eq, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { agencies, unitParents, units, users } from '../../db/schema';
import { validOn } from '../../db/validity';

/** Khóa tài khoản: five failures in a row lock an account for fifteen minutes. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

/**
 * Counts one failed login in a single statement (two wrong guesses at once cannot both read the old count).
 * The fifth locks the account and restarts the count, so after the lock each new round again gets five tries.
 */
export async function recordLoginFailure(
  db: DbOrTx,
  userId: string,
  now: Date,
): Promise<{ locked: boolean }> {
  const lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
  const result = await db.execute<{ locked: boolean }>(sql`
    update ${users} set
      locked_until = case when failed_logins + 1 >= ${MAX_FAILED_LOGINS} then ${lockedUntil.toISOString()}::timestamptz
        else locked_until end,
      failed_logins = case when failed_logins + 1 >= ${MAX_FAILED_LOGINS} then 0 else failed_logins + 1 end
    where id = ${userId}
    returning locked_until is not null and locked_until > ${now.toISOString()}::timestamptz as locked`);
  return { locked: result.rows[0]?.locked === true };
}

/**
 * Clears the failure count and stamps the login, unless the account got locked meanwhile (guesses racing the
 * one that locked it): then nothing changes and the answer is false.
 */
export async function recordLoginSuccess(db: DbOrTx, userId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
    .where(and(eq(users.id, userId), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
    .returning({ id: users.id });
  return rows.length === 1;
}

export interface UnitRef {
  id: number;
  code: string;
  name: string;
}

/** The unit of this kind and code valid on `day` (today's Ninh Bình, not the one before the 2025 merger). */
export async function findCurrentUnit(
  db: DbOrTx,
  kind: string,
  code: string,
  day: string,
): Promise<UnitRef | undefined> {
  const [row] = await db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .where(and(eq(units.kind, kind), eq(units.code, code), validOn(units, day)))
    .orderBy(desc(units.validFrom))
    .limit(1);
  return row;
}

/** The first (by code) unit matching `match`, valid on `day`, whose parent on `day` is `parentId`. */
async function findFirstChildWhere(
  db: DbOrTx,
  parentId: number,
  day: string,
  match: SQL,
): Promise<UnitRef | undefined> {
  const [row] = await db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .innerJoin(unitParents, eq(unitParents.unitId, units.id))
    .where(and(eq(unitParents.parentId, parentId), validOn(unitParents, day), match, validOn(units, day)))
    .orderBy(asc(units.code), asc(units.id))
    .limit(1);
  return row;
}

/** The first (by code) unit of `kind` whose parent on `day` is `parentId`. */
export function findFirstChild(
  db: DbOrTx,
  parentId: number,
  kind: string,
  day: string,
): Promise<UnitRef | undefined> {
  return findFirstChildWhere(db, parentId, day, eq(units.kind, kind));
}

/** The agency of `sector` (e.g. education) whose parent on `day` is `parentId`. */
export function findChildAgency(
  db: DbOrTx,
  parentId: number,
  sector: string,
  day: string,
): Promise<UnitRef | undefined> {
  const ofSector = db.select({ id: agencies.unitId }).from(agencies).where(eq(agencies.sector, sector));
  return findFirstChildWhere(db, parentId, day, inArray(units.id, ofSector));
}
