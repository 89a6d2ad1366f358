import { todayInVietnam } from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getUnit, listAncestors } from '../../api/units';
import { useSelectedUnit } from '../../components/selected-unit';
import type { OwnUnit } from './defaults';

/**
 * The person's units for the page's defaults, the working unit first, that one with the province it lies in (a
 * commune officer's plan is their province's). Ready once the province is known, so the page does not open on
 * one plan and jump to another.
 */
export function useOwnUnits(): { units: OwnUnit[]; isReady: boolean } {
  const selected = useSelectedUnit();
  const ids = useMemo(() => {
    const all = selected.choices.map((c) => c.unitId);
    return selected.unitId ? [selected.unitId, ...all.filter((id) => id !== selected.unitId)] : all;
  }, [selected]);
  const first = ids[0];
  const today = todayInVietnam();
  const unit = useQuery({
    queryKey: ['unit', first],
    queryFn: ({ signal }) => getUnit(first!, signal),
    enabled: first !== undefined,
    staleTime: 5 * 60_000,
  });
  const level = unit.data?.level;
  const needsAncestors = level !== undefined && level !== 'province' && level !== 'country';
  const ancestors = useQuery({
    queryKey: ['unit', first, 'ancestors', today],
    queryFn: ({ signal }) => listAncestors(first!, today, signal),
    enabled: needsAncestors,
    staleTime: 5 * 60_000,
  });
  const provinceId =
    level === 'province'
      ? (first ?? null)
      : (ancestors.data?.find((a) => a.level === 'province')?.id ?? null);
  const units = useMemo(
    () => ids.map((id, i) => ({ id, provinceId: i === 0 ? provinceId : null })),
    [ids, provinceId],
  );
  const isReady =
    first === undefined || unit.isError || (unit.isSuccess && (!needsAncestors || !ancestors.isPending));
  return { units, isReady };
}
