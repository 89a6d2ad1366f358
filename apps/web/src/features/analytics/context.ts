import type { AnalyticsIndicator, PlanSummary, ScorecardRow, UnitDetail } from '@suotdoi/shared';
import type { ParamPatch } from '../../lib/use-url-params';

/** What the analytics page has chosen, handed to each tab. */
export interface AnalyticsContext {
  plan: PlanSummary;
  unitId: number;
  /** The unit's record (name, level), once loaded. */
  unit: UnitDetail | undefined;
  /** The data year. */
  year: number;
  /** The structure date (YYYY-MM-DD), or undefined for today. */
  asOf: string | undefined;
  /** The scorecard's rows (one per target), for the tabs' defaults and the trend's target bands. */
  rows: readonly ScorecardRow[];
  indicators: readonly AnalyticsIndicator[];
  /** The indicator the figures tabs show, and the categories they pool ([] for the indicator's own). */
  indicator: string | undefined;
  categories: string[];
  /** The URL's query string with the given keys changed: links that drill down keep everything else. */
  searchWith: (patch: ParamPatch) => string;
  update: (patch: ParamPatch) => void;
}

export const ANALYTICS_TABS = ['scorecard', 'trend', 'league', 'map', 'pivot', 'completeness'] as const;
export type AnalyticsTab = (typeof ANALYTICS_TABS)[number];

/** `?a=1&b=2` from the current parameters with `patch` applied (undefined or '' removes a key). */
export function searchWith(current: URLSearchParams, patch: ParamPatch): string {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}
