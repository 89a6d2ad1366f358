import { AppError, type IsoDate, type Lang, type Observance, type PublicActivity } from '@suotdoi/shared';
import { cachedPortalAnswer, queryKey } from '../activities/portal-cache';
import { findPublicRows } from '../activities/public.repo';
import { toPublicActivity } from '../activities/public-activities';
import { dayStart, localDate } from '../activities/recurrence';
import type { ServiceDeps } from '../auth/service-deps';
import { findObservancesKept } from '../plans/catalogue.repo';
import { findRecentDayActivityIds } from './observance-days.repo';

/**
 * Ngày lễ, ngày kỷ niệm on the portal: the catalogue's days with their next dates, and what a day's page
 * gathers besides the public listing (the activities held for it lately).
 */

export interface ObservanceDay {
  code: string;
  name: Record<Lang, string>;
  /** The next (or current) occurrence in Vietnam: one day, or the first and last day of a week. */
  from: IsoDate;
  to: IsoDate;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The occurrence not yet over on `today`: this year's if it has not ended, otherwise next year's. */
export function nextOccurrence(
  recurrence: Observance['recurrence'],
  today: IsoDate,
): { from: IsoDate; to: IsoDate } {
  const [fromMd, toMd] =
    recurrence.type === 'yearly'
      ? [`${pad(recurrence.month)}-${pad(recurrence.day)}`, `${pad(recurrence.month)}-${pad(recurrence.day)}`]
      : [recurrence.from, recurrence.to];
  const year = Number(today.slice(0, 4));
  const at = (y: number) => ({ from: `${y}-${fromMd}`, to: `${y}-${toMd}` });
  return at(year).to >= today ? at(year) : at(year + 1);
}

/** Every national day of the catalogue with its next date, the nearest first. */
export async function listObservanceDays(deps: ServiceDeps): Promise<ObservanceDay[]> {
  const today = localDate(deps.clock());
  const rows = await findObservancesKept(deps.db);
  return rows
    .map((o) => ({ code: o.code, name: o.name, ...nextOccurrence(o.recurrence, today) }))
    .sort((a, b) => a.from.localeCompare(b.from) || a.code.localeCompare(b.code));
}

/** One national day of the catalogue; NOT_FOUND for a code it does not hold. */
export async function getObservanceDay(code: string, deps: ServiceDeps): Promise<ObservanceDay> {
  const day = (await listObservanceDays(deps)).find((d) => d.code === code);
  if (!day) throw new AppError('NOT_FOUND', `no national day ${code}`);
  return day;
}

/** How far back a day's page looks for activities held: the last celebration, a year ago. */
const RECENT_DAYS = 366;
const RECENT_LIMIT = 20;

/**
 * The day's activities that ended before today and within the last year (published or completed), in a
 * province or across the country, the latest first: last year's celebration shows until this year's.
 */
export async function listRecentDayActivities(
  code: string,
  provinceId: number | undefined,
  deps: ServiceDeps,
): Promise<PublicActivity[]> {
  const now = deps.clock();
  // Activities, so kept under the activities version, with the public listing (portal-cache.ts).
  const key = queryKey('recent-day', { code, provinceId });
  const kept = await cachedPortalAnswer(deps.db, now, key, async () => {
    const before = dayStart(localDate(now));
    const since = new Date(before.getTime() - RECENT_DAYS * 24 * 3600_000);
    const ids = await findRecentDayActivityIds(
      deps.db,
      { observanceCode: code, provinceId, since, before },
      RECENT_LIMIT,
    );
    const rows = new Map((await findPublicRows(deps.db, ids, since)).map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const row = rows.get(id);
      return row ? [toPublicActivity(row, now)] : [];
    });
  });
  return kept.value;
}
