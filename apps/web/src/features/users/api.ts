import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createUser, listUsers, resetUserPassword, updateUser } from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';

export type User = ResponseOf<typeof listUsers>['items'][number];
export type UserListQuery = NonNullable<RequestOf<typeof listUsers>['query']>;
export type UserCreate = RequestOf<typeof createUser>['body'];
export type UserUpdate = RequestOf<typeof updateUser>['body'];

export function useUsers(query: UserListQuery, enabled = true) {
  return useQuery({
    queryKey: ['users', query],
    queryFn: () => call(listUsers, { query }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UserCreate) => call(createUser, { body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UserUpdate }) =>
      call(updateUser, { params: { id }, body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (id: number) => call(resetUserPassword, { params: { id } }),
  });
}
