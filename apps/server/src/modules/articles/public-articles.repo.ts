import type { ContentTopic } from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { isoOf } from '../activities/sql-time';

/** The portal's SQL for articles: what is published and inside its window at a given instant. No rules here. */

export interface PublicArticleFilter {
  /** The instant the window is read at (the service's clock). */
  now: Date;
  provinceId?: number;
  topic?: ContentTopic;
  observanceCode?: string;
  /** Folded text to find in the title, summary or body. */
  folded?: string;
  /** The latest published first, featured or not (a feed); otherwise featured first. */
  latest?: boolean;
}

/** An article in a list: no body (a list shows title, summary and cover). */
export type PublicArticleSummaryRow = {
  id: number;
  title: string;
  summary: string | null;
  author: string;
  unitName: string;
  provinceId: number | null;
  provinceName: string | null;
  coverImageId: string | null;
  topic: ContentTopic | null;
  observanceCode: string | null;
  featured: boolean;
  publishedAt: string;
  updatedAt: string;
};

export type PublicArticleRow = PublicArticleSummaryRow & { body: string };

const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Published, and `now` inside the window [publish_from, publish_until) (an open end is no limit). */
function visible(now: Date): SQL {
  const at = now.toISOString();
  return sql`a.status = 'published' and a.published_at is not null
    and (a.publish_from is null or a.publish_from <= ${at}::timestamptz)
    and (a.publish_until is null or a.publish_until > ${at}::timestamptz)`;
}

function matching(f: PublicArticleFilter): SQL {
  const where: SQL[] = [visible(f.now)];
  if (f.provinceId) where.push(sql`a.province_id = ${f.provinceId}`);
  if (f.topic) where.push(sql`a.topic = ${f.topic}`);
  if (f.observanceCode) where.push(sql`a.observance_code = ${f.observanceCode}`);
  if (f.folded) where.push(sql`a.search_text like ${`%${likeEscape(f.folded)}%`}`);
  return sql.join(where, sql` and `);
}

/** What a list reads: never the body (3–6 KB each, ~100 KB a page of 20, for lists that do not show it). */
const SUMMARY = sql`a.id, a.title, a.summary, a.author, u.name as "unitName", a.province_id as "provinceId",
  pu.name as "provinceName", a.cover_image_id as "coverImageId", a.topic, a.observance_code as "observanceCode",
  a.featured, ${isoOf('a.published_at')} as "publishedAt", ${isoOf('a.updated_at')} as "updatedAt"`;

const FROM = sql`from articles a join units u on u.id = a.unit_id left join units pu on pu.id = a.province_id`;

/** One page of the visible articles, featured first (unless `latest`), then the latest published; and how many match. */
export async function findPublicArticlePage(
  db: DbOrTx,
  f: PublicArticleFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: PublicArticleSummaryRow[] }> {
  const where = matching(f);
  const [count, rows] = await Promise.all([
    db.execute<{ total: number }>(sql`select count(*)::int as total from articles a where ${where}`),
    db.execute<PublicArticleSummaryRow>(sql`select ${SUMMARY} ${FROM} where ${where}
      order by ${f.latest ? sql`` : sql`a.featured desc,`} a.published_at desc, a.id desc limit ${page.limit} offset ${page.offset}`),
  ]);
  return { total: count.rows[0]?.total ?? 0, rows: rows.rows };
}

/** The article if it is visible at `now`. */
export async function findPublicArticle(
  db: DbOrTx,
  id: number,
  now: Date,
): Promise<PublicArticleRow | undefined> {
  const rows = await db.execute<PublicArticleRow>(
    sql`select ${SUMMARY}, a.body ${FROM} where a.id = ${id} and ${visible(now)}`,
  );
  return rows.rows[0];
}

/** The bodies of these articles, by id (a feed's entries: one read for the page it lists, not every match). */
export async function findArticleBodies(db: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.execute<{ id: number; body: string }>(
    sql`select a.id, a.body from articles a where a.id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.rows.map((r) => [r.id, r.body]));
}
