import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  acceptReport,
  createReport,
  getRegime,
  getReport,
  listRegimePeriods,
  listRegimes,
  listReportEvidence,
  listReports,
  listReportVersions,
  returnReport,
  submitReport,
  updateReport,
  uploadReportEvidence,
} from '@papi/contracts/paths';
import type { RequestOf, TReport, TReportContent } from '@papi/contracts';
import { call, upload } from '../../api/client.ts';

export type ReportListQuery = NonNullable<RequestOf<typeof listReports>['query']>;
export type ReportCreate = RequestOf<typeof createReport>['body'];

export function useReports(query: ReportListQuery, enabled = true) {
  return useQuery({
    queryKey: ['reports', 'list', query],
    queryFn: () => call(listReports, { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

const reportKey = (id: number) => ['reports', 'detail', id] as const;

export function useReport(id: number) {
  return useQuery({ queryKey: reportKey(id), queryFn: () => call(getReport, { params: { id } }) });
}

export function useReportVersions(id: number) {
  return useQuery({
    queryKey: ['reports', 'versions', id],
    queryFn: () => call(listReportVersions, { params: { id } }),
  });
}

export function useReportEvidence(id: number) {
  return useQuery({
    queryKey: ['reports', 'evidence', id],
    queryFn: () => call(listReportEvidence, { params: { id } }),
  });
}

export function useRegimes(includeInactive = false) {
  return useQuery({
    queryKey: ['regimes', 'list', includeInactive],
    queryFn: () => call(listRegimes, { query: { includeInactive: String(includeInactive) } }),
    staleTime: 5 * 60_000,
  });
}

export function useRegime(id: number | null) {
  return useQuery({
    queryKey: ['regimes', 'detail', id],
    queryFn: () => call(getRegime, { params: { id: id! } }),
    enabled: id !== null,
  });
}

export function useRegimePeriods(id: number | null, year: number) {
  return useQuery({
    queryKey: ['regimes', 'periods', id, year],
    queryFn: () => call(listRegimePeriods, { params: { id: id! }, query: { year } }),
    enabled: id !== null,
    staleTime: 5 * 60_000,
  });
}

/** Every report write answers the whole report: put it in the cache, refresh the lists. */
function useStore() {
  const client = useQueryClient();
  return (report: TReport) => {
    client.setQueryData(reportKey(report.id), report);
    void client.invalidateQueries({ queryKey: ['reports', 'versions', report.id] });
    void client.invalidateQueries({ queryKey: ['reports', 'list'] });
    return client.invalidateQueries({ queryKey: ['work'] });
  };
}

export function useCreateReport() {
  const store = useStore();
  return useMutation({
    mutationFn: (body: ReportCreate) => call(createReport, { body }),
    onSuccess: store,
  });
}

export function useSaveReport(id: number) {
  const store = useStore();
  return useMutation({
    mutationFn: (body: { version: number; content: TReportContent }) =>
      call(updateReport, { params: { id }, body }),
    meta: { inlineError: true },
    onSuccess: store,
  });
}

/** Sends the report; unsaved edits (content) are saved first, in the same step. */
export function useSubmitReport(id: number) {
  const store = useStore();
  return useMutation({
    mutationFn: async ({
      version,
      content,
    }: {
      version: number;
      content: TReportContent | null;
    }) => {
      let current = version;
      if (content)
        current = (await call(updateReport, { params: { id }, body: { version, content } }))
          .version;
      return call(submitReport, { params: { id }, body: { version: current } });
    },
    meta: { inlineError: true },
    onSuccess: store,
  });
}

export function useReviewReport(id: number) {
  const store = useStore();
  return useMutation({
    mutationFn: ({
      action,
      version,
      comment,
    }: {
      action: 'accept' | 'return';
      version: number;
      comment: string;
    }) =>
      action === 'accept'
        ? call(acceptReport, { params: { id }, body: { version, comment: comment || undefined } })
        : call(returnReport, { params: { id }, body: { version, comment } }),
    meta: { inlineError: true },
    onSuccess: store,
  });
}

export function useUploadReportEvidence(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => upload(uploadReportEvidence, { id }, file),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports', 'evidence', id] }),
  });
}
