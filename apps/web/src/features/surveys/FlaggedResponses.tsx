import { Alert, Badge, Button, Group, Spoiler, Stack, Text, Title } from '@mantine/core';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { useFlagged, useReview } from './api.ts';

/**
 * Public responses flagged as a burst: kept, not counted until a manager accepts them;
 * an excluded one stays stored and never counts. Free text arrives masked.
 */
export function FlaggedResponses({ runId, manage }: { runId: number; manage: boolean }) {
  const t = useT();
  const flagged = useFlagged(runId);
  const review = useReview(runId);
  const items = flagged.data?.items ?? [];
  if (items.length === 0) return null;
  const waiting = items.filter((f) => f.review === 'flagged').length;
  return (
    <Stack gap="xs" data-testid="flagged">
      <Title order={3}>{t('surveys.flagged.title')}</Title>
      {waiting > 0 && <Alert color="orange">{t('surveys.flagged.waiting', { n: waiting })}</Alert>}
      {review.error && <MutationErrorAlert error={review.error} />}
      {items.map((f) => (
        <Stack
          key={f.id}
          gap={4}
          p="sm"
          style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
        >
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              {t('surveys.flagged.response', {
                id: f.id,
                stratum: f.stratumName,
                at: formatDateTime(f.submittedAt),
              })}
            </Text>
            <Badge
              color={f.review === 'flagged' ? 'orange' : f.review === 'accepted' ? 'green' : 'gray'}
            >
              {t(`surveys.flagged.${f.review}`)}
              {f.reviewedBy ? ` · ${f.reviewedBy}` : ''}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {f.reason}
          </Text>
          <Spoiler
            maxHeight={40}
            showLabel={t('surveys.flagged.showAll')}
            hideLabel={t('surveys.flagged.hide')}
          >
            <Text size="sm">{f.answers.map((a) => `${a.label}: ${a.value}`).join(' · ')}</Text>
          </Spoiler>
          {manage && f.review === 'flagged' && (
            <Group gap="xs">
              <Button
                size="xs"
                color="green"
                loading={review.isPending}
                onClick={() => review.mutate({ responseId: f.id, decision: 'accepted' })}
              >
                {t('surveys.flagged.accept')}
              </Button>
              <Button
                size="xs"
                color="gray"
                variant="light"
                loading={review.isPending}
                onClick={() => review.mutate({ responseId: f.id, decision: 'excluded' })}
              >
                {t('surveys.flagged.exclude')}
              </Button>
            </Group>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
