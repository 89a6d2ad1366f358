import { addInputs, EMPTY_INPUTS, type FigureInputs, type IsoDate } from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { findPopulation, findRollups } from './figures.repo';
import { treeDayOf } from './population.repo';
import { type Sources, sourcesOf } from './structure';

/**
 * The inputs of every figure asked for, put on the units of the structure day: for each unit and year, the
 * weighted sum of the rollups and population of the units that made it up that year (structure.ts). Nested
 * maps rather than joined string keys: a national table reads thousands of cells per request.
 */

export interface CategoryInputs {
  inputs: FigureInputs;
  /** Latest change among the rows summed. */
  asOf: string | null;
}

export interface InputsCube {
  /** True when the rollups were summed over categories already (cells under '*'). */
  pooled: boolean;
  get(unitId: number, year: number, indicator: string, category: string): CategoryInputs | undefined;
  /** Institutions expected for a category (present even where nothing was reported). */
  expected(unitId: number, year: number, category: string): number;
  existed(unitId: number, year: number): boolean;
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null || a >= b ? a : b);

/** A map of maps, created on the way down. */
function dig<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

type Cells = Map<number, Map<number, Map<string, Map<string, CategoryInputs>>>>;

export async function loadInputs(
  db: DbOrTx,
  options: {
    unitIds: readonly number[];
    years: readonly number[];
    indicators: readonly string[];
    structureDay: IsoDate;
    today: IsoDate;
    /** 'each': one cell per category (targets pool their own); else summed in SQL over these (null: all). */
    categories: 'each' | readonly string[] | null;
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
  const pool = options.categories === 'each' ? null : { categories: options.categories };
  const [rollups, population] = await Promise.all([
    findRollups(db, ids, options.years, options.indicators, pool),
    findPopulation(db, ids, options.years),
  ]);
  // source → year → rows
  const rollupsBySource = new Map<number, Map<number, typeof rollups>>();
  for (const r of rollups)
    dig(
      dig(rollupsBySource, r.unitId, () => new Map()),
      r.year,
      () => [],
    ).push(r);
  const populationBySource = new Map<number, Map<number, Map<string, number>>>();
  for (const p of population)
    dig(
      dig(populationBySource, p.unitId, () => new Map()),
      p.year,
      () => new Map(),
    ).set(p.category, p.expected);

  const cells: Cells = new Map();
  const expected = new Map<number, Map<number, Map<string, number>>>();
  for (const [year, sources] of sourcesByYear) {
    for (const [unitId, list] of sources) {
      const byIndicator = dig(
        dig(cells, unitId, () => new Map()),
        year,
        () => new Map(),
      );
      const byCategory = dig(
        dig(expected, unitId, () => new Map()),
        year,
        () => new Map<string, number>(),
      );
      for (const [source, weight] of list) {
        for (const r of rollupsBySource.get(source)?.get(year) ?? []) {
          const cellsOf = dig(byIndicator, r.indicator, () => new Map<string, CategoryInputs>());
          const cell = cellsOf.get(r.category);
          const asOf = new Date(r.updatedAt).toISOString();
          const row = { ...r, expected: 0 };
          cellsOf.set(
            r.category,
            cell
              ? { inputs: addInputs(cell.inputs, row, weight), asOf: later(cell.asOf, asOf) }
              : { inputs: addInputs(EMPTY_INPUTS, row, weight), asOf },
          );
        }
        for (const [category, n] of populationBySource.get(source)?.get(year) ?? [])
          byCategory.set(category, (byCategory.get(category) ?? 0) + weight * n);
      }
    }
  }
  return {
    pooled: pool !== null,
    get: (unitId, year, indicator, category) => cells.get(unitId)?.get(year)?.get(indicator)?.get(category),
    expected: (unitId, year, category) => expected.get(unitId)?.get(year)?.get(category) ?? 0,
    existed: (unitId, year) => cells.get(unitId)?.has(year) ?? false,
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
  let expected = 0;
  for (const category of categories) expected += cube.expected(unitId, year, category);
  if (cube.pooled) {
    const cell = cube.get(unitId, year, indicator, '*');
    return { inputs: { ...(cell?.inputs ?? EMPTY_INPUTS), expected }, asOf: cell?.asOf ?? null };
  }
  let inputs = EMPTY_INPUTS;
  let asOf: string | null = null;
  for (const category of categories) {
    const cell = cube.get(unitId, year, indicator, category);
    if (cell) {
      inputs = addInputs(inputs, cell.inputs);
      asOf = later(asOf, cell.asOf);
    }
  }
  return { inputs: { ...inputs, expected }, asOf };
}
