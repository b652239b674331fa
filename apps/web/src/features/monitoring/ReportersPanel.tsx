import {
  Anchor,
  Box,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { REPORTER_LEVELS, SUBMISSION_STATES } from '@papi/domain';
import type { ReporterLevel, SubmissionState } from '@papi/domain';
import { Link } from 'react-router';
import { Pager } from '../../components/Pager.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { LEVEL_KEYS, SUBMISSION_HEX, SUBMISSION_KEYS } from '../reports/labels.ts';
import { ReportStatusBadge, SubmissionBadge } from '../reports/ReportStatusBadge.tsx';
import type { ReportingBoard } from './api.ts';
import { CardTable } from '../../components/CardTable.tsx';

type Reporter = ReportingBoard['reporters']['items'][number];

interface Props {
  reporters: ReportingBoard['reporters'];
  state: SubmissionState | null;
  level: ReporterLevel | null;
  page: number;
  pageSize: number;
  view: 'tiles' | 'table';
  onChange: (patch: {
    state?: SubmissionState | null;
    level?: ReporterLevel | null;
    page?: number;
    view?: 'tiles' | 'table';
  }) => void;
}

const reporterName = (r: Reporter) => r.agency?.name ?? r.unit.name;

const tileStyle = (state: SubmissionState) => ({
  display: 'block',
  width: 104,
  height: 44,
  borderRadius: 4,
  background: SUBMISSION_HEX[state],
  color: state === 'pending' ? '#212529' : '#ffffff',
  fontSize: 11,
  lineHeight: 1.2,
  padding: 4,
  overflow: 'hidden',
  textDecoration: 'none',
});

/** Every unit expected to report: a heat grid (one tile each, coloured by state) or a table. */
export function ReportersPanel({ reporters, state, level, page, pageSize, view, onChange }: Props) {
  const t = useT();
  const tileLabel = (r: Reporter) => `${reporterName(r)}: ${t(SUBMISSION_KEYS[r.state])}`;
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <Select
          label={t('monitoring.filterState')}
          placeholder={t('plans.all')}
          clearable
          value={state}
          onChange={(v) => onChange({ state: v as SubmissionState | null, page: 1 })}
          data={SUBMISSION_STATES.map((s) => ({ value: s, label: t(SUBMISSION_KEYS[s]) }))}
          w={200}
        />
        <Select
          label={t('monitoring.filterLevel')}
          placeholder={t('plans.all')}
          clearable
          value={level}
          onChange={(v) => onChange({ level: v as ReporterLevel | null, page: 1 })}
          data={REPORTER_LEVELS.map((l) => ({ value: l, label: t(LEVEL_KEYS[l]) }))}
          w={180}
        />
        <SegmentedControl
          aria-label={t('monitoring.view')}
          value={view}
          onChange={(v) => onChange({ view: v as 'tiles' | 'table' })}
          data={[
            { value: 'tiles', label: t('monitoring.view.tiles') },
            { value: 'table', label: t('monitoring.view.table') },
          ]}
        />
      </Group>
      {view === 'tiles' ? (
        <>
          <Group gap={4} data-testid="reporter-tiles">
            {reporters.items.map((r) => (
              <Tooltip
                key={`${r.unit.id}-${r.agency?.id ?? 0}`}
                label={`${reporterName(r)}: ${t(SUBMISSION_KEYS[r.state])}`}
                withArrow
              >
                {r.reportId ? (
                  <Link
                    to={`/reports/${r.reportId}`}
                    aria-label={tileLabel(r)}
                    style={tileStyle(r.state)}
                  >
                    {reporterName(r)}
                  </Link>
                ) : (
                  <Box aria-label={tileLabel(r)} style={tileStyle(r.state)}>
                    {reporterName(r)}
                  </Box>
                )}
              </Tooltip>
            ))}
          </Group>
          <Group gap="md">
            {SUBMISSION_STATES.map((s) => (
              <Group key={s} gap={6}>
                <Box w={12} h={12} style={{ background: SUBMISSION_HEX[s], borderRadius: 2 }} />
                <Text size="xs">{t(SUBMISSION_KEYS[s])}</Text>
              </Group>
            ))}
          </Group>
        </>
      ) : (
        <CardTable minWidth={760} striped fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('report.col.reporter')}</Table.Th>
              <Table.Th>{t('monitoring.level')}</Table.Th>
              <Table.Th>{t('report.col.due')}</Table.Th>
              <Table.Th>{t('report.col.timeliness')}</Table.Th>
              <Table.Th>{t('monitoring.firstSubmitted')}</Table.Th>
              <Table.Th>{t('report.col.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reporters.items.map((r) => (
              <Table.Tr key={`${r.unit.id}-${r.agency?.id ?? 0}`}>
                <Table.Td>
                  {r.reportId ? (
                    <Anchor component={Link} to={`/reports/${r.reportId}`}>
                      {reporterName(r)}
                    </Anchor>
                  ) : (
                    reporterName(r)
                  )}
                </Table.Td>
                <Table.Td>{t(LEVEL_KEYS[r.level])}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.dueOn)}</Table.Td>
                <Table.Td>
                  <SubmissionBadge state={r.state} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(r.firstSubmittedAt) || '—'}
                </Table.Td>
                <Table.Td>
                  {r.reportStatus ? <ReportStatusBadge status={r.reportStatus} /> : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </CardTable>
      )}
      <Pager
        page={page}
        pageSize={pageSize}
        total={reporters.total}
        onChange={(p) => onChange({ page: p })}
      />
    </Stack>
  );
}
