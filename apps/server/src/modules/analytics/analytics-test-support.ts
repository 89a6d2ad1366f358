import { foldDiacritics } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { restructuringEvents, unitLineage, unitParents, units } from '../../db/schema';
import type { RollupRow } from './figures.repo';

/** Helpers of the analytics integration tests (not a test file itself): units with history, reports by SQL. */

export async function insertUnit(
  db: DbOrTx,
  u: { kind: string; code: string; name?: string; from?: string; to?: string | null; parentId?: number },
): Promise<number> {
  const from = u.from ?? '2000-01-01';
  const name = u.name ?? u.code;
  const [row] = await db
    .insert(units)
    .values({
      kind: u.kind,
      code: u.code,
      name,
      searchName: foldDiacritics(name),
      validFrom: from,
      validTo: u.to ?? null,
      source: 'test',
    })
    .returning({ id: units.id });
  if (u.parentId !== undefined)
    await db
      .insert(unitParents)
      .values({ unitId: row!.id, parentId: u.parentId, validFrom: from, validTo: u.to ?? null });
  return row!.id;
}

/** A parent link for part of a unit's life (an institution moving from an old commune to a new one). */
export async function linkParent(
  db: DbOrTx,
  unitId: number,
  parentId: number,
  from: string,
  to: string | null = null,
) {
  await db.insert(unitParents).values({ unitId, parentId, validFrom: from, validTo: to });
}

/** One restructuring event on `date` with its lineage edges (from → to, weight). */
export async function restructure(
  db: DbOrTx,
  kind: 'merge' | 'split',
  date: string,
  edges: readonly [from: number, to: number, weight: number][],
) {
  const [event] = await db
    .insert(restructuringEvents)
    .values({ kind, date })
    .returning({ id: restructuringEvents.id });
  await db.insert(unitLineage).values(
    edges.map(([fromUnitId, toUnitId, weight]) => ({
      eventId: event!.id,
      date,
      kind,
      fromUnitId,
      toUnitId,
      weight,
    })),
  );
}

export async function insertInstitutionRow(db: DbOrTx, unitId: number, category: string, provinceId: number) {
  await db.execute(
    sql`insert into institutions (unit_id, category, province_id) values (${unitId}, ${category}, ${provinceId})`,
  );
}

/**
 * A report stored as the app stores it (form of the category, ancestors of its year) with its values; the
 * workflow's own tests cover how it gets there.
 */
export async function insertReport(
  db: DbOrTx,
  r: {
    formCode: string;
    unitId: number;
    period: string;
    status: string;
    provinceId: number | null;
    communeId: number | null;
    values: Record<string, number>;
  },
): Promise<number> {
  const rows = await db.execute<{ id: number }>(sql`
    insert into reports (form_id, unit_id, period, status, province_id, commune_id, parent_id)
    values ((select id from forms where code = ${r.formCode}), ${r.unitId}, ${r.period}, ${r.status},
      ${r.provinceId}, ${r.communeId}, ${r.communeId ?? r.provinceId})
    returning id`);
  const id = rows.rows[0]!.id;
  for (const [element, value] of Object.entries(r.values))
    await db.execute(sql`
      insert into report_values (report_id, element_code, unit_id, period, province_id, commune_id, value)
      values (${id}, ${element}, ${r.unitId}, ${r.period}, ${r.provinceId}, ${r.communeId}, ${value})`);
  return id;
}

export type RollupSnapshot = Map<string, number[]>;

/** Every rollup row with a non-zero count or sum, keyed by unit, year, indicator and category. */
export async function rollupSnapshot(db: DbOrTx): Promise<RollupSnapshot> {
  const rows = await db.execute<RollupRow>(sql`
    select unit_id as "unitId", year, indicator_code as indicator, category, submitted, reported, met, value, value2,
      updated_at as "updatedAt"
    from analytics_rollups`);
  const snapshot: RollupSnapshot = new Map();
  for (const r of rows.rows) {
    const numbers = [r.submitted, r.reported, r.met, r.value, r.value2].map((n) => Math.round(n * 1e6) / 1e6);
    if (numbers.some((n) => n !== 0))
      snapshot.set(`${r.unitId}|${r.year}|${r.indicator}|${r.category}`, numbers);
  }
  return snapshot;
}
