import { foldDiacritics, type PublicActivityQuery } from '@suotdoi/shared';
import type { ServiceDeps } from '../auth/service-deps';
import type { PublicFilter } from './public.repo';
import { dayEnd, dayStart, localDate } from './recurrence';

/** The database and the clock: no actor, since nobody signs in. */
export type PortalDeps = ServiceDeps;

/** A portal query: the contract's, with page and size optional; `institutionId` for an institution's page. */
export type PortalActivityQuery = Omit<PublicActivityQuery, 'page' | 'pageSize'> & {
  page?: number;
  pageSize?: number;
  institutionId?: number;
};

/** The filter of a query: `from` defaults to today in Vietnam, `q` is folded ("thu vien" finds "Thư viện"). */
export function filterOf(query: PortalActivityQuery, now: Date): PublicFilter {
  const folded = query.q ? foldDiacritics(query.q) : '';
  return {
    from: dayStart(query.from ?? localDate(now)),
    to: query.to ? dayEnd(query.to) : undefined,
    provinceId: query.provinceId,
    communeId: query.communeId,
    institutionId: query.institutionId,
    type: query.type,
    audience: query.audience,
    observance: query.observance,
    folded: folded || undefined,
  };
}
