import { AppError } from '@suotdoi/shared';
import ical, { ICalEventStatus } from 'ical-generator';
import type { ServiceDeps } from '../auth/service-deps';
import { cachedPortalAnswer, queryKey } from './portal-cache';
import { findIcalRows, findPublicPage, findSessionsFrom, type IcalRow } from './public.repo';
import { filterOf, type PortalActivityQuery } from './public-filter';
import { ACTIVITY_TIME_ZONE, toWallTime } from './recurrence';

/**
 * Lịch: activities as iCalendar (RFC 5545) for phones' and desktops' calendars: one activity with all its
 * sessions, or a subscribable feed of a filtered listing. Times carry TZID=Asia/Ho_Chi_Minh with its VTIMEZONE
 * (UTC+7 all year since 1975), so a 08:00 class shows at 08:00 wherever the reader is set. Each session's UID
 * is its own and never changes, so a calendar that re-reads the feed updates the event instead of adding one.
 */

/** At most this many activities in a feed (the nearest first). */
export const FEED_LIMIT = 500;

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ACTIVITY_TIME_ZONE}`,
  `X-LIC-LOCATION:${ACTIVITY_TIME_ZONE}`,
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:+07',
  'DTSTART:19750613T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * An instant that ical-generator writes as the wall time of the event's zone. It takes native Dates as the
 * server's local time, which would shift every session by the server's offset from Vietnam; a TZDate (the
 * shape of @date-fns/tz, which it recognises) is asked for its wall time in the zone instead.
 */
class ZonedInstant extends Date {
  readonly internal: Date;
  constructor(instant: Date) {
    super(instant.getTime());
    this.internal = new Date(instant.getTime());
  }
  withTimeZone(timeZone?: string | null) {
    const w = toWallTime(this.internal, timeZone ?? ACTIVITY_TIME_ZONE);
    const utc = this.internal;
    return {
      getUTCFullYear: () => utc.getUTCFullYear(),
      getUTCMonth: () => utc.getUTCMonth(),
      getUTCDate: () => utc.getUTCDate(),
      getUTCHours: () => utc.getUTCHours(),
      getUTCMinutes: () => utc.getUTCMinutes(),
      getUTCSeconds: () => utc.getUTCSeconds(),
      getFullYear: () => w.getUTCFullYear(),
      getMonth: () => w.getUTCMonth(),
      getDate: () => w.getUTCDate(),
      getHours: () => w.getUTCHours(),
      getMinutes: () => w.getUTCMinutes(),
      getSeconds: () => w.getUTCSeconds(),
    } as unknown as ZonedInstant;
  }
  tzComponents() {
    return { offset: 7 * 60 };
  }
}

type Session = { id: number; activityId: number; startsAt: Date; endsAt: Date };

/** A calendar of these activities' sessions. */
export function buildCalendar(name: string, rows: readonly IcalRow[], sessions: readonly Session[]): string {
  const calendar = ical({
    name,
    prodId: { company: 'suotdoi', product: 'portal', language: 'VI' },
    timezone: { name: null, generator: (tz) => (tz === ACTIVITY_TIME_ZONE ? VTIMEZONE : null) },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const s of sessions) {
    const a = byId.get(s.activityId);
    if (!a) continue;
    const cancelled = a.status === 'cancelled';
    calendar.createEvent({
      id: `activity-${a.id}-session-${s.id}@suotdoi`,
      sequence: a.version,
      stamp: new Date(a.updatedAt),
      start: new ZonedInstant(s.startsAt),
      end: new ZonedInstant(s.endsAt),
      timezone: ACTIVITY_TIME_ZONE,
      summary: cancelled ? `[ĐÃ HỦY] ${a.title}` : a.title,
      description: [
        a.description,
        a.institutionName,
        cancelled && a.cancelReason ? `Lý do hủy: ${a.cancelReason}` : null,
      ]
        .filter(Boolean)
        .join('\n\n'),
      location: a.place ?? a.address ?? a.onlineUrl ?? null,
      url: a.onlineUrl ?? null,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** One activity (not a draft) with all its sessions, as an .ics file. */
export async function activityIcal(id: number, deps: ServiceDeps): Promise<string> {
  const kept = await cachedPortalAnswer(deps.db, deps.clock(), `ical:${id}`, async () => {
    const [row] = await findIcalRows(deps.db, [id]);
    if (!row) throw new AppError('NOT_FOUND', `activity ${id} not found`);
    return buildCalendar(row.title, [row], await findSessionsFrom(deps.db, [id], new Date(0)));
  });
  return kept.value;
}

/** The listing's activities (same filters, the nearest FEED_LIMIT) and their sessions to come, as a feed. */
export async function activitiesIcal(query: PortalActivityQuery, deps: ServiceDeps): Promise<string> {
  const now = deps.clock();
  const kept = await cachedPortalAnswer(
    deps.db,
    now,
    queryKey('ical', { ...query, page: undefined, pageSize: undefined }),
    async () => {
      const filter = filterOf(query, now);
      const { ids } = await findPublicPage(deps.db, filter, { limit: FEED_LIMIT, offset: 0 });
      const [rows, sessions] = await Promise.all([
        findIcalRows(deps.db, ids),
        findSessionsFrom(deps.db, ids, filter.from),
      ]);
      return buildCalendar('Hoạt động học tập suốt đời', rows, sessions);
    },
  );
  return kept.value;
}
