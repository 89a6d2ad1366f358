import { addInputs, EMPTY_INPUTS, type FigureInputs, type IsoDate } from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { findPopulation, findRollups, type RollupRow } from './figures.repo';
import { treeDayOf } from './population.repo';
import { type Sources, sourcesOf } from './structure';

/**
 * The inputs of every figure asked for, put on the units of the structure day: for each unit and year, the
 * weighted sum of the rollups and population of the units that made it up that year (structure.ts).
 */

export interface CategoryInputs {
  inputs: FigureInputs;
  /** Latest change among the rows summed. */
  asOf: string | null;
}

/** unit → year → indicator → category → inputs; `missing` holds the (unit, year) pairs the unit did not exist. */
export interface InputsCube {
  get(unitId: number, year: number, indicator: string, category: string): CategoryInputs | undefined;
  /** Institutions expected for a category (present even where nothing was reported). */
  expected(unitId: number, year: number, category: string): number;
  existed(unitId: number, year: number): boolean;
}

const key = (...parts: (number | string)[]) => parts.join('|');
const later = (a: string | null, b: string | null) => (a === null ? b : b === null || a >= b ? a : b);

export async function loadInputs(
  db: DbOrTx,
  options: {
    unitIds: readonly number[];
    years: readonly number[];
    indicators: readonly string[];
    structureDay: IsoDate;
    today: IsoDate;
  },
): Promise<InputsCube> {
  const sourcesByYear = new Map<number, Map<number, Sources>>();
  const allSources = new Set<number>();
  for (const year of options.years) {
    const day = treeDayOf(year, options.today);
    if (day === null) continue;
    const sources = await sourcesOf(db, options.unitIds, day, options.structureDay);
    sourcesByYear.set(year, sources);
    for (const list of sources.values()) for (const [id] of list) allSources.add(id);
  }
  const ids = [...allSources];
  const [rollups, population] = await Promise.all([
    findRollups(db, ids, options.years, options.indicators),
    findPopulation(db, ids, options.years),
  ]);
  const rollupsBySource = new Map<string, RollupRow[]>();
  for (const r of rollups) {
    const k = key(r.unitId, r.year);
    const list = rollupsBySource.get(k);
    if (list) list.push(r);
    else rollupsBySource.set(k, [r]);
  }
  const populationBySource = new Map<string, Map<string, number>>();
  for (const p of population) {
    const k = key(p.unitId, p.year);
    const m = populationBySource.get(k) ?? new Map<string, number>();
    m.set(p.category, p.expected);
    populationBySource.set(k, m);
  }

  const cells = new Map<string, CategoryInputs>();
  const expected = new Map<string, number>();
  const existed = new Set<string>();
  for (const [year, sources] of sourcesByYear) {
    for (const [unitId, list] of sources) {
      existed.add(key(unitId, year));
      for (const [source, weight] of list) {
        for (const r of rollupsBySource.get(key(source, year)) ?? []) {
          const k = key(unitId, year, r.indicator, r.category);
          const cell = cells.get(k) ?? { inputs: EMPTY_INPUTS, asOf: null };
          const asOf = new Date(r.updatedAt).toISOString();
          cells.set(k, {
            inputs: addInputs(cell.inputs, { ...r, expected: 0 }, weight),
            asOf: later(cell.asOf, asOf),
          });
        }
        for (const [category, n] of populationBySource.get(key(source, year)) ?? []) {
          const k = key(unitId, year, category);
          expected.set(k, (expected.get(k) ?? 0) + weight * n);
        }
      }
    }
  }
  return {
    get: (unitId, year, indicator, category) => cells.get(key(unitId, year, indicator, category)),
    expected: (unitId, year, category) => expected.get(key(unitId, year, category)) ?? 0,
    existed: (unitId, year) => existed.has(key(unitId, year)),
  };
}

/** The inputs of one indicator pooled over categories, with the population as `expected`. */
export function pooled(
  cube: InputsCube,
  unitId: number,
  year: number,
  indicator: string,
  categories: readonly string[],
): CategoryInputs {
  let inputs = EMPTY_INPUTS;
  let asOf: string | null = null;
  for (const category of categories) {
    const cell = cube.get(unitId, year, indicator, category);
    if (cell) {
      inputs = addInputs(inputs, cell.inputs);
      asOf = later(asOf, cell.asOf);
    }
    inputs = { ...inputs, expected: inputs.expected + cube.expected(unitId, year, category) };
  }
  return { inputs, asOf };
}
