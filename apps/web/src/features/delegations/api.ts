import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createDelegation, listDelegations, revokeDelegation } from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';

export type Delegation = ResponseOf<typeof listDelegations>['items'][number];
export type DelegationCreate = RequestOf<typeof createDelegation>['body'];

export function useDelegations() {
  return useQuery({
    queryKey: ['delegations'],
    queryFn: () => call(listDelegations, { query: {} }),
  });
}

export function useCreateDelegation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DelegationCreate) => call(createDelegation, { body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['delegations'] }),
  });
}

export function useRevokeDelegation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call(revokeDelegation, { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['delegations'] }),
  });
}
