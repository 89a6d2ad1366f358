import { useQuery } from '@tanstack/react-query';
import { getIndicatorCatalogue } from '../../api/plans';

/** The indicator catalogue: it changes with a release, not during a session. */
export function useIndicatorCatalogue() {
  return useQuery({
    queryKey: ['indicators'],
    queryFn: ({ signal }) => getIndicatorCatalogue(signal),
    staleTime: 10 * 60_000,
  });
}
