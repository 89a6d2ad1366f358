import type { AnalyticsIndicator, Figure } from '@suotdoi/shared';
import { findIndicators } from '../analytics/figures.repo';
import { getFigures } from '../analytics/figures.service';
import { ensureFreshPopulation } from '../analytics/population-freshness';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import type { NomineeUnit } from './recognition.repo';

/**
 * The nominee's own figures, exactly as the analytics compute them (scope self; an institution's are its own
 * reports). An institution is measured only by the indicators of its category (a museum has no library coverage).
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
  const indicators =
    query.indicators ??
    (nominee.kind === 'institution'
      ? (await findIndicators(deps.db))
          .filter((i) => nominee.category !== null && i.categories.includes(nominee.category))
          .map((i) => i.code)
      : undefined);
  if (indicators && indicators.length === 0) return { figures: [], indicators: [] };
  const answer = await getFigures(
    actor,
    { unitId: nominee.id, years, indicators: indicators ? [...indicators] : undefined, scope: 'self' },
    deps,
  );
  return { figures: answer.figures, indicators: answer.indicators };
}
