import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  amendPlanRoute,
  closePlan,
  createPlan,
  getPlan,
  getPlanDiff,
  getPlanTypes,
  issuePlan,
  listPlans,
  returnPlan,
  submitPlan,
  withdrawPlan,
} from '@papi/contracts';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';

export type PlanSummary = ResponseOf<typeof listPlans>['items'][number];
export type PlanListQuery = NonNullable<RequestOf<typeof listPlans>['query']>;
export type PlanDetail = ResponseOf<typeof getPlan>;
export type PlanTask = PlanDetail['tasks'][number];
export type PlanIssue = PlanDetail['issues'][number];
export type PlanAction = PlanDetail['actions'][number];
export type PlanCreate = RequestOf<typeof createPlan>['body'];

export function usePlans(query: PlanListQuery) {
  return useQuery({
    queryKey: ['plans', 'list', query],
    queryFn: () => call(listPlans, { query }),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: number) {
  return useQuery({
    queryKey: ['plans', 'detail', id],
    queryFn: () => call(getPlan, { params: { id } }),
  });
}

export function usePlanDiff(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['plans', 'diff', id],
    queryFn: () => call(getPlanDiff, { params: { id } }),
    enabled,
  });
}

/** The types in force: shipped ones plus those the installation added. */
export function usePlanTypes() {
  return useQuery({
    queryKey: ['plans', 'types'],
    queryFn: () => call(getPlanTypes),
    staleTime: 5 * 60_000,
  });
}

export function useCreatePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanCreate) => call(createPlan, { body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['plans'] }),
  });
}

const TRANSITIONS = {
  submit: submitPlan,
  withdraw: withdrawPlan,
  return: returnPlan,
  issue: issuePlan,
  close: closePlan,
} as const;

/** One workflow step; sends the version shown so a stale page gets a 409, not a silent overwrite. */
export function usePlanAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, version }: { id: number; action: PlanAction; version: number }) =>
      action === 'amend'
        ? call(amendPlanRoute, { params: { id } })
        : call(TRANSITIONS[action], { params: { id }, body: { version } }),
    meta: { inlineError: true },
    onSuccess: (plan, { id }) => {
      if (plan.id === id) client.setQueryData(['plans', 'detail', id], plan);
      return client.invalidateQueries({ queryKey: ['plans'] });
    },
  });
}

export const planDocumentUrl = (id: number): string => `/api/plans/${id}/document`;
