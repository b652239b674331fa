import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { useFeedback, useFeedbackAction, type FeedbackDetail } from './api.ts';
import { STATUS_COLORS, STATUS_KEYS, STEP_KEYS, TOPIC_KEYS } from './labels.ts';

/** One case: what the citizen wrote, the answer, the buttons the user's role allows, the history. */
export function FeedbackDetailPage() {
  const t = useT();
  const id = Number(useParams().id);
  const query = useFeedback(id);
  const f = query.data;
  if (!f) return <QueryState error={query.error} retry={() => void query.refetch()} />;
  return (
    <Stack gap="md" maw={900}>
      <Anchor component={Link} to="/feedback" size="sm">
        ← {t('feedback.back')}
      </Anchor>
      <Group gap="sm" align="center">
        <Title order={2}>{f.code}</Title>
        <Badge color={STATUS_COLORS[f.status]} variant="light" data-testid="feedback-status">
          {t(STATUS_KEYS[f.status])}
        </Badge>
        {f.overdue && <Badge color="red">{t('feedback.overdue')}</Badge>}
      </Group>
      <Paper withBorder p="md">
        <Stack gap={6}>
          <Text size="sm" c="dimmed">
            {t(TOPIC_KEYS[f.topic])}
            {f.placeName && ` · ${f.placeName}`} · {t('feedback.received')}{' '}
            {formatDateTime(f.receivedAt)} · {t('feedback.due')} {formatDate(f.dueOn)}
          </Text>
          <Text fw={600}>{t('feedback.citizenText')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{f.body}</Text>
          <Text size="sm">
            {f.contact ? `${t('feedback.contact')}: ${f.contact}` : t('feedback.noContact')}
          </Text>
          <Text size="sm" c="dimmed">
            {f.publicAllowed ? t('feedback.publicAllowed') : t('feedback.publicRefused')}
          </Text>
          {f.files.length > 0 && (
            <Group gap="xs">
              <Text size="sm">{t('feedback.files')}:</Text>
              {f.files.map((x) => (
                <Anchor key={x.id} size="sm" href={`/api/feedback-files/${x.id}/download`}>
                  {x.name}
                </Anchor>
              ))}
            </Group>
          )}
          <Text size="sm">
            {t('feedback.assignee')}: {f.assignee?.name ?? t('feedback.unassigned')}
          </Text>
        </Stack>
      </Paper>
      {f.answer && (
        <Paper withBorder p="md">
          <Text fw={600}>
            {f.status === 'answered' ? t('feedback.answer') : t('feedback.draftAnswer')}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="feedback-answer">
            {f.answer}
          </Text>
          {f.status === 'answered' && (
            <Text size="sm" mt="xs">
              {t('feedback.rating')}:{' '}
              {f.rating === null
                ? t('feedback.noRating')
                : `${f.rating}/5${f.ratingComment ? ` — ${f.ratingComment}` : ''}`}
            </Text>
          )}
        </Paper>
      )}
      <Actions f={f} />
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          {t('feedback.history')}
        </Title>
        <Timeline bulletSize={14} lineWidth={2}>
          {f.steps.map((s, i) => (
            <Timeline.Item key={i} title={t(STEP_KEYS[s.action])}>
              <Text size="sm" c="dimmed">
                {formatDateTime(s.at)} ·{' '}
                {s.userName ??
                  t(
                    s.action === 'submit' || s.action === 'rate'
                      ? 'feedback.citizen'
                      : 'feedback.system',
                  )}
                {s.agencyName && ` → ${s.agencyName}`}
              </Text>
              {s.note && <Text size="sm">{s.note}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      </Paper>
    </Stack>
  );
}

function Actions({ f }: { f: FeedbackDetail }) {
  const t = useT();
  const [agency, setAgency] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [answer, setAnswer] = useState(f.answer ?? '');
  const [publish, setPublish] = useState(f.publicAllowed);
  const assign = useFeedbackAction(f.id, 'assign');
  const transfer = useFeedbackAction(f.id, 'transfer');
  const draft = useFeedbackAction(f.id, 'draft');
  const approve = useFeedbackAction(f.id, 'approve');
  const giveBack = useFeedbackAction(f.id, 'return');
  const error = [assign, transfer, draft, approve, giveBack].find((m) => m.error)?.error ?? null;
  const v = { version: f.version };
  if (!f.can.assign && !f.can.transfer && !f.can.draft && !f.can.approve) return null;
  const agencies = f.agencies
    .filter((a) => a.id !== f.assignee?.id)
    .map((a) => ({ value: String(a.id), label: a.name }));
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <MutationErrorAlert error={error} />
        {f.can.draft && (
          <>
            <Textarea
              label={t('feedback.draftAnswer')}
              placeholder={t('feedback.answerPlaceholder')}
              autosize
              minRows={4}
              value={answer}
              onChange={(e) => setAnswer(e.currentTarget.value)}
            />
            <Group>
              <Button loading={draft.isPending} onClick={() => draft.mutate({ ...v, answer })}>
                {t('feedback.submitDraft')}
              </Button>
            </Group>
          </>
        )}
        {f.can.approve && (
          <>
            <Checkbox
              label={t('feedback.publish')}
              checked={publish && f.publicAllowed}
              disabled={!f.publicAllowed}
              onChange={(e) => setPublish(e.currentTarget.checked)}
            />
            <Textarea
              label={t('feedback.reason')}
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Group>
              <Button
                color="green"
                loading={approve.isPending}
                onClick={() => approve.mutate({ ...v, publish: publish && f.publicAllowed })}
              >
                {t('feedback.approve')}
              </Button>
              <Button
                variant="light"
                color="orange"
                loading={giveBack.isPending}
                onClick={() => giveBack.mutate({ ...v, reason })}
              >
                {t('feedback.return')}
              </Button>
            </Group>
          </>
        )}
        {(f.can.assign || f.can.transfer) && (
          <>
            <Select
              label={f.can.assign ? t('feedback.assignTo') : t('feedback.transferTo')}
              searchable
              data={agencies}
              value={agency}
              onChange={setAgency}
            />
            {f.can.transfer && (
              <Textarea
                label={t('feedback.reason')}
                autosize
                minRows={2}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
            )}
            <Group>
              {f.can.assign && (
                <Button
                  disabled={!agency}
                  loading={assign.isPending}
                  onClick={() => assign.mutate({ ...v, agencyId: Number(agency) })}
                >
                  {t('feedback.assign')}
                </Button>
              )}
              {f.can.transfer && (
                <Button
                  variant="light"
                  disabled={!agency}
                  loading={transfer.isPending}
                  onClick={() => transfer.mutate({ ...v, agencyId: Number(agency), reason })}
                >
                  {t('feedback.transfer')}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
