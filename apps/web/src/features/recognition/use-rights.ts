import { todayInVietnam } from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import type { Recognition } from '../../api/recognition';
import { listAncestors } from '../../api/units';
import { useCurrentUser } from '../auth/session';
import { type RecognitionRights, rightsOn } from './labels';

const NO_RIGHTS: RecognitionRights = { nominate: false, decideProvince: false, decideCountry: false };

/**
 * What the signed-in person may do with a nomination: their roles against the nominee unit's ancestors (the same
 * cache as the documents page's lineage). Nothing until the ancestors are read; the server decides anyway.
 */
export function useRecognitionRights(
  r: Pick<Recognition, 'unit' | 'province'> | undefined,
): RecognitionRights {
  const user = useCurrentUser();
  const today = todayInVietnam();
  const unitId = r?.unit.id;
  const ancestors = useQuery({
    queryKey: ['unit', unitId, 'ancestors', today],
    queryFn: ({ signal }) => listAncestors(unitId!, today, signal),
    enabled: unitId !== undefined,
    staleTime: 5 * 60_000,
  });
  if (!r || !ancestors.data) return NO_RIGHTS;
  return rightsOn(user, r.unit.id, ancestors.data, r.province?.id ?? null);
}
