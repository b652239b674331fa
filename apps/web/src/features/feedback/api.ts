import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  approveFeedbackAnswer,
  assignFeedback,
  draftFeedbackAnswer,
  feedbackStatistics,
  getFeedback,
  listFeedback,
  returnFeedbackAnswer,
  transferFeedback,
} from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';

export type FeedbackItem = ResponseOf<typeof listFeedback>['items'][number];
export type FeedbackDetail = ResponseOf<typeof getFeedback>;
export type FeedbackQuery = RequestOf<typeof listFeedback>['query'];
export type FeedbackStatRow = ResponseOf<typeof feedbackStatistics>['rows'][number];

export function useFeedbackList(query: FeedbackQuery) {
  return useQuery({
    queryKey: ['feedback', 'list', query],
    queryFn: () => call(listFeedback, { query }),
    placeholderData: keepPreviousData,
  });
}

export function useFeedback(id: number) {
  return useQuery({
    queryKey: ['feedback', 'detail', id],
    queryFn: () => call(getFeedback, { params: { id } }),
  });
}

export function useFeedbackStats() {
  return useQuery({
    queryKey: ['feedback', 'stats'],
    queryFn: () => call(feedbackStatistics, { query: {} }),
  });
}

const ACTIONS = {
  assign: assignFeedback,
  transfer: transferFeedback,
  draft: draftFeedbackAnswer,
  approve: approveFeedbackAnswer,
  return: returnFeedbackAnswer,
} as const;

export type FeedbackActionName = keyof typeof ACTIONS;

/** One workflow step; the body names the version read, like every write. */
export function useFeedbackAction(id: number, action: FeedbackActionName) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      call(ACTIONS[action] as typeof assignFeedback, {
        params: { id },
        body: body as RequestOf<typeof assignFeedback>['body'],
      }),
    meta: { inlineError: true },
    onSuccess: (detail) => {
      client.setQueryData(['feedback', 'detail', id], detail);
      void client.invalidateQueries({ queryKey: ['feedback', 'list'] });
      void client.invalidateQueries({ queryKey: ['feedback', 'stats'] });
    },
  });
}
