import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  getDashboard,
  getInUseSinceSetting,
  listOverdueObligations,
  putInUseSinceSetting,
  remindObligation,
  remindOverdue,
} from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';

export type Dashboard = ResponseOf<typeof getDashboard>;
export type RemindBody = NonNullable<RequestOf<typeof remindOverdue>['body']>;

export function useDashboard() {
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: () => call(getDashboard, { query: {} }),
  });
}

export function useOverdueObligations(unitId: number) {
  return useQuery({
    queryKey: ['monitoring', 'overdue-obligations', unitId],
    queryFn: () => call(listOverdueObligations, { query: { unitId } }),
    placeholderData: keepPreviousData,
  });
}

/** A reminder from the overdue board: a report or a task, or an obligation to plan. */
export function useRemindOverdue() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RemindBody | { kind: 'plan'; obligationId: number }) =>
      body.kind === 'plan'
        ? call(remindObligation, { params: { id: body.obligationId } }).then(() => undefined)
        : call(remindOverdue, { body }).then(() => undefined),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['plan-obligations'] }),
  });
}

export function useInUseSince() {
  return useQuery({
    queryKey: ['settings', 'in-use-since'],
    queryFn: () => call(getInUseSinceSetting),
  });
}

export function useSaveInUseSince() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (date: string) => call(putInUseSinceSetting, { body: { date } }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries(),
  });
}
