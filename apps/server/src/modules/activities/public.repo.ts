import type {
  ActivityStatus,
  ActivityType,
  Audience,
  InstitutionCategory,
  IsoDate,
  PublicInstitution,
  PublicPlace,
} from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { validOn } from '../../db/validity';
import { dateOf, isoOf } from './sql-time';

/** The public portal's SQL: published activities, places, the institution directory. No rules here. */

export interface PublicFilter {
  /** Sessions not ended before this instant (the start of the `from` day). */
  from: Date;
  /** Sessions starting before this instant (the end of the `to` day). */
  to?: Date;
  provinceId?: number;
  communeId?: number;
  institutionId?: number;
  type?: ActivityType;
  audience?: Audience;
  observance?: string;
  folded?: string;
}

const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The activities the public sees (published, and cancelled ones still upcoming so that people learn of it) with
 * a session not ended by `from` (and starting by `to`), ordered by that next session.
 */
function matching(f: PublicFilter): SQL {
  const where: SQL[] = [
    sql`a.status in ('published', 'cancelled')`,
    sql`a.ends_at >= ${f.from.toISOString()}::timestamptz`,
  ];
  if (f.provinceId) where.push(sql`a.province_id = ${f.provinceId}`);
  if (f.communeId) where.push(sql`a.commune_id = ${f.communeId}`);
  if (f.institutionId) where.push(sql`a.institution_id = ${f.institutionId}`);
  if (f.type) where.push(sql`a.type = ${f.type}`);
  // An activity for everyone is for children too.
  if (f.audience) {
    where.push(sql`(a.audiences @> ${JSON.stringify([f.audience])}::jsonb
      or a.audiences @> '["everyone"]'::jsonb)`);
  }
  if (f.observance) where.push(sql`a.observance_code = ${f.observance}`);
  if (f.folded) where.push(sql`a.search_text like ${`%${likeEscape(f.folded)}%`}`);
  return sql`select a.id, n.next_start from activities a
    cross join lateral (select min(s.starts_at) as next_start from activity_sessions s
      where s.activity_id = a.id and s.ends_at >= ${f.from.toISOString()}::timestamptz
        ${f.to ? sql`and s.starts_at < ${f.to.toISOString()}::timestamptz` : sql``}) n
    where ${sql.join(where, sql` and `)} and n.next_start is not null`;
}

/** One page of matching ids, in order, and how many match: one round trip. */
export async function findPublicPage(
  db: DbOrTx,
  f: PublicFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; ids: number[] }> {
  const rows = await db.execute<{ total: number; ids: number[] }>(sql`
    with m as materialized (${matching(f)}),
    p as (select id, next_start from m order by next_start, id limit ${page.limit} offset ${page.offset})
    select (select count(*) from m)::int as total,
      coalesce((select json_agg(id order by next_start, id) from p), '[]'::json) as ids`);
  return rows.rows[0] ?? { total: 0, ids: [] };
}

export type PublicRow = {
  id: number;
  institutionId: number;
  type: ActivityType;
  title: string;
  description: string | null;
  audiences: Audience[];
  observanceCode: string | null;
  observanceName: string | null;
  startsAt: string;
  endsAt: string;
  place: string | null;
  onlineUrl: string | null;
  institutionName: string;
  address: string | null;
  communeName: string | null;
  provinceName: string | null;
  capacity: number | null;
  confirmed: number;
  requiresRegistration: boolean;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  status: ActivityStatus;
  cancelReason: string | null;
  /** The sessions not ended by `from`, the first `sessions` of them. */
  sessions: { id: number; startsAt: string; endsAt: string }[];
};

/**
 * What the portal shows of these activities (drafts never), with their confirmed places and their next
 * sessions after `from`. Instants are written in SQL as toISOString writes them, whatever the session's zone.
 */
export async function findPublicRows(
  db: DbOrTx,
  ids: readonly number[],
  from: Date,
  sessions = 10,
): Promise<PublicRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.execute<PublicRow>(sql`
    select a.id, a.institution_id as "institutionId", a.type, a.title, a.description, a.audiences,
      a.observance_code as "observanceCode", o.name_vi as "observanceName",
      ${isoOf('a.starts_at')} as "startsAt", ${isoOf('a.ends_at')} as "endsAt",
      a.place, a.online_url as "onlineUrl", u.name as "institutionName", i.address,
      cu.name as "communeName", pu.name as "provinceName", a.capacity,
      (select count(*) from registrations r where r.activity_id = a.id and r.status = 'confirmed')::int
        as confirmed,
      a.requires_registration as "requiresRegistration",
      ${isoOf('a.registration_opens_at')} as "registrationOpensAt",
      ${isoOf('a.registration_closes_at')} as "registrationClosesAt", a.status,
      a.cancel_reason as "cancelReason",
      coalesce((select json_agg(json_build_object('id', s.id, 'startsAt', ${isoOf('s.starts_at')},
          'endsAt', ${isoOf('s.ends_at')}) order by s.starts_at, s.id)
        from (select x.id, x.starts_at, x.ends_at from activity_sessions x
          where x.activity_id = a.id and x.ends_at >= ${from.toISOString()}::timestamptz
          order by x.starts_at, x.id limit ${sessions}) s), '[]'::json) as sessions
    from activities a
    join units u on u.id = a.institution_id
    left join institutions i on i.unit_id = a.institution_id
    left join units cu on cu.id = a.commune_id
    left join units pu on pu.id = a.province_id
    left join observances o on o.code = a.observance_code
    where a.id = any(${sql.param([...ids])}::int[]) and a.status <> 'draft'`);
  return rows.rows;
}

