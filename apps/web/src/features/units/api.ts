import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getUnit, listUnits } from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';

export type Unit = ResponseOf<typeof listUnits>['items'][number];
export type UnitDetail = ResponseOf<typeof getUnit>;
export type UnitListQuery = NonNullable<RequestOf<typeof listUnits>['query']>;

export function useUnits(query: UnitListQuery, enabled = true) {
  return useQuery({
    queryKey: ['units', 'list', query],
    queryFn: () => call(listUnits, { query }),
    enabled,
    // The administrative map changes only by resolution; no need to refetch often.
    staleTime: 10 * 60_000,
    placeholderData: query.q ? keepPreviousData : undefined,
  });
}

export function useUnit(id: number | null) {
  return useQuery({
    queryKey: ['units', 'detail', id],
    queryFn: () => call(getUnit, { params: { id: id ?? 0 } }),
    enabled: id !== null,
    staleTime: 10 * 60_000,
  });
}
