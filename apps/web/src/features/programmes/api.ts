import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  compileProgrammeReview,
  createNextPlan,
  createProgramme,
  decideReviewReport,
  getProgramme,
  getReviewReport,
  importAssignments,
  listProgrammes,
  openProgrammeReview,
  previewAssignmentImport,
  saveReviewReport,
  submitReviewReport,
} from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';

export type ProgrammeDetail = ResponseOf<typeof getProgramme>;
export type ReviewReport = ResponseOf<typeof getReviewReport>;
export type AssignmentPreview = ResponseOf<typeof previewAssignmentImport>;

export function useProgrammes(query: { q?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['programmes', query],
    queryFn: () => call(listProgrammes, { query }),
  });
}

export function useProgramme(id: number) {
  return useQuery({
    queryKey: ['programme', id],
    queryFn: () => call(getProgramme, { params: { id } }),
  });
}

export function useReviewReport(id: number) {
  return useQuery({
    queryKey: ['review-report', id],
    queryFn: () => call(getReviewReport, { params: { id } }),
  });
}

/** A write on a programme: the answer is the programme, put in the cache as is. */
function useProgrammeWrite<B>(id: number, send: (body: B) => Promise<ProgrammeDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    meta: { inlineError: true },
    onSuccess: (detail) => {
      client.setQueryData(['programme', id], detail);
      void client.invalidateQueries({ queryKey: ['programmes'] });
    },
  });
}

export function useCreateProgramme() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestOf<typeof createProgramme>['body']) =>
      call(createProgramme, { body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['programmes'] }),
  });
}

export const usePreviewImport = (id: number) =>
  useMutation({
    mutationFn: (body: { filename: string; contentBase64: string }) =>
      call(previewAssignmentImport, { params: { id }, body }),
    meta: { inlineError: true },
  });

export const useImportAssignments = (id: number) =>
  useProgrammeWrite(id, (body: RequestOf<typeof importAssignments>['body']) =>
    call(importAssignments, { params: { id }, body }),
  );

export const useOpenReview = (id: number) =>
  useProgrammeWrite(id, (body: RequestOf<typeof openProgrammeReview>['body']) =>
    call(openProgrammeReview, { params: { id }, body }),
  );

export const useCompileReview = (id: number) =>
  useProgrammeWrite(id, (body: { version: number }) =>
    call(compileProgrammeReview, { params: { id }, body }),
  );

export function useNextPlan(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; year: number }) =>
      call(createNextPlan, { params: { id }, body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['programme', id] }),
  });
}

/** Save, submit, accept or return a review report: the answer replaces the cached one. */
export function useReportAction(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      a:
        | { kind: 'save'; body: RequestOf<typeof saveReviewReport>['body'] }
        | { kind: 'submit'; body: { version: number } }
        | { kind: 'decide'; body: RequestOf<typeof decideReviewReport>['body'] },
    ) =>
      a.kind === 'save'
        ? call(saveReviewReport, { params: { id }, body: a.body })
        : a.kind === 'submit'
          ? call(submitReviewReport, { params: { id }, body: a.body })
          : call(decideReviewReport, { params: { id }, body: a.body }),
    meta: { inlineError: true },
    onSuccess: (report) => {
      client.setQueryData(['review-report', id], report);
      void client.invalidateQueries({ queryKey: ['programme'] });
    },
  });
}

/** A chosen file as base64, for the JSON upload routes. */
export async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
