import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addTaskContribution,
  addTaskProgress,
  cancelTask,
  deleteEvidence,
  getMyWork,
  getTask,
  listTaskEvidence,
  listTaskProgress,
  uploadTaskEvidence,
} from '@papi/contracts/paths';
import type { RequestOf, ResponseOf, TTaskDetail } from '@papi/contracts';
import { call, upload } from '../../api/client.ts';

export type MyWorkQuery = NonNullable<RequestOf<typeof getMyWork>['query']>;
export type MyWork = ResponseOf<typeof getMyWork>;
export type ProgressInput = RequestOf<typeof addTaskProgress>['body'];
export type ContributionInput = RequestOf<typeof addTaskContribution>['body'];
export type Evidence = ResponseOf<typeof uploadTaskEvidence>;

export function useMyWork(query: MyWorkQuery) {
  return useQuery({
    queryKey: ['work', 'inbox', query],
    queryFn: () => call(getMyWork, { query }),
    placeholderData: keepPreviousData,
  });
}

const taskKey = (id: number) => ['work', 'task', id] as const;

export function useTask(id: number) {
  return useQuery({ queryKey: taskKey(id), queryFn: () => call(getTask, { params: { id } }) });
}

export function useTaskProgress(id: number) {
  return useQuery({
    queryKey: ['work', 'progress', id],
    queryFn: () => call(listTaskProgress, { params: { id }, query: { pageSize: 200 } }),
  });
}

export function useTaskEvidence(id: number) {
  return useQuery({
    queryKey: ['work', 'evidence', id],
    queryFn: () => call(listTaskEvidence, { params: { id } }),
  });
}

/** After any write on a task: its detail, history, files, and every list that shows it. */
function useRefreshTask(id: number) {
  const client = useQueryClient();
  return (task?: TTaskDetail) => {
    if (task) client.setQueryData(taskKey(id), task);
    return client.invalidateQueries({ queryKey: ['work'] });
  };
}

export function useAddProgress(id: number) {
  const refresh = useRefreshTask(id);
  return useMutation({
    mutationFn: (body: ProgressInput) => call(addTaskProgress, { params: { id }, body }),
    meta: { inlineError: true },
    onSuccess: (task) => refresh(task),
  });
}

export function useAddContribution(id: number) {
  const refresh = useRefreshTask(id);
  return useMutation({
    mutationFn: (body: ContributionInput) => call(addTaskContribution, { params: { id }, body }),
    meta: { inlineError: true },
    onSuccess: () => refresh(),
  });
}

export function useCancelTask(id: number) {
  const refresh = useRefreshTask(id);
  return useMutation({
    mutationFn: (body: { version: number; reason: string }) =>
      call(cancelTask, { params: { id }, body }),
    meta: { inlineError: true },
    onSuccess: (task) => refresh(task),
  });
}

/** One file per call; the dropzone runs several in a row and shows each one's outcome. */
export function useUploadTaskEvidence(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => upload(uploadTaskEvidence, { id }, file),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['work', 'evidence', id] }),
  });
}

/** Removal is optimistic: the row disappears at once and comes back if the server refuses. */
export function useDeleteEvidence(queryKey: readonly unknown[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (evidenceId: number) => call(deleteEvidence, { params: { id: evidenceId } }),
    onMutate: async (evidenceId) => {
      await client.cancelQueries({ queryKey });
      const before = client.getQueryData<{ items: Evidence[] }>(queryKey);
      if (before)
        client.setQueryData(queryKey, { items: before.items.filter((e) => e.id !== evidenceId) });
      return { before };
    },
    onError: (_error, _id, context) => {
      if (context?.before) client.setQueryData(queryKey, context.before);
    },
    onSettled: () => client.invalidateQueries({ queryKey }),
  });
}

export const evidenceDownloadUrl = (id: number): string => `/api/evidence/${id}/download`;
