import type { ActivityStatus, ActivityType, IsoDate } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { column } from '../../db/sql-arrays';

/** What completing an activity and its automatic report values read and write (issue 7). SQL only. */

export type CompletionRow = {
  id: number;
  institutionId: number;
  status: ActivityStatus;
  version: number;
  /** The first session's start and the last session's end, in milliseconds since 1970. */
  startsAtMs: number;
  endsAtMs: number;
  /** The day (in Vietnam) the last session ends: it decides the report period. */
  endDay: IsoDate;
};

const COMPLETION_COLUMNS = sql`a.id, a.institution_id as "institutionId", a.status, a.version,
  (extract(epoch from a.starts_at) * 1000)::float8 as "startsAtMs",
  (extract(epoch from a.ends_at) * 1000)::float8 as "endsAtMs",
  to_char(a.ends_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as "endDay"`;

export async function findActivityForCompletion(
  db: DbOrTx,
  id: number,
  lock = false,
): Promise<CompletionRow | undefined> {
  const rows = await db.execute<CompletionRow>(
    sql`select ${COMPLETION_COLUMNS} from activities a where a.id = ${id} ${lock ? sql`for update` : sql``}`,
  );
  return rows.rows[0];
}

/**
 * Published activities whose last session ended before `endedBefore`, oldest first, locked and skipped when
 * another transaction holds them (a person completing one by hand at the same moment).
 */
export async function findEndedPublished(db: DbOrTx, endedBefore: Date, limit: number) {
  const rows = await db.execute<CompletionRow>(sql`select ${COMPLETION_COLUMNS} from activities a
    where a.status = 'published' and a.ends_at < ${endedBefore.toISOString()}::timestamptz
    order by a.ends_at, a.id limit ${limit} for update skip locked`);
  return rows.rows;
}

/** How much attendance was recorded, by check-in and headcount, and how many places are confirmed. */
export async function findAttendanceState(db: DbOrTx, activityId: number) {
  const rows = await db.execute<{ recorded: number; participants: number; confirmed: number }>(sql`
    select (select count(*) from attendance t where t.activity_id = ${activityId})::int as recorded,
      (select coalesce(sum(t.count), 0) from attendance t where t.activity_id = ${activityId})::int as participants,
      (select count(*) from registrations r
        where r.activity_id = ${activityId} and r.status = 'confirmed')::int as confirmed`);
  return rows.rows[0]!;
}

/** One attendance figure of source `registration`: the confirmed places, counted when nothing else was. */
export async function insertRegistrationAttendance(
  db: DbOrTx,
  a: { activityId: number; count: number; recordedBy: string | null; at: Date },
) {
  await db.execute(sql`insert into attendance (activity_id, source, count, note, recorded_by, recorded_at)
    values (${a.activityId}, 'registration', ${a.count}, 'confirmed registrations counted at completion',
      ${a.recordedBy}::uuid, ${a.at.toISOString()}::timestamptz)`);
}

export async function markCompleted(db: DbOrTx, id: number, at: Date): Promise<number> {
  const rows = await db.execute<{ version: number }>(sql`update activities
    set status = 'completed', version = version + 1, updated_at = ${at.toISOString()}::timestamptz
    where id = ${id} returning version`);
  return rows.rows[0]!.version;
}

/** A completed activity as the automatic values count it. */
export type HeldActivity = {
  id: number;
  type: ActivityType;
  observanceCode: string | null;
  /** Participations: every attendance figure, whatever its source. */
  participants: number;
  /** Sessions scheduled (a weekly class has many); 0 when the activity has no session rows. */
  sessions: number;
};

/** The institution's completed activities whose last session ends (in Vietnam) within [from, to]. */
export async function findHeldActivities(
  db: DbOrTx,
  institutionId: number,
  from: IsoDate,
  to: IsoDate,
): Promise<HeldActivity[]> {
  const rows = await db.execute<HeldActivity>(sql`
    select a.id, a.type, a.observance_code as "observanceCode",
      (select coalesce(sum(t.count), 0) from attendance t where t.activity_id = a.id)::int as participants,
      (select count(*) from activity_sessions s where s.activity_id = a.id)::int as sessions
    from activities a
    where a.institution_id = ${institutionId} and a.status = 'completed'
      and (a.ends_at at time zone 'Asia/Ho_Chi_Minh')::date between ${from}::date and ${to}::date
    order by a.id`);
  return rows.rows;
}

/** The national day each element counts events of (data_elements.observance), for the given elements. */
export async function findElementObservances(db: DbOrTx, codes: readonly string[]) {
  if (codes.length === 0) return new Map<string, string>();
  const rows = await db.execute<{ code: string; observance: string }>(sql`
    select code, observance from data_elements
    where code = any(${column(codes, (c) => c, 'text')}) and observance is not null`);
  return new Map(rows.rows.map((r) => [r.code, r.observance]));
}
