import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createIndexTarget,
  deleteIndexTarget,
  listIndexTargets,
  updateIndexTarget,
} from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../../api/client.ts';

export type TargetList = ResponseOf<typeof listIndexTargets>;
export type TargetItem = TargetList['items'][number];
export type TargetKind = TargetItem['kind'];
export type TargetInput = RequestOf<typeof createIndexTarget>['body'];
export type TargetUpdate = RequestOf<typeof updateIndexTarget>['body'];

const key = (code: string, unitId: number) => ['index-targets', code, unitId] as const;

export function useTargets(code: string, unitId: number, year: number | null) {
  return useQuery({
    queryKey: [...key(code, unitId), year],
    queryFn: () => call(listIndexTargets, { params: { code, unitId }, query: { year: year ?? 0 } }),
    enabled: year !== null && Number.isInteger(unitId),
    // Out of scope answers 404: the panel simply stays hidden.
    retry: false,
    meta: { silent: true },
  });
}

function useInvalidate(code: string, unitId: number) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: key(code, unitId) });
}

export function useCreateTarget(code: string, unitId: number) {
  const onSuccess = useInvalidate(code, unitId);
  return useMutation({
    mutationFn: (body: TargetInput) => call(createIndexTarget, { params: { code, unitId }, body }),
    meta: { inlineError: true },
    onSuccess,
  });
}

export function useUpdateTarget(code: string, unitId: number) {
  const onSuccess = useInvalidate(code, unitId);
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: TargetUpdate }) =>
      call(updateIndexTarget, { params: { id }, body }),
    meta: { inlineError: true },
    onSuccess,
  });
}

export function useDeleteTarget(code: string, unitId: number) {
  const onSuccess = useInvalidate(code, unitId);
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      call(deleteIndexTarget, { params: { id }, body: { version } }),
    onSuccess,
  });
}
