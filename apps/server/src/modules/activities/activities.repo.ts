import type {
  ActivityStatus,
  ActivityType,
  AttendanceCounts,
  Audience,
  IsoDate,
  Recurrence,
} from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { column } from '../../db/sql-arrays';
import { validOn } from '../../db/validity';
import type { SessionTimes } from './recurrence';
import { dateOf, isoOf } from './sql-time';

/** Hoạt động: the staff side's SQL (activities, their sessions, their counts). No rules here. */

/** An activity row as stored, with its institution's code and name. */
export type ActivityRow = {
  id: number;
  institutionId: number;
  institutionCode: string;
  institutionName: string;
  provinceId: number | null;
  communeId: number | null;
  type: ActivityType;
  title: string;
  description: string | null;
  audiences: Audience[];
  observanceCode: string | null;
  startsAt: Date;
  endsAt: Date;
  recurrence: Recurrence | null;
  place: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  requiresRegistration: boolean;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  status: ActivityStatus;
  cancelReason: string | null;
  version: number;
  updatedAt: Date;
};

export type SessionRow = { id: number; activityId: number; startsAt: Date; endsAt: Date };

/** What an insert or an update writes (the columns the service computes). */
export type ActivityValues = Omit<
  ActivityRow,
  'id' | 'institutionCode' | 'institutionName' | 'status' | 'cancelReason' | 'version' | 'updatedAt'
> & { status: ActivityStatus; searchText: string };

const ROW = sql`a.id, a.institution_id as "institutionId", u.code as "institutionCode",
  u.name as "institutionName", a.province_id as "provinceId", a.commune_id as "communeId", a.type, a.title,
  a.description, a.audiences, a.observance_code as "observanceCode", ${isoOf('a.starts_at')} as "startsAt",
  ${isoOf('a.ends_at')} as "endsAt", a.recurrence, a.place, a.online_url as "onlineUrl", a.capacity,
  a.requires_registration as "requiresRegistration",
  ${isoOf('a.registration_opens_at')} as "registrationOpensAt",
  ${isoOf('a.registration_closes_at')} as "registrationClosesAt", a.status, a.cancel_reason as "cancelReason",
  a.version, ${isoOf('a.updated_at')} as "updatedAt"`;

type RawRow = Omit<
  ActivityRow,
  'startsAt' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt' | 'updatedAt'
> & {
  startsAt: string;
  endsAt: string;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  updatedAt: string;
};

const rowOf = (r: RawRow): ActivityRow => ({
  ...r,
  startsAt: dateOf(r.startsAt),
  endsAt: dateOf(r.endsAt),
  registrationOpensAt: dateOf(r.registrationOpensAt),
  registrationClosesAt: dateOf(r.registrationClosesAt),
  updatedAt: dateOf(r.updatedAt),
});

export async function findActivityRow(
  db: DbOrTx,
  id: number,
  lock = false,
): Promise<ActivityRow | undefined> {
  const rows = await db.execute<RawRow>(sql`select ${ROW} from activities a
    join units u on u.id = a.institution_id where a.id = ${id} ${lock ? sql`for update of a` : sql``}`);
  return rows.rows[0] && rowOf(rows.rows[0]);
}

export interface ActivityFilter {
  /** A subquery of unit ids: activities of institutions among them (null: every activity). */
  units: SQL | null;
  status?: ActivityStatus;
  type?: ActivityType;
  /** Activities not ended before this instant. */
  endsFrom?: Date;
  /** Activities starting before this instant. */
  startsBefore?: Date;
  /** Folded text to find in the title, description, place or institution name. */
  folded?: string;
}

const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Activities matching the filter, by start. The unit scope is a materialised CTE: inside the WHERE, PGlite ran
 * the recursive subtree once per row (the same finding as the institutions list).
 */
export async function findActivityRows(db: DbOrTx, f: ActivityFilter, limit: number): Promise<ActivityRow[]> {
  const where: SQL[] = [sql`true`];
  if (f.units) where.push(sql`a.institution_id in (select id from scope)`);
  if (f.status) where.push(sql`a.status = ${f.status}`);
  if (f.type) where.push(sql`a.type = ${f.type}`);
  if (f.endsFrom) where.push(sql`a.ends_at >= ${f.endsFrom.toISOString()}::timestamptz`);
  if (f.startsBefore) where.push(sql`a.starts_at < ${f.startsBefore.toISOString()}::timestamptz`);
  if (f.folded) where.push(sql`a.search_text like ${`%${likeEscape(f.folded)}%`}`);
  const rows = await db.execute<RawRow>(sql`
    ${f.units ? sql`with scope as materialized (${f.units})` : sql``}
    select ${ROW} from activities a join units u on u.id = a.institution_id
    where ${sql.join(where, sql` and `)} order by a.starts_at, a.id limit ${limit}`);
  return rows.rows.map(rowOf);
}

