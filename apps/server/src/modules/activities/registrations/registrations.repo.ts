import type { AttendanceCounts, RegistrationStatus } from '@suotdoi/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { activities, learners, registrations, units } from '../../../db/schema';

/** Registrations and learners: queries only. Attendance lives in attendance.repo.ts. */

/**
 * An instant from a raw `execute`: drizzle's pg driver hands timestamps over as text ("2027-04-10 03:00:00+00")
 * so that its own columns can map them; raw queries get that text.
 */
export const isoInstant = (value: Date | string): string => new Date(value).toISOString();

export interface ActivityForRegistration {
  id: number;
  institutionId: number;
  title: string;
  status: string;
  cancelReason: string | null;
  capacity: number | null;
  requiresRegistration: boolean;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  startsAt: Date;
  endsAt: Date;
}

const activityColumns = {
  id: activities.id,
  institutionId: activities.institutionId,
  title: activities.title,
  status: activities.status,
  cancelReason: activities.cancelReason,
  capacity: activities.capacity,
  requiresRegistration: activities.requiresRegistration,
  registrationOpensAt: activities.registrationOpensAt,
  registrationClosesAt: activities.registrationClosesAt,
  startsAt: activities.startsAt,
  endsAt: activities.endsAt,
};

/**
 * The activity row, locked until the transaction ends: every change to an activity's registrations (register,
 * cancel, promote) takes this lock first, so places are counted and given one at a time.
 */
export async function lockActivity(tx: DbOrTx, id: number): Promise<ActivityForRegistration | undefined> {
  const [row] = await tx.select(activityColumns).from(activities).where(eq(activities.id, id)).for('update');
  return row;
}

export async function findActivity(db: DbOrTx, id: number): Promise<ActivityForRegistration | undefined> {
  const [row] = await db.select(activityColumns).from(activities).where(eq(activities.id, id));
  return row;
}

export async function countRegistrations(tx: DbOrTx, activityId: number) {
  const { rows } = await tx.execute<{ confirmed: number; waitlisted: number }>(sql`
    select count(*) filter (where status = 'confirmed')::int as confirmed,
           count(*) filter (where status = 'waitlisted')::int as waitlisted
    from registrations where activity_id = ${activityId}`);
  return rows[0]!;
}

/** True when this (normalised) contact holds a confirmed or waitlisted registration for the activity. */
export async function hasLiveRegistration(tx: DbOrTx, activityId: number, contact: string): Promise<boolean> {
  const { rows } = await tx.execute(sql`
    select 1 from registrations
    where activity_id = ${activityId} and contact = ${contact} and status in ('confirmed', 'waitlisted')
    limit 1`);
  return rows.length > 0;
}

export async function isCodeTaken(tx: DbOrTx, code: string): Promise<boolean> {
  const { rows } = await tx.execute(sql`select 1 from registrations where code = ${code}`);
  return rows.length > 0;
}

export async function insertRegistration(tx: DbOrTx, values: typeof registrations.$inferInsert) {
  const [row] = await tx
    .insert(registrations)
    .values(values)
    .returning({ id: registrations.id, seq: registrations.seq });
  return row!;
}

/** 1 for the next on the waitlist: the waitlisted registrations of the activity up to this one, by arrival. */
export async function waitlistPosition(db: DbOrTx, activityId: number, seq: number): Promise<number> {
  const { rows } = await db.execute<{ n: number }>(sql`
    select count(*)::int as n from registrations
    where activity_id = ${activityId} and status = 'waitlisted' and seq <= ${seq}`);
  return rows[0]!.n;
}

export interface RegistrationPage {
  id: number;
  activityId: number;
  code: string;
  name: string | null;
  contact: string | null;
  status: RegistrationStatus;
  seq: number;
  activity: {
    id: number;
    title: string;
    startsAt: Date;
    endsAt: Date;
    place: string | null;
    onlineUrl: string | null;
    institutionName: string;
    status: string;
    cancelReason: string | null;
  };
}

