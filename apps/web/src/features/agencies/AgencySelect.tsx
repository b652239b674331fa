import { Select } from '@mantine/core';
import { useT } from '../../i18n/index.ts';
import { useAgencies } from './api.ts';

interface Props {
  unitId: number | null;
  value: number | null;
  onChange: (id: number | null) => void;
}

/** Optional agency within a unit; disabled until a unit is chosen. */
export function AgencySelect({ unitId, value, onChange }: Props) {
  const t = useT();
  const agencies = useAgencies({ unitId: unitId ?? undefined, pageSize: 500 }, unitId !== null);
  const data = (unitId === null ? [] : (agencies.data?.items ?? [])).map((agency) => ({
    value: agency.id,
    label: agency.name,
  }));
  return (
    <Select<number>
      label={t('users.agency')}
      description={t('users.agencyHint')}
      disabled={unitId === null}
      clearable
      searchable
      value={value}
      onChange={onChange}
      data={data}
      nothingFoundMessage={t('units.noAgencies')}
    />
  );
}
