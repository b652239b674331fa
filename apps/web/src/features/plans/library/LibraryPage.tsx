import { useState } from 'react';
import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ConfirmModal } from '../../../components/ConfirmModal.tsx';
import { MutationErrorAlert } from '../../../components/MutationErrorAlert.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { useT } from '../../../i18n/index.ts';
import { canAdminister, useCurrentUser } from '../../auth/CurrentUser.tsx';
import { useIndices } from '../../indices/api.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { DEFAULT_INDEX } from '../../indices/selection.ts';
import { PlansNav } from '../PlansNav.tsx';
import { useDeleteSolution, useSolutions } from './api.ts';
import type { Solution } from './api.ts';
import { SolutionFormModal } from './SolutionFormModal.tsx';

const PAGE_SIZE = 30;

/** Standard solutions per (sub-)dimension: search without accents, usage, own entries. */
export function LibraryPage() {
  const t = useT();
  const me = useCurrentUser();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [dimension, setDimension] = useState<string | null>(null);
  const [origin, setOrigin] = useState<'all' | 'shipped' | 'own'>('all');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Solution | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Solution | null>(null);
  const list = useSolutions({
    q: debounced || undefined,
    dimension: dimension ?? undefined,
    origin: origin === 'all' ? undefined : origin,
    page,
    pageSize: PAGE_SIZE,
  });
  const remove = useDeleteSolution();
  const indices = useIndices();
  const papi = indices.data?.items.find((i) => i.framework.code === DEFAULT_INDEX);
  const edition = papi?.framework.editions.at(-1);
  const dimensions = (edition?.dimensions ?? []).flatMap((d) => [
    { value: d.code, label: `${d.code} – ${d.nameVi}` },
    ...d.subDimensions.map((s) => ({ value: s.code, label: `  ${s.code} – ${s.nameVi}` })),
  ]);
  const reset = () => setPage(1);
  return (
    <Stack gap="md">
      <PlansNav />
      <Group justify="space-between">
        <Title order={2}>{t('plans.library.title')}</Title>
        {canAdminister(me.role) && (
          <Button onClick={() => setEditing('new')}>{t('plans.library.add')}</Button>
        )}
      </Group>
      <Group gap="xs" wrap="wrap">
        <TextInput
          w={{ base: '100%', sm: 320 }}
          placeholder={t('plans.library.search')}
          aria-label={t('plans.library.search')}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            reset();
          }}
        />
        <Select
          w={{ base: '100%', sm: 320 }}
          clearable
          searchable
          placeholder={t('plans.editor.filterDimension')}
          aria-label={t('plans.editor.filterDimension')}
          data={dimensions}
          value={dimension}
          onChange={(v) => {
            setDimension(v);
            reset();
          }}
        />
        <SegmentedControl
          value={origin}
          onChange={(v) => {
            setOrigin(v === 'shipped' || v === 'own' ? v : 'all');
            reset();
          }}
          data={[
            { value: 'all', label: t('plans.all') },
            { value: 'shipped', label: t('plans.library.shipped') },
            { value: 'own', label: t('plans.library.own') },
          ]}
        />
      </Group>
      <MutationErrorAlert error={remove.error} />
      {!list.data ? (
        <QueryState error={list.error} retry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('plans.library.empty')}
        </Text>
      ) : (
        <Stack gap="xs">
          {list.data.items.map((s) => (
            <Paper key={s.id} withBorder p="sm" radius="md">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={4} style={{ minWidth: 0 }}>
                  <Group gap="xs">
                    <Badge variant="light">{s.dimensionCode}</Badge>
                    <Badge variant="outline" color={s.shipped ? 'gray' : 'teal'}>
                      {s.shipped
                        ? t('plans.library.shipped')
                        : (s.unit?.name ?? t('plans.library.own'))}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {t('plans.library.used', { n: s.usedInPlans })}
                    </Text>
                  </Group>
                  <Text fw={600} size="sm">
                    {s.title}
                  </Text>
                  <Text size="sm" lineClamp={4} style={{ whiteSpace: 'pre-line' }}>
                    {s.content}
                  </Text>
                  {(s.expectedResult || s.suggestedLead || s.source) && (
                    <Text size="xs" c="dimmed">
                      {[
                        s.expectedResult &&
                          `${t('plans.library.expectedResult')}: ${s.expectedResult}`,
                        s.suggestedLead &&
                          `${t('plans.library.suggestedLead')}: ${s.suggestedLead}`,
                        s.source,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  )}
                </Stack>
                {s.editable && (
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="light" onClick={() => setEditing(s)}>
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="red"
                      onClick={() => setDeleting(s)}
                    >
                      {t('plans.library.delete')}
                    </Button>
                  </Group>
                )}
              </Group>
            </Paper>
          ))}
          <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} />
        </Stack>
      )}
      {editing && (
        <SolutionFormModal
          solution={editing === 'new' ? null : editing}
          dimensions={dimensions}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmModal
          opened
          title={t('plans.library.delete')}
          message={t('plans.library.deleteConfirm', { title: deleting.title })}
          confirmLabel={t('plans.library.delete')}
          loading={remove.isPending}
          onClose={() => setDeleting(null)}
          onConfirm={() =>
            remove.mutate(
              { id: deleting.id, version: deleting.version },
              { onSettled: () => setDeleting(null) },
            )
          }
        />
      )}
    </Stack>
  );
}
