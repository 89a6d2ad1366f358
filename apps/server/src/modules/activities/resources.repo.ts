import type { Audience, DigitalResource } from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

/** Tài nguyên số: digital resources, for staff and for the public catalogue. SQL only. */

export type ResourceValues = {
  kind: DigitalResource['kind'];
  title: string;
  url: string;
  description: string | null;
  audiences: Audience[];
  provinceId: number | null;
  searchText: string;
};

const RESOURCE = sql`r.id, r.institution_id as "institutionId", u.name as "institutionName", r.kind, r.title,
  r.url, r.description, r.audiences`;

export interface ResourceFilter {
  institutionId?: number;
  provinceId?: number;
  kind?: DigitalResource['kind'];
  /** Folded text to find in the title, description or institution name. */
  folded?: string;
}

const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereOf(f: ResourceFilter): SQL {
  const where: SQL[] = [sql`true`];
  if (f.institutionId) where.push(sql`r.institution_id = ${f.institutionId}`);
  if (f.provinceId) where.push(sql`r.province_id = ${f.provinceId}`);
  if (f.kind) where.push(sql`r.kind = ${f.kind}`);
  if (f.folded) where.push(sql`r.search_text like ${`%${likeEscape(f.folded)}%`}`);
  return sql.join(where, sql` and `);
}

/** Resources by title (the collation key of the title is not stored: a catalogue page sorts a few dozen). */
export async function findResources(
  db: DbOrTx,
  f: ResourceFilter,
  page: { limit: number; offset: number } = { limit: 1000, offset: 0 },
): Promise<DigitalResource[]> {
  const rows = await db.execute<DigitalResource>(sql`select ${RESOURCE} from digital_resources r
    join units u on u.id = r.institution_id where ${whereOf(f)}
    order by lower(r.title), r.id limit ${page.limit} offset ${page.offset}`);
  return rows.rows;
}

export async function countResources(db: DbOrTx, f: ResourceFilter): Promise<number> {
  const rows = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from digital_resources r where ${whereOf(f)}`,
  );
  return rows.rows[0]?.n ?? 0;
}

export async function findResource(db: DbOrTx, id: number): Promise<DigitalResource | undefined> {
  const rows = await db.execute<DigitalResource>(sql`select ${RESOURCE} from digital_resources r
    join units u on u.id = r.institution_id where r.id = ${id}`);
  return rows.rows[0];
}

export async function insertResource(
  db: DbOrTx,
  institutionId: number,
  v: ResourceValues,
  at: Date,
): Promise<number> {
  const rows = await db.execute<{
    id: number;
  }>(sql`insert into digital_resources (institution_id, province_id,
      kind, title, url, description, audiences, search_text, created_at, updated_at)
    values (${institutionId}, ${v.provinceId}, ${v.kind}, ${v.title}, ${v.url}, ${v.description},
      ${JSON.stringify(v.audiences)}::jsonb, ${v.searchText}, ${at.toISOString()}::timestamptz,
      ${at.toISOString()}::timestamptz)
    returning id`);
  return rows.rows[0]!.id;
}

export async function updateResource(db: DbOrTx, id: number, v: ResourceValues, at: Date): Promise<void> {
  await db.execute(sql`update digital_resources set province_id = ${v.provinceId}, kind = ${v.kind},
      title = ${v.title}, url = ${v.url}, description = ${v.description},
      audiences = ${JSON.stringify(v.audiences)}::jsonb, search_text = ${v.searchText},
      updated_at = ${at.toISOString()}::timestamptz
    where id = ${id}`);
}

export async function deleteResource(db: DbOrTx, id: number): Promise<void> {
  await db.execute(sql`delete from digital_resources where id = ${id}`);
}
