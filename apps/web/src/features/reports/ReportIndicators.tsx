import { NumberInput, Table, Text, TextInput } from '@mantine/core';
import type { TReport } from '@papi/contracts';
import { formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { IndicatorValue } from './reportContent.ts';
import { CardTable } from '../../components/CardTable.tsx';

interface Props {
  defs: TReport['indicatorDefs'];
  values: IndicatorValue[];
  readOnly: boolean;
  onChange: (values: IndicatorValue[]) => void;
}

/** Numbers typed the Vietnamese way (1.234,5), stored as numbers. */
export function ReportIndicators({ defs, values, readOnly, onChange }: Props) {
  const t = useT();
  const lang = useLang();
  if (values.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('report.indicators.none')}
      </Text>
    );
  const set = (code: string, patch: Partial<IndicatorValue>) =>
    onChange(values.map((v) => (v.code === code ? { ...v, ...patch } : v)));
  const vi = lang === 'vi';
  return (
    <CardTable minWidth={readOnly ? 0 : 560} verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('report.indicators.name')}</Table.Th>
          <Table.Th w={170}>{t('report.indicators.value')}</Table.Th>
          <Table.Th>{t('report.indicators.note')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {values.map((v) => {
          const def = defs.find((d) => d.code === v.code);
          const label = def ? def.name : v.code;
          return (
            <Table.Tr key={v.code}>
              <Table.Td>
                <Text size="sm">{label}</Text>
                <Text size="xs" c="dimmed">
                  {v.code}
                  {def?.unit && ` · ${def.unit}`}
                </Text>
              </Table.Td>
              <Table.Td>
                {readOnly ? (
                  <Text size="sm" fw={600}>
                    {v.value === null ? '—' : formatNumber(v.value, lang)}
                  </Text>
                ) : (
                  <NumberInput
                    aria-label={label}
                    value={v.value ?? ''}
                    decimalSeparator={vi ? ',' : '.'}
                    thousandSeparator={vi ? '.' : ','}
                    onChange={(n) => set(v.code, { value: typeof n === 'number' ? n : null })}
                    rightSection={def?.unit ? <Text size="xs">{def.unit}</Text> : undefined}
                    rightSectionWidth={def?.unit ? 48 : undefined}
                  />
                )}
              </Table.Td>
              <Table.Td>
                {readOnly ? (
                  <Text size="sm">{v.note}</Text>
                ) : (
                  <TextInput
                    aria-label={t('report.indicators.noteFor', { name: label })}
                    value={v.note}
                    onChange={(e) => set(v.code, { note: e.currentTarget.value })}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </CardTable>
  );
}
