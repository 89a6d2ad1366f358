import {
  AppError,
  type Figure,
  type FiguresQuery,
  type FiguresResponse,
  type IsoDate,
  todayInVietnam,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { assertUnitAccess } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { type InputsCube, loadInputs } from './figure-inputs';
import {
  findAnalyticsUnits,
  findBreakdownUnits,
  findIndicators,
  findInstitutionFacts,
  findOwnInstitutionFacts,
  type RollupRow,
} from './figures.repo';
import { categoriesOf, evaluate } from './indicator-figure';
import { treeDayOf } from './population.repo';
import { cachedAnswer, figuresVersion } from './response-cache';
import { sourcesOf } from './structure';

/**
 * Số liệu: indicators for a unit, its breakdown (provinces of the country, communes of a province) or the
 * institutions that reported under it, for any years, on the structure of any day (today by default). The
 * national table, league tables, the pivot and the map all read this.
 */
export async function getFigures(
  actor: Actor,
  query: FiguresQuery,
  deps: ServiceDeps,
): Promise<FiguresResponse> {
  const today = todayInVietnam(deps.clock());
  const structureDay = query.asOf ?? today;
  await assertUnitAccess(deps.db, actor, 'unit.read', query.unitId);
  const version = await figuresVersion(deps.db);
  const key = JSON.stringify(['figures', query, structureDay, today, version]);
  return cachedAnswer(key, () => computeFigures(query, structureDay, today, deps));
}

async function computeFigures(
  query: FiguresQuery,
  structureDay: IsoDate,
  today: IsoDate,
  deps: ServiceDeps,
): Promise<FiguresResponse> {
  const indicators = await selectIndicators(deps.db, query.indicators ?? null);
  const codes = indicators.map((i) => i.code);
  const years = [...new Set(query.years)].sort((a, b) => a - b);
  // Growth is year on year here: the year before each one is read too.
  const withPrevious = [...new Set([...years, ...years.map((y) => y - 1)])];
  const asked = query.categories ?? null;

  let unitIds: number[];
  let cube: InputsCube;
  if (query.scope === 'institutions') {
    const found = await institutionInputs(deps.db, query.unitId, withPrevious, codes, structureDay, today);
    cube = found;
    unitIds = found.unitIds;
  } else if (query.scope === 'self' && (await isInstitution(deps.db, query.unitId))) {
    // An institution is not in the rollups (they sum institutions up to communes): its own reports are its figure.
    cube = factsCube(await findOwnInstitutionFacts(deps.db, query.unitId, withPrevious, codes));
    unitIds = [query.unitId];
  } else {
    unitIds =
      query.scope === 'children'
        ? await findBreakdownUnits(deps.db, query.unitId, structureDay)
        : [query.unitId];
    cube = await loadInputs(deps.db, {
      unitIds,
      years: withPrevious,
      indicators: codes,
      structureDay,
      today,
      categories: asked,
    });
  }

  const figures: Figure[] = [];
  for (const unitId of unitIds)
    for (const year of years)
      for (const indicator of indicators) {
        const f = evaluate(cube, unitId, indicator, year, categoriesOf(indicator, asked));
        figures.push({
          unitId,
          indicator: indicator.code,
          year,
          actual: f.actual,
          reason: f.reason,
          ...f.inputs,
          asOf: f.asOf,
        });
      }
  return {
    units: await findAnalyticsUnits(deps.db, unitIds),
    indicators,
    figures,
    structureDate: structureDay,
  };
}

async function selectIndicators(db: DbOrTx, codes: readonly string[] | null) {
  const all = await findIndicators(db);
  if (!codes) return all;
  const unknown = codes.filter((c) => !all.some((i) => i.code === c));
  if (unknown.length > 0)
    throw new AppError('VALIDATION_FAILED', `unknown indicator ${unknown.join(', ')}`, [
      { field: 'indicators', reason: 'unknown_indicator', value: unknown.join(', ') },
    ]);
  return all.filter((i) => codes.includes(i.code));
}

/**
 * The institutions that reported under the unit in each year (through the units that made it up then), each
 * its own figure.
 */
async function institutionInputs(
  db: DbOrTx,
  unitId: number,
  years: readonly number[],
  indicators: readonly string[],
  structureDay: IsoDate,
  today: IsoDate,
): Promise<InputsCube & { unitIds: number[] }> {
  const sourceIds = new Set<number>();
  for (const year of years) {
    const day = treeDayOf(year, today);
    if (day === null) continue;
    const sources = await sourcesOf(db, [unitId], day, structureDay);
    for (const [id] of sources.get(unitId) ?? []) sourceIds.add(id);
  }
  return factsCube(await findInstitutionFacts(db, [...sourceIds], years, indicators));
}

async function isInstitution(db: DbOrTx, unitId: number): Promise<boolean> {
  const [unit] = await findAnalyticsUnits(db, [unitId]);
  return unit?.kind === 'institution';
}

/** Institutions' own facts as a cube: each institution its own figure. */
function factsCube(facts: readonly RollupRow[]): InputsCube & { unitIds: number[] } {
  const key = (...parts: (number | string)[]) => parts.join('|');
  const byCell = new Map(facts.map((f) => [key(f.unitId, f.year, f.indicator, f.category), f]));
  const categoryOf = new Map(facts.map((f) => [f.unitId, f.category]));
  return {
    unitIds: [...new Set(facts.map((f) => f.unitId))],
    pooled: false,
    get: (u, y, ind, cat) => {
      const f = byCell.get(key(u, y, ind, cat));
      return f && { inputs: { ...f, expected: 0 }, asOf: new Date(f.updatedAt).toISOString() };
    },
    // An institution is expected in every year asked; a year it did not report for says no_reports.
    expected: (u, _y, cat) => (categoryOf.get(u) === cat ? 1 : 0),
    existed: () => true,
  };
}
