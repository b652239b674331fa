import { useState, type ReactNode } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  FileInput,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IMPORT_MAX_FILE_BYTES } from '@papi/contracts/paths';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useT } from '../../i18n/index.ts';
import { readBase64 } from '../indices/import/ImportPage.tsx';
import { useSurveyFileImport, type SubmissionsPreview, type SurveyFileBody } from './api.ts';
import { ImportIssues } from './ImportIssues.tsx';

type Issue = SubmissionsPreview['issues'][number];

const ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Props<P> {
  runId: number;
  kind: 'submissions' | 'design';
  title: string;
  intro: string;
  templateUrl: string;
  templateLabel: string;
  /** What the checked file would change, above its issues. */
  summary: (preview: P) => ReactNode;
  saved: (result: unknown) => string;
}

/** Pick a file → check it (every issue by row and column) → confirm warnings → save all or nothing. */
export function FileImportPanel<P extends { errors: number; warnings: number; issues: Issue[] }>(
  props: Props<P>,
) {
  const t = useT();
  const { preview, commit } = useSurveyFileImport(props.runId, props.kind);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [body, setBody] = useState<SurveyFileBody | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const reset = () => {
    preview.reset();
    commit.reset();
    setBody(null);
    setConfirmed(false);
  };
  const check = async () => {
    if (!file) return;
    setFileError(null);
    if (file.size > IMPORT_MAX_FILE_BYTES) return setFileError(t('surveys.import.tooLarge'));
    let contentBase64: string;
    try {
      contentBase64 = await readBase64(file);
    } catch {
      return setFileError(t('surveys.import.readError'));
    }
    const next = { filename: file.name, contentBase64 };
    setBody(next);
    preview.mutate(next);
  };
  const result = preview.data as P | undefined;
  const canSave =
    body !== null &&
    result !== undefined &&
    result.errors === 0 &&
    (result.warnings === 0 || confirmed);
  const save = () => {
    if (!body || !result) return;
    commit.mutate(
      { ...body, confirmWarnings: result.warnings > 0 },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', message: props.saved(saved) });
          setFile(null);
          reset();
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={props.title}>
      <Stack gap="sm">
        <Title order={4}>{props.title}</Title>
        <Text size="sm" c="dimmed" maw={820}>
          {props.intro}
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <FileInput
            label={t('surveys.import.file')}
            placeholder={t('surveys.import.filePlaceholder')}
            accept={ACCEPT}
            value={file}
            onChange={(value) => {
              reset();
              setFileError(null);
              setFile(value);
            }}
            error={fileError}
            clearable
            w={{ base: '100%', sm: 320 }}
          />
          <Button onClick={() => void check()} loading={preview.isPending} disabled={!file}>
            {t('surveys.import.check')}
          </Button>
          <Anchor href={props.templateUrl} download size="sm">
            {props.templateLabel}
          </Anchor>
        </Group>
        <MutationErrorAlert error={preview.error} />
        {result && (
          <>
            {props.summary(result)}
            <ImportIssues issues={result.issues} />
            {result.errors > 0 ? (
              <Alert color="red" variant="light">
                {t('surveys.import.hasErrors', { n: result.errors })}
              </Alert>
            ) : (
              result.warnings > 0 && (
                <Checkbox
                  label={t('surveys.import.confirm', { n: result.warnings })}
                  checked={confirmed}
                  onChange={(e) => setConfirmed(e.currentTarget.checked)}
                  color="orange"
                />
              )
            )}
            <MutationErrorAlert error={commit.error} />
            <Group>
              <Button onClick={save} loading={commit.isPending} disabled={!canSave}>
                {t('surveys.import.save')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
