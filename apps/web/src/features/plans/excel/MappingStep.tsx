import { Select, SimpleGrid } from '@mantine/core';
import type { TAppendixField } from '@papi/contracts';
import { useT } from '../../../i18n/index.ts';
import type { AppendixMapping, AppendixPreview } from './api.ts';

interface Props {
  fields: readonly TAppendixField[];
  columns: AppendixPreview['columns'];
  mapping: AppendixMapping;
  onChange: (m: AppendixMapping) => void;
}

/** One column per task field, suggested from the file's headers; samples help to choose. */
export function MappingStep({ fields, columns, mapping, onChange }: Props) {
  const t = useT();
  const data = columns.map((c) => ({
    value: c.letter,
    label: `${c.letter} – ${c.header || t('plans.excel.noHeader')}${c.samples[0] ? ` (${c.samples[0].slice(0, 40)})` : ''}`,
  }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      {fields.map((field) => (
        <Select
          key={field}
          label={t(`plans.excel.field.${field}`)}
          clearable
          placeholder={t('plans.excel.notRead')}
          data={data}
          value={mapping[field] ?? null}
          onChange={(letter) => onChange({ ...mapping, [field]: letter })}
        />
      ))}
    </SimpleGrid>
  );
}
