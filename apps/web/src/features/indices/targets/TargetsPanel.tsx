import { useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { ConfirmModal } from '../../../components/ConfirmModal.tsx';
import { formatDecimal } from '../../../i18n/format.ts';
import { useLang, useT } from '../../../i18n/index.ts';
import { useInstallation } from '../../auth/api.ts';
import { GroupBadge } from '../GroupBadge.tsx';
import { groupLabel } from '../groups.ts';
import { editionFor, useElementLabels, useIndexSelection } from '../selection.ts';
import type { TargetItem } from './api.ts';
import { useDeleteTarget, useTargets } from './api.ts';
import { KIND_KEYS, REASON_KEYS, STATUS_COLORS, STATUS_KEYS, targetYears } from './labels.ts';
import { TargetFormModal } from './TargetFormModal.tsx';

// A status must be read in full, never cut to "Chưa …".
const NO_TRUNCATE = {
  root: { overflow: 'visible', flexShrink: 0 },
  label: { overflow: 'visible' },
};

interface Props {
  indexCode: string;
  unitId: number;
  /** The year viewed on the profile; null while the index list loads. */
  year: number | null;
}

/**
 * "Mục tiêu năm X": the unit's targets for a year, target vs actual with a status badge, and
 * for those who may set them (the server says so: canEdit) add, edit and delete. On the
 * installation's own province page the years ahead are offered too, before any results.
 */
export function TargetsPanel({ indexCode, unitId, year }: Props) {
  const t = useT();
  const lang = useLang();
  const { summary, years } = useIndexSelection();
  const installation = useInstallation();
  const ahead = installation.data?.scopeUnit.id === unitId;
  const options = targetYears(year, years.at(-1) ?? null, ahead);
  const [chosen, setChosen] = useState<number | null>(null);
  const targetYear = chosen !== null && options.includes(chosen) ? chosen : year;
  const list = useTargets(indexCode, unitId, targetYear);
  const edition = editionFor(summary, targetYear);
  const labels = useElementLabels(edition);
  const remove = useDeleteTarget(indexCode, unitId);
  const [editing, setEditing] = useState<TargetItem | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TargetItem | null>(null);

  // Out of scope (404) or not loaded yet: nothing to show.
  if (!list.data || targetYear === null) return null;
  const data = list.data;
  const published = new Set(years);

  const fmt = (v: number) => formatDecimal(v, lang);
  const title = (item: TargetItem) =>
    item.kind === 'dimension_score' && item.elementCode
      ? labels.short(item.elementCode)
      : t(KIND_KEYS[item.kind]);
  const goal = (item: TargetItem) => {
    switch (item.kind) {
      case 'total_rank':
        return t('indices.targets.goal.total_rank', { value: item.value ?? '' });
      case 'group':
        return t('indices.targets.goal.group', {
          group: item.groupCode ? groupLabel(item.groupCode, lang) : '',
        });
      case 'rank_improvement':
        return t('indices.targets.goal.rank_improvement', { value: item.value ?? '' });
      default:
        return t('indices.targets.goal.score', {
          value: item.value === null ? '' : fmt(item.value),
        });
    }
  };
  const actual = (item: TargetItem) => {
    const { actualValue: v, actualGroup } = item.evaluation;
    if (item.kind === 'group') return actualGroup ? <GroupBadge group={actualGroup} /> : '—';
    if (v === null) return '—';
    if (item.kind === 'total_rank') return t('indices.targets.actual.rank', { value: v });
    if (item.kind === 'rank_improvement') {
      if (v === 0) return t('indices.targets.actual.same');
      return t(v > 0 ? 'indices.targets.actual.up' : 'indices.targets.actual.down', {
        value: Math.abs(v),
      });
    }
    return t('indices.targets.actual.score', { value: fmt(v) });
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={t('indices.targets.title', { year: targetYear })}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={3}>{t('indices.targets.title', { year: targetYear })}</Title>
          <Group gap="sm" align="flex-end">
            {options.length > 1 && (
              <Select
                label={t('indices.targets.year')}
                data={options.map((y) => ({
                  value: String(y),
                  label: published.has(y)
                    ? String(y)
                    : t('indices.targets.futureYear', { year: y }),
                }))}
                value={String(targetYear)}
                allowDeselect={false}
                onChange={(value) => setChosen(value === null ? null : Number(value))}
                w={240}
              />
            )}
            {data.canEdit && (
              <Button onClick={() => setEditing('new')}>{t('indices.targets.add')}</Button>
            )}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {t('indices.targets.intro', { unit: data.unit.fullName, year: targetYear })}
          {data.basis && data.basis.id !== data.unit.id && (
            <> {t('indices.targets.basis', { name: data.basis.fullName })}</>
          )}
          {!data.published && <> {t('indices.targets.reason.no_results', { year: targetYear })}</>}
        </Text>
        {data.items.length === 0 ? (
          <Text size="sm">{t('indices.targets.empty', { year: targetYear })}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('indices.targets.col.target')}</Table.Th>
                  <Table.Th>{t('indices.targets.col.goal')}</Table.Th>
                  <Table.Th>{t('indices.targets.col.actual')}</Table.Th>
                  <Table.Th style={{ whiteSpace: 'nowrap' }}>
                    {t('indices.targets.col.status')}
                  </Table.Th>
                  <Table.Th>{t('indices.targets.col.note')}</Table.Th>
                  {data.canEdit && (
                    <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('common.actions')}</Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((item) => {
                  const { status, reason } = item.evaluation;
                  return (
                    <Table.Tr key={item.id}>
                      <Table.Td fw={500}>{title(item)}</Table.Td>
                      <Table.Td>{goal(item)}</Table.Td>
                      <Table.Td>{actual(item)}</Table.Td>
                      <Table.Td>
                        <Stack gap={2} align="flex-start">
                          <Badge
                            color={STATUS_COLORS[status]}
                            variant={status === 'pending' ? 'light' : 'filled'}
                            radius="sm"
                            style={{ textTransform: 'none' }}
                            styles={NO_TRUNCATE}
                          >
                            {t(STATUS_KEYS[status])}
                          </Badge>
                          {/* "No results yet" is said once above, not on every row. */}
                          {reason && reason !== 'no_results' && (
                            <Text size="xs" c="dimmed" maw={260}>
                              {t(REASON_KEYS[reason], { year: targetYear })}
                            </Text>
                          )}
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" maw={280} style={{ whiteSpace: 'pre-wrap' }}>
                          {item.note}
                        </Text>
                      </Table.Td>
                      {data.canEdit && (
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Group gap={4} wrap="nowrap">
                            <Tooltip label={t('common.edit')}>
                              <ActionIcon
                                variant="subtle"
                                aria-label={`${t('common.edit')}: ${title(item)}`}
                                onClick={() => setEditing(item)}
                              >
                                ✎
                              </ActionIcon>
                            </Tooltip>
                            <Tooltip label={t('indices.targets.delete')}>
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                aria-label={`${t('indices.targets.delete')}: ${title(item)}`}
                                onClick={() => setDeleting(item)}
                              >
                                ✕
                              </ActionIcon>
                            </Tooltip>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <TargetFormModal
        opened={editing !== null}
        target={editing === 'new' ? null : editing}
        indexCode={indexCode}
        unitId={unitId}
        year={targetYear}
        edition={edition}
        taken={data.items}
        onClose={() => setEditing(null)}
        onReload={() => {
          setEditing(null);
          void list.refetch();
        }}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('indices.targets.deleteTitle')}
        message={
          deleting
            ? t('indices.targets.deleteMessage', { target: title(deleting), year: targetYear })
            : ''
        }
        confirmLabel={t('indices.targets.delete')}
        loading={remove.isPending}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(
            { id: deleting.id, version: deleting.version },
            { onSettled: () => setDeleting(null) },
          );
        }}
        onClose={() => setDeleting(null)}
      />
    </Paper>
  );
}
