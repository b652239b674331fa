import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createAgency, listAgencies, updateAgency } from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';

export type Agency = ResponseOf<typeof listAgencies>['items'][number];
export type AgencyListQuery = NonNullable<RequestOf<typeof listAgencies>['query']>;
export type AgencyUpdate = RequestOf<typeof updateAgency>['body'];

export function useAgencies(query: AgencyListQuery, enabled = true) {
  return useQuery({
    queryKey: ['agencies', query],
    queryFn: () => call(listAgencies, { query }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useCreateAgency() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestOf<typeof createAgency>['body']) => call(createAgency, { body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['agencies'] }),
  });
}

export function useUpdateAgency() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: AgencyUpdate }) =>
      call(updateAgency, { params: { id }, body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['agencies'] }),
  });
}
