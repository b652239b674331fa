import {
  Alert,
  Badge,
  Group,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { formatDecimal } from '../../../i18n/format.ts';
import { useLang, useT } from '../../../i18n/index.ts';
import type { ImportIssue, ImportPreview, IndexSummary } from '../api.ts';
import { domainText } from '../../../i18n/domain-text.ts';

interface Props {
  preview: ImportPreview;
  summary: IndexSummary;
}

const SEVERITY_COLOR = { error: 'red', warning: 'orange' } as const;

function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.2} c={value > 0 ? color : undefined}>
        {value}
      </Text>
    </Paper>
  );
}

/** The checked file: counts, every issue with its row and column, and every row read. */
export function ImportPreviewView({ preview, summary }: Props) {
  const t = useT();
  const lang = useLang();
  const edition = summary.framework.editions.find((e) => e.code === preview.edition);
  // The edition's dimensions in order; any other score the file carried after them.
  const known = (edition?.dimensions ?? []).map((d) => d.code);
  const extra = [...new Set(preview.rows.flatMap((r) => Object.keys(r.scores)))].filter(
    (c) => !known.includes(c),
  );
  const dimensions = [...known, ...extra];
  // Distinct provinces: a duplicated row must not count twice (never more than exist).
  const matched = new Set(preview.rows.flatMap((r) => (r.unit ? [r.unit.id] : []))).size;
  const worst = new Map<number, ImportIssue['severity']>();
  for (const issue of preview.issues) {
    if (issue.row === null) continue;
    if (issue.severity === 'error' || !worst.has(issue.row)) worst.set(issue.row, issue.severity);
  }
  // CSV issues name their column ("D1"): mark that very cell too.
  const flagged = new Map<string, ImportIssue['severity']>();
  for (const issue of preview.issues) {
    if (issue.row === null || issue.column === null) continue;
    const key = `${issue.row}:${issue.column}`;
    if (issue.severity === 'error' || !flagged.has(key)) flagged.set(key, issue.severity);
  }
  const cellColor = (row: number, column: string) => {
    const severity = flagged.get(`${row}:${column}`);
    return severity === 'error' ? 'red.8' : severity === 'warning' ? 'orange.9' : undefined;
  };
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : formatDecimal(value, lang);

  return (
    <Stack gap="md" aria-label={t('indices.import.previewTitle')} component="section">
      <Title order={3}>{t('indices.import.previewTitle')}</Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="import-summary">
        <Stat label={t('indices.import.summary.rows')} value={preview.rows.length} />
        <Stat label={t('indices.import.summary.matched')} value={matched} />
        <Stat label={t('indices.import.summary.errors')} value={preview.errors} color="red" />
        <Stat
          label={t('indices.import.summary.warnings')}
          value={preview.warnings}
          color="orange"
        />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t('indices.import.meta', {
          index: preview.code,
          year: preview.year,
          edition: edition
            ? t('indices.editionLabel', {
                count: edition.dimensions.length,
                from: edition.fromYear,
              })
            : '',
          format: preview.format.toUpperCase(),
          era: t(preview.era === 'pre2025' ? 'indices.import.pre2025' : 'indices.import.post2025'),
        })}
      </Text>
      {preview.replaces && (
        <Alert color="blue" variant="light">
          {t('indices.import.replaces', {
            year: preview.year,
            assessed: preview.replaces.assessed,
            surveyed: preview.replaces.surveyed,
          })}
        </Alert>
      )}

      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={4}>{t('indices.import.issues', { count: preview.issues.length })}</Title>
          {preview.issues.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('indices.import.noIssues')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={420} type="auto">
              <Table striped withTableBorder verticalSpacing={6} data-testid="import-issues">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={110}>{t('indices.import.severity')}</Table.Th>
                    <Table.Th w={80}>{t('indices.import.row')}</Table.Th>
                    <Table.Th w={110}>{t('indices.import.column')}</Table.Th>
                    <Table.Th>{t('indices.import.message')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.issues.map((issue, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>
                        <Badge color={SEVERITY_COLOR[issue.severity]} variant="light">
                          {t(
                            issue.severity === 'error'
                              ? 'indices.import.error'
                              : 'indices.import.warning',
                          )}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{issue.row ?? t('indices.import.wholeFile')}</Table.Td>
                      <Table.Td>{issue.column ?? '—'}</Table.Td>
                      <Table.Td>
                        <Text size="sm" c={issue.severity === 'error' ? 'red.8' : 'orange.9'}>
                          {domainText(issue.message)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={4}>{t('indices.import.rows', { count: preview.rows.length })}</Title>
          <Table.ScrollContainer minWidth={720} maxHeight={560}>
            <Table
              stickyHeader
              striped
              withTableBorder
              verticalSpacing={4}
              data-testid="import-rows"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('indices.import.row')}</Table.Th>
                  <Table.Th miw={220}>{t('indices.province')}</Table.Th>
                  {dimensions.map((d) => (
                    <Table.Th key={d} ta="right">
                      {d}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">{t('indices.total')}</Table.Th>
                  <Table.Th>{t('indices.import.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.rows.map((r) => {
                  const severity = worst.get(r.row);
                  return (
                    <Table.Tr
                      key={r.row}
                      bg={
                        severity === 'error'
                          ? 'var(--mantine-color-red-light)'
                          : severity === 'warning'
                            ? 'var(--mantine-color-orange-light)'
                            : undefined
                      }
                    >
                      <Table.Td>{r.row}</Table.Td>
                      <Table.Td>
                        {r.unit ? (
                          <Group gap={6} wrap="nowrap">
                            <Text size="sm">{r.unit.name}</Text>
                            {r.unit.name !== r.province.trim() && (
                              <Text size="xs" c="dimmed">
                                ({r.province})
                              </Text>
                            )}
                          </Group>
                        ) : (
                          <Group gap={6} wrap="nowrap">
                            <Text size="sm" c="red.8">
                              {r.province || '—'}
                            </Text>
                            <Badge color="red" variant="light" size="sm" style={{ flexShrink: 0 }}>
                              {t('indices.import.unmatched')}
                            </Badge>
                          </Group>
                        )}
                      </Table.Td>
                      {dimensions.map((d) => (
                        <Table.Td
                          key={d}
                          ta="right"
                          ff="monospace"
                          c={cellColor(r.row, d)}
                          fw={cellColor(r.row, d) ? 700 : undefined}
                        >
                          {score(r.scores[d])}
                        </Table.Td>
                      ))}
                      <Table.Td ta="right" ff="monospace" fw={600}>
                        {r.hasError ? score(r.total) : score(r.computedTotal ?? r.total)}
                      </Table.Td>
                      <Table.Td>
                        {r.hasError ? (
                          <Badge color="red" variant="light" size="sm">
                            {t('indices.import.rowError')}
                          </Badge>
                        ) : r.assessed ? (
                          <Badge color="green" variant="light" size="sm">
                            {t('indices.import.assessed')}
                          </Badge>
                        ) : (
                          <Badge color="gray" variant="light" size="sm">
                            {t('indices.notAssessed')}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {preview.missing.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('indices.import.missing', {
                count: preview.missing.length,
                names: preview.missing.map((m) => m.name).join(', '),
              })}
            </Text>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
