import type { IndicatorKind, Target } from '@suotdoi/shared';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { targets } from '../../db/schema';

/** Targets (chỉ tiêu) with their indicator's name, kind and unit: SQL only. */

export type TargetRow = typeof targets.$inferSelect;

type JoinedRow = {
  id: number;
  planId: number;
  indicator: string;
  indicatorName: string;
  indicatorKind: IndicatorKind;
  unit: string;
  category: string | null;
  categories: string[] | null;
  fromYear: number | null;
  year: number;
  value: number | null;
  min: number | null;
  max: number | null;
  baselineYear: number | null;
  baselineValue: number | null;
  note: string | null;
  sourceFile: string | null;
  sourceQuote: string | null;
  updatedAt: Date;
};

export function toTarget(r: JoinedRow): Target {
  return {
    id: r.id,
    planId: r.planId,
    indicator: r.indicator,
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
    source:
      r.sourceFile === null && r.sourceQuote === null
        ? null
        : { file: r.sourceFile ?? '', quote: r.sourceQuote ?? '' },
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

export async function findTargets(db: DbOrTx, where: SQL): Promise<Target[]> {
  const result = await db.execute<JoinedRow>(sql`
    select t.id, t.plan_id as "planId", t.indicator_code as indicator, i.name_vi as "indicatorName",
      i.kind as "indicatorKind", i.unit, t.category, t.categories, t.from_year as "fromYear", t.year, t.value, t.min, t.max,
      t.baseline_year as "baselineYear", t.baseline_value as "baselineValue", t.note,
      t.source_file as "sourceFile", t.source_quote as "sourceQuote", t.updated_at as "updatedAt"
    from targets t join indicators i on i.code = t.indicator_code
    where ${where}
    order by t.plan_id, t.position, t.id`);
  return result.rows.map(toTarget);
}

export const findPlanTargets = (db: DbOrTx, planId: number) => findTargets(db, sql`t.plan_id = ${planId}`);

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
