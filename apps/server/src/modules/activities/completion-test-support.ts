import type { ActivityType } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

/**
 * Helpers of the completion and automatic-value tests (not a test file itself): activities, registrations and
 * attendance written by SQL, so that these tests do not depend on how activities are created or checked in.
 */

let next = 0;

/**
 * A published activity of an institution: its first session from `startsAt` to `endsAt`, and `sessions` (default
 * 1) weekly sessions in all, the activity ending with the last.
 */
export async function insertActivity(
  db: DbOrTx,
  a: {
    institutionId: number;
    type?: ActivityType;
    observanceCode?: string | null;
    startsAt: string;
    endsAt: string;
    status?: 'draft' | 'published' | 'cancelled' | 'completed';
    sessions?: number;
  },
): Promise<{ id: number; version: number }> {
  const weeks = (a.sessions ?? 1) - 1;
  const rows = await db.execute<{ id: number; version: number }>(sql`
    insert into activities (institution_id, type, title, observance_code, starts_at, ends_at, status)
    values (${a.institutionId}, ${a.type ?? 'event'}, ${`Hoạt động ${++next}`}, ${a.observanceCode ?? null},
      ${a.startsAt}::timestamptz, ${a.endsAt}::timestamptz + ${weeks}::int * interval '7 days', ${a.status ?? 'published'})
    returning id, version`);
  const activity = rows.rows[0]!;
  await db.execute(sql`insert into activity_sessions (activity_id, starts_at, ends_at)
    select ${activity.id}, ${a.startsAt}::timestamptz + i * interval '7 days',
      ${a.endsAt}::timestamptz + i * interval '7 days'
    from generate_series(0, ${weeks}::int) i`);
  return activity;
}

/** Registrations of an activity: `confirmed` checked in when `checkedIn` says how many. */
export async function insertRegistrations(
  db: DbOrTx,
  activityId: number,
  r: { confirmed: number; waitlisted?: number; cancelled?: number; checkedIn?: number },
): Promise<void> {
  const statuses = [
    ...Array<string>(r.confirmed).fill('confirmed'),
    ...Array<string>(r.waitlisted ?? 0).fill('waitlisted'),
    ...Array<string>(r.cancelled ?? 0).fill('cancelled'),
  ];
  const ids: number[] = [];
  for (const status of statuses) {
    const n = ++next;
    const row = await db.execute<{ id: number }>(sql`
      insert into registrations (activity_id, code, token_hash, name, contact, status, consent_at, consent_version)
      values (${activityId}, ${`T${n}`}, ${`hash-${n}`}, ${`Người ${n}`}, ${`${n}@example.vn`}, ${status}, now(), 'test')
      returning id`);
    ids.push(row.rows[0]!.id);
  }
  for (const id of ids.slice(0, r.checkedIn ?? 0)) {
    await db.execute(sql`insert into attendance (activity_id, registration_id, source, count)
      values (${activityId}, ${id}, 'check_in', 1)`);
  }
}

/** A walk-in headcount. */
export async function insertHeadcount(db: DbOrTx, activityId: number, count: number): Promise<void> {
  await db.execute(
    sql`insert into attendance (activity_id, source, count) values (${activityId}, 'headcount', ${count})`,
  );
}

/** Every attendance figure of an activity, by source. */
export async function attendanceOf(db: DbOrTx, activityId: number) {
  const rows = await db.execute<{ source: string; count: number }>(
    sql`select source, count from attendance where activity_id = ${activityId} order by id`,
  );
  return rows.rows;
}
