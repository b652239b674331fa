import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { buildPath, downloadConsolidatedReport } from '@papi/contracts/paths';
import { useT } from '../../i18n/index.ts';
import { fetchAndSave } from '../indices/download.ts';

interface Props {
  regimeId: number;
  periodKey: string;
  /** The compiling (receiving) unit. */
  unitId: number;
}

type Format = 'docx' | 'xlsx';

/**
 * One click compiles the period's reports received by the unit: Word in the Decree 30/2020
 * layout, or the Excel workbook of the numbers. Fetched, not linked, so a refusal (nothing
 * received yet, no right) shows the server's message instead of a broken file.
 */
export function ConsolidatedButtons({ regimeId, periodKey, unitId }: Props) {
  const t = useT();
  const [pending, setPending] = useState<Format | null>(null);
  const [error, setError] = useState<string | null>(null);
  const url = (format: Format) =>
    `${buildPath(downloadConsolidatedReport.path, { id: regimeId })}?${new URLSearchParams({
      periodKey,
      unitId: String(unitId),
      format,
    }).toString()}`;
  const save = async (format: Format) => {
    setPending(format);
    setError(null);
    try {
      await fetchAndSave(url(format), `bao-cao-tong-hop-${periodKey}.${format}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : t('error.unknown'));
    } finally {
      setPending(null);
    }
  };
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {t('report.consolidated')}
        </Text>
        <Button size="xs" loading={pending === 'docx'} onClick={() => void save('docx')}>
          {t('report.consolidated.docx')}
        </Button>
        <Button
          size="xs"
          variant="light"
          loading={pending === 'xlsx'}
          onClick={() => void save('xlsx')}
        >
          {t('report.consolidated.xlsx')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" role="alert" py={6}>
          {error}
        </Alert>
      )}
    </Stack>
  );
}
