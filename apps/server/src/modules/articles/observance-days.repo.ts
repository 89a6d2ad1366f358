import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

/** Ngày lễ: the SQL of a national day's page beyond the public listing. No rules here. */

/**
 * The activities of a national day that ended in [since, before): published or completed (never drafts, and
 * not cancelled ones, which did not take place), the latest first, at most `limit`.
 */
export async function findRecentDayActivityIds(
  db: DbOrTx,
  f: { observanceCode: string; provinceId?: number; since: Date; before: Date },
  limit: number,
): Promise<number[]> {
  const where: SQL[] = [
    sql`a.observance_code = ${f.observanceCode}`,
    sql`a.status in ('published', 'completed')`,
    sql`a.ends_at >= ${f.since.toISOString()}::timestamptz`,
    sql`a.ends_at < ${f.before.toISOString()}::timestamptz`,
  ];
  if (f.provinceId) where.push(sql`a.province_id = ${f.provinceId}`);
  const rows = await db.execute<{ id: number }>(sql`select a.id from activities a
    where ${sql.join(where, sql` and `)} order by a.starts_at desc, a.id desc limit ${limit}`);
  return rows.rows.map((r) => r.id);
}
