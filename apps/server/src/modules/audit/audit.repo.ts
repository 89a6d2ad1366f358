import { and, count, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { auditEntries, units } from '../../db/schema';

export interface AuditFilter {
  /** Unit ids the reader may see (null: everything). Entries with no unit are seen only without a scope. */
  scope: SQL | null;
  /** Unit ids of the subtree asked for. */
  subtree?: SQL;
  /** Part of the username, case-insensitive. */
  username?: string;
  entity?: string;
  /** Half-open: at >= from and at < to. */
  from?: Date;
  to?: Date;
}

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereOf(filter: AuditFilter): SQL | undefined {
  return and(
    filter.scope ? sql`${auditEntries.unitId} in (${filter.scope})` : undefined,
    filter.subtree ? sql`${auditEntries.unitId} in (${filter.subtree})` : undefined,
    filter.username
      ? sql`lower(${auditEntries.username}) like ${`%${escapeLike(filter.username.toLowerCase())}%`}`
      : undefined,
    filter.entity ? eq(auditEntries.entity, filter.entity) : undefined,
    filter.from ? gte(auditEntries.at, filter.from) : undefined,
    filter.to ? lt(auditEntries.at, filter.to) : undefined,
  );
}

export type AuditRow = typeof auditEntries.$inferSelect & { unitName: string | null };

/** Entries matching the filter, newest first, with the name of the unit each is filed under. */
export async function findAuditEntries(
  db: DbOrTx,
  filter: AuditFilter,
  page: { offset: number; limit: number },
): Promise<AuditRow[]> {
  const rows = await db
    .select({ entry: auditEntries, unitName: units.name })
    .from(auditEntries)
    .leftJoin(units, eq(units.id, auditEntries.unitId))
    .where(whereOf(filter))
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .offset(page.offset)
    .limit(page.limit);
  return rows.map((r) => ({ ...r.entry, unitName: r.unitName }));
}

export async function countAuditEntries(db: DbOrTx, filter: AuditFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditEntries).where(whereOf(filter));
  return row?.n ?? 0;
}
