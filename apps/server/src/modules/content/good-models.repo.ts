import type { Adoption, ContentTopic, GoodModelStatus, InstitutionCategory, IsoDate } from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { validOn } from '../../db/validity';
import { isoOf } from '../activities/sql-time';

/** Mô hình hay: good models and their adoptions. SQL only, no rules. */

/** A figure as frozen with the model: the indicator's unit and names, so the text is formatted when read. */
export interface FrozenFigure {
  indicator: string;
  year: number;
  actual: number | null;
  unit: string;
  name: { vi: string; en: string };
  asOf: string | null;
}

/** The columns a writer gives, as read and as written. */
type GoodModelFields = {
  unitId: number;
  provinceId: number | null;
  title: string;
  topic: ContentTopic;
  categories: string[];
  summary: string;
  description: string;
  figures: FrozenFigure[];
  photoIds: string[];
  contactName: string;
  contactPhone: string | null;
  contactEmail: string | null;
  status: GoodModelStatus;
};

export type GoodModelRow = GoodModelFields & {
  id: number;
  unitCode: string;
  unitName: string;
  unitKind: string;
  provinceName: string | null;
  publishedAt: string | null;
  adoptionCount: number;
  version: number;
  updatedAt: string;
};

/** What an insert or an update writes (the columns the service computes). */
export type GoodModelValues = GoodModelFields & { publishedAt: Date | null; searchText: string };

const ROW = sql`m.id, m.unit_id as "unitId", u.code as "unitCode", u.name as "unitName", u.kind as "unitKind",
  m.province_id as "provinceId", p.name as "provinceName", m.title, m.topic, m.categories, m.summary,
  m.description, m.figures, m.photo_ids as "photoIds", m.contact_name as "contactName",
  m.contact_phone as "contactPhone", m.contact_email as "contactEmail", m.status,
  ${isoOf('m.published_at')} as "publishedAt",
  (select count(*)::int from good_model_adoptions a where a.model_id = m.id) as "adoptionCount",
  m.version, ${isoOf('m.updated_at')} as "updatedAt"`;

const FROM = sql`good_models m join units u on u.id = m.unit_id left join units p on p.id = m.province_id`;

export async function findModelRow(db: DbOrTx, id: number, lock = false): Promise<GoodModelRow | undefined> {
  const rows = await db.execute<GoodModelRow>(
    sql`select ${ROW} from ${FROM} where m.id = ${id} ${lock ? sql`for update of m` : sql``}`,
  );
  return rows.rows[0];
}

export interface GoodModelFilter {
  /** Models of units in this subquery only (null: of every unit). */
  units: SQL | null;
  /** Drafts of units in this subquery are shown too (null: every draft); published models always are. */
  draftsOf: SQL | null;
  topic?: ContentTopic;
  /** Models suited to this category: naming it, or naming none (they suit any). */
  category?: InstitutionCategory;
  status?: GoodModelStatus;
  /** Folded text to find in the title, summary, description or unit name. */
  folded?: string;
}

const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Models matching the filter, the most adopted first, then the latest published. The unit subqueries are
 * materialised CTEs: inside the WHERE, PGlite ran a recursive subtree once per row (activities.repo.ts).
 */
export async function findModelRows(db: DbOrTx, f: GoodModelFilter, limit: number): Promise<GoodModelRow[]> {
  const ctes: SQL[] = [];
  const where: SQL[] = [sql`true`];
  if (f.units) {
    ctes.push(sql`subtree as materialized (${f.units})`);
    where.push(sql`m.unit_id in (select id from subtree)`);
  }
  if (f.draftsOf) {
    ctes.push(sql`readable as materialized (${f.draftsOf})`);
    where.push(sql`(m.status = 'published' or m.unit_id in (select id from readable))`);
  }
  if (f.topic) where.push(sql`m.topic = ${f.topic}`);
  if (f.category)
    where.push(sql`(m.categories @> ${JSON.stringify([f.category])}::jsonb or m.categories = '[]'::jsonb)`);
  if (f.status) where.push(sql`m.status = ${f.status}`);
  if (f.folded) where.push(sql`m.search_text like ${`%${likeEscape(f.folded)}%`}`);
  const rows = await db.execute<GoodModelRow>(sql`
    ${ctes.length > 0 ? sql`with ${sql.join(ctes, sql`, `)}` : sql``}
    select * from (select ${ROW} from ${FROM} where ${sql.join(where, sql` and `)}) x
    order by x."adoptionCount" desc, x."publishedAt" desc nulls last, x.id desc limit ${limit}`);
  return rows.rows;
}

const json = (v: unknown) => sql`${JSON.stringify(v)}::jsonb`;
const ts = (d: Date | null) => sql`${d ? d.toISOString() : null}::timestamptz`;

