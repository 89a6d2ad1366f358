import type { IndicatorKind, Target } from '@suotdoi/shared';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { targets } from '../../db/schema';
import { type StoredTarget, sourceOf } from './plan-file-mapping';

/** Targets (chỉ tiêu) with their indicator's name, kind and unit: SQL only. */

export type TargetRow = typeof targets.$inferSelect;

/** A stored target joined to its indicator and its plan's year. */
// Pick makes a mapped type, which db.execute's Record constraint accepts (an interface is not one).
type JoinedRow = Pick<StoredTarget, keyof StoredTarget> & {
  id: number;
  planId: number;
  indicatorName: string;
  indicatorKind: IndicatorKind;
  unit: string;
  updatedAt: Date;
  planYear: number;
};

/**
 * A target as stored, with its plan's year and without its trajectory: the service adds that, since a
 * trajectory starts from the plan's previous milestone and so needs the plan's other targets.
 */
export type TargetRecord = Omit<Target, 'trajectory'> & { planYear: number };

function toTargetRecord(r: JoinedRow): TargetRecord {
  return {
    id: r.id,
    planId: r.planId,
    indicator: r.indicatorCode,
    indicatorName: r.indicatorName,
    indicatorKind: r.indicatorKind,
    unit: r.unit,
    category: r.category as Target['category'],
    categories: r.categories as Target['categories'],
    from: r.fromYear,
    year: r.year,
    value: r.value,
    min: r.min,
    max: r.max,
    baseline: r.baselineYear === null ? null : { year: r.baselineYear, value: r.baselineValue },
    note: r.note,
    source: sourceOf(r),
    updatedAt: new Date(r.updatedAt).toISOString(),
    planYear: r.planYear,
  };
}

export async function findTargetRecords(db: DbOrTx, where: SQL): Promise<TargetRecord[]> {
  const result = await db.execute<JoinedRow>(sql`
    select t.id, t.plan_id as "planId", t.indicator_code as "indicatorCode", i.name_vi as "indicatorName",
      i.kind as "indicatorKind", i.unit, t.category, t.categories, t.from_year as "fromYear", t.year, t.value, t.min, t.max,
      t.baseline_year as "baselineYear", t.baseline_value as "baselineValue", t.note,
      t.source_file as "sourceFile", t.source_quote as "sourceQuote", t.updated_at as "updatedAt",
      extract(year from p.date)::int as "planYear"
    from targets t join indicators i on i.code = t.indicator_code join plans p on p.id = t.plan_id
    where ${where}
    order by t.plan_id, t.position, t.id`);
  return result.rows.map(toTargetRecord);
}

export async function findTargetRow(db: DbOrTx, id: number, lock = false): Promise<TargetRow | undefined> {
  const q = db.select().from(targets).where(eq(targets.id, id));
  return (await (lock ? q.for('update') : q))[0];
}

export async function findStoredTargets(db: DbOrTx, planId: number): Promise<TargetRow[]> {
  return db.select().from(targets).where(eq(targets.planId, planId)).orderBy(targets.position, targets.id);
}

export async function nextTargetPosition(tx: DbOrTx, planId: number): Promise<number> {
  const r = await tx.execute<{ n: number }>(
    sql`select coalesce(max(position), -1)::int + 1 as n from targets where plan_id = ${planId}`,
  );
  return r.rows[0]!.n;
}

/** The natural keys of a plan's targets but one (targetKey): a new or changed target must not repeat one. */
export async function findTargetKeys(tx: DbOrTx, planId: number, exceptId?: number) {
  const rows = await tx.select().from(targets).where(eq(targets.planId, planId));
  return rows.filter((r) => r.id !== exceptId);
}

export async function insertTarget(tx: DbOrTx, values: typeof targets.$inferInsert): Promise<TargetRow> {
  const [row] = await tx.insert(targets).values(values).returning();
  return row!;
}

export async function updateTargetRow(tx: DbOrTx, id: number, set: Partial<typeof targets.$inferInsert>) {
  const [row] = await tx.update(targets).set(set).where(eq(targets.id, id)).returning();
  return row!;
}

export async function deleteTargetRow(tx: DbOrTx, id: number) {
  await tx.delete(targets).where(eq(targets.id, id));
}
