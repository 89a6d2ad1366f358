import type { UnitKind } from '@suotdoi/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { agencies, unitNames, unitParents, units } from '../../db/schema';
import { validOn } from '../../db/validity';

/** Writes to units, their parent links, names and agency rows. Callers hold the transaction. */

export async function insertUnit(
  db: DbOrTx,
  u: {
    kind: UnitKind;
    code: string;
    name: string;
    typeName: string | null;
    searchName: string;
    validFrom: string;
    validTo: string | null;
    source: string;
  },
): Promise<number> {
  const [row] = await db.insert(units).values(u).returning({ id: units.id });
  return row!.id;
}

export async function insertParentLink(
  db: DbOrTx,
  unitId: number,
  parentId: number,
  validFrom: string,
  validTo: string | null,
) {
  await db.insert(unitParents).values({ unitId, parentId, validFrom, validTo });
}

export async function insertAgency(db: DbOrTx, unitId: number, agencyType: string, sector: string | null) {
  await db.insert(agencies).values({ unitId, agencyType, sector });
}

export async function updateAgency(
  db: DbOrTx,
  unitId: number,
  set: { agencyType?: string; sector?: string | null },
) {
  await db.update(agencies).set(set).where(eq(agencies.unitId, unitId));
}

export async function updateUnitFields(
  db: DbOrTx,
  id: number,
  set: Partial<{
    code: string;
    name: string;
    typeName: string | null;
    searchName: string;
    validTo: string | null;
  }>,
) {
  await db
    .update(units)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(units.id, id));
}

/** The name row still open (the current name), corrected along with the unit's own name. */
export async function updateOpenName(
  db: DbOrTx,
  unitId: number,
  set: { name?: string; typeName?: string | null },
) {
  await db
    .update(unitNames)
    .set(set)
    .where(and(eq(unitNames.unitId, unitId), isNull(unitNames.validTo)));
}

/**
 * A rename from `date`: the name until then is kept as a history row (created from the unit's own name when it
 * has none yet), and the new name is open from the date.
 */
export async function renameFrom(
  db: DbOrTx,
  unit: { id: number; name: string; typeName: string | null; validFrom: string },
  next: { name: string; typeName: string | null },
  date: string,
) {
  const closed = await db
    .update(unitNames)
    .set({ validTo: date })
    .where(and(eq(unitNames.unitId, unit.id), isNull(unitNames.validTo)))
    .returning({ id: unitNames.id });
  if (closed.length === 0) {
    await db.insert(unitNames).values({
      unitId: unit.id,
      name: unit.name,
      typeName: unit.typeName,
      validFrom: unit.validFrom,
      validTo: date,
    });
  }
  await db.insert(unitNames).values({ unitId: unit.id, ...next, validFrom: date, validTo: null });
}

/** The parent link valid on `date` (the one a correction or a move acts on). */
export async function findLinkOn(db: DbOrTx, unitId: number, date: string) {
  const result = await db.execute<{
    id: number;
    parentId: number;
    validFrom: string;
    validTo: string | null;
  }>(sql`
    select up.id, up.parent_id as "parentId", up.valid_from as "validFrom", up.valid_to as "validTo"
    from unit_parents up where up.unit_id = ${unitId} and ${validOn('up', date)}
    order by up.valid_from desc limit 1`);
  return result.rows[0];
}

export async function setLinkParent(db: DbOrTx, linkId: number, parentId: number) {
  await db.update(unitParents).set({ parentId }).where(eq(unitParents.id, linkId));
}

/** Ends on `date` every parent link of the unit still valid then (the unit itself ends, or moves). */
export async function closeParentLinks(db: DbOrTx, unitId: number, date: string) {
  await db.execute(sql`
    update unit_parents set valid_to = ${date}::date
    where unit_id = ${unitId} and (valid_to is null or valid_to > ${date}::date) and valid_from < ${date}::date`);
}

/** Ends the open name row of a unit that ends. */
export async function closeOpenName(db: DbOrTx, unitId: number, date: string) {
  await db.execute(sql`
    update unit_names set valid_to = ${date}::date
    where unit_id = ${unitId} and (valid_to is null or valid_to > ${date}::date) and valid_from < ${date}::date`);
}

/** Children whose link to the unit is still valid on or after `date` (they must move when it ends). */
export async function findChildLinksOn(db: DbOrTx, unitId: number, date: string) {
  const result = await db.execute<{
    id: number;
    unitId: number;
    validFrom: string;
    validTo: string | null;
  }>(sql`
    select up.id, up.unit_id as "unitId", up.valid_from as "validFrom", up.valid_to as "validTo" from unit_parents up
    where up.parent_id = ${unitId} and (up.valid_to is null or up.valid_to > ${date}::date)`);
  return result.rows;
}

export async function closeLink(db: DbOrTx, linkId: number, date: string) {
  await db.update(unitParents).set({ validTo: date }).where(eq(unitParents.id, linkId));
}
