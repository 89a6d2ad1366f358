import { type Agency, type AgencyListQuery, foldDiacritics, todayInVietnam } from '@suotdoi/shared';
import { scopedUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import { unitsWithPermission } from '../auth/auth.policy';
import type { ServiceDeps } from '../auth/service-deps';
import { agencyVisibility, findAgencies } from './agencies.repo';
import { sortUnits } from './units.service';

/**
 * Cơ quan: agencies valid on `asOf` (today by default) for pickers such as an institution's managing agency,
 * optionally those of one province. An actor sees the agencies in their subtrees and those of the units above
 * them (their province's departments), never another province's.
 */
export async function listAgencies(
  actor: Actor,
  query: AgencyListQuery,
  deps: ServiceDeps,
): Promise<Agency[]> {
  const roots = unitsWithPermission(actor, 'unit.read');
  const scope = scopedUnitIds(actor, 'unit.read');
  const visible = roots === 'all' || scope === null ? null : agencyVisibility(roots, scope);
  const q = query.q ? foldDiacritics(query.q) : undefined;
  const rows = await findAgencies(deps.db, {
    asOf: query.asOf ?? todayInVietnam(deps.clock()),
    provinceId: query.provinceId,
    q: q || undefined,
    visible,
  });
  return sortUnits(rows);
}
