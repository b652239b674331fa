import { useQuery } from '@tanstack/react-query';
import { getUnitImpact } from '@papi/contracts/paths';
import type { ResponseOf } from '@papi/contracts';
import { call } from '../../../api/client.ts';

export type Impact = ResponseOf<typeof getUnitImpact>;
export type MovedElement = Impact['moved'][number];
export type Association = MovedElement['association'];

/** What moved for a unit (no year: the latest release). */
export function useImpact(code: string, unitId: number | null, year: number | null = null) {
  return useQuery({
    queryKey: ['indices', 'impact', code, unitId, year],
    queryFn: () =>
      call(getUnitImpact, {
        params: { code, unitId: unitId! },
        query: year === null ? {} : { year },
      }),
    enabled: unitId !== null,
    // Results change once a year; tasks more often, but this is a yearly look back.
    staleTime: 5 * 60_000,
  });
}