export async function findSessions(db: DbOrTx, activityIds: readonly number[]): Promise<SessionRow[]> {
  if (activityIds.length === 0) return [];
  const rows = await db.execute<{ id: number; activityId: number; startsAt: string; endsAt: string }>(sql`
    select s.id, s.activity_id as "activityId", ${isoOf('s.starts_at')} as "startsAt",
      ${isoOf('s.ends_at')} as "endsAt"
    from activity_sessions s where s.activity_id = any(${sql.param([...activityIds])}::int[])
    order by s.activity_id, s.starts_at, s.id`);
  return rows.rows.map((r) => ({ ...r, startsAt: dateOf(r.startsAt), endsAt: dateOf(r.endsAt) }));
}

/** Registrations and attendance of every listed activity, in one query (AttendanceCounts). */
export async function findCounts(
  db: DbOrTx,
  activityIds: readonly number[],
): Promise<Map<number, AttendanceCounts>> {
  if (activityIds.length === 0) return new Map();
  const rows = await db.execute<AttendanceCounts & { id: number }>(sql`
    select a.id, coalesce(r.confirmed, 0)::int as confirmed, coalesce(r.waitlisted, 0)::int as waitlisted,
      coalesce(r.cancelled, 0)::int as cancelled, coalesce(t."checkedIn", 0)::int as "checkedIn",
      coalesce(t.headcount, 0)::int as headcount, coalesce(t.participants, 0)::int as participants
    from unnest(${sql.param([...activityIds])}::int[]) as a(id)
    left join (
      select activity_id, count(*) filter (where status = 'confirmed') as confirmed,
        count(*) filter (where status = 'waitlisted') as waitlisted,
        count(*) filter (where status = 'cancelled') as cancelled
      from registrations where activity_id = any(${sql.param([...activityIds])}::int[]) group by activity_id
    ) r on r.activity_id = a.id
    left join (
      select activity_id,
        count(distinct registration_id) filter (where source = 'check_in') as "checkedIn",
        sum(count) filter (where source = 'headcount') as headcount,
        sum(count) as participants
      from attendance where activity_id = any(${sql.param([...activityIds])}::int[]) group by activity_id
    ) t on t.activity_id = a.id`);
  return new Map(rows.rows.map(({ id, ...counts }) => [id, counts]));
}

/** Where an institution is today: its kind, name, validity, province (denormalised) and commune (its parent). */
export type InstitutionPlace = {
  id: number;
  kind: string;
  name: string;
  validTo: IsoDate | null;
  provinceId: number | null;
  communeId: number | null;
};

