import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createPlanSolution,
  deletePlanSolution,
  listPlanSolutions,
  updatePlanSolution,
} from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../../api/client.ts';

export type Solution = ResponseOf<typeof listPlanSolutions>['items'][number];
export type SolutionQuery = NonNullable<RequestOf<typeof listPlanSolutions>['query']>;
export type SolutionCreate = RequestOf<typeof createPlanSolution>['body'];
export type SolutionUpdate = RequestOf<typeof updatePlanSolution>['body'];

export function useSolutions(query: SolutionQuery, enabled = true) {
  return useQuery({
    queryKey: ['plan-solutions', query],
    queryFn: () => call(listPlanSolutions, { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSaveSolution() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      input: { id: number; body: SolutionUpdate } | { id: null; body: SolutionCreate },
    ) =>
      input.id === null
        ? call(createPlanSolution, { body: input.body })
        : call(updatePlanSolution, { params: { id: input.id }, body: input.body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['plan-solutions'] }),
  });
}

export function useDeleteSolution() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      call(deletePlanSolution, { params: { id }, body: { version } }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['plan-solutions'] }),
  });
}
