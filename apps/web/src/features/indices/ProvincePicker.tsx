import { MultiSelect } from '@mantine/core';
import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { compareVietnamese, matchesSearch } from '@papi/domain';
import { useT } from '../../i18n/index.ts';
import type { RankingRow } from './api.ts';

export const MAX_COMPARED = 5;

const isItem = (item: ComboboxParsedItem): item is ComboboxItem => 'value' in item;

// Accent-insensitive: "dak lak" finds "Đắk Lắk".
const filter: OptionsFilter = ({ options, search }) =>
  options.filter((item) => isItem(item) && matchesSearch(item.label, search));

interface ProvincePickerProps {
  rows: RankingRow[];
  value: string[];
  onChange: (value: string[]) => void;
}

export function ProvincePicker({ rows, value, onChange }: ProvincePickerProps) {
  const t = useT();
  const data = [...rows]
    .sort((a, b) => compareVietnamese(a.unit.name, b.unit.name))
    .map((row) => ({ value: String(row.unit.id), label: row.unit.name }));
  return (
    <MultiSelect
      label={t('indices.compare.pick', { max: MAX_COMPARED })}
      placeholder={value.length < MAX_COMPARED ? t('indices.searchPlaceholder') : undefined}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      filter={filter}
      maxValues={MAX_COMPARED}
      clearable
      hidePickedOptions
      nothingFoundMessage={t('common.noData')}
    />
  );
}
