import {
  type Activity,
  type ActivityInput,
  type ActivityStatus,
  type ActivityUpdate,
  AppError,
  type Recurrence,
  todayInVietnam,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { recordAudit } from '../audit/audit.record';
import { assertUnitAccess } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import {
  type ActivityRow,
  type ActivityValues,
  deleteSessions,
  findActivityRow,
  findInstitutionPlace,
  findSessions,
  findSessionsWithAttendance,
  hasObservance,
  insertActivity,
  insertSessions,
  updateActivity as updateActivityRow,
  updateSessionTimes,
} from './activities.repo';
import { loadActivityFor, toActivities } from './activities.service';
import { bumpActivitiesVersion } from './activities-version';
import {
  invalid,
  type Problem,
  planSchedule,
  sameSchedule,
  searchTextOf,
  windowProblems,
} from './activity-rules';
import {
  type ActivityMailDeps,
  capacityProblems,
  promoteIntoNewPlaces,
  tellPromoted,
} from './capacity-change';
import type { SessionTimes } from './recurrence';

/** Creating and changing an activity: the schedule expanded to sessions, the rules checked, audited. */

/** Everything an activity is written from: the input's fields with instants as Dates. */
export interface ActivityDraft {
  institutionId: number;
  type: ActivityInput['type'];
  title: string;
  description: string | null;
  audiences: ActivityInput['audiences'];
  observanceCode: string | null;
  /** The first session. */
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
}

const date = (v: string | null | undefined) => (v ? new Date(v) : null);

/**
 * The institution's place today and every problem of the draft, at once. The actor must hold activity.manage
 * on the institution (NOT_FOUND outside their scope); it must be an institution that has not closed.
 */
export async function checkDraft(
  tx: DbOrTx,
  actor: Actor,
  d: ActivityDraft,
  now: Date,
  options: { checkObservance: boolean; reuseSessions?: SessionTimes[]; problems?: Problem[] },
) {
  await assertUnitAccess(tx, actor, 'activity.manage', d.institutionId);
  const today = todayInVietnam(now);
  const place = await findInstitutionPlace(tx, d.institutionId, today);
  const problems: Problem[] = [...(options.problems ?? [])];
  if (place?.kind !== 'institution') {
    problems.push({ field: 'body.institutionId', reason: 'not_an_institution', value: d.institutionId });
  } else if (place.validTo !== null && place.validTo <= today) {
    problems.push({ field: 'body.institutionId', reason: 'institution_closed', value: place.validTo });
  }
  if (options.checkObservance && d.observanceCode && !(await hasObservance(tx, d.observanceCode))) {
    problems.push({ field: 'body.observanceCode', reason: 'unknown_observance', value: d.observanceCode });
  }
  const schedule = options.reuseSessions
    ? {
        sessions: options.reuseSessions,
        problems: windowProblems(d, options.reuseSessions[options.reuseSessions.length - 1]!.endsAt),
      }
    : planSchedule(d);
  problems.push(...schedule.problems);
  if (problems.length > 0) invalid(problems);
  return { place: place!, sessions: schedule.sessions };
}

export function valuesOf(
  d: ActivityDraft,
  place: { name: string; provinceId: number | null; communeId: number | null },
  sessions: SessionTimes[],
): ActivityValues {
  return {
    institutionId: d.institutionId,
    provinceId: place.provinceId,
    communeId: place.communeId,
    type: d.type,
    title: d.title,
    description: d.description,
    audiences: d.audiences,
    observanceCode: d.observanceCode,
    startsAt: sessions[0]!.startsAt,
    endsAt: sessions[sessions.length - 1]!.endsAt,
    recurrence: d.recurrence,
    place: d.place,
    onlineUrl: d.onlineUrl,
    capacity: d.capacity,
    requiresRegistration: d.requiresRegistration,
    registrationOpensAt: d.registrationOpensAt,
    registrationClosesAt: d.registrationClosesAt,
    status: d.status,
    searchText: searchTextOf({ ...d, institutionName: place.name }),
  };
}

/** An activity as the audit keeps it (no counts: they are not the activity's own data). */
export function auditView(a: Activity | undefined) {
  if (!a) return null;
  const { counts: _counts, ...rest } = a;
  return rest;
}

/** Writes a new activity and its sessions in `tx`, audited; the caller has checked the draft. */
export async function insertDraft(
  tx: DbOrTx,
  actor: Actor,
  d: ActivityDraft,
  checked: Awaited<ReturnType<typeof checkDraft>>,
  now: Date,
  action: string,
): Promise<Activity> {
  const id = await insertActivity(tx, valuesOf(d, checked.place, checked.sessions), {
    userId: actor.userId,
    at: now,
  });
  await insertSessions(tx, id, checked.sessions);
  const created = (await toActivities(tx, [(await findActivityRow(tx, id))!]))[0]!;
  await recordAudit(tx, actor, {
    action,
    entity: 'activity',
    entityId: id,
    unitId: d.institutionId,
    after: auditView(created),
  });
  await bumpActivitiesVersion(tx);
  return created;
}

/**
 * Tạo hoạt động: a draft or a published activity of an institution where the actor holds activity.manage.
 * Every bad field is named at once and nothing is written.
 */
export async function createActivity(
  actor: Actor,
  input: ActivityInput,
  deps: ServiceDeps,
): Promise<Activity> {
  const now = deps.clock();
  const draft: ActivityDraft = {
    institutionId: input.institutionId,
    type: input.type,
    title: input.title,
    description: input.description ?? null,
    audiences: input.audiences,
    observanceCode: input.observanceCode ?? null,
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    recurrence: input.recurrence ?? null,
    place: input.place ?? null,
    onlineUrl: input.onlineUrl ?? null,
    capacity: input.capacity ?? null,
    requiresRegistration: input.requiresRegistration,
    registrationOpensAt: date(input.registrationOpensAt),
    registrationClosesAt: date(input.registrationClosesAt),
    status: input.status,
  };
  return deps.db.transaction(async (tx) => {
    const checked = await checkDraft(tx, actor, draft, now, { checkObservance: true });
    return insertDraft(tx, actor, draft, checked, now, 'activity.create');
  });
}

/** The row's sessions as stored, and the draft it was written from (the first session, not the last end). */
export async function draftOf(tx: DbOrTx, row: ActivityRow) {
  const sessions = await findSessions(tx, [row.id]);
  const first = sessions[0] ?? { startsAt: row.startsAt, endsAt: row.endsAt };
  const draft: ActivityDraft = {
    institutionId: row.institutionId,
    type: row.type,
    title: row.title,
    description: row.description,
    audiences: row.audiences,
    observanceCode: row.observanceCode,
    startsAt: first.startsAt,
    endsAt: first.endsAt,
    recurrence: row.recurrence,
    place: row.place,
    onlineUrl: row.onlineUrl,
    capacity: row.capacity,
    requiresRegistration: row.requiresRegistration,
    registrationOpensAt: row.registrationOpensAt,
    registrationClosesAt: row.registrationClosesAt,
    status: row.status,
  };
  return { sessions, draft };
}

/**
 * Sửa hoạt động (PATCH): the fields given change, the rest stay. The version read must still be the stored one
 * (CONFLICT otherwise); a cancelled or completed activity is not changed and a published one is not taken back
 * to draft (ACTIVITY_STATE). Sessions are expanded again only when the first session or the rule changed, and
 * keep their ids in order, so check-ins stay with their session; a change that would drop a session with
 * attendance is refused. Capacity never drops below the confirmed places; more places move the waitlist up
 * (those promoted are mailed with SMTP).
 */
export async function updateActivity(
  actor: Actor,
  id: number,
  patch: ActivityUpdate,
  deps: ActivityMailDeps,
): Promise<Activity> {
  const now = deps.clock();
  const { after, promoted } = await deps.db.transaction(async (tx) => {
    const row = await loadActivityFor(tx, actor, id, 'activity.manage', true);
    if (row.version !== patch.version) {
      throw new AppError('CONFLICT', `activity ${id} is at version ${row.version}`, { version: row.version });
    }
    if (row.status === 'cancelled' || row.status === 'completed') {
      throw new AppError('ACTIVITY_STATE', `activity ${id} is ${row.status}`, { status: row.status });
    }
    if (row.status === 'published' && patch.status === 'draft') {
      throw new AppError('ACTIVITY_STATE', `activity ${id} is published: cancel it instead`, {
        status: row.status,
      });
    }
    const before = (await toActivities(tx, [row]))[0]!;
    const { sessions: stored, draft: current } = await draftOf(tx, row);
    const has = <K extends keyof ActivityUpdate>(k: K) => patch[k] !== undefined;
    const next: ActivityDraft = {
      ...current,
      type: patch.type ?? current.type,
      title: patch.title ?? current.title,
      description: has('description') ? (patch.description ?? null) : current.description,
      audiences: patch.audiences ?? current.audiences,
      observanceCode: has('observanceCode') ? (patch.observanceCode ?? null) : current.observanceCode,
      startsAt: patch.startsAt ? new Date(patch.startsAt) : current.startsAt,
      endsAt: patch.endsAt ? new Date(patch.endsAt) : current.endsAt,
      recurrence: has('recurrence') ? (patch.recurrence ?? null) : current.recurrence,
      place: has('place') ? (patch.place ?? null) : current.place,
      onlineUrl: has('onlineUrl') ? (patch.onlineUrl ?? null) : current.onlineUrl,
      capacity: has('capacity') ? (patch.capacity ?? null) : current.capacity,
      requiresRegistration: patch.requiresRegistration ?? current.requiresRegistration,
      registrationOpensAt: has('registrationOpensAt')
        ? date(patch.registrationOpensAt)
        : current.registrationOpensAt,
      registrationClosesAt: has('registrationClosesAt')
        ? date(patch.registrationClosesAt)
        : current.registrationClosesAt,
      status: patch.status ?? current.status,
    };
    const rescheduled = !sameSchedule(current, next) || stored.length === 0;
    const checked = await checkDraft(tx, actor, next, now, {
      checkObservance: next.observanceCode !== current.observanceCode,
      reuseSessions: rescheduled ? undefined : stored,
      problems: capacityProblems(next.capacity, before.counts.confirmed),
    });
    if (rescheduled) await replaceSessions(tx, id, stored, checked.sessions);
    await updateActivityRow(tx, id, valuesOf(next, checked.place, checked.sessions), now);
    const promoted = await promoteIntoNewPlaces(tx, actor, { id, ...next }, before.counts, now);
    const after = (await toActivities(tx, [(await findActivityRow(tx, id))!]))[0]!;
    await recordAudit(tx, actor, {
      action: row.status === 'draft' && next.status === 'published' ? 'activity.publish' : 'activity.update',
      entity: 'activity',
      entityId: id,
      unitId: row.institutionId,
      before: auditView(before),
      after: auditView(after),
    });
    await bumpActivitiesVersion(tx);
    return { after, promoted };
  });
  await tellPromoted(
    promoted,
    { title: after.title, startsAt: new Date(after.startsAt), institutionName: after.institution.name },
    deps,
  );
  return after;
}

/** New times onto the stored sessions in order; extra ones added, missing ones deleted unless attended. */
async function replaceSessions(
  tx: DbOrTx,
  activityId: number,
  stored: readonly { id: number }[],
  sessions: readonly SessionTimes[],
) {
  const kept = stored.slice(0, sessions.length);
  const dropped = stored.slice(sessions.length).map((s) => s.id);
  const attended = await findSessionsWithAttendance(tx, dropped);
  if (attended.length > 0) {
    invalid([{ field: 'body.recurrence', reason: 'drops_attended_sessions', value: attended.length }]);
  }
  await deleteSessions(tx, dropped);
  await updateSessionTimes(
    tx,
    kept.map((s, i) => ({ id: s.id, ...sessions[i]! })),
  );
  await insertSessions(tx, activityId, sessions.slice(kept.length));
}
