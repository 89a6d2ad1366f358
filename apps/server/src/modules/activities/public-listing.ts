import { AppError, type PublicActivity, type PublicActivityPage } from '@suotdoi/shared';
import { cachedPortalAnswer, type Kept, queryKey } from './portal-cache';
import { findPublicPage, findPublicRows, type PublicRow } from './public.repo';
import { filterOf, type PortalActivityQuery, type PortalDeps } from './public-filter';
import { dayStart, localDate } from './recurrence';
import { placesLeft, registrationState } from './registration-state';
import { dateOf } from './sql-time';

/** The public listing and one public activity, kept as values and as JSON text until the next write. */

/** A row as the public sees it: places left and the registration state at `now`. */
export function toPublicActivity(r: PublicRow, now: Date): PublicActivity {
  return {
    id: r.id,
    type: r.type,
    title: r.title,
    description: r.description,
    audiences: r.audiences,
    observance: r.observanceCode
      ? { code: r.observanceCode, name: r.observanceName ?? r.observanceCode }
      : null,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    sessions: r.sessions,
    place: r.place,
    onlineUrl: r.onlineUrl,
    institution: {
      id: r.institutionId,
      name: r.institutionName,
      address: r.address,
      communeName: r.communeName,
      provinceName: r.provinceName,
    },
    capacity: r.capacity,
    cancelReason: r.status === 'cancelled' ? r.cancelReason : null,
    placesLeft: placesLeft(r.capacity, r.confirmed),
    registration: registrationState(
      {
        status: r.status,
        requiresRegistration: r.requiresRegistration,
        capacity: r.capacity,
        endsAt: dateOf(r.endsAt),
        registrationOpensAt: dateOf(r.registrationOpensAt),
        registrationClosesAt: dateOf(r.registrationClosesAt),
      },
      r.confirmed,
      now,
    ),
    status: r.status,
  };
}

function keptPage(query: PortalActivityQuery, deps: PortalDeps): Promise<Kept<PublicActivityPage>> {
  const now = deps.clock();
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  // Keyed by the query as asked: a kept answer costs no date arithmetic (Intl is slow per call).
  return cachedPortalAnswer(deps.db, now, queryKey('activities', { ...query, page, pageSize }), async () => {
    const filter = filterOf(query, now);
    const found = await findPublicPage(deps.db, filter, { limit: pageSize, offset: (page - 1) * pageSize });
    const rows = new Map((await findPublicRows(deps.db, found.ids, filter.from)).map((r) => [r.id, r]));
    const items = found.ids.flatMap((id) => {
      const row = rows.get(id);
      return row ? [toPublicActivity(row, now)] : [];
    });
    return { items, total: found.total, page, pageSize };
  });
}

/**
 * Upcoming activities (published, and cancelled ones flagged until they would have ended) with a session not
 * ended before the `from` day, filtered, ordered by their next session, one page.
 */
export async function listPublicActivities(
  query: PortalActivityQuery,
  deps: PortalDeps,
): Promise<PublicActivityPage> {
  return (await keptPage(query, deps)).value;
}

/** listPublicActivities as its JSON text, for the route to send as it is. */
export async function listPublicActivitiesJson(
  query: PortalActivityQuery,
  deps: PortalDeps,
): Promise<string> {
  return (await keptPage(query, deps)).json;
}

function keptActivity(id: number, deps: PortalDeps): Promise<Kept<PublicActivity>> {
  const now = deps.clock();
  return cachedPortalAnswer(deps.db, now, `activity:${id}`, async () => {
    const from = dayStart(localDate(now));
    const [row] = await findPublicRows(deps.db, [id], from);
    if (!row) throw new AppError('NOT_FOUND', `activity ${id} not found`);
    return toPublicActivity(row, now);
  });
}

/** One activity as the public sees it, with its next sessions; NOT_FOUND for a draft. */
export async function getPublicActivity(id: number, deps: PortalDeps): Promise<PublicActivity> {
  return (await keptActivity(id, deps)).value;
}

export async function getPublicActivityJson(id: number, deps: PortalDeps): Promise<string> {
  return (await keptActivity(id, deps)).json;
}
