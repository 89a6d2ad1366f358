import {
  AppError,
  compareVi,
  foldDiacritics,
  type PublicInstitutionDetail,
  type PublicInstitutionPage,
  type PublicInstitutionQuery,
  type PublicPlace,
  type PublicResourcePage,
  type PublicResourceQuery,
  todayInVietnam,
} from '@suotdoi/shared';
import { cachedPortalAnswer } from './portal-cache';
import { findDirectory, findPlaces } from './public.repo';
import type { PortalDeps } from './public-filter';
import { listPublicActivities } from './public-listing';
import { countResources, findResources } from './resources.repo';

/** The portal's places, institution directory and digital resources catalogue. */

/** How many upcoming activities an institution's page lists. */
const INSTITUTION_ACTIVITIES = 50;

type Paged<Q> = Omit<Q, 'page' | 'pageSize'> & { page?: number; pageSize?: number };

const pageOf = (q: { page?: number; pageSize?: number }) => {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
};

/**
 * Provinces valid today (34 since 1/7/2025), or the communes of `provinceId`, in Vietnamese order (the
 * collator: "Đ" after "D"). Kept until the next write or five minutes: units change seldom.
 */
export async function listPlaces(provinceId: number | undefined, deps: PortalDeps): Promise<PublicPlace[]> {
  const now = deps.clock();
  const day = todayInVietnam(now);
  const kept = await cachedPortalAnswer(deps.db, now, `places:${provinceId ?? ''}:${day}`, async () =>
    (await findPlaces(deps.db, provinceId, day)).sort((a, b) => compareVi(a.name, b.name) || a.id - b.id),
  );
  return kept.value;
}

/** Danh bạ: institutions valid today with their hours and services, filtered, in Vietnamese order. */
export async function listPublicInstitutions(
  query: Paged<PublicInstitutionQuery>,
  deps: PortalDeps,
): Promise<PublicInstitutionPage> {
  const { page, pageSize, limit, offset } = pageOf(query);
  const folded = query.q ? foldDiacritics(query.q) : '';
  const found = await findDirectory(
    deps.db,
    {
      provinceId: query.provinceId,
      communeId: query.communeId,
      category: query.category,
      folded: folded || undefined,
    },
    todayInVietnam(deps.clock()),
    { limit, offset },
  );
  return { ...found, page, pageSize };
}

/** An institution's page: its details, its upcoming activities and its digital resources. */
export async function getPublicInstitution(id: number, deps: PortalDeps): Promise<PublicInstitutionDetail> {
  const found = await findDirectory(deps.db, { id }, todayInVietnam(deps.clock()), { limit: 1, offset: 0 });
  const institution = found.items[0];
  if (!institution) throw new AppError('NOT_FOUND', `institution ${id} not found`);
  const [activities, resources] = await Promise.all([
    listPublicActivities({ institutionId: id, pageSize: INSTITUTION_ACTIVITIES }, deps),
    findResources(deps.db, { institutionId: id }),
  ]);
  return { institution, activities: activities.items, resources };
}

/** Tài nguyên số: the catalogue of every institution's digital resources, filtered and paged. */
export async function listPublicResources(
  query: Paged<PublicResourceQuery>,
  deps: PortalDeps,
): Promise<PublicResourcePage> {
  const { page, pageSize, limit, offset } = pageOf(query);
  const folded = query.q ? foldDiacritics(query.q) : '';
  const filter = {
    provinceId: query.provinceId,
    institutionId: query.institutionId,
    kind: query.kind,
    folded: folded || undefined,
  };
  const [items, total] = await Promise.all([
    findResources(deps.db, filter, { limit, offset }),
    countResources(deps.db, filter),
  ]);
  return { items, total, page, pageSize };
}
