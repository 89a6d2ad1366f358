import {
  type Activity,
  type ActivityListQuery,
  AppError,
  type AttendanceCounts,
  foldDiacritics,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { assertUnitAccess, scopedUnitIds, subtreeUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import {
  type ActivityRow,
  findActivityRow,
  findActivityRows,
  findCounts,
  findSessions,
  type SessionRow,
} from './activities.repo';
import { dayEnd, dayStart } from './recurrence';

/** Hoạt động as staff read them: lists in their scope, one activity with its sessions and counts. */

/** A list answers at most this many activities (the nearest by start); narrow it with the filters. */
export const LIST_LIMIT = 1000;

const NO_COUNTS: AttendanceCounts = {
  confirmed: 0,
  waitlisted: 0,
  cancelled: 0,
  checkedIn: 0,
  headcount: 0,
  participants: 0,
};

/** Rows, their sessions and their counts as the API's records. */
export async function toActivities(db: DbOrTx, rows: readonly ActivityRow[]): Promise<Activity[]> {
  const ids = rows.map((r) => r.id);
  const [sessions, counts] = await Promise.all([findSessions(db, ids), findCounts(db, ids)]);
  const byActivity = new Map<number, SessionRow[]>();
  for (const s of sessions) {
    const list = byActivity.get(s.activityId) ?? [];
    list.push(s);
    byActivity.set(s.activityId, list);
  }
  return rows.map((r) => ({
    id: r.id,
    institution: { id: r.institutionId, code: r.institutionCode, name: r.institutionName },
    type: r.type,
    title: r.title,
    description: r.description,
    audiences: r.audiences,
    observanceCode: r.observanceCode,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    recurrence: r.recurrence,
    sessions: (byActivity.get(r.id) ?? []).map((s) => ({
      id: s.id,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
    })),
    place: r.place,
    onlineUrl: r.onlineUrl,
    capacity: r.capacity,
    requiresRegistration: r.requiresRegistration,
    registrationOpensAt: r.registrationOpensAt?.toISOString() ?? null,
    registrationClosesAt: r.registrationClosesAt?.toISOString() ?? null,
    status: r.status,
    cancelReason: r.cancelReason,
    counts: counts.get(r.id) ?? NO_COUNTS,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/**
 * The activity, if the actor may do `permission` on its institution: NOT_FOUND when they cannot even read it
 * (scope does not tell what exists), FORBIDDEN when they read but may not manage.
 */
export async function loadActivityFor(
  db: DbOrTx,
  actor: Actor,
  id: number,
  permission: 'unit.read' | 'activity.manage',
  lock = false,
): Promise<ActivityRow> {
  const row = await findActivityRow(db, id, lock);
  if (!row) throw new AppError('NOT_FOUND', `activity ${id} not found`);
  try {
    await assertUnitAccess(db, actor, permission, row.institutionId);
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND')
      throw new AppError('NOT_FOUND', `activity ${id} not found`);
    throw e;
  }
  return row;
}

/** Hoạt động of one activity, with its sessions and counts (any role that reads its institution). */
export async function getActivity(actor: Actor, id: number, deps: ServiceDeps): Promise<Activity> {
  const row = await loadActivityFor(deps.db, actor, id, 'unit.read');
  return (await toActivities(deps.db, [row]))[0]!;
}

/**
 * Activities of the institutions below `unitId`, or below every unit of the actor's roles, by start (at most
 * LIST_LIMIT). `from`/`to` are Vietnamese days: activities not ended before `from`, starting by the end of `to`.
 */
export async function listActivities(
  actor: Actor,
  query: ActivityListQuery,
  deps: ServiceDeps,
): Promise<Activity[]> {
  if (query.unitId) await assertUnitAccess(deps.db, actor, 'unit.read', query.unitId);
  const units = query.unitId ? subtreeUnitIds(query.unitId) : scopedUnitIds(actor, 'unit.read');
  const folded = query.q ? foldDiacritics(query.q) : '';
  const rows = await findActivityRows(
    deps.db,
    {
      units,
      status: query.status,
      type: query.type,
      endsFrom: query.from ? dayStart(query.from) : undefined,
      startsBefore: query.to ? dayEnd(query.to) : undefined,
      folded: folded || undefined,
    },
    LIST_LIMIT,
  );
  return toActivities(deps.db, rows);
}
