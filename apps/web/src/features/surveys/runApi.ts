import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createSurveyRun,
  getSurveyInstrument,
  getSurveyInstrumentVersion,
  importSurveyXlsForm,
  publishSurveyInstrument,
  updateSurveyRun,
} from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';
import type { StratumQuota } from '@papi/domain';
import type { SurveyRun } from './api.ts';

export type RunCreate = NonNullable<RequestOf<typeof createSurveyRun>['body']>;
export type InstrumentDetail = ResponseOf<typeof getSurveyInstrument>;

/** One instrument with its published versions (the create form lists them). */
export function useInstrument(id: number | null) {
  return useQuery({
    queryKey: ['survey-instruments', id],
    queryFn: () => call(getSurveyInstrument, { params: { id: id ?? 0 } }),
    enabled: id !== null,
  });
}

export function useCreateRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RunCreate) => call(createSurveyRun, { body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['survey-runs'] }),
  });
}

/** The run as read (with its version), with a new status or new quotas per stratum code. */
function runBody(
  run: SurveyRun,
  status: SurveyRun['status'],
  quotas: Record<string, StratumQuota[]> | null,
) {
  return {
    version: run.version,
    name: run.name,
    startsOn: run.startsOn,
    endsOn: run.endsOn,
    status,
    strata: run.strata.map((s) => ({
      code: s.code,
      name: s.name,
      unitId: s.unitId,
      target: s.target,
      population: s.population,
      quotas: quotas?.[s.code] ?? s.quotas,
    })),
  };
}

function useRunUpdate<T>(run: SurveyRun, body: (v: T) => ReturnType<typeof runBody>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: T) => call(updateSurveyRun, { params: { id: run.id }, body: body(v) }),
    meta: { inlineError: true },
    onSuccess: (saved) => {
      client.setQueryData(['survey-runs', run.id], saved);
      void client.invalidateQueries({ queryKey: ['survey-runs'] });
    },
  });
}

/** Changes a run's status; everything else is sent back as read (with its version). */
export function useSetRunStatus(run: SurveyRun) {
  return useRunUpdate(run, (status: SurveyRun['status']) => runBody(run, status, null));
}

/** Saves every stratum's quotas (by stratum code); the rest of the run as read. */
export function useSaveQuotas(run: SurveyRun) {
  return useRunUpdate(run, (quotas: Record<string, StratumQuota[]>) =>
    runBody(run, run.status, quotas),
  );
}

/** A published version's document (the run page reads its questions for quotas). */
export function useInstrumentVersion(id: number, version: number) {
  return useQuery({
    queryKey: ['survey-instruments', id, 'versions', version],
    queryFn: () => call(getSurveyInstrumentVersion, { params: { id, version } }),
    staleTime: Infinity,
  });
}

export function useImportXlsForm() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { filename: string; contentBase64: string }) =>
      call(importSurveyXlsForm, { body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['survey-instruments'] }),
  });
}

/** Publishes the draft as read in the list (its version): a draft changed since gives 409. */
export function usePublishInstrument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      call(publishSurveyInstrument, { params: { id }, body: { version } }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['survey-instruments'] }),
  });
}
