import type { MessageKey } from '../../i18n/index.ts';
import type { FeedbackDetail } from './api.ts';

export const STATUS_KEYS: Record<FeedbackDetail['status'], MessageKey> = {
  received: 'feedback.status.received',
  assigned: 'feedback.status.assigned',
  drafted: 'feedback.status.drafted',
  answered: 'feedback.status.answered',
};

export const STATUS_COLORS: Record<FeedbackDetail['status'], string> = {
  received: 'gray',
  assigned: 'blue',
  drafted: 'orange',
  answered: 'green',
};

export const TOPIC_KEYS: Record<FeedbackDetail['topic'], MessageKey> = {
  D1: 'feedback.topic.D1',
  D2: 'feedback.topic.D2',
  D3: 'feedback.topic.D3',
  D4: 'feedback.topic.D4',
  D5: 'feedback.topic.D5',
  D6: 'feedback.topic.D6',
  D7: 'feedback.topic.D7',
  D8: 'feedback.topic.D8',
  service: 'feedback.topic.service',
  other: 'feedback.topic.other',
};

export const STEP_KEYS: Record<FeedbackDetail['steps'][number]['action'], MessageKey> = {
  submit: 'feedback.step.submit',
  assign: 'feedback.step.assign',
  transfer: 'feedback.step.transfer',
  draft: 'feedback.step.draft',
  approve: 'feedback.step.approve',
  return: 'feedback.step.return',
  rate: 'feedback.step.rate',
};
