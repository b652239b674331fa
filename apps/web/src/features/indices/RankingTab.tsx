import { useMemo, useState } from 'react';
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { GROUP_LABELS } from '@papi/domain';
import { useLang, useT } from '../../i18n/index.ts';
import type { Edition, Ranking } from './api.ts';
import { fileSlug } from './download.ts';
import type { ExportTable } from './exportTable.ts';
import { downloadCsv, downloadXlsx } from './exportTable.ts';
import { GroupLegend } from './GroupBadge.tsx';
import { RankingTable } from './RankingTable.tsx';
import { DEFAULT_SORT, nextSort, regionsOf, scoreOf, visibleRows } from './rankingRows.ts';
import { dimensionCodes, useElementLabels } from './selection.ts';

interface RankingTabProps {
  ranking: Ranking;
  edition: Edition | undefined;
  indexCode: string;
}

const round = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 10_000) / 10_000;

export function RankingTab({ ranking, edition, indexCode }: RankingTabProps) {
  const t = useT();
  const lang = useLang();
  const labels = useElementLabels(edition);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const [region, setRegion] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [exporting, setExporting] = useState(false);
  const dimensions = dimensionCodes(edition);
  const regions = useMemo(() => regionsOf(ranking.rows), [ranking.rows]);
  const rows = useMemo(
    () => visibleRows(ranking.rows, { region, search }, sort),
    [ranking.rows, region, search, sort],
  );

  const table = (): ExportTable => ({
    title: `${indexCode} ${ranking.year}`,
    headers: [
      t('indices.rank'),
      t('indices.province'),
      t('indices.region'),
      t('indices.group'),
      t('indices.total'),
      t('indices.previousScore', { year: ranking.previousYear ?? '' }),
      t('indices.previousRank', { year: ranking.previousYear ?? '' }),
      ...dimensions.map((code) => labels.short(code)),
    ],
    rows: rows.map((row) => [
      row.total.rank,
      row.unit.name,
      row.region,
      row.total.group ? GROUP_LABELS[row.total.group][lang] : t('indices.notAssessed'),
      round(row.total.score),
      round(row.total.previousScore),
      row.total.previousRank,
      ...dimensions.map((code) => round(scoreOf(row, code))),
    ]),
  });
  const fileName = fileSlug(`${t('indices.rankingFile')} ${indexCode} ${ranking.year}`);

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadXlsx(table(), fileName);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('indices.searchProvince')}
          type="search"
          placeholder={t('indices.searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: '100%', xs: 240 }}
        />
        <Select
          label={t('indices.region')}
          placeholder={t('indices.allRegions')}
          data={regions}
          value={region}
          onChange={setRegion}
          clearable
          w={{ base: '100%', xs: 240 }}
        />
        <Group gap="xs">
          <Button variant="default" onClick={() => downloadCsv(table(), fileName)}>
            {t('indices.exportCsv')}
          </Button>
          <Button variant="default" loading={exporting} onClick={() => void exportXlsx()}>
            {t('indices.exportXlsx')}
          </Button>
        </Group>
      </Group>
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('indices.rowsShown', {
            shown: rows.length,
            total: ranking.rows.length,
            assessed: ranking.assessed,
          })}
        </Text>
        <GroupLegend />
      </Group>
      <RankingTable
        rows={rows}
        dimensions={dimensions}
        sort={sort}
        onSort={(key) => setSort((current) => nextSort(current, key))}
        year={ranking.year}
        indexCode={indexCode}
        shortLabel={labels.short}
        longLabel={labels.long}
      />
      <Text size="xs" c="dimmed">
        {t('indices.rankingNote')}
      </Text>
    </Stack>
  );
}
