import { Badge, Group, List, Paper, ScrollArea, Select, Stack, Text } from '@mantine/core';
import { useT } from '../../../i18n/index.ts';
import type { AgencyChoice } from './api.ts';
import type { AppendixPreview } from './api.ts';
import { PreviewRows } from './PreviewRows.tsx';
import { domainText } from '../../../i18n/domain-text.ts';

interface Props {
  preview: AppendixPreview;
  agencyMap: Record<string, AgencyChoice>;
  onAgencyMap: (m: Record<string, AgencyChoice>) => void;
  onLink: (row: number, codes: string[] | null) => void;
}

/**
 * The file as it will be saved: its headings and rows (PreviewRows), collectives and
 * unknown agencies with the reason for each suggestion, and the plan's own check.
 */
export function PreviewStep({ preview, agencyMap, onAgencyMap, onLink }: Props) {
  const t = useT();
  const whole = preview.issues.filter((i) => i.row === null);
  // The summary counts both lists below (the file's and the plan check's), so "0 lỗi" here
  // means the plan is clean after saving; only the file's errors block the import.
  const errors = preview.errors + preview.planErrors;
  const warnings = preview.warnings + preview.planWarnings;
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge variant="light">{t('plans.excel.tasks', { n: preview.tasks })}</Badge>
        <Badge variant="light" color="gray">
          {t('plans.excel.headings', { n: preview.rows.filter((r) => r.group).length })}
        </Badge>
        <Badge color={errors ? 'red' : 'green'} variant="light" data-testid="import-summary">
          {t('plans.issues.summary', { errors, warnings })}
        </Badge>
      </Group>
      {preview.errors === 0 && preview.planErrors > 0 && (
        <Text size="xs" c="dimmed">
          {t('plans.excel.planErrorsHint', { n: preview.planErrors })}
        </Text>
      )}
      {whole.length > 0 && (
        <List size="sm">
          {whole.map((i, k) => (
            <List.Item key={k} c={i.severity === 'error' ? 'red.8' : 'orange.8'}>
              {domainText(i.message)}
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
                {g.note && (
                  <Text size="xs" c="orange.9">
                    {domainText(g.note)}
                  </Text>
                )}
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
                  {u.reason && (
                    <Text size="xs" c={u.preselect === null ? 'orange.9' : 'dimmed'}>
                      {domainText(u.reason)}
                    </Text>
                  )}
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
      <Paper withBorder p="sm">
        <Text size="sm" fw={600} mb={4}>
          {t('plans.excel.planCheck')}
        </Text>
        {preview.planIssues.length === 0 ? (
          <Text size="sm" c="green.8">
            {t('plans.excel.planClean')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={150}>
            <List size="sm">
              {preview.planIssues.map((i, k) => (
                <List.Item key={k} c={i.severity === 'error' ? 'red.8' : 'orange.9'}>
                  {i.row !== null ? `${t('plans.excel.rows', { rows: i.row })}: ` : ''}
                  {domainText(i.message)}
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        )}
      </Paper>
      <PreviewRows preview={preview} onLink={onLink} />
    </Stack>
  );
}
