import type { ArticleStatus, ContentTopic, IsoDate } from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { validOn } from '../../db/validity';
import { isoOf } from '../activities/sql-time';

/** Tin bài: the staff side's SQL (articles, their unit and cover, their audit trail). No rules here. */

/** An article row as stored, with its unit, province and cover; instants as ISO text. */
export type ArticleRow = {
  id: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitKind: string;
  provinceId: number | null;
  provinceName: string | null;
  title: string;
  summary: string | null;
  body: string;
  author: string;
  coverImageId: string | null;
  coverName: string | null;
  coverMime: string | null;
  coverSize: number | null;
  topic: ContentTopic | null;
  observanceCode: string | null;
  featured: boolean;
  publishFrom: string | null;
  publishUntil: string | null;
  status: ArticleStatus;
  publishedAt: string | null;
  reviewNote: string | null;
  version: number;
  updatedAt: string;
};

/** What the writer controls, as stored (the body already sanitised). */
export interface ArticleContent {
  title: string;
  summary: string | null;
  body: string;
  author: string;
  coverImageId: string | null;
  topic: ContentTopic | null;
  observanceCode: string | null;
  featured: boolean;
  publishFrom: Date | null;
  publishUntil: Date | null;
  searchText: string;
}

const ROW = sql`a.id, a.unit_id as "unitId", u.code as "unitCode", u.name as "unitName", u.kind as "unitKind",
  a.province_id as "provinceId", pu.name as "provinceName", a.title, a.summary, a.body, a.author,
  a.cover_image_id as "coverImageId", im.name as "coverName", im.mime as "coverMime", im.size as "coverSize",
  a.topic, a.observance_code as "observanceCode", a.featured, ${isoOf('a.publish_from')} as "publishFrom",
  ${isoOf('a.publish_until')} as "publishUntil", a.status, ${isoOf('a.published_at')} as "publishedAt",
  a.review_note as "reviewNote", a.version, ${isoOf('a.updated_at')} as "updatedAt"`;

const FROM = sql`from articles a join units u on u.id = a.unit_id left join units pu on pu.id = a.province_id
  left join images im on im.id = a.cover_image_id`;

export async function findArticleRow(db: DbOrTx, id: number, lock = false): Promise<ArticleRow | undefined> {
  const rows = await db.execute<ArticleRow>(
    sql`select ${ROW} ${FROM} where a.id = ${id} ${lock ? sql`for update of a` : sql``}`,
  );
  return rows.rows[0];
}

export interface ArticleFilter {
  /** A subquery of unit ids: articles of those units (null: every article). */
  units: SQL | null;
  status?: ArticleStatus;
  observanceCode?: string;
  /** Folded text to find in the title, summary or body. */
  folded?: string;
}

const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Articles matching the filter, the latest changed first. The scope is a materialised CTE (as for activities). */
export async function findArticleRows(db: DbOrTx, f: ArticleFilter, limit: number): Promise<ArticleRow[]> {
  const where: SQL[] = [sql`true`];
  if (f.units) where.push(sql`a.unit_id in (select id from scope)`);
  if (f.status) where.push(sql`a.status = ${f.status}`);
  if (f.observanceCode) where.push(sql`a.observance_code = ${f.observanceCode}`);
  if (f.folded) where.push(sql`a.search_text like ${`%${likeEscape(f.folded)}%`}`);
  const rows = await db.execute<ArticleRow>(sql`
    ${f.units ? sql`with scope as materialized (${f.units})` : sql``}
    select ${ROW} ${FROM} where ${sql.join(where, sql` and `)}
    order by a.updated_at desc, a.id desc limit ${limit}`);
  return rows.rows;
}

const ts = (d: Date | null) => (d ? d.toISOString() : null);

export async function insertArticle(
  db: DbOrTx,
  v: ArticleContent & { unitId: number; provinceId: number | null },
  by: { userId: string; at: Date },
): Promise<number> {
  const rows = await db.execute<{ id: number }>(sql`
    insert into articles (unit_id, province_id, title, summary, body, author, cover_image_id, topic,
      observance_code, featured, publish_from, publish_until, status, search_text, created_by, created_at,
      updated_at)
    values (${v.unitId}, ${v.provinceId}, ${v.title}, ${v.summary}, ${v.body}, ${v.author}, ${v.coverImageId},
      ${v.topic}, ${v.observanceCode}, ${v.featured}, ${ts(v.publishFrom)}::timestamptz,
      ${ts(v.publishUntil)}::timestamptz, 'draft', ${v.searchText}, ${by.userId},
      ${by.at.toISOString()}::timestamptz, ${by.at.toISOString()}::timestamptz)
    returning id`);
  return rows.rows[0]!.id;
}

