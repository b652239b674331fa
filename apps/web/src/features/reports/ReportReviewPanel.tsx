import { useState } from 'react';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import type { TReport } from '@papi/contracts';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useT } from '../../i18n/index.ts';
import { useReviewReport } from './api.ts';

/** The receiving level's decision; returning needs a comment saying what to fix. */
export function ReportReviewPanel({ report, onReload }: { report: TReport; onReload: () => void }) {
  const t = useT();
  const review = useReviewReport(report.id);
  const [comment, setComment] = useState('');
  const run = (action: 'accept' | 'return') =>
    review.mutate(
      { action, version: report.version, comment },
      { onSuccess: () => setComment('') },
    );
  return (
    <Stack gap="sm">
      <Textarea
        label={t('report.review.comment')}
        description={t('report.review.commentHint')}
        autosize
        minRows={3}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
      />
      <MutationErrorAlert error={review.error} onReload={onReload} />
      <Group justify="flex-end">
        <Button
          color="orange"
          variant="light"
          disabled={!comment.trim() || review.isPending}
          loading={review.isPending && review.variables.action === 'return'}
          onClick={() => run('return')}
        >
          {t('report.review.return')}
        </Button>
        <Button
          color="green"
          disabled={review.isPending}
          loading={review.isPending && review.variables.action === 'accept'}
          onClick={() => run('accept')}
        >
          {t('report.review.accept')}
        </Button>
      </Group>
    </Stack>
  );
}
