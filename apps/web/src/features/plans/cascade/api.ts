import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  getComplianceBoard,
  listObligations,
  obligeAll,
  previewObligeAll,
  remindObligation,
  startObligation,
} from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../../api/client.ts';

export type Obligation = ResponseOf<typeof listObligations>['items'][number];
export type ObligationQuery = NonNullable<RequestOf<typeof listObligations>['query']>;
export type ComplianceBoard = ResponseOf<typeof getComplianceBoard>;
export type Compliance = Obligation['compliance'];

export function useObligations(query: ObligationQuery, enabled = true) {
  return useQuery({
    queryKey: ['plan-obligations', query],
    queryFn: () => call(listObligations, { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Starts the obliged unit's plan, pre-filled from the parent's tasks that concern it. */
export function useStartObligation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call(startObligation, { params: { id } }),
    meta: { inlineError: true },
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['plan-obligations'] }),
        client.invalidateQueries({ queryKey: ['plans'] }),
      ]),
  });
}

export function useRemind() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call(remindObligation, { params: { id } }),
    meta: { inlineError: true },
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['plan-obligations'] }),
        client.invalidateQueries({ queryKey: ['plans', 'compliance'] }),
      ]),
  });
}

export function useComplianceBoard(planId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['plans', 'compliance', planId],
    queryFn: () => call(getComplianceBoard, { params: { id: planId } }),
    enabled,
  });
}

/** How many communes and wards "oblige all" would add, before the user confirms. */
export type ObligeLevel = 'commune' | 'department';

export function useObligeAllPreview(
  planId: number,
  unitId: number,
  level: ObligeLevel,
  enabled: boolean,
) {
  return useQuery({
    queryKey: ['plans', 'oblige-all', planId, unitId, level],
    queryFn: () => call(previewObligeAll, { params: { id: planId }, query: { unitId, level } }),
    enabled,
    staleTime: 0,
  });
}

/** Adds one obligation naming every commune and ward of the unit, in one write. */
export function useObligeAll(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestOf<typeof obligeAll>['body']) =>
      call(obligeAll, { params: { id: planId }, body }),
    meta: { inlineError: true },
    onSuccess: (r) => {
      client.setQueryData(['plans', 'detail', planId], r.plan);
      return client.invalidateQueries({ queryKey: ['plans', 'oblige-all', planId] });
    },
  });
}
