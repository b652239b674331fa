import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  amendPlanRoute,
  closePlan,
  createPlan,
  getPlan,
  getGroupMembers,
  searchPlanAgencies,
  getIssueProposal,
  getPlanDiff,
  issuePlan,
  setPlanWaivers,
  getPlanTrace,
  getPlanTypes,
  listPlans,
  replacePlanTasks,
  returnPlan,
  updatePlan,
  submitPlan,
  withdrawPlan,
} from '@papi/contracts/paths';
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
  close: closePlan,
} as const;

/** The unit's next free number in the signing year, and today, for the issue dialog. */
export function useIssueProposal(id: number, issuedOn: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['plans', 'issue-proposal', id, issuedOn],
    queryFn: () => call(getIssueProposal, { params: { id }, query: issuedOn ? { issuedOn } : {} }),
    enabled,
  });
}

export type PlanWaiverInput = RequestOf<typeof setPlanWaivers>['body']['waivers'][number];

export function useSetWaivers(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ version, waivers }: { version: number; waivers: PlanWaiverInput[] }) =>
      call(setPlanWaivers, { params: { id }, body: { version, waivers } }),
    meta: { inlineError: true },
    onSuccess: (plan) => client.setQueryData(['plans', 'detail', id], plan),
  });
}

/** What some steps carry: the reason for returning, the register number and signing date. */
export interface PlanActionExtra {
  reason?: string;
  number?: number;
  issuedOn?: string;
}

/** One workflow step; sends the version shown so a stale page gets a 409, not a silent overwrite. */
export function usePlanAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      action,
      version,
      extra = {},
    }: {
      id: number;
      action: PlanAction;
      version: number;
      extra?: PlanActionExtra;
    }) => {
      if (action === 'amend') return call(amendPlanRoute, { params: { id } });
      if (action === 'return')
        return call(returnPlan, { params: { id }, body: { version, reason: extra.reason ?? '' } });
      if (action === 'issue')
        return call(issuePlan, {
          params: { id },
          body: {
            version,
            ...(extra.number ? { number: extra.number } : {}),
            ...(extra.issuedOn ? { issuedOn: extra.issuedOn } : {}),
          },
        });
      return call(TRANSITIONS[action], { params: { id }, body: { version } });
    },
    meta: { inlineError: true },
    onSuccess: (plan, { id }) => {
      if (plan.id === id) client.setQueryData(['plans', 'detail', id], plan);
      return client.invalidateQueries({ queryKey: ['plans'] });
    },
  });
}

export const planDocumentUrl = (id: number): string => `/api/plans/${id}/document`;

export type PlanTaskInput = RequestOf<typeof replacePlanTasks>['body']['tasks'][number];
export type PlanUpdate = Omit<RequestOf<typeof updatePlan>['body'], 'version'>;
export type PlanTrace = ResponseOf<typeof getPlanTrace>;

/** Saves the whole task list against the version the editor started from. */
export function useReplaceTasks(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ version, tasks }: { version: number; tasks: PlanTaskInput[] }) =>
      call(replacePlanTasks, { params: { id }, body: { version, tasks } }),
    meta: { inlineError: true },
    onSuccess: (plan) => {
      client.setQueryData(['plans', 'detail', id], plan);
      return client.invalidateQueries({ queryKey: ['plans', 'list'] });
    },
  });
}

export function useUpdatePlan(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: PlanUpdate }) =>
      call(updatePlan, { params: { id }, body: { version, ...body } }),
    meta: { inlineError: true },
    onSuccess: (plan) => {
      client.setQueryData(['plans', 'detail', id], plan);
      return client.invalidateQueries({ queryKey: ['plans', 'list'] });
    },
  });
}

/** Parent and child links of a plan's tasks; absent (404) before the cascade server exists. */
export function usePlanTrace(id: number) {
  return useQuery({
    queryKey: ['plans', 'trace', id],
    queryFn: () => call(getPlanTrace, { params: { id } }),
    meta: { silent: true },
    retry: false,
  });
}

/** Plan types in force (shipped plus the installation's own) with their rule overrides. */
export function usePlanTypes() {
  return useQuery({
    queryKey: ['plan-types'],
    queryFn: () => call(getPlanTypes),
    meta: { silent: true },
    staleTime: 5 * 60_000,
  });
}

/** The agencies a group of the plan may list, and the members its wording suggests. */
export function useGroupMembers(planId: number, label: string, enabled: boolean) {
  return useQuery({
    queryKey: ['plans', 'group-members', planId, label],
    queryFn: () => call(getGroupMembers, { params: { id: planId }, query: { label } }),
    enabled,
    staleTime: 60_000,
  });
}

/** The agencies a task of the plan may name, searched on the server (the whole catalogue). */
export function usePlanAgencySearch(planId: number, q: string) {
  return useQuery({
    queryKey: ['plans', 'agencies', planId, q],
    queryFn: () => call(searchPlanAgencies, { params: { id: planId }, query: { q, limit: 50 } }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
