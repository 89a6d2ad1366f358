import {
  type AnalyticsIndicator,
  AppError,
  assessTarget,
  type FigureInputs,
  type IsoDate,
  type ScorecardQuery,
  type ScorecardRow,
  todayInVietnam,
} from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { assertUnitAccess } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { findPlanById, type PlanRow } from '../plans/plans.repo';
import { findTargetRecords, type TargetRecord } from '../plans/targets.repo';
import { findSuccessors } from '../units/units.service';
import { loadInputs } from './figure-inputs';
import { findIndicators } from './figures.repo';
import { categoriesOf, evaluate } from './indicator-figure';
import { cachedAnswer, figuresVersion } from './response-cache';

/**
 * Bảng chỉ tiêu: every target of a plan against the figure of a unit (the plan's scope as it is today by
 * default), with a status from the trajectory and the reason in numbers. One read of the rollups for all years
 * from the plan's year to the year asked.
 */
export async function getScorecard(
  actor: Actor,
  query: ScorecardQuery,
  deps: ServiceDeps,
): Promise<ScorecardRow[]> {
  const today = todayInVietnam(deps.clock());
  const plan = await findPlanById(deps.db, query.planId);
  if (!plan) throw new AppError('NOT_FOUND', `plan ${query.planId} not found`);
  const structureDay = query.asOf ?? today;
  const unitId = query.unitId ?? (await scopeUnitOf(deps.db, plan, structureDay));
  await assertUnitAccess(deps.db, actor, 'unit.read', unitId);
  return scorecardOf(deps.db, plan, unitId, query.year ?? Number(today.slice(0, 4)), structureDay, today);
}

/** The plan's scope unit on the structure day: itself, or the unit it merged into (the biggest share). */
async function scopeUnitOf(db: DbOrTx, plan: PlanRow, day: IsoDate): Promise<number> {
  if (plan.scopeUnitId === null)
    throw new AppError('VALIDATION_FAILED', `plan ${plan.id} has no scope unit; name the unit`, [
      { field: 'unitId', reason: 'required' },
    ]);
  const successors = await findSuccessors(db, plan.scopeUnitId, day);
  const best = [...successors].sort((a, b) => b.weight - a.weight)[0];
  return best?.unitId ?? plan.scopeUnitId;
}

/** The scorecard itself, for callers that have checked access (the public view checks it is switched on). */
export async function scorecardOf(
  db: DbOrTx,
  plan: PlanRow,
  unitId: number,
  year: number,
  structureDay: IsoDate,
  today: IsoDate,
): Promise<ScorecardRow[]> {
  // A target edit touches the plan's updated_at; any figure's change moves the version.
  const version = await figuresVersion(db);
  const key = JSON.stringify([
    'scorecard',
    plan.id,
    plan.updatedAt,
    unitId,
    year,
    structureDay,
    today,
    version,
  ]);
  return cachedAnswer(key, () => computeScorecard(db, plan, unitId, year, structureDay, today));
}

async function computeScorecard(
  db: DbOrTx,
  plan: PlanRow,
  unitId: number,
  year: number,
  structureDay: IsoDate,
  today: IsoDate,
): Promise<ScorecardRow[]> {
  const targets = await findTargetRecords(db, sql`t.plan_id = ${plan.id}`);
  if (targets.length === 0) return [];
  const indicators = new Map((await findIndicators(db)).map((i) => [i.code, i]));
  const planYear = targets[0]?.planYear ?? year;
  const first = Math.min(planYear, year, ...targets.map((t) => t.baseline?.year ?? planYear));
  const years = Array.from({ length: year - first + 1 }, (_, i) => first + i);
  const cube = await loadInputs(db, {
    unitIds: [unitId],
    years,
    indicators: [...new Set(targets.map((t) => t.indicator))],
    structureDay,
    today,
    categories: 'each',
  });
  return targets.flatMap((target) => {
    const indicator = indicators.get(target.indicator);
    return indicator ? [rowOf(target, indicator, { cube, unitId, year, years, planYear })] : [];
  });
}

function rowOf(
  target: TargetRecord,
  indicator: AnalyticsIndicator,
  at: {
    cube: Parameters<typeof evaluate>[0];
    unitId: number;
    year: number;
    years: number[];
    planYear: number;
  },
): ScorecardRow {
  const categories = categoriesOf(
    indicator,
    target.categories ?? (target.category ? [target.category] : null),
  );
  // A milestone is judged on its own year once it has passed; a yearly target on the year asked.
  const dataYear = target.from === null ? Math.min(at.year, target.year) : at.year;
  const base = target.baseline?.year ?? null;
  const figureAt = (y: number) =>
    evaluate(
      at.cube,
      at.unitId,
      indicator,
      y,
      categories,
      indicator.kind === 'growth' ? base : 'previous',
      at.years,
    );
  // Each year evaluated once: the sparkline, the growth totals and the judged year all read from it.
  const byYear = new Map(at.years.map((y) => [y, figureAt(y)]));
  const now = byYear.get(dataYear) ?? figureAt(dataYear);
  const trendYears = at.years.filter((y) => y >= at.planYear && y <= at.year);
  const trend = trendYears.map((y) => ({ year: y, actual: byYear.get(y)!.actual }));
  const totals = new Map<number, FigureInputs>([...byYear].map(([y, f]) => [y, f.inputs]));
  const band = {
    min: target.min ?? target.value,
    max: target.max ?? target.value,
  };
  const assessed = assessTarget({
    kind: indicator.kind,
    direction: indicator.direction,
    ...band,
    year: target.year,
    from: target.from,
    dataYear,
    actual: now.actual,
    series: trend,
    totals,
    baselineYear: now.baselineYear,
    reported: now.inputs.reported,
    met: now.inputs.met,
    threshold: indicator.threshold,
  });
  return {
    targetId: target.id,
    indicator: target.indicator,
    kind: indicator.kind,
    unit: indicator.unit,
    category: target.category,
    categories: target.categories,
    year: target.year,
    from: target.from,
    target: band,
    dataYear,
    actual: now.actual,
    gap: assessed.gap,
    status: assessed.status,
    reason: now.actual === null ? now.reason : assessed.reason,
    reported: now.inputs.reported,
    expected: now.inputs.expected,
    submitted: now.inputs.submitted,
    met: now.inputs.met,
    baselineYear: now.baselineYear,
    trend,
    asOf: now.asOf,
  };
}
