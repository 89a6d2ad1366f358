import { formatFigure, type GoodModelFigure, type Lang } from '@suotdoi/shared';
import { findIndicators } from '../analytics/figures.repo';
import { getFigures } from '../analytics/figures.service';
import { ensureFreshPopulation } from '../analytics/population-freshness';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import type { FrozenFigure } from './good-models.repo';

/**
 * Kết quả: a good model shows results drawn from its unit's own data, not typed in. Each {indicator, year} is read
 * from the unit's analytics figures, exactly as its dashboard shows them (scope self), and frozen with the model:
 * the model tells what the unit achieved when it was written, even if later reports change the figure.
 */

export interface FigureProblem {
  field: string;
  reason: 'unknown_indicator';
  value: string;
}

/**
 * The frozen figures of the unit for each asked {indicator, year} (duplicates dropped), and a problem
 * `body.figures.<i>` for each unknown indicator. Reads outside any transaction: the analytics open their own.
 */
export async function freezeFigures(
  actor: Actor,
  unitId: number,
  asked: readonly { indicator: string; year: number }[],
  deps: ServiceDeps,
): Promise<{ figures: FrozenFigure[]; problems: FigureProblem[] }> {
  if (asked.length === 0) return { figures: [], problems: [] };
  const indicators = new Map((await findIndicators(deps.db)).map((i) => [i.code, i]));
  const problems: FigureProblem[] = [];
  asked.forEach((f, i) => {
    if (!indicators.has(f.indicator))
      problems.push({ field: `body.figures.${i}`, reason: 'unknown_indicator', value: f.indicator });
  });
  if (problems.length > 0) return { figures: [], problems };

  // As the dashboard does before reading figures: recount who is expected to report, if a write marked it stale.
  await ensureFreshPopulation(deps.db, deps.clock);
  const answer = await getFigures(
    actor,
    {
      unitId,
      years: [...new Set(asked.map((f) => f.year))],
      indicators: [...new Set(asked.map((f) => f.indicator))],
      scope: 'self',
    },
    deps,
  );
  const seen = new Set<string>();
  const figures: FrozenFigure[] = [];
  for (const { indicator, year } of asked) {
    const key = `${indicator}|${year}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const info = indicators.get(indicator)!;
    const figure = answer.figures.find(
      (x) => x.unitId === unitId && x.indicator === indicator && x.year === year,
    );
    figures.push({
      indicator,
      year,
      actual: figure?.actual ?? null,
      unit: info.unit,
      name: info.name,
      asOf: figure?.asOf ?? null,
    });
  }
  return { figures, problems };
}

/** A frozen figure as the API answers it: the text in the reader's language ("72,5 %", "72.5%"). */
export function figureOf(f: FrozenFigure, lang: Lang): GoodModelFigure {
  return {
    indicator: f.indicator,
    year: f.year,
    name: f.name,
    actual: f.actual,
    text: formatFigure(f.actual, f.unit, lang),
    asOf: f.asOf,
  };
}
