import { useState } from 'react';
import { Link } from 'react-router';
import { Badge, Button, Select, Stack, Switch, Table, Tabs, Text, Title } from '@mantine/core';
import { ListPage, useListParams } from '../../components/ListPage.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { useFeedbackList, type FeedbackItem } from './api.ts';
import { FeedbackStats } from './FeedbackStats.tsx';
import { STATUS_COLORS, STATUS_KEYS, TOPIC_KEYS } from './labels.ts';

const PAGE_SIZE = 50;

/** Phản ánh, kiến nghị: the cases in reach (search, status, overdue) and the statistics. */
export function FeedbackPage() {
  const t = useT();
  const [tab, setTab] = useState<string | null>('list');
  return (
    <Stack gap="md">
      <Title order={2}>{t('feedback.title')}</Title>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="list">{t('feedback.tabList')}</Tabs.Tab>
          <Tabs.Tab value="stats">{t('feedback.tabStats')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <FeedbackList />
        </Tabs.Panel>
        <Tabs.Panel value="stats" pt="md">
          <FeedbackStats />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function FeedbackList() {
  const t = useT();
  const list = useListParams();
  const [status, setStatus] = useState<FeedbackItem['status'] | null>(null);
  const [overdue, setOverdue] = useState(false);
  const query = useFeedbackList({
    q: list.q,
    page: list.page,
    pageSize: PAGE_SIZE,
    ...(status ? { status } : {}),
    ...(overdue ? { overdue: '1' as const } : {}),
  });
  const items = query.data?.items ?? [];
  const row = (f: FeedbackItem) => (
    <>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.code}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={500}>
          {t(TOPIC_KEYS[f.topic])}
        </Text>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {f.excerpt}
        </Text>
      </Table.Td>
      <Table.Td>{f.assignee?.name ?? t('feedback.unassigned')}</Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLORS[f.status]} variant="light">
          {t(STATUS_KEYS[f.status])}
        </Badge>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {formatDate(f.dueOn)}{' '}
        {f.overdue && (
          <Badge color="red" size="sm">
            {t('feedback.overdue')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Button
          component={Link}
          to={`/feedback/${f.id}`}
          size="compact-sm"
          variant="light"
          aria-label={t('feedback.openNamed', { code: f.code })}
        >
          {t('feedback.open')}
        </Button>
      </Table.Td>
    </>
  );
  return (
    <ListPage
      query={query}
      items={items}
      rowKey={(f) => f.id}
      row={row}
      minWidth={860}
      emptyText={t('feedback.none')}
      testId="feedback-list"
      columns={[
        { label: t('feedback.code') },
        { label: t('feedback.content') },
        { label: t('feedback.assignee') },
        { label: t('feedback.status') },
        { label: t('feedback.due') },
        { label: t('common.actions'), hidden: true },
      ]}
      search={{ label: t('feedback.search'), params: list }}
      filters={
        <>
          <Select
            aria-label={t('feedback.status')}
            placeholder={t('feedback.allStatuses')}
            clearable
            data={(Object.keys(STATUS_KEYS) as FeedbackItem['status'][]).map((s) => ({
              value: s,
              label: t(STATUS_KEYS[s]),
            }))}
            value={status}
            onChange={(v) => list.resetting(setStatus)(v as FeedbackItem['status'] | null)}
            w={200}
            mb={8}
          />
          <Switch
            label={t('feedback.onlyOverdue')}
            checked={overdue}
            onChange={(e) => list.resetting(setOverdue)(e.currentTarget.checked)}
            mb={8}
          />
        </>
      }
      paging={{ total: query.data?.total ?? 0, pageSize: PAGE_SIZE, params: list }}
    />
  );
}
