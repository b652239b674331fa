import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  commitPlanAppendixImport,
  copyPlan,
  previewPlanAppendixImport,
} from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../../api/client.ts';

export type AppendixPreview = ResponseOf<typeof previewPlanAppendixImport>;
export type AppendixPreviewBody = RequestOf<typeof previewPlanAppendixImport>['body'];
export type AppendixCommitBody = RequestOf<typeof commitPlanAppendixImport>['body'];
export type AppendixMapping = AppendixPreview['mapping'];

export const appendixUrl = (id: number): string => `/api/plans/${id}/appendix`;

export function usePreviewAppendix(id: number) {
  return useMutation({
    mutationFn: (body: AppendixPreviewBody) =>
      call(previewPlanAppendixImport, { params: { id }, body }),
    meta: { inlineError: true },
  });
}

export function useCommitAppendix(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AppendixCommitBody) =>
      call(commitPlanAppendixImport, { params: { id }, body }),
    meta: { inlineError: true },
    onSuccess: (result) => {
      client.setQueryData(['plans', 'detail', id], result.plan);
      return client.invalidateQueries({ queryKey: ['agencies'] });
    },
  });
}

export function useCopyPlan(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestOf<typeof copyPlan>['body']) =>
      call(copyPlan, { params: { id }, body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['plans', 'list'] }),
  });
}

/** What the user chose for an unknown agency of the file: a catalogue id, create it, or none. */
export type AgencyChoice = number | 'create' | null;
