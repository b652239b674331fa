import { useState } from 'react';
import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { TUnitRef } from '@papi/contracts';
import { useT } from '../../i18n/index.ts';
import { useUnits } from './api.ts';

interface Props {
  label: string;
  value: number | null;
  onChange: (id: number | null) => void;
  /** Shown before the user searches, e.g. their own unit. */
  initial?: TUnitRef[];
  required?: boolean;
  error?: string;
}

/** Unit picker searching the server (accent-insensitive), for forms. */
export function UnitSelect({ label, value, onChange, initial = [], required, error }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [picked, setPicked] = useState<{ value: number; label: string } | null>(null);

  // Labels stay plain full names so Mantine's "search shows the selected label" never changes
  // under the user's typing; the unit type is shown next to each option instead.
  const known = new Map<number, string>();
  if (picked) known.set(picked.value, picked.label);
  for (const unit of initial) known.set(unit.id, unit.fullName);
  const selectedLabel = value === null ? undefined : known.get(value);
  const q = debounced === selectedLabel?.trim() ? '' : debounced;
  const results = useUnits({ q, limit: 30 }, q.length >= 2);

  const types = new Map<number, string>();
  const options = new Map(known);
  for (const unit of results.data?.items ?? []) {
    options.set(unit.id, unit.fullName);
    types.set(unit.id, unit.type);
  }
  const data = [...options].map(([id, text]) => ({ value: id, label: text }));

  return (
    <Select<number>
      label={label}
      required={required}
      error={error}
      searchable
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => {
        setPicked(id !== null && option ? { value: id, label: option.label } : null);
        onChange(id);
      }}
      data={data}
      // Matching already happened on the server, which folds Vietnamese accents.
      filter={({ options }) => options}
      nothingFoundMessage={q.length >= 2 ? t('units.noResults') : t('units.typeToSearch')}
      placeholder={t('units.searchPlaceholder')}
      renderOption={({ option }) => (
        <Group gap="xs" justify="space-between" wrap="nowrap" w="100%">
          <Text size="sm">{option.label}</Text>
          {types.has(option.value) && (
            <Text size="xs" c="dimmed">
              {types.get(option.value)}
            </Text>
          )}
        </Group>
      )}
    />
  );
}
