import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { buildPath, getIndexReport } from '@papi/contracts/paths';
import { useT } from '../../i18n/index.ts';
import { fetchAndSave } from './download.ts';

interface Props {
  indexCode: string;
  unitId: number;
  year: number;
  /** For the saved file's name when the server gives none. */
  unitName: string;
}

/** "Báo cáo phân tích" of the shown province and year: Word always, PDF where the server can. */
export function ReportButtons({ indexCode, unitId, year, unitName }: Props) {
  const t = useT();
  const [pdfPending, setPdfPending] = useState(false);
  const base = buildPath(getIndexReport.path, { code: indexCode, unitId });
  const docxUrl = `${base}?year=${year}`;

  // Fetched rather than linked: a 501 (no converter on the server) must become a message,
  // not a broken download.
  const pdf = async () => {
    setPdfPending(true);
    try {
      await fetchAndSave(`${base}?year=${year}&format=pdf`, `${indexCode}-${year}-${unitName}.pdf`);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('indices.report.failed'),
        message: error instanceof Error ? error.message : t('error.unknown'),
      });
    } finally {
      setPdfPending(false);
    }
  };

  return (
    <Group gap="xs">
      <Button component="a" href={docxUrl} download variant="light">
        {t('indices.report.docx')}
      </Button>
      <Button
        variant="default"
        onClick={() => void pdf()}
        loading={pdfPending}
        aria-label={t('indices.report.pdfLabel')}
      >
        {t('indices.report.pdf')}
      </Button>
    </Group>
  );
}
