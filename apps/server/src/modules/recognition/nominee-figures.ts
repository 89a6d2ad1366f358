import type { AnalyticsIndicator, Figure } from '@suotdoi/shared';
import { findIndicators } from '../analytics/figures.repo';
import { getFigures } from '../analytics/figures.service';
import { ensureFreshPopulation } from '../analytics/population-freshness';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import type { NomineeUnit } from './recognition.repo';

/**
 * The nominee's own figures, exactly as the analytics compute them. A commune, a province or the country is read
 * with scope self. The analytics give an institution's figure only in the breakdown of the unit above it (scope
 * institutions; its own scope self answers unit_not_in_year), so an institution is read there and only its own
 * row is kept. That read is made with read rights on the unit above alone: the caller has already checked that
 * the actor reaches the institution, and institution staff do not read their commune.
 */
export async function nomineeFigures(
  actor: Actor,
  nominee: NomineeUnit,
  query: { years: readonly number[]; indicators?: readonly string[] },
  deps: ServiceDeps,
): Promise<{ figures: Figure[]; indicators: AnalyticsIndicator[] }> {
  const years = [...new Set(query.years)];
  if (years.length === 0) return { figures: [], indicators: [] };
  // As the dashboard does before reading figures: recount who is expected to report, if a write marked it stale.
  await ensureFreshPopulation(deps.db, deps.clock);
  const isInstitution = nominee.kind === 'institution' && nominee.parentId !== null;
  // An institution is measured only by the indicators of its category (a museum has no library coverage).
  const indicators =
    query.indicators ??
    (isInstitution
      ? (await findIndicators(deps.db))
          .filter((i) => nominee.category !== null && i.categories.includes(nominee.category))
          .map((i) => i.code)
      : undefined);
  if (indicators && indicators.length === 0) return { figures: [], indicators: [] };
  const answer = isInstitution
    ? await getFigures(
        { ...actor, roles: [{ role: 'viewer', unitId: nominee.parentId! }] },
        {
          unitId: nominee.parentId!,
          years,
          indicators: indicators ? [...indicators] : undefined,
          scope: 'institutions',
        },
        deps,
      )
    : await getFigures(
        actor,
        { unitId: nominee.id, years, indicators: indicators ? [...indicators] : undefined, scope: 'self' },
        deps,
      );
  return {
    figures: answer.figures.filter((f) => f.unitId === nominee.id),
    indicators: answer.indicators,
  };
}
