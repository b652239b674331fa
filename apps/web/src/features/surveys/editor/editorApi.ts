import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  createSurveyInstrument,
  getSurveyInstrumentVersion,
  updateSurveyInstrument,
} from '@papi/contracts/paths';
import type { SurveyInstrument } from '@papi/domain';
import { call } from '../../../api/client.ts';
import { blankInstrument } from './model.ts';

export interface NewInstrument {
  code: string;
  titleVi: string;
  /** Copy the document of this published version; null: start blank. */
  from: { id: number; version: number } | null;
}

/** Creates a draft, blank or a copy of a published version under a new code and title. */
export function useCreateInstrument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ code, titleVi, from }: NewInstrument) => {
      const base = from
        ? (await call(getSurveyInstrumentVersion, { params: from })).document
        : blankInstrument(code, titleVi);
      return call(createSurveyInstrument, { body: { document: { ...base, code, titleVi } } });
    },
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['survey-instruments'] }),
  });
}

/** Saves the draft read at `version`; someone else's save in between gives 409. */
export function useSaveInstrument(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; document: SurveyInstrument }) =>
      call(updateSurveyInstrument, { params: { id }, body }),
    meta: { inlineError: true },
    onSuccess: (saved) => {
      client.setQueryData(['survey-instruments', id], saved);
      void client.invalidateQueries({ queryKey: ['survey-instruments'], exact: true });
    },
  });
}
