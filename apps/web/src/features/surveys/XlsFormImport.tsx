import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IMPORT_MAX_FILE_BYTES } from '@papi/contracts/paths';
import { isApiError } from '../../api/client.ts';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { domainText } from '../../i18n/domain-text.ts';
import { useT } from '../../i18n/index.ts';
import { readBase64 } from '../indices/import/ImportPage.tsx';
import { useImportXlsForm } from './runApi.ts';

interface XlsFormIssue {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
  severity: 'error' | 'warning';
}

const isIssue = (x: unknown): x is XlsFormIssue =>
  typeof x === 'object' && x !== null && 'sheet' in x && 'message' in x && 'severity' in x;

/** The located problems of a refused XLSForm (sheet, row, column), or none for other errors. */
function issuesOf(error: Error | null): XlsFormIssue[] {
  if (!isApiError(error) || typeof error.details !== 'object' || error.details === null) return [];
  const list: unknown = (error.details as { issues?: unknown }).issues;
  return Array.isArray(list) ? list.filter(isIssue) : [];
}

const ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "Nhập bộ câu hỏi XLSForm": a Kobo/ODK form becomes a new instrument's draft. */
export function XlsFormImport() {
  const t = useT();
  const upload = useImportXlsForm();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const send = async () => {
    if (!file) return;
    setFileError(null);
    if (file.size > IMPORT_MAX_FILE_BYTES) return setFileError(t('surveys.import.tooLarge'));
    let contentBase64: string;
    try {
      contentBase64 = await readBase64(file);
    } catch {
      return setFileError(t('surveys.import.readError'));
    }
    upload.mutate(
      { filename: file.name, contentBase64 },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            message: t('surveys.xlsImport.saved', { title: saved.titleVi }),
          });
          setFile(null);
        },
      },
    );
  };
  const issues = issuesOf(upload.error);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={t('surveys.xlsImport.title')}
    >
      <Stack gap="sm">
        <Title order={4}>{t('surveys.xlsImport.title')}</Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t('surveys.xlsImport.intro')}
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <FileInput
            label={t('surveys.xlsImport.file')}
            placeholder={t('surveys.import.filePlaceholder')}
            accept={ACCEPT}
            value={file}
            onChange={(value) => {
              upload.reset();
              setFileError(null);
              setFile(value);
            }}
            error={fileError}
            clearable
            w={{ base: '100%', sm: 320 }}
          />
          <Button onClick={() => void send()} loading={upload.isPending} disabled={!file}>
            {t('surveys.xlsImport.submit')}
          </Button>
        </Group>
        {issues.length > 0 ? (
          <Alert color="red" role="alert" title={upload.error?.message}>
            <Table withTableBorder verticalSpacing={4} data-testid="xlsform-issues">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('surveys.xlsImport.sheet')}</Table.Th>
                  <Table.Th>{t('surveys.import.row')}</Table.Th>
                  <Table.Th>{t('surveys.import.column')}</Table.Th>
                  <Table.Th>{t('surveys.import.message')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {issues.map((issue, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{issue.sheet}</Table.Td>
                    <Table.Td>{issue.row ?? t('surveys.import.wholeFile')}</Table.Td>
                    <Table.Td>{issue.column ?? '—'}</Table.Td>
                    <Table.Td>
                      {issue.severity === 'warning' && (
                        <Badge color="orange" variant="light" mr={6}>
                          {t('surveys.import.warning')}
                        </Badge>
                      )}
                      {domainText(issue.message)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Alert>
        ) : (
          <MutationErrorAlert error={upload.error} />
        )}
      </Stack>
    </Paper>
  );
}
