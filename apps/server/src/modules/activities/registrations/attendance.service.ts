import {
  AppError,
  type AttendanceList,
  type CheckInInputSchema,
  type CheckInResult,
  type HeadcountInputSchema,
  type HeadcountResult,
  type StaffRegistration,
} from '@suotdoi/shared';
import type { z } from 'zod';
import type { DbOrTx } from '../../../db/client';
import { recordAudit } from '../../audit/audit.record';
import { assertUnitAccess } from '../../auth/access';
import type { Actor } from '../../auth/actor';
import type { ServiceDeps } from '../../auth/service-deps';
import { bumpActivitiesVersion } from '../activities-version';
import {
  findAttendanceEntries,
  findCheckIn,
  findDefaultSessionId,
  findSession,
  insertAttendance,
} from './attendance.repo';
import {
  type ActivityForRegistration,
  countAttendance,
  findActivity,
  findRegistrationByCode,
  findStaffRegistrations,
  lockActivity,
} from './registrations.repo';
import { canonicalCode } from './secrets';

type CheckInInput = z.infer<typeof CheckInInputSchema>;
type HeadcountInput = z.infer<typeof HeadcountInputSchema>;

/** The activity, once the actor may manage activities of its institution (404 outside scope, as for units). */
async function managedActivity(
  db: DbOrTx,
  actor: Actor,
  activityId: number,
): Promise<ActivityForRegistration> {
  const activity = await findActivity(db, activityId);
  if (!activity) throw new AppError('NOT_FOUND', `activity ${activityId} not found`);
  await assertUnitAccess(db, actor, 'activity.manage', activity.institutionId);
  return activity;
}

/** Attendance is history once the activity is completed (its figures went into the report) or cancelled. */
function assertAttendanceOpen(activity: ActivityForRegistration) {
  if (activity.status === 'completed' || activity.status === 'cancelled')
    throw new AppError('ATTENDANCE_CLOSED', `activity ${activity.id} is ${activity.status}`, {
      status: activity.status,
    });
}

async function sessionFor(tx: DbOrTx, activityId: number, sessionId: number | undefined, now: Date) {
  if (sessionId === undefined) return findDefaultSessionId(tx, activityId, now);
  if (!(await findSession(tx, activityId, sessionId)))
    throw new AppError('NOT_FOUND', `session ${sessionId} is not a session of activity ${activityId}`);
  return sessionId;
}

/**
 * Danh sách đăng ký for staff: names and contacts, so each read is audited as access to personal data
 * (Decree 13/2023), with the count of people shown.
 */
export async function listRegistrations(
  actor: Actor,
  activityId: number,
  deps: ServiceDeps,
): Promise<StaffRegistration[]> {
  const activity = await managedActivity(deps.db, actor, activityId);
  return deps.db.transaction(async (tx) => {
    const rows = await findStaffRegistrations(tx, activityId);
    await recordAudit(tx, actor, {
      action: 'read_personal',
      entity: 'registration',
      entityId: activityId,
      unitId: activity.institutionId,
      after: { registrations: rows.length },
    });
    return rows;
  });
}

/**
 * Điểm danh: checks a registration in by its code for a session (by default the one running now). The same
 * code twice for a session counts once (`already`); a waitlisted or cancelled code is refused with its status.
 * The activity row is locked, as completion locks it, so no check-in slips in after the figures are taken.
 */
export async function checkIn(
  actor: Actor,
  activityId: number,
  input: CheckInInput,
  deps: ServiceDeps,
): Promise<CheckInResult> {
  await managedActivity(deps.db, actor, activityId);
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const activity = (await lockActivity(tx, activityId))!;
    assertAttendanceOpen(activity);
    const code = canonicalCode(input.code);
    const registration = await findRegistrationByCode(tx, activityId, code);
    if (!registration) throw new AppError('NOT_FOUND', `no registration with code ${code} in this activity`);
    if (registration.status !== 'confirmed')
      throw new AppError('REGISTRATION_NOT_CONFIRMED', `registration ${code} is ${registration.status}`, {
        status: registration.status,
      });
    const sessionId = await sessionFor(tx, activityId, input.sessionId, now);
    const already = (await findCheckIn(tx, registration.id, sessionId)) !== undefined;
    if (!already) {
      const id = await insertAttendance(tx, {
        activityId,
        sessionId,
        registrationId: registration.id,
        source: 'check_in',
        count: 1,
        recordedBy: actor.userId,
        recordedAt: now,
      });
      await recordAudit(tx, actor, {
        action: 'check_in',
        entity: 'attendance',
        entityId: id,
        unitId: activity.institutionId,
        after: { activityId, sessionId, registrationId: registration.id },
      });
      await bumpActivitiesVersion(tx);
    }
    return {
      name: registration.name,
      status: registration.status,
      already,
      counts: await countAttendance(tx, activityId),
    };
  });
}

/** Đếm người: walk-ins counted by staff for a session (by default the one running now); each count adds up. */
export async function recordHeadcount(
  actor: Actor,
  activityId: number,
  input: HeadcountInput,
  deps: ServiceDeps,
): Promise<HeadcountResult> {
  await managedActivity(deps.db, actor, activityId);
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const activity = (await lockActivity(tx, activityId))!;
    assertAttendanceOpen(activity);
    const sessionId = await sessionFor(tx, activityId, input.sessionId, now);
    const id = (await insertAttendance(tx, {
      activityId,
      sessionId,
      source: 'headcount',
      count: input.count,
      note: input.note ?? null,
      recordedBy: actor.userId,
      recordedAt: now,
    }))!;
    await recordAudit(tx, actor, {
      action: 'headcount',
      entity: 'attendance',
      entityId: id,
      unitId: activity.institutionId,
      after: { activityId, sessionId, count: input.count, note: input.note ?? null },
    });
    await bumpActivitiesVersion(tx);
    const [entry] = await findAttendanceEntries(tx, activityId, id);
    return { entry: entry!, counts: await countAttendance(tx, activityId) };
  });
}

/** The attendance of an activity: every row with its source, session, who recorded it and when; and the counts. */
export async function listAttendance(
  actor: Actor,
  activityId: number,
  deps: ServiceDeps,
): Promise<AttendanceList> {
  await managedActivity(deps.db, actor, activityId);
  return {
    entries: await findAttendanceEntries(deps.db, activityId),
    counts: await countAttendance(deps.db, activityId),
  };
}
