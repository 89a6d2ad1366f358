import type { DocumentKind, PublishedListQuery, PublishedReport } from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { publishedReports } from '../../db/schema';

/** Báo cáo đã ban hành: SQL only. */

export type NewPublished = typeof publishedReports.$inferInsert;

export async function insertPublished(tx: DbOrTx, row: NewPublished): Promise<number> {
  const [inserted] = await tx.insert(publishedReports).values(row).returning({ id: publishedReports.id });
  return inserted!.id;
}

const SUMMARY = sql`p.id, p.kind, p.unit_id as "unitId", trim(coalesce(u.type_name || ' ', '') || u.name) as "unitName",
  p.year, p.plan_id as "planId", p.lang, p.title, p.content_hash as "contentHash", p.published_at as "publishedAt",
  pu.display_name as "publishedBy"`;

type SummaryRow = Omit<PublishedReport, 'publishedAt'> & { publishedAt: Date | string };

const asSummary = (r: SummaryRow): PublishedReport => ({
  ...r,
  kind: r.kind as DocumentKind,
  publishedAt: new Date(r.publishedAt).toISOString(),
});

/** Published reports matching the filters whose unit is in `scope` (a unit-id subquery; null: everything). */
export async function findPublished(
  db: DbOrTx,
  q: PublishedListQuery,
  scope: SQL | null,
): Promise<PublishedReport[]> {
  const where = [
    q.unitId === undefined ? null : sql`p.unit_id = ${q.unitId}`,
    q.year === undefined ? null : sql`p.year = ${q.year}`,
    q.kind === undefined ? null : sql`p.kind = ${q.kind}`,
    scope === null ? null : sql`p.unit_id in (${scope})`,
  ].filter((w): w is SQL => w !== null);
  const result = await db.execute<SummaryRow>(sql`
    select ${SUMMARY} from published_reports p join units u on u.id = p.unit_id
    left join users pu on pu.id = p.published_by
    ${where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``}
    order by p.published_at desc, p.id desc limit 500`);
  return result.rows.map(asSummary);
}

export async function findPublishedById(
  db: DbOrTx,
  id: number,
): Promise<(PublishedReport & { model: unknown }) | undefined> {
  const result = await db.execute<SummaryRow & { model: unknown }>(sql`
    select ${SUMMARY}, p.model from published_reports p join units u on u.id = p.unit_id
    left join users pu on pu.id = p.published_by where p.id = ${id}`);
  const row = result.rows[0];
  return row && { ...asSummary(row), model: row.model };
}

export type PublishedFileRow = {
  unitId: number;
  unitName: string;
  bytes: Buffer;
  year: number;
  kind: DocumentKind;
};

export async function findPublishedFile(
  db: DbOrTx,
  id: number,
  format: 'docx' | 'xlsx',
): Promise<PublishedFileRow | undefined> {
  const column = format === 'docx' ? sql`p.docx` : sql`p.xlsx`;
  const result = await db.execute<PublishedFileRow>(sql`
    select p.unit_id as "unitId", trim(coalesce(u.type_name || ' ', '') || u.name) as "unitName", ${column} as bytes,
      p.year, p.kind
    from published_reports p join units u on u.id = p.unit_id where p.id = ${id}`);
  return result.rows[0];
}
