import { useState } from 'react';
import { useParams } from 'react-router';
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { QueryState } from '../../components/QueryState.tsx';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useLang, useT } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useReportAction, useReviewReport, type ReviewReport } from './api.ts';
import { STATUS_COLOR } from './ReviewTab.tsx';

const SECTIONS = ['results', 'shortcomings', 'lessons', 'proposals'] as const;

/** A reporter's review report: the system's figures, the four sections, the workflow. */
export function ReviewReportPage() {
  const id = Number(useParams().id);
  const report = useReviewReport(id);
  if (report.error) return <QueryState error={report.error} retry={() => void report.refetch()} />;
  if (!report.data) return <Loader />;
  // A new version (saved, sent, decided) starts the form again from what was stored.
  return <ReportView key={report.data.version} r={report.data} />;
}

function ReportView({ r }: { r: ReviewReport }) {
  const t = useT();
  const lang = useLang();
  const action = useReportAction(r.id);
  const [sections, setSections] = useState(r.sections);
  const [reason, setReason] = useState('');
  const years = r.elements[0]?.years.map((y) => y.year) ?? [];
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>
          {t('programmes.report.title', { reporter: r.agency?.name ?? r.unit.name })}
        </Title>
        <Text c="dimmed">
          {r.programme.title} · {r.programme.unitName}
        </Text>
        <Group gap="xs" mt={4}>
          <Badge color={STATUS_COLOR[r.status]} data-testid="report-status">
            {t(`programmes.status.${r.status}`)}
          </Badge>
          <Text size="sm">{t('programmes.report.version', { n: r.versionNo })}</Text>
        </Group>
      </div>
      {r.returnReason && (
        <Alert color="orange">{t('programmes.report.returned', { reason: r.returnReason })}</Alert>
      )}
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          {t('programmes.report.prefilled')}
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="prefilled">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('programmes.assignment.element')}</Table.Th>
                {years.map((y) => (
                  <Table.Th key={y}>{y}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.elements.map((e) => (
                <Table.Tr key={e.code}>
                  <Table.Td>
                    {e.code.replace(/^D/, '')}. {e.name}
                  </Table.Td>
                  {e.years.map((y) => (
                    <Table.Td key={y.year}>
                      {y.score === null
                        ? '–'
                        : `${formatNumber(Math.round(y.score * 100) / 100, lang)}${y.code !== e.code ? '*' : ''}${y.rank ? ` (${y.rank})` : ''}`}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed">
          {t('programmes.report.dimensionNote')}
        </Text>
        <Text size="sm" mt="xs">
          {t('programmes.report.tasks', {
            onTime: r.tasks.on_time,
            late: r.tasks.late,
            notDone: r.tasks.not_done,
            cancelled: r.tasks.cancelled,
          })}
        </Text>
        <Text size="sm">
          {t('programmes.report.reports', {
            onTime: r.reports.on_time,
            late: r.reports.late,
            missing: r.reports.missing,
          })}
        </Text>
      </Paper>
      {SECTIONS.map((k) => (
        <Textarea
          key={k}
          label={t(`programmes.report.section.${k}`)}
          autosize
          minRows={3}
          readOnly={!r.canWrite}
          value={sections[k]}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setSections((s) => ({ ...s, [k]: value }));
          }}
        />
      ))}
      <MutationErrorAlert error={action.error} />
      {r.canWrite && (
        <Group>
          <Button
            variant="light"
            loading={action.isPending}
            onClick={() => action.mutate({ kind: 'save', body: { version: r.version, sections } })}
          >
            {t('programmes.report.save')}
          </Button>
          <Button
            loading={action.isPending}
            onClick={() =>
              action.mutate(
                { kind: 'save', body: { version: r.version, sections } },
                {
                  onSuccess: (saved) =>
                    action.mutate({ kind: 'submit', body: { version: saved.version } }),
                },
              )
            }
          >
            {t('programmes.report.submit')}
          </Button>
        </Group>
      )}
      {r.canDecide && (
        <Group align="end">
          <Button
            color="green"
            onClick={() =>
              action.mutate({ kind: 'decide', body: { version: r.version, action: 'accept' } })
            }
          >
            {t('programmes.report.accept')}
          </Button>
          <TextInput
            label={t('programmes.report.returnReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            w={{ base: '100%', sm: 360 }}
          />
          <Button
            color="orange"
            variant="light"
            disabled={!reason.trim()}
            onClick={() =>
              action.mutate({
                kind: 'decide',
                body: { version: r.version, action: 'return', reason },
              })
            }
          >
            {t('programmes.report.return')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
