import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createRegime, updateRegime } from '@papi/contracts/paths';
import type { RequestOf } from '@papi/contracts';
import { call } from '../../api/client.ts';

export type RegimeCreate = RequestOf<typeof createRegime>['body'];
export type RegimeUpdate = RequestOf<typeof updateRegime>['body'];

export function useSaveRegime() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; body: RegimeUpdate } | { id: null; body: RegimeCreate }) =>
      input.id === null
        ? call(createRegime, { body: input.body })
        : call(updateRegime, { params: { id: input.id }, body: input.body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['regimes'] }),
  });
}
