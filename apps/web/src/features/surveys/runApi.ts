import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createSurveyRun,
  getSurveyInstrument,
  importSurveyXlsForm,
  publishSurveyInstrument,
  updateSurveyRun,
} from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';
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

/** Changes a run's status; everything else is sent back as read (with its version). */
export function useSetRunStatus(run: SurveyRun) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (status: SurveyRun['status']) =>
      call(updateSurveyRun, {
        params: { id: run.id },
        body: {
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
            quotas: s.quotas,
          })),
        },
      }),
    meta: { inlineError: true },
    onSuccess: (saved) => {
      client.setQueryData(['survey-runs', run.id], saved);
      void client.invalidateQueries({ queryKey: ['survey-runs'] });
    },
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
