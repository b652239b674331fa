import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  approveEmulationRun,
  computeEmulation,
  getEmulationRecords,
  getEmulationRun,
  getEmulationYear,
  listUsers,
  saveEmulationCriteria,
  saveEmulationEntry,
  saveEmulationLists,
} from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';

export type EmulationYear = ResponseOf<typeof getEmulationYear>;
export type EmulationRun = ResponseOf<typeof getEmulationRun>;
export type EmulationSubject = EmulationRun['subjects'][number];
export type EmulationRecord = ResponseOf<typeof getEmulationRecords>['items'][number];
export type CriteriaBody = RequestOf<typeof saveEmulationCriteria>['body'];
export type EntryBody = RequestOf<typeof saveEmulationEntry>['body'];
export type ListsBody = RequestOf<typeof saveEmulationLists>['body'];

export const useEmulationYear = (year: number) =>
  useQuery({
    queryKey: ['emulation', year],
    queryFn: () => call(getEmulationYear, { query: { year } }),
  });

export const useEmulationRun = (id: number | null) =>
  useQuery({
    queryKey: ['emulation-run', id],
    enabled: id !== null,
    queryFn: () => call(getEmulationRun, { params: { id: id! } }),
  });

export const useEmulationRecords = (runId: number, subject: string | null, code: string | null) =>
  useQuery({
    queryKey: ['emulation-records', runId, subject, code],
    enabled: subject !== null,
    queryFn: () =>
      call(getEmulationRecords, {
        params: { id: runId },
        query: { subject: subject!, ...(code ? { code } : {}) },
      }),
  });

/** Accounts of the unit, for the council picker. */
export const useUnitUsers = (unitId: number, enabled: boolean) =>
  useQuery({
    queryKey: ['users', 'unit', unitId],
    enabled,
    queryFn: () => call(listUsers, { query: { unitId, page: 1, pageSize: 200 } }),
  });

function useInvalidate() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['emulation'] }),
      client.invalidateQueries({ queryKey: ['emulation-run'] }),
      client.invalidateQueries({ queryKey: ['emulation-records'] }),
    ]);
}

export function useSaveCriteria() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (body: CriteriaBody) => call(saveEmulationCriteria, { body }),
    meta: { inlineError: true },
    onSuccess: done,
  });
}

export function useCompute() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (body: { unitId: number; year: number }) => call(computeEmulation, { body }),
    onSuccess: done,
  });
}

export function useSaveEntry() {
  return useMutation({
    mutationFn: (body: EntryBody) => call(saveEmulationEntry, { body }),
    meta: { inlineError: true },
  });
}

export function useSaveLists(runId: number) {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (body: ListsBody) => call(saveEmulationLists, { params: { id: runId }, body }),
    onSuccess: done,
  });
}

export function useApprove(runId: number) {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (version: number) =>
      call(approveEmulationRun, { params: { id: runId }, body: { version } }),
    onSuccess: done,
  });
}
