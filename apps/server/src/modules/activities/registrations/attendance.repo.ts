import type { AttendanceEntry } from '@suotdoi/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { activitySessions, attendance } from '../../../db/schema';
import { isoInstant } from './registrations.repo';

/** Điểm danh: attendance rows and sessions; queries only. */

export async function findSession(db: DbOrTx, activityId: number, sessionId: number) {
  const [row] = await db
    .select({ id: activitySessions.id })
    .from(activitySessions)
    .where(and(eq(activitySessions.id, sessionId), eq(activitySessions.activityId, activityId)));
  return row;
}

/**
 * The session attendance goes to when staff do not say: the one running now, else the last one started, else
 * (checking in early, before the first) the next to start. Null for an activity without sessions.
 */
export async function findDefaultSessionId(
  db: DbOrTx,
  activityId: number,
  now: Date,
): Promise<number | null> {
  const { rows } = await db.execute<{ id: number }>(sql`
    select id from activity_sessions where activity_id = ${activityId}
    order by (starts_at <= ${now} and ends_at > ${now}) desc,
             (starts_at <= ${now}) desc,
             case when starts_at <= ${now} then starts_at end desc nulls last,
             starts_at
    limit 1`);
  return rows[0]?.id ?? null;
}

/** The check-in of a registration for a session (or for the activity, without sessions), if any. */
export async function findCheckIn(db: DbOrTx, registrationId: number, sessionId: number | null) {
  const { rows } = await db.execute<{ id: number }>(sql`
    select id from attendance
    where registration_id = ${registrationId} and source = 'check_in'
      and session_id is not distinct from ${sessionId}
    limit 1`);
  return rows[0];
}

/** Inserts an attendance row; a check-in already there (the partial unique index) inserts nothing. */
export async function insertAttendance(
  tx: DbOrTx,
  values: typeof attendance.$inferInsert,
): Promise<number | undefined> {
  const [row] = await tx
    .insert(attendance)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: attendance.id });
  return row?.id;
}

/** The attendance of an activity, newest first, or one row of it. */
export async function findAttendanceEntries(
  db: DbOrTx,
  activityId: number,
  id?: number,
): Promise<AttendanceEntry[]> {
  const { rows } = await db.execute<
    Omit<AttendanceEntry, 'recordedBy' | 'sessionStartsAt' | 'recordedAt'> & {
      sessionStartsAt: string | null;
      recordedAt: string;
      userId: string | null;
      userName: string | null;
    }
  >(sql`
    select a.id, a.source, a.session_id as "sessionId", s.starts_at as "sessionStartsAt", a.count, a.note,
      r.code as "registrationCode", u.id as "userId", u.display_name as "userName",
      a.recorded_at as "recordedAt"
    from attendance a
      left join activity_sessions s on s.id = a.session_id
      left join registrations r on r.id = a.registration_id
      left join users u on u.id = a.recorded_by
    where a.activity_id = ${activityId} ${id === undefined ? sql`` : sql`and a.id = ${id}`}
    order by a.recorded_at desc, a.id desc`);
  return rows.map(({ userId, userName, ...r }) => ({
    ...r,
    sessionStartsAt: r.sessionStartsAt === null ? null : isoInstant(r.sessionStartsAt),
    recordedAt: isoInstant(r.recordedAt),
    recordedBy: userId === null ? null : { id: userId, name: userName ?? '' },
  }));
}
