import { Badge, Group, List, Paper, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import { useT } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import { deadlineLabel } from '../labels.ts';
import type { AgencyChoice } from './AppendixImportModal.tsx';
import type { AppendixPreview } from './api.ts';

interface Props {
  preview: AppendixPreview;
  agencyMap: Record<string, AgencyChoice>;
  onAgencyMap: (m: Record<string, AgencyChoice>) => void;
}

/** Every row as it will be saved, its problems by row and column, and unknown agencies. */
export function PreviewStep({ preview, agencyMap, onAgencyMap }: Props) {
  const t = useT();
  const byRow = new Map<number, AppendixPreview['issues']>();
  for (const issue of preview.issues)
    if (issue.row !== null) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue]);
  const whole = preview.issues.filter((i) => i.row === null);
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge variant="light">{t('plans.excel.tasks', { n: preview.tasks })}</Badge>
        <Badge color={preview.errors ? 'red' : 'green'} variant="light">
          {t('plans.issues.summary', { errors: preview.errors, warnings: preview.warnings })}
        </Badge>
      </Group>
      {whole.length > 0 && (
        <List size="sm">
          {whole.map((i, k) => (
            <List.Item key={k} c={i.severity === 'error' ? 'red.8' : 'orange.8'}>
              {i.message}
            </List.Item>
          ))}
        </List>
      )}
      {preview.groups.length > 0 && (
        <Paper withBorder p="sm">
          <Text size="sm" fw={600} mb={4}>
            {t('plans.excel.groups')}
          </Text>
          <List size="sm">
            {preview.groups.map((g) => (
              <List.Item key={g.name}>
                “{g.name}” · {t('plans.groups.members', { count: g.members })}{' '}
                <Text span size="xs" c="dimmed">
                  ({t('plans.excel.rows', { rows: g.rows.join(', ') })})
                </Text>
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {preview.unknownAgencies.length > 0 && (
        <Paper withBorder p="sm">
          <Text size="sm" fw={600} mb={4}>
            {t('plans.excel.unknownAgencies')}
          </Text>
          <Stack gap={6}>
            {preview.unknownAgencies.map((u) => (
              <Group key={u.name} gap="sm" wrap="wrap">
                <Text size="sm" w={{ base: '100%', sm: 320 }}>
                  “{u.name}”{' '}
                  <Text span size="xs" c="dimmed">
                    ({t('plans.excel.rows', { rows: u.rows.join(', ') })})
                  </Text>
                </Text>
                <Select
                  size="xs"
                  w={{ base: '100%', sm: 360 }}
                  aria-label={t('plans.excel.mapAgency', { name: u.name })}
                  placeholder={t('plans.excel.chooseAgency')}
                  data={[
                    { value: 'create', label: t('plans.excel.createAgency') },
                    ...u.suggestions.map((s) => ({ value: String(s.id), label: s.name })),
                  ]}
                  value={agencyMap[u.name] == null ? null : String(agencyMap[u.name])}
                  onChange={(v) =>
                    onAgencyMap({
                      ...agencyMap,
                      [u.name]: v === null ? null : v === 'create' ? 'create' : Number(v),
                    })
                  }
                />
              </Group>
            ))}
          </Stack>
        </Paper>
      )}
      <ScrollArea.Autosize mah="50vh">
        <Table withTableBorder withColumnBorders striped fz="xs" miw={900}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t('plans.excel.row')}</Table.Th>
              <Table.Th w={60}>{t('plans.tasks.stt')}</Table.Th>
              <Table.Th>{t('plans.tasks.content')}</Table.Th>
              <Table.Th w={90}>{t('plans.editor.col.dimensions')}</Table.Th>
              <Table.Th w={160}>{t('plans.tasks.lead')}</Table.Th>
              <Table.Th w={120}>{t('plans.tasks.deadline')}</Table.Th>
              <Table.Th w={240}>{t('plans.excel.problems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((r) => {
              const issues = byRow.get(r.row) ?? [];
              const bad = issues.some((i) => i.severity === 'error');
              return (
                <Table.Tr key={r.row} bg={bad ? 'red.0' : r.group ? 'gray.1' : undefined}>
                  <Table.Td>{r.row}</Table.Td>
                  <Table.Td>{r.number}</Table.Td>
                  <Table.Td fw={r.group ? 600 : undefined}>{r.content}</Table.Td>
                  <Table.Td>{r.dimensionCodes.join(', ')}</Table.Td>
                  <Table.Td>{r.lead}</Table.Td>
                  <Table.Td>
                    {r.deadline ? deadlineLabel(t, r.deadline, formatDate) : (r.deadlineText ?? '')}
                  </Table.Td>
                  <Table.Td c={bad ? 'red.8' : 'orange.8'}>
                    {issues
                      .map(
                        (i) =>
                          `${i.column ? `${t('plans.excel.column', { column: i.column })}: ` : ''}${i.message}`,
                      )
                      .join(' · ')}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
