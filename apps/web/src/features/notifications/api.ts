import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  getNotificationPreferences,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  putNotificationPreferences,
  unreadNotificationCount,
} from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';

export type Notice = ResponseOf<typeof listNotifications>['items'][number];
export type NoticeQuery = NonNullable<RequestOf<typeof listNotifications>['query']>;
export type Preferences = ResponseOf<typeof getNotificationPreferences>;
export type PreferencesBody = RequestOf<typeof putNotificationPreferences>['body'];

/** Reminders arrive from the background jobs, not from this tab: poll for them. */
const POLL_MS = 60_000;

export function useUnreadCount() {
  return useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => call(unreadNotificationCount),
    refetchInterval: POLL_MS,
  });
}

export function useNotices(query: NoticeQuery, enabled = true) {
  return useQuery({
    queryKey: ['notifications', 'list', query],
    queryFn: () => call(listNotifications, { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call(markNotificationRead, { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(markAllNotificationsRead),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: ['notification-preferences'],
    queryFn: () => call(getNotificationPreferences),
  });
}

export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PreferencesBody) => call(putNotificationPreferences, { body }),
    meta: { inlineError: true },
    onSuccess: (saved) => client.setQueryData(['notification-preferences'], saved),
  });
}