export async function insertModel(
  db: DbOrTx,
  v: GoodModelValues,
  by: { userId: string; at: Date },
): Promise<number> {
  const rows = await db.execute<{ id: number }>(sql`
    insert into good_models (unit_id, province_id, title, topic, categories, summary, description, figures,
      photo_ids, contact_name, contact_phone, contact_email, status, published_at, search_text, created_by,
      created_at, updated_at)
    values (${v.unitId}, ${v.provinceId}, ${v.title}, ${v.topic}, ${json(v.categories)}, ${v.summary},
      ${v.description}, ${json(v.figures)}, ${json(v.photoIds)}, ${v.contactName}, ${v.contactPhone},
      ${v.contactEmail}, ${v.status}, ${ts(v.publishedAt)}, ${v.searchText}, ${by.userId}::uuid, ${ts(by.at)},
      ${ts(by.at)})
    returning id`);
  return rows.rows[0]!.id;
}

/** Writes every computed column and moves the version on. */
export async function updateModel(db: DbOrTx, id: number, v: GoodModelValues, at: Date): Promise<void> {
  await db.execute(sql`update good_models set province_id = ${v.provinceId}, title = ${v.title},
      topic = ${v.topic}, categories = ${json(v.categories)}, summary = ${v.summary},
      description = ${v.description}, figures = ${json(v.figures)}, photo_ids = ${json(v.photoIds)},
      contact_name = ${v.contactName}, contact_phone = ${v.contactPhone}, contact_email = ${v.contactEmail},
      status = ${v.status}, published_at = ${ts(v.publishedAt)}, search_text = ${v.searchText},
      version = version + 1, updated_at = ${ts(at)}
    where id = ${id}`);
}

export async function deleteModel(db: DbOrTx, id: number): Promise<void> {
  await db.execute(sql`delete from good_models where id = ${id}`);
}

/** Where a unit is today: its name and kind, and its province (itself for a province; null above one). */
export async function findUnitPlace(
  db: DbOrTx,
  unitId: number,
  today: IsoDate,
): Promise<{ name: string; kind: string; provinceId: number | null } | undefined> {
  const rows = await db.execute<{ name: string; kind: string; provinceId: number | null }>(sql`
    with recursive up(id, depth) as (
      select ${unitId}::int, 0
      union all
      select x.parent_id, up.depth + 1 from up
      join lateral (select y.parent_id from unit_parents y where y.unit_id = up.id
        order by (${validOn('y', today)}) desc, y.valid_from desc limit 1) x on true
      where up.depth < 10
    )
    select u.name, u.kind, (select p.id from up join units p on p.id = up.id where p.kind = 'province'
      order by up.depth limit 1) as "provinceId"
    from units u where u.id = ${unitId}`);
  return rows.rows[0];
}

export async function findAdoptions(db: DbOrTx, modelId: number): Promise<Adoption[]> {
  const rows = await db.execute<{
    id: number;
    unitId: number;
    unitName: string;
    unitKind: string;
    adoptedOn: string;
    note: string | null;
    createdAt: string;
  }>(sql`
    select a.id, a.unit_id as "unitId", u.name as "unitName", u.kind as "unitKind", a.adopted_on as "adoptedOn",
      a.note, ${isoOf('a.created_at')} as "createdAt"
    from good_model_adoptions a join units u on u.id = a.unit_id
    where a.model_id = ${modelId} order by a.adopted_on, a.id`);
  return rows.rows.map((r) => ({
    id: r.id,
    unit: { id: r.unitId, name: r.unitName, kind: r.unitKind },
    adoptedOn: r.adoptedOn,
    note: r.note,
    createdAt: r.createdAt,
  }));
}

export async function findAdoption(db: DbOrTx, id: number) {
  const rows = await db.execute<{ id: number; modelId: number; unitId: number; adoptedOn: string }>(sql`
    select id, model_id as "modelId", unit_id as "unitId", adopted_on as "adoptedOn"
    from good_model_adoptions where id = ${id}`);
  return rows.rows[0];
}

export async function hasAdoption(db: DbOrTx, modelId: number, unitId: number): Promise<boolean> {
  const rows = await db.execute<{ ok: boolean }>(sql`select exists(select 1 from good_model_adoptions
    where model_id = ${modelId} and unit_id = ${unitId}) as ok`);
  return rows.rows[0]?.ok === true;
}

export async function insertAdoption(
  db: DbOrTx,
  a: { modelId: number; unitId: number; adoptedOn: IsoDate; note: string | null },
  by: { userId: string; at: Date },
): Promise<number> {
  const rows = await db.execute<{ id: number }>(sql`
    insert into good_model_adoptions (model_id, unit_id, adopted_on, note, created_by, created_at)
    values (${a.modelId}, ${a.unitId}, ${a.adoptedOn}::date, ${a.note}, ${by.userId}::uuid, ${ts(by.at)})
    returning id`);
  return rows.rows[0]!.id;
}

export async function deleteAdoption(db: DbOrTx, id: number): Promise<void> {
  await db.execute(sql`delete from good_model_adoptions where id = ${id}`);
}