export async function findInstitutionPlace(
  db: DbOrTx,
  unitId: number,
  today: IsoDate,
): Promise<InstitutionPlace | undefined> {
  const rows = await db.execute<InstitutionPlace>(sql`
    select u.id, u.kind, u.name, u.valid_to as "validTo",
      coalesce(i.province_id, case when pu.kind = 'province' then pu.id end,
        case when gu.kind = 'province' then gu.id end) as "provinceId",
      case when pu.kind = 'commune' then pu.id end as "communeId"
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

export async function hasObservance(db: DbOrTx, code: string): Promise<boolean> {
  const rows = await db.execute<{ ok: boolean }>(
    sql`select exists(select 1 from observances where code = ${code}) as ok`,
  );
  return rows.rows[0]?.ok === true;
}

const ts = (d: Date | null) => (d ? d.toISOString() : null);

export async function insertActivity(
  db: DbOrTx,
  v: ActivityValues,
  by: { userId: string; at: Date },
): Promise<number> {
  const rows = await db.execute<{ id: number }>(sql`
    insert into activities (institution_id, province_id, commune_id, type, title, description, audiences,
      observance_code, starts_at, ends_at, recurrence, place, online_url, capacity, requires_registration,
      registration_opens_at, registration_closes_at, status, search_text, created_by, created_at, updated_at)
    values (${v.institutionId}, ${v.provinceId}, ${v.communeId}, ${v.type}, ${v.title}, ${v.description},
      ${JSON.stringify(v.audiences)}::jsonb, ${v.observanceCode}, ${ts(v.startsAt)}::timestamptz,
      ${ts(v.endsAt)}::timestamptz, ${v.recurrence ? JSON.stringify(v.recurrence) : null}::jsonb, ${v.place},
      ${v.onlineUrl}, ${v.capacity}, ${v.requiresRegistration}, ${ts(v.registrationOpensAt)}::timestamptz,
      ${ts(v.registrationClosesAt)}::timestamptz, ${v.status}, ${v.searchText}, ${by.userId},
      ${by.at.toISOString()}::timestamptz, ${by.at.toISOString()}::timestamptz)
    returning id`);
  return rows.rows[0]!.id;
}

/** Writes every computed column and moves the version on. */
export async function updateActivity(db: DbOrTx, id: number, v: ActivityValues, at: Date): Promise<void> {
  await db.execute(sql`update activities set province_id = ${v.provinceId}, commune_id = ${v.communeId},
      type = ${v.type}, title = ${v.title}, description = ${v.description},
      audiences = ${JSON.stringify(v.audiences)}::jsonb, observance_code = ${v.observanceCode},
      starts_at = ${ts(v.startsAt)}::timestamptz, ends_at = ${ts(v.endsAt)}::timestamptz,
      recurrence = ${v.recurrence ? JSON.stringify(v.recurrence) : null}::jsonb, place = ${v.place},
      online_url = ${v.onlineUrl}, capacity = ${v.capacity}, requires_registration = ${v.requiresRegistration},
      registration_opens_at = ${ts(v.registrationOpensAt)}::timestamptz,
      registration_closes_at = ${ts(v.registrationClosesAt)}::timestamptz, status = ${v.status},
      search_text = ${v.searchText}, version = version + 1, updated_at = ${at.toISOString()}::timestamptz
    where id = ${id}`);
}

export async function updateActivityStatus(
  db: DbOrTx,
  id: number,
  change: { status: ActivityStatus; cancelReason: string | null },
  at: Date,
): Promise<void> {
  await db.execute(sql`update activities set status = ${change.status}, cancel_reason = ${change.cancelReason},
      version = version + 1, updated_at = ${at.toISOString()}::timestamptz where id = ${id}`);
}

export async function insertSessions(db: DbOrTx, activityId: number, sessions: readonly SessionTimes[]) {
  if (sessions.length === 0) return;
  await db.execute(sql`insert into activity_sessions (activity_id, starts_at, ends_at)
    select ${activityId}, s, e from unnest(${column(sessions, (s) => s.startsAt.toISOString(), 'timestamptz')},
      ${column(sessions, (s) => s.endsAt.toISOString(), 'timestamptz')}) as x(s, e)`);
}

export async function updateSessionTimes(db: DbOrTx, sessions: readonly (SessionTimes & { id: number })[]) {
  if (sessions.length === 0) return;
  await db.execute(sql`update activity_sessions s set starts_at = x.st, ends_at = x.en
    from unnest(${column(sessions, (s) => s.id, 'int')},
      ${column(sessions, (s) => s.startsAt.toISOString(), 'timestamptz')},
      ${column(sessions, (s) => s.endsAt.toISOString(), 'timestamptz')}) as x(id, st, en)
    where s.id = x.id`);
}

export async function deleteSessions(db: DbOrTx, ids: readonly number[]) {
  if (ids.length === 0) return;
  await db.execute(sql`delete from activity_sessions where id = any(${sql.param([...ids])}::int[])`);
}

/** Sessions among `ids` that have attendance recorded against them. */
export async function findSessionsWithAttendance(db: DbOrTx, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.execute<{ id: number }>(sql`select distinct session_id as id from attendance
    where session_id = any(${sql.param([...ids])}::int[])`);
  return rows.rows.map((r) => r.id);
}

/** Contacts of the confirmed and waitlisted registrants of an activity (to tell them it was cancelled). */
export async function findActiveContacts(db: DbOrTx, activityId: number): Promise<string[]> {
  const rows = await db.execute<{ contact: string }>(sql`select contact from registrations
    where activity_id = ${activityId} and status in ('confirmed', 'waitlisted') and contact is not null
    order by seq`);
  return rows.rows.map((r) => r.contact);
}
