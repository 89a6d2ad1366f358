import { AppError } from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { Actor } from './actor';
import { type Permission, unitsWithPermission } from './auth.policy';

/**
 * Scope follows both parent links of every date and the lineage: an officer of today's Hải Phòng reaches the
 * old Hải Dương and its communes (their successor is in the subtree), so history stays visible to its heirs.
 */
const EDGES = sql`select unit_id as child, parent_id as above from unit_parents
  union all select from_unit_id as child, to_unit_id as above from unit_lineage`;

/** True when `unitId` lies in the subtree of a unit where the actor holds `permission`. */
export async function canReachUnit(db: DbOrTx, actor: Actor, permission: Permission, unitId: number) {
  const roots = unitsWithPermission(actor, permission);
  if (roots === 'all') return true;
  if (roots.length === 0) return false;
  const result = await db.execute<{ ok: boolean }>(sql`
    with recursive edges as (${EDGES}),
    up(id) as (select ${unitId}::int union select e.above from edges e join up on e.child = up.id)
    select exists(select 1 from up where id in (${sql.join(
      roots.map((r) => sql`${r}`),
      sql`, `,
    )})) as ok`);
  return result.rows[0]?.ok === true;
}

/**
 * Throws NOT_FOUND when the actor cannot even read the unit (so scope does not leak what exists) and FORBIDDEN
 * when they can read it but not do `permission`.
 */
export async function assertUnitAccess(db: DbOrTx, actor: Actor, permission: Permission, unitId: number) {
  if (await canReachUnit(db, actor, permission, unitId)) return;
  if (permission !== 'unit.read' && (await canReachUnit(db, actor, 'unit.read', unitId))) {
    throw new AppError('FORBIDDEN', `no ${permission} on unit ${unitId}`);
  }
  throw new AppError('NOT_FOUND', `unit ${unitId} not found`);
}

/**
 * A subquery yielding every unit id in the actor's subtrees for `permission`, or null for "everything".
 * Use as `where id in (${scope})`.
 */
export function scopedUnitIds(actor: Actor, permission: Permission): SQL | null {
  const roots = unitsWithPermission(actor, permission);
  if (roots === 'all') return null;
  if (roots.length === 0) return sql`select null::int where false`;
  return subtreeOf(roots);
}

/** A subquery yielding `unitId` and every unit below it (through parent links of any date and the lineage). */
export function subtreeUnitIds(unitId: number): SQL {
  return subtreeOf([unitId]);
}

function subtreeOf(roots: number[]): SQL {
  return sql`with recursive edges as (${EDGES}),
    down(id) as (select unnest(array[${sql.join(
      roots.map((r) => sql`${r}`),
      sql`, `,
    )}]::int[]) union select e.child from edges e join down on e.above = down.id)
    select id from down`;
}
