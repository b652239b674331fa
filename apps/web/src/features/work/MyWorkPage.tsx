import { useMemo, useRef, useState } from 'react';
import {
  Group,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import type { TaskStatus } from '@papi/domain';
import { Pager } from '../../components/Pager.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { canMonitor, useCurrentUser } from '../auth/CurrentUser.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useMyWork, type MyWorkQuery } from './api.ts';
import { TASK_STATUSES, TASK_STATUS_KEYS } from './labels.ts';
import { WorkCounts } from './WorkCounts.tsx';
import { WorkItemRow } from './WorkItemRow.tsx';
import { dimensionOptions, itemKey, planOptions, sortWorkItems } from './workItems.ts';

const PAGE_SIZE = 200;
type Kind = MyWorkQuery['kind'];

export function MyWorkPage() {
  const t = useT();
  const me = useCurrentUser();
  const searchRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<Kind>('all');
  const [status, setStatus] = useState<TaskStatus | 'open'>('open');
  const [below, setBelow] = useState(canMonitor(me.role));
  const [planId, setPlanId] = useState<string | null>(null);
  const [dimension, setDimension] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [page, setPage] = useState(1);
  useHotkeys([['/', () => searchRef.current?.focus()]]);

  // The server filters (a province's inbox runs to thousands of tasks); the unfiltered first
  // page offers the plans and dimensions to filter by — the same request when no filter is on.
  const base: MyWorkQuery = { kind, status, below: String(below), page: 1, pageSize: PAGE_SIZE };
  const filters = {
    ...(planId ? { planId: Number(planId) } : {}),
    ...(dimension ? { dimension } : {}),
    ...(q ? { q } : {}),
  };
  const filtered = Object.keys(filters).length > 0;
  const work = useMyWork({ ...base, page, ...filters });
  const unfiltered = useMyWork(base);
  const items = useMemo(() => work.data?.items ?? [], [work.data]);
  const shown = useMemo(() => sortWorkItems(items), [items]);
  const choices = useMemo(() => unfiltered.data?.items ?? [], [unfiltered.data]);
  const reset = () => setPage(1);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('work.title')}</Title>
          <Text size="sm" c="dimmed">
            {work.data
              ? t('work.asOf', { date: formatDate(work.data.asOf), unit: me.unit.fullName })
              : me.unit.fullName}
          </Text>
        </div>
        {canMonitor(me.role) && (
          <Switch
            label={t('work.includeBelow')}
            checked={below}
            onChange={(e) => {
              setBelow(e.currentTarget.checked);
              reset();
            }}
          />
        )}
      </Group>
      {/* The cards count everything owed; the filters narrow the list below. */}
      <WorkCounts counts={unfiltered.data?.counts} />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SegmentedControl
          aria-label={t('work.filterKind')}
          value={kind}
          onChange={(value) => {
            setKind(value as Kind);
            reset();
          }}
          data={[
            { value: 'all', label: t('work.kind.all') },
            { value: 'task', label: t('work.kind.tasks') },
            { value: 'report', label: t('work.kind.reports') },
            { value: 'plan', label: t('work.kind.plans') },
            // Offered only to those who have such items (feedback.read, review.report.read).
            ...(unfiltered.data?.counts.reviewReports
              ? [{ value: 'review_report', label: t('work.kind.reviewReport') }]
              : []),
            ...(unfiltered.data?.counts.feedback
              ? [{ value: 'feedback', label: t('work.kind.feedback') }]
              : []),
          ]}
        />
        <Select
          label={t('work.filterStatus')}
          allowDeselect={false}
          value={status}
          onChange={(value) => {
            setStatus((value ?? 'open') as TaskStatus | 'open');
            reset();
          }}
          data={[
            { value: 'open', label: t('work.status.open') },
            ...TASK_STATUSES.map((s) => ({ value: s, label: t(TASK_STATUS_KEYS[s]) })),
          ]}
          w={190}
        />
        <Select
          label={t('work.filterPlan')}
          placeholder={t('plans.all')}
          clearable
          searchable
          value={planId}
          onChange={(value) => {
            setPlanId(value);
            reset();
          }}
          data={planOptions(choices)}
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          label={t('work.filterDimension')}
          placeholder={t('plans.all')}
          clearable
          value={dimension}
          onChange={(value) => {
            setDimension(value);
            reset();
          }}
          data={dimensionOptions(choices)}
          w={130}
        />
        <TextInput
          ref={searchRef}
          type="search"
          label={t('work.search')}
          placeholder={t('work.searchPlaceholder')}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            reset();
          }}
          w={{ base: '100%', sm: 280 }}
        />
      </Group>
      {!work.data ? (
        <QueryState error={work.error} retry={() => void work.refetch()} />
      ) : shown.length === 0 ? (
        <Text c="dimmed">{filtered ? t('work.noMatch') : t('work.empty')}</Text>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('work.title')}
        >
          {shown.map((item) => (
            <WorkItemRow key={itemKey(item)} item={item} />
          ))}
        </Stack>
      )}
      {work.data && (
        <Pager page={page} pageSize={PAGE_SIZE} total={work.data.total} onChange={setPage} />
      )}
    </Stack>
  );
}