/** A registration with what its page shows of the activity, by the hash of its link's secret or by id. */
export async function findRegistrationPage(
  db: DbOrTx,
  by: { tokenHash: string } | { id: number },
): Promise<RegistrationPage | undefined> {
  const [row] = await db
    .select({
      id: registrations.id,
      activityId: registrations.activityId,
      code: registrations.code,
      name: registrations.name,
      contact: registrations.contact,
      status: registrations.status,
      seq: registrations.seq,
      activity: {
        id: activities.id,
        title: activities.title,
        startsAt: activities.startsAt,
        endsAt: activities.endsAt,
        place: activities.place,
        onlineUrl: activities.onlineUrl,
        institutionName: units.name,
        status: activities.status,
        cancelReason: activities.cancelReason,
      },
    })
    .from(registrations)
    .innerJoin(activities, eq(activities.id, registrations.activityId))
    .innerJoin(units, eq(units.id, activities.institutionId))
    .where('tokenHash' in by ? eq(registrations.tokenHash, by.tokenHash) : eq(registrations.id, by.id));
  return row as RegistrationPage | undefined;
}

export async function findRegistrationByCode(tx: DbOrTx, activityId: number, code: string) {
  const [row] = await tx
    .select({ id: registrations.id, name: registrations.name, status: registrations.status })
    .from(registrations)
    .where(and(eq(registrations.activityId, activityId), eq(registrations.code, code)));
  return row as { id: number; name: string | null; status: RegistrationStatus } | undefined;
}

export async function hasCheckIn(db: DbOrTx, registrationId: number): Promise<boolean> {
  const { rows } = await db.execute(sql`
    select 1 from attendance where registration_id = ${registrationId} and source = 'check_in' limit 1`);
  return rows.length > 0;
}

export async function markCancelled(tx: DbOrTx, id: number, now: Date) {
  await tx
    .update(registrations)
    .set({ status: 'cancelled', cancelledAt: now })
    .where(eq(registrations.id, id));
}

export type Promoted = {
  id: number;
  code: string;
  contact: string | null;
};

/** Gives places to the first `places` on the waitlist, in order of arrival. */
export async function promoteWaitlisted(
  tx: DbOrTx,
  activityId: number,
  places: number,
  now: Date,
): Promise<Promoted[]> {
  const { rows } = await tx.execute<Promoted>(sql`
    update registrations set status = 'confirmed', promoted_at = ${now}
    where id in (
      select id from registrations where activity_id = ${activityId} and status = 'waitlisted'
      order by seq limit ${places})
    returning id, code, contact`);
  return rows;
}

/** The staff list: everyone who registered, in order of arrival, with waitlist places and check-ins. */
export async function findStaffRegistrations(db: DbOrTx, activityId: number) {
  const { rows } = await db.execute<{
    id: number;
    code: string;
    name: string | null;
    contact: string | null;
    status: RegistrationStatus;
    position: number | null;
    createdAt: string;
    checkedIn: boolean;
  }>(sql`
    select r.id, r.code, r.name, r.contact, r.status,
      case when r.status = 'waitlisted'
        then (row_number() over (partition by r.status order by r.seq))::int end as position,
      r.created_at as "createdAt",
      exists(select 1 from attendance a where a.registration_id = r.id and a.source = 'check_in') as "checkedIn"
    from registrations r where r.activity_id = ${activityId}
    order by r.seq`);
  return rows.map((r) => ({ ...r, createdAt: isoInstant(r.createdAt) }));
}

