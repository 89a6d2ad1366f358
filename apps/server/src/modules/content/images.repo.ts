import { type Image, imageUrl } from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

/** Ảnh: the images table. SQL only. */

export interface ImageValues {
  unitId: number;
  name: string;
  mime: string;
  sha256: string;
  bytes: Buffer;
  createdBy: string;
}

export async function insertImage(db: DbOrTx, v: ImageValues, at: Date): Promise<string> {
  const rows = await db.execute<{ id: string }>(sql`
    insert into images (unit_id, name, mime, size, sha256, content, created_by, created_at)
    values (${v.unitId}, ${v.name}, ${v.mime}, ${v.bytes.length}, ${v.sha256}, ${v.bytes}, ${v.createdBy}::uuid,
      ${at.toISOString()}::timestamptz)
    returning id`);
  return rows.rows[0]!.id;
}

/** What /media answers: the bytes, their type and their hash (the ETag). */
export async function findImageContent(db: DbOrTx, id: string) {
  const rows = await db.execute<{ mime: string; sha256: string; content: Buffer }>(
    sql`select mime, sha256, content from images where id = ${id}::uuid`,
  );
  return rows.rows[0];
}

type ImageRow = Omit<Image, 'url'> & { unitId: number };

/**
 * The images among `ids` (without their bytes), in no order; with `units`, only those of units in that subquery
 * (null: any unit). Unknown ids are simply missing.
 */
export async function findImages(
  db: DbOrTx,
  ids: readonly string[],
  units: SQL | null = null,
): Promise<(Image & { unitId: number })[]> {
  if (ids.length === 0) return [];
  const rows = await db.execute<ImageRow>(sql`
    ${units ? sql`with scope as materialized (${units})` : sql``}
    select id, unit_id as "unitId", name, mime, size from images
    where id = any(${sql.param([...ids])}::uuid[]) ${units ? sql`and unit_id in (select id from scope)` : sql``}`);
  return rows.rows.map((r) => ({ ...r, url: imageUrl(r.id) }));
}
