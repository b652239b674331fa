import { Badge, ScrollArea, Table, Text } from '@mantine/core';
import { domainText } from '../../i18n/domain-text.ts';
import { useT } from '../../i18n/index.ts';
import type { SubmissionsPreview } from './api.ts';

type Issue = SubmissionsPreview['issues'][number];
const COLOR = { error: 'red', warning: 'orange' } as const;

/** Every issue of a checked file with its row and column (or "whole file"). */
export function ImportIssues({ issues }: { issues: Issue[] }) {
  const t = useT();
  if (issues.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('surveys.import.noIssues')}
      </Text>
    );
  return (
    <ScrollArea.Autosize mah={360} type="auto">
      <Table striped withTableBorder verticalSpacing={6} data-testid="survey-import-issues">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={100}>{t('surveys.import.severity')}</Table.Th>
            <Table.Th w={70}>{t('surveys.import.row')}</Table.Th>
            <Table.Th w={120}>{t('surveys.import.column')}</Table.Th>
            <Table.Th>{t('surveys.import.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue, i) => (
            <Table.Tr key={i}>
              <Table.Td>
                <Badge color={COLOR[issue.severity]} variant="light">
                  {t(`surveys.import.${issue.severity}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{issue.row ?? t('surveys.import.wholeFile')}</Table.Td>
              <Table.Td>{issue.column ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm">{domainText(issue.message)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