/** Counts of an activity's registrations and attendance (see AttendanceCounts). */
export async function countAttendance(db: DbOrTx, activityId: number): Promise<AttendanceCounts> {
  const { rows } = await db.execute<AttendanceCounts>(sql`
    select
      (select count(*) from registrations where activity_id = ${activityId} and status = 'confirmed')::int
        as confirmed,
      (select count(*) from registrations where activity_id = ${activityId} and status = 'waitlisted')::int
        as waitlisted,
      (select count(*) from registrations where activity_id = ${activityId} and status = 'cancelled')::int
        as cancelled,
      (select count(distinct registration_id) from attendance
        where activity_id = ${activityId} and source = 'check_in')::int as "checkedIn",
      (select coalesce(sum(count), 0) from attendance
        where activity_id = ${activityId} and source = 'headcount')::int as headcount,
      (select coalesce(sum(count), 0) from attendance where activity_id = ${activityId})::int as participants`);
  return rows[0]!;
}

// -----------------------------------------------------------------------------------------------------------
// Learners.

/**
 * The learner of this contact hash, created when there is none (then with this token hash and name).
 * `created` tells whether the token is the learner's: an existing learner keeps theirs.
 */
export async function findOrInsertLearner(
  tx: DbOrTx,
  values: { contactHash: string; tokenHash: string; name: string },
): Promise<{ id: number; created: boolean }> {
  const [inserted] = await tx
    .insert(learners)
    .values(values)
    .onConflictDoNothing({ target: learners.contactHash })
    .returning({ id: learners.id });
  if (inserted) return { id: inserted.id, created: true };
  const [found] = await tx
    .select({ id: learners.id })
    .from(learners)
    .where(eq(learners.contactHash, values.contactHash));
  return { id: found!.id, created: false };
}

export async function findLearnerByTokenHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({ id: learners.id, name: learners.name })
    .from(learners)
    .where(eq(learners.tokenHash, tokenHash));
  return row;
}

/**
 * What a learner attended: the activities where one of their registrations was checked in, with the sessions
 * checked in and their hours (a session's length; an activity without sessions counts its own length once).
 */
export async function findLearnerAttendance(db: DbOrTx, learnerId: number) {
  const { rows } = await db.execute<{
    title: string;
    institutionName: string;
    type: string;
    startsAt: string;
    sessionsAttended: number;
    hours: number;
  }>(sql`
    with attended as (
      select distinct at.activity_id, at.session_id
      from attendance at join registrations r on r.id = at.registration_id
      where r.learner_id = ${learnerId} and at.source = 'check_in')
    select a.title, u.name as "institutionName", a.type, a.starts_at as "startsAt",
      count(*)::int as "sessionsAttended",
      sum(extract(epoch from coalesce(s.ends_at - s.starts_at, a.ends_at - a.starts_at)) / 3600)::float8
        as hours
    from attended t
      join activities a on a.id = t.activity_id
      join units u on u.id = a.institution_id
      left join activity_sessions s on s.id = t.session_id
    group by a.id, a.title, u.name, a.type, a.starts_at
    order by a.starts_at, a.id`);
  return rows.map((r) => ({ ...r, startsAt: isoInstant(r.startsAt) }));
}

/** Erases the name and contact of the learner's registrations and deletes the learner; the count erased. */
export async function deleteLearnerAndErase(tx: DbOrTx, learnerId: number, now: Date): Promise<number> {
  const { rows } = await tx.execute(sql`
    update registrations set name = null, contact = null, erased_at = coalesce(erased_at, ${now})
    where learner_id = ${learnerId} returning id`);
  await tx.delete(learners).where(eq(learners.id, learnerId));
  return rows.length;
}

/**
 * Erases the name and contact of every registration whose activity ended before `endedBefore`; the count
 * erased. The learner link stays: a learner's record still lists what they attended.
 */
export async function eraseExpiredRegistrations(tx: DbOrTx, endedBefore: Date, now: Date): Promise<number> {
  const { rows } = await tx.execute(sql`
    update registrations r set name = null, contact = null, erased_at = ${now}
    from activities a
    where a.id = r.activity_id and a.ends_at < ${endedBefore} and r.erased_at is null
    returning r.id`);
  return rows.length;
}
