import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  FileInput,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { buildPath, getIndexImportTemplate, IMPORT_MAX_FILE_BYTES } from '@papi/contracts/paths';
import { DateInputField } from '../../../components/DateInputField.tsx';
import { MutationErrorAlert } from '../../../components/MutationErrorAlert.tsx';
import { useT } from '../../../i18n/index.ts';
import type { ImportBody } from '../api.ts';
import { useCommitImport, useIndices, usePreviewImport } from '../api.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { DEFAULT_INDEX } from '../selection.ts';
import { ImportPreviewView } from './ImportPreviewView.tsx';

const ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file as base64 (a data: URL; the server strips the prefix). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.readAsDataURL(file);
  });
}

/** "Nhập kết quả công bố": check an official results file, then save it as the year's release. */
export function ImportPage() {
  const t = useT();
  const navigate = useNavigate();
  const indices = useIndices();
  const items = indices.data?.items ?? [];
  const [params] = useSearchParams();
  const [code, setCode] = useState<string | null>(params.get('index'));
  const summary =
    items.find((i) => i.framework.code === code) ??
    items.find((i) => i.framework.code === DEFAULT_INDEX) ??
    items[0];
  const latest = summary?.years.at(-1)?.year;
  // undefined until the user types a year; then whatever the field holds.
  const [year, setYear] = useState<number | string | undefined>(undefined);
  const [publishedOn, setPublishedOn] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ code: string; body: ImportBody } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const preview = usePreviewImport();
  const commit = useCommitImport();

  const indexCode = summary?.framework.code ?? null;
  // A new release is usually the year after the latest one on record.
  const chosenYear =
    year === undefined
      ? latest === undefined
        ? null
        : latest + 1
      : typeof year === 'number' && year >= 1990 && year <= 2100
        ? year
        : null;

  // Any change to what was checked makes the preview stale: it must be checked again.
  const stale = () => {
    preview.reset();
    commit.reset();
    setChecked(null);
    setConfirmed(false);
  };

  if (!summary || indexCode === null) {
    return <QueryState error={indices.error} retry={() => void indices.refetch()} />;
  }

  const templateUrl = `${buildPath(getIndexImportTemplate.path, { code: indexCode })}${
    chosenYear === null ? '' : `?year=${chosenYear}`
  }`;

  const check = async () => {
    if (!file || chosenYear === null) return;
    setFileError(null);
    if (file.size > IMPORT_MAX_FILE_BYTES) {
      setFileError(t('indices.import.tooLarge'));
      return;
    }
    let contentBase64: string;
    try {
      contentBase64 = await readBase64(file);
    } catch {
      setFileError(t('indices.import.readError'));
      return;
    }
    const body: ImportBody = {
      filename: file.name,
      contentBase64,
      year: chosenYear,
      ...(publishedOn ? { publishedOn } : {}),
    };
    setChecked({ code: indexCode, body });
    preview.mutate({ code: indexCode, body });
  };

  const result = preview.data;
  const canSave =
    checked !== null &&
    result !== undefined &&
    result.errors === 0 &&
    (result.warnings === 0 || confirmed);

  const save = () => {
    if (!checked || !result) return;
    commit.mutate(
      { code: checked.code, body: { ...checked.body, confirmWarnings: result.warnings > 0 } },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            title: t('indices.import.savedTitle'),
            message: t('indices.import.saved', {
              index: saved.code,
              year: saved.year,
              assessed: saved.assessed,
              surveyed: saved.surveyed,
            }),
          });
          void navigate(`/indices?index=${saved.code}&year=${saved.year}`);
        },
      },
    );
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/indices?index=${indexCode}`}>
        ← {t('indices.backToRanking')}
      </Anchor>
      <div>
        <Title order={2}>{t('indices.import.title')}</Title>
        <Text c="dimmed" size="sm" maw={820}>
          {t('indices.import.intro')}
        </Text>
      </div>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label={t('indices.index')}
              data={items.map((i) => ({ value: i.framework.code, label: i.framework.code }))}
              value={indexCode}
              allowDeselect={false}
              onChange={(value) => {
                stale();
                setCode(value);
                setYear(undefined);
              }}
              w={140}
            />
            <NumberInput
              label={t('indices.year')}
              value={year ?? chosenYear ?? ''}
              onChange={(value) => {
                stale();
                setYear(value);
              }}
              min={1990}
              max={2100}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=""
              required
              w={120}
            />
            <DateInputField
              label={t('indices.import.publishedOn')}
              value={publishedOn}
              onChange={(value) => {
                stale();
                setPublishedOn(value);
              }}
              w={170}
              aria-describedby="published-on-help"
            />
            <FileInput
              label={t('indices.import.file')}
              placeholder={t('indices.import.filePlaceholder')}
              accept={ACCEPT}
              value={file}
              onChange={(value) => {
                stale();
                setFileError(null);
                setFile(value);
              }}
              error={fileError}
              clearable
              required
              w={{ base: '100%', sm: 320 }}
            />
          </Group>
          <Text size="xs" c="dimmed" id="published-on-help" maw={820}>
            <b>{t('indices.import.publishedOn')}:</b> {t('indices.import.publishedOnHelp')}
          </Text>
          <Group gap="md">
            <Button
              onClick={() => void check()}
              loading={preview.isPending}
              disabled={!file || chosenYear === null}
            >
              {t('indices.import.check')}
            </Button>
            <Anchor href={templateUrl} download>
              {t('indices.import.template')}
            </Anchor>
          </Group>
          <MutationErrorAlert error={preview.error} />
        </Stack>
      </Paper>
      {result && checked && (
        <>
          <ImportPreviewView preview={result} summary={summary} />
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              {result.errors > 0 ? (
                <Alert color="red" variant="light">
                  {t('indices.import.hasErrors')}
                </Alert>
              ) : (
                result.warnings > 0 && (
                  <Checkbox
                    label={t('indices.import.confirm')}
                    checked={confirmed}
                    onChange={(e) => setConfirmed(e.currentTarget.checked)}
                    color="orange"
                  />
                )
              )}
              <MutationErrorAlert error={commit.error} />
              <Group>
                <Button onClick={save} loading={commit.isPending} disabled={!canSave}>
                  {t('indices.import.save')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  );
}
