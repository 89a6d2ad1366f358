import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import {
  type FiguresParams,
  getAnalyticsChanges,
  getFigures,
  getScorecard,
  listAnalyticsIndicators,
  type ScorecardParams,
} from '../../api/analytics';
import { isApiError } from '../../api/client';
import { LIVE_POLL_MS, LIVE_REFRESH_MS } from './live';

/** The scorecard and the figures are live: asked again while the page is visible, and on coming back to it. */
const live = {
  // A refusal (a unit outside the person's scope) is not asked again every few seconds.
  refetchInterval: (query: { state: { status: string } }) =>
    query.state.status === 'error' ? false : LIVE_REFRESH_MS,
  refetchOnWindowFocus: true,
  // A refused or missing unit will not change by asking again every few seconds.
  retry: (count: number, error: unknown) => count < 2 && (!isApiError(error) || error.status >= 500),
} as const;

export function useScorecard(params: Partial<ScorecardParams>) {
  return useQuery({
    queryKey: ['analytics', 'scorecard', params],
    queryFn: ({ signal }) => getScorecard(params as ScorecardParams, signal),
    enabled: params.planId !== undefined,
    ...live,
  });
}

export function useFigures(params: FiguresParams | undefined, options: { live?: boolean } = {}) {
  return useQuery({
    queryKey: ['analytics', 'figures', params],
    queryFn: ({ signal }) => getFigures(params!, signal),
    enabled: params !== undefined && params.years.length > 0,
    ...(options.live === false ? {} : live),
  });
}

/**
 * Keeps the open dashboard live: asks when the unit's figures last changed, and when that moves, fetches the
 * scorecard and the figures again (not the boundaries or the indicators, which do not change with reports).
 */
export function useLiveAnalytics(unitId: number | undefined) {
  const client = useQueryClient();
  const seen = useRef<string | null | undefined>(undefined);
  const changes = useQuery({
    queryKey: ['analytics-changes', unitId],
    queryFn: ({ signal }) => getAnalyticsChanges(unitId!, signal),
    enabled: unitId !== undefined,
    refetchInterval: (query) => (query.state.status === 'error' ? false : LIVE_POLL_MS),
    retry: false,
  });
  const asOf = changes.data?.asOf;
  useEffect(() => {
    if (asOf === undefined) return;
    if (seen.current !== undefined && seen.current !== asOf) {
      void client.invalidateQueries({ queryKey: ['analytics', 'scorecard'] });
      void client.invalidateQueries({ queryKey: ['analytics', 'figures'] });
    }
    seen.current = asOf;
  }, [asOf, client]);
}

/** The indicators' names, units and directions: they change with a release, not during a session. */
export function useAnalyticsIndicators() {
  return useQuery({
    queryKey: ['analytics', 'indicators'],
    queryFn: ({ signal }) => listAnalyticsIndicators(signal),
    staleTime: 10 * 60_000,
  });
}
