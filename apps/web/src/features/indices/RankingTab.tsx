import { useMemo, useState } from 'react';
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { buildPath, exportRanking } from '@papi/contracts/paths';
import { useT } from '../../i18n/index.ts';
import type { Edition, Ranking } from './api.ts';
import { RankingSummary } from './RankingSummary.tsx';
import { RankingTable } from './RankingTable.tsx';
import { useCurrentUser } from '../auth/CurrentUser.tsx';
import {
  DEFAULT_SORT,
  nextSort,
  ownProvinceId,
  ownProvinceIds,
  regionsOf,
  visibleRows,
} from './rankingRows.ts';
import { dimensionCodes, useElementLabels } from './selection.ts';

interface RankingTabProps {
  ranking: Ranking;
  edition: Edition | undefined;
  indexCode: string;
}

export function RankingTab({ ranking, edition, indexCode }: RankingTabProps) {
  const t = useT();
  const labels = useElementLabels(edition);
  const me = useCurrentUser();
  const own = useMemo(() => ownProvinceIds(ranking.rows, ownProvinceId(me)), [ranking.rows, me]);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const [region, setRegion] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const dimensions = dimensionCodes(edition);
  const regions = useMemo(() => regionsOf(ranking.rows), [ranking.rows]);
  const rows = useMemo(
    () => visibleRows(ranking.rows, { region, search }, sort),
    [ranking.rows, region, search, sort],
  );

  // The server makes both files from the official numbers (XLSX with number formats, CSV
  // UTF-8 with a BOM for Excel); a plain link keeps the session cookie and the file name.
  const exportUrl = (format: 'xlsx' | 'csv') =>
    `${buildPath(exportRanking.path, { code: indexCode, year: ranking.year })}?format=${format}`;

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
          <Button component="a" variant="default" href={exportUrl('csv')} download>
            {t('indices.exportCsv')}
          </Button>
          <Button component="a" variant="default" href={exportUrl('xlsx')} download>
            {t('indices.exportXlsx')}
          </Button>
        </Group>
      </Group>
      <RankingSummary ranking={ranking} />
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('indices.rowsShown', {
          shown: rows.length,
          total: ranking.rows.length,
          assessed: ranking.assessed,
        })}
      </Text>
      <RankingTable
        rows={rows}
        dimensions={dimensions}
        sort={sort}
        onSort={(key) => setSort((current) => nextSort(current, key))}
        year={ranking.year}
        indexCode={indexCode}
        shortLabel={labels.short}
        longLabel={labels.long}
        own={own}
      />
      <Text size="xs" c="dimmed">
        {t(ranking.year >= 2025 ? 'indices.rankingNote34' : 'indices.rankingNote')}
      </Text>
    </Stack>
  );
}
