import {
  type AnalyticsIndicator,
  type FigureInputs,
  growthOf,
  levelFigure,
  type Reason,
} from '@suotdoi/shared';
import { type InputsCube, pooled } from './figure-inputs';

/** One indicator's figure for a unit and year from the cube: the shared maths over the pooled inputs. */

export interface EvaluatedFigure {
  actual: number | null;
  reason: Reason | null;
  inputs: FigureInputs;
  asOf: string | null;
  /** Growth only: the base year the actual is computed from. */
  baselineYear: number | null;
}

/** The categories a figure pools: those asked for that the indicator has, else all of the indicator's. */
export function categoriesOf(indicator: AnalyticsIndicator, asked: readonly string[] | null): string[] {
  if (!asked) return indicator.categories;
  return asked.filter((c) => indicator.categories.includes(c));
}

/**
 * growthBase: 'previous' gives year-on-year growth; a year (or null: the first year with data) gives the average
 * annual growth from it. The cube must hold the years growth reads.
 */
export function evaluate(
  cube: InputsCube,
  unitId: number,
  indicator: AnalyticsIndicator,
  year: number,
  categories: readonly string[],
  growthBase: 'previous' | number | null = 'previous',
  years: readonly number[] = [],
): EvaluatedFigure {
  const cell = pooled(cube, unitId, year, indicator.code, categories);
  const noUnit: Reason = { code: 'unit_not_in_year', params: { year } };
  if (!cube.existed(unitId, year))
    return { actual: null, reason: noUnit, inputs: cell.inputs, asOf: null, baselineYear: null };
  if (indicator.kind !== 'growth') {
    return {
      ...levelFigure(indicator.kind, cell.inputs),
      inputs: cell.inputs,
      asOf: cell.asOf,
      baselineYear: null,
    };
  }
  const base = growthBase === 'previous' ? year - 1 : growthBase;
  const totals = new Map<number, FigureInputs>();
  for (const y of new Set([...years, year, ...(base === null ? [] : [base])]))
    if (y <= year) totals.set(y, pooled(cube, unitId, y, indicator.code, categories).inputs);
  const growth = growthOf(totals, year, base);
  return { ...growth, inputs: cell.inputs, asOf: cell.asOf };
}