/** Every session of these activities not ended before `from` (the iCal feeds), in order. */
export async function findSessionsFrom(db: DbOrTx, ids: readonly number[], from: Date) {
  if (ids.length === 0) return [];
  const rows = await db.execute<{ id: number; activityId: number; startsAt: string; endsAt: string }>(sql`
    select s.id, s.activity_id as "activityId", ${isoOf('s.starts_at')} as "startsAt",
      ${isoOf('s.ends_at')} as "endsAt"
    from activity_sessions s where s.activity_id = any(${sql.param([...ids])}::int[])
      and s.ends_at >= ${from.toISOString()}::timestamptz
    order by s.activity_id, s.starts_at`);
  return rows.rows.map((r) => ({ ...r, startsAt: dateOf(r.startsAt), endsAt: dateOf(r.endsAt) }));
}

/** Provinces valid on `day`, or the communes whose parent on `day` is `provinceId`. */
export async function findPlaces(db: DbOrTx, provinceId: number | undefined, day: IsoDate) {
  const rows = await db.execute<PublicPlace>(
    provinceId
      ? sql`select u.id, u.code, u.name, u.type_name as "typeName" from units u
          join unit_parents p on p.unit_id = u.id and p.parent_id = ${provinceId} and ${validOn('p', day)}
          where u.kind = 'commune' and ${validOn('u', day)}`
      : sql`select u.id, u.code, u.name, u.type_name as "typeName" from units u
          where u.kind = 'province' and ${validOn('u', day)}`,
  );
  return rows.rows;
}

export interface DirectoryFilter {
  provinceId?: number;
  communeId?: number;
  category?: InstitutionCategory;
  folded?: string;
  id?: number;
}

function directoryParts(f: DirectoryFilter, day: IsoDate): SQL {
  const where: SQL[] = [validOn('u', day)];
  if (f.id) where.push(sql`u.id = ${f.id}`);
  if (f.provinceId) where.push(sql`i.province_id = ${f.provinceId}`);
  if (f.communeId) where.push(sql`pl.parent_id = ${f.communeId}`);
  if (f.category) where.push(sql`i.category = ${f.category}`);
  if (f.folded) where.push(sql`u.search_name like ${`%${likeEscape(f.folded)}%`}`);
  return sql`from institutions i join units u on u.id = i.unit_id
    left join lateral (select x.parent_id from unit_parents x where x.unit_id = u.id and ${validOn('x', day)}
      order by x.valid_from desc limit 1) pl on true
    left join units cu on cu.id = pl.parent_id and cu.kind = 'commune'
    left join units pv on pv.id = i.province_id
    where ${sql.join(where, sql` and `)}`;
}

/** Institutions valid on `day`, in Vietnamese order (the stored collation key), with hours and services. */
export async function findDirectory(
  db: DbOrTx,
  f: DirectoryFilter,
  day: IsoDate,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: PublicInstitution[] }> {
  const parts = directoryParts(f, day);
  const [items, total] = await Promise.all([
    db.execute<PublicInstitution>(sql`select u.id, u.code, u.name, i.category, i.address, i.phone, i.email,
        i.website, i.opening_hours as "openingHours", i.services, cu.name as "communeName",
        pv.name as "provinceName"
      ${parts} order by i.name_sort_key collate "C", u.id limit ${page.limit} offset ${page.offset}`),
    db.execute<{ n: number }>(sql`select count(*)::int as n ${parts}`),
  ]);
  return { total: total.rows[0]?.n ?? 0, items: items.rows };
}

export type IcalRow = {
  id: number;
  title: string;
  description: string | null;
  place: string | null;
  onlineUrl: string | null;
  status: ActivityStatus;
  cancelReason: string | null;
  version: number;
  updatedAt: string;
  institutionName: string;
  address: string | null;
};

/** What a calendar event says of these activities (drafts never). */
export async function findIcalRows(db: DbOrTx, ids: readonly number[]): Promise<IcalRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.execute<IcalRow>(sql`select a.id, a.title, a.description, a.place,
      a.online_url as "onlineUrl", a.status, a.cancel_reason as "cancelReason", a.version,
      ${isoOf('a.updated_at')} as "updatedAt", u.name as "institutionName", i.address
    from activities a join units u on u.id = a.institution_id
    left join institutions i on i.unit_id = a.institution_id
    where a.id = any(${sql.param([...ids])}::int[]) and a.status <> 'draft'`);
  return rows.rows;
}
