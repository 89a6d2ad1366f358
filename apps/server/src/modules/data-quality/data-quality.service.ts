import type { DataQualityPage, DataQualityQuery, DataQualitySummary } from '@suotdoi/shared';
import { scopedUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { countIssuesByReason, findIssues } from './data-quality.repo';

/**
 * Dữ liệu cần xử lý: the source rows held back when the reference data was loaded (a ward mapping naming a
 * commune that does not exist, an old commune without a successor, …), for the actors with
 * 'dataQuality.manage' on the unit each row is about (system administrators see all). Others get an empty page.
 */
export async function listIssues(
  actor: Actor,
  query: DataQualityQuery,
  deps: ServiceDeps,
): Promise<DataQualityPage> {
  return findIssues(deps.db, {
    status: query.status,
    reason: query.reason,
    source: query.source,
    scope: scopedUnitIds(actor, 'dataQuality.manage'),
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
}

/** How many issues there are per source and reason, by status. */
export async function summarizeIssues(actor: Actor, deps: ServiceDeps): Promise<DataQualitySummary> {
  const byReason = await countIssuesByReason(deps.db, scopedUnitIds(actor, 'dataQuality.manage'));
  const total = byReason.reduce((sum, r) => sum + r.open + r.resolved + r.ignored, 0);
  return { total, byReason };
}
