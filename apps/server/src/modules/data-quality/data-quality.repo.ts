import type { DataQualityIssue } from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { validOn } from '../../db/validity';

const COLUMNS = sql`i.id, i.source, i.reason, i.row, i.details, i.unit_id as "unitId", i.status, i.note,
  to_json(i.resolved_at) #>> '{}' as "resolvedAt", to_json(i.created_at) #>> '{}' as "createdAt"`;

export interface IssueFilter {
  status?: string;
  reason?: string;
  source?: string;
  /** Unit ids the actor manages data quality for (scopedUnitIds), or null for all. */
  scope: SQL | null;
}

function whereOf(f: IssueFilter): SQL {
  const where: SQL[] = [];
  if (f.status) where.push(sql`i.status = ${f.status}`);
  if (f.reason) where.push(sql`i.reason = ${f.reason}`);
  if (f.source) where.push(sql`i.source = ${f.source}`);
  if (f.scope) where.push(sql`i.unit_id in (${f.scope})`);
  return where.length ? sql.join(where, sql` and `) : sql`true`;
}

export async function findIssues(db: DbOrTx, f: IssueFilter & { offset: number; limit: number }) {
  const where = whereOf(f);
  const [rows, total] = await Promise.all([
    db.execute<DataQualityIssue>(sql`select ${COLUMNS} from data_quality_issues i where ${where}
      order by i.id limit ${f.limit} offset ${f.offset}`),
    db.execute<{ n: number }>(sql`select count(*)::int as n from data_quality_issues i where ${where}`),
  ]);
  return { items: rows.rows, total: total.rows[0]!.n };
}

export async function countIssuesByReason(db: DbOrTx, scope: SQL | null) {
  const result = await db.execute<{
    source: string;
    reason: string;
    open: number;
    resolved: number;
    ignored: number;
  }>(sql`
    select i.source, i.reason,
      count(*) filter (where i.status = 'open')::int as open,
      count(*) filter (where i.status = 'resolved')::int as resolved,
      count(*) filter (where i.status = 'ignored')::int as ignored
    from data_quality_issues i where ${whereOf({ scope })}
    group by i.source, i.reason order by i.source, i.reason`);
  return result.rows;
}

export async function findIssue(
  db: DbOrTx,
  id: number,
  scope: SQL | null,
): Promise<DataQualityIssue | undefined> {
  const result = await db.execute<DataQualityIssue>(
    sql`select ${COLUMNS} from data_quality_issues i where i.id = ${id} and ${whereOf({ scope })} for update`,
  );
  return result.rows[0];
}

export async function closeIssue(
  db: DbOrTx,
  id: number,
  set: { status: 'resolved' | 'ignored'; note: string | null; resolvedBy: string; at: Date },
) {
  await db.execute(sql`update data_quality_issues
    set status = ${set.status}, note = ${set.note}, resolved_by = ${set.resolvedBy}, resolved_at = ${set.at.toISOString()}
    where id = ${id}`);
}

/**
 * The commune with this code valid on `date`, and the code of the province above it then (through its district
 * before 2025).
 */
export async function findCommuneOn(db: DbOrTx, code: string, date: string) {
  const result = await db.execute<{
    id: number;
    validFrom: string;
    validTo: string | null;
    provinceCode: string | null;
  }>(sql`
    with recursive c as (
      select u.id, u.valid_from, u.valid_to from units u where u.kind = 'commune' and u.code = ${code} and ${validOn('u', date)}
      limit 1),
    up(id, kind, code, depth) as (
      select p.id, p.kind, p.code, 1 from c join unit_parents up on up.unit_id = c.id and ${validOn('up', date)}
        join units p on p.id = up.parent_id
      union all
      select p.id, p.kind, p.code, up.depth + 1 from up join unit_parents l on l.unit_id = up.id and ${validOn('l', date)}
        join units p on p.id = l.parent_id where up.kind <> 'province' and up.depth < 8)
    select c.id, c.valid_from as "validFrom", c.valid_to as "validTo",
      (select code from up where kind = 'province' limit 1) as "provinceCode"
    from c`);
  return result.rows[0];
}

/** Province codes by bare name on a date (for the mapping rules' name lookups). */
export async function findProvincesOn(db: DbOrTx, date: string) {
  const result = await db.execute<{ code: string; name: string }>(
    sql`select u.code, u.name from units u where u.kind = 'province' and ${validOn('u', date)}`,
  );
  return result.rows;
}
