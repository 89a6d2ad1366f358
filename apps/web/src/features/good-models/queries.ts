import type { GoodModelListQuery } from '@suotdoi/shared';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { getFigures, listAnalyticsIndicators } from '../../api/analytics';
import { type GoodModel, getGoodModel, listGoodModels } from '../../api/good-models';

/** The react-query keys and hooks of Mô hình hay, so that the catalogue and the model page read one cache. */

export const goodModelKeys = {
  all: ['good-models'] as const,
  list: (q: GoodModelListQuery) => ['good-models', 'list', q] as const,
  detail: (id: number) => ['good-models', 'detail', id] as const,
};

/** The catalogue: one query per scope unit (see listQueries), read together. */
export function useGoodModelLists(queries: readonly GoodModelListQuery[]) {
  return useQueries({
    queries: queries.map((q) => ({
      queryKey: goodModelKeys.list(q),
      queryFn: ({ signal }: { signal: AbortSignal }) => listGoodModels(q, signal),
    })),
  });
}

export function useGoodModel(id: number | undefined) {
  return useQuery({
    queryKey: goodModelKeys.detail(id ?? 0),
    queryFn: ({ signal }) => getGoodModel(id!, signal),
    enabled: id !== undefined,
  });
}

/** The analytics catalogue of indicators (names, units): the figure picker offers them. */
export function useIndicators(enabled = true) {
  return useQuery({
    queryKey: ['analytics', 'indicators'],
    queryFn: ({ signal }) => listAnalyticsIndicators(signal),
    enabled,
    staleTime: 60 * 60_000,
  });
}

/** The unit's own figures for the years asked: what saving would freeze. */
export function useUnitFigures(unitId: number | null | undefined, years: readonly number[]) {
  return useQuery({
    queryKey: ['analytics', 'figures', unitId, 'self', years],
    queryFn: ({ signal }) => getFigures({ unitId: unitId!, years, scope: 'self' }, signal),
    enabled: !!unitId && years.length > 0,
    staleTime: 60_000,
  });
}

/** After a write: the answer becomes the detail, and every list is read again. */
export function useStoreGoodModel() {
  const client = useQueryClient();
  return (model: GoodModel | undefined) => {
    if (model?.id) client.setQueryData(goodModelKeys.detail(model.id), model);
    void client.invalidateQueries({ queryKey: ['good-models', 'list'] });
  };
}

/** After a delete: the detail is dropped, the lists read again. */
export function useForgetGoodModel() {
  const client = useQueryClient();
  return (id: number) => {
    client.removeQueries({ queryKey: goodModelKeys.detail(id) });
    void client.invalidateQueries({ queryKey: ['good-models', 'list'] });
  };
}