/** Writes the writer's fields and moves the version on. */
export async function updateArticleContent(db: DbOrTx, id: number, v: ArticleContent, at: Date) {
  await db.execute(sql`update articles set title = ${v.title}, summary = ${v.summary}, body = ${v.body},
      author = ${v.author}, cover_image_id = ${v.coverImageId}, topic = ${v.topic},
      observance_code = ${v.observanceCode}, featured = ${v.featured},
      publish_from = ${ts(v.publishFrom)}::timestamptz, publish_until = ${ts(v.publishUntil)}::timestamptz,
      search_text = ${v.searchText}, version = version + 1, updated_at = ${at.toISOString()}::timestamptz
    where id = ${id}`);
}

/** A workflow step: the status and what moves with it, and the version on. */
export async function updateArticleStatus(
  db: DbOrTx,
  id: number,
  change: {
    status: ArticleStatus;
    publishedAt: Date | null;
    publishFrom: Date | null;
    reviewNote: string | null;
  },
  at: Date,
) {
  await db.execute(sql`update articles set status = ${change.status},
      published_at = ${ts(change.publishedAt)}::timestamptz,
      publish_from = ${ts(change.publishFrom)}::timestamptz, review_note = ${change.reviewNote},
      version = version + 1, updated_at = ${at.toISOString()}::timestamptz
    where id = ${id}`);
}

export async function deleteArticleRow(db: DbOrTx, id: number) {
  await db.execute(sql`delete from articles where id = ${id}`);
}

/** A unit as an article names it, and its province today (itself for a province; none for the country). */
export type UnitPlace = { id: number; code: string; name: string; kind: string; provinceId: number | null };

export async function findUnitPlace(
  db: DbOrTx,
  unitId: number,
  today: IsoDate,
): Promise<UnitPlace | undefined> {
  const rows = await db.execute<UnitPlace>(sql`
    select u.id, u.code, u.name, u.kind,
      coalesce(case when u.kind = 'province' then u.id end, i.province_id,
        case when pu.kind = 'province' then pu.id end, case when gu.kind = 'province' then gu.id end)
        as "provinceId"
    from units u
    left join institutions i on i.unit_id = u.id
    left join lateral (select x.parent_id from unit_parents x where x.unit_id = u.id
      order by (${validOn('x', today)}) desc, x.valid_from desc limit 1) p on true
    left join units pu on pu.id = p.parent_id
    left join lateral (select y.parent_id from unit_parents y where y.unit_id = pu.id
      order by (${validOn('y', today)}) desc, y.valid_from desc limit 1) g on true
    left join units gu on gu.id = g.parent_id
    where u.id = ${unitId}`);
  return rows.rows[0];
}

/** True when the image exists and belongs to a unit among `units` (null: any unit). */
export async function hasImageIn(db: DbOrTx, imageId: string, units: SQL | null): Promise<boolean> {
  const rows = await db.execute<{ ok: boolean }>(sql`
    ${units ? sql`with scope as materialized (${units})` : sql``}
    select exists(select 1 from images im where im.id = ${imageId}::uuid
      ${units ? sql`and im.unit_id in (select id from scope)` : sql``}) as ok`);
  return rows.rows[0]?.ok === true;
}

export async function findDisplayName(db: DbOrTx, userId: string): Promise<string | undefined> {
  const rows = await db.execute<{ name: string }>(
    sql`select display_name as name from users where id = ${userId}::uuid`,
  );
  return rows.rows[0]?.name;
}

export type HistoryRow = { at: string; username: string | null; action: string; note: string | null };

/** The audit entries of an article in the order they were written. */
export async function findArticleHistory(db: DbOrTx, id: number): Promise<HistoryRow[]> {
  const rows = await db.execute<HistoryRow>(sql`
    select ${isoOf('e.at')} as at, e.username, e.action, e.after ->> 'note' as note
    from audit_entries e where e.entity = 'article' and e.entity_id = ${String(id)}
    order by e.id`);
  return rows.rows;
}
