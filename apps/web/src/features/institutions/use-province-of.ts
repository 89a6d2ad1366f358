import { todayInVietnam } from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import { getUnit, listAncestors } from '../../api/units';

/** The province a chosen parent belongs to: itself when it is a province, else its province ancestor. */
export function useProvinceOf(parentId: number | undefined, fallback: number | null) {
  const today = todayInVietnam();
  const parent = useQuery({
    queryKey: ['unit', parentId],
    queryFn: ({ signal }) => getUnit(parentId!, signal),
    enabled: !!parentId,
    staleTime: 5 * 60_000,
  });
  const ancestors = useQuery({
    queryKey: ['unit', parentId, 'ancestors', today],
    queryFn: ({ signal }) => listAncestors(parentId!, today, signal),
    enabled: !!parentId && !!parent.data && parent.data.level !== 'province',
    staleTime: 5 * 60_000,
  });
  if (!parentId) return fallback;
  if (parent.data?.level === 'province') return parent.data.id;
  return ancestors.data?.find((a) => a.level === 'province')?.id ?? fallback;
}
