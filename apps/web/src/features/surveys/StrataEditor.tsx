import { ActionIcon, Button, Group, NumberInput, Table, TextInput } from '@mantine/core';
import { CardTable } from '../../components/CardTable.tsx';
import { useT } from '../../i18n/index.ts';

/** A stratum being written: a commune/ward of the unit, or a service point (no unit). */
export interface StratumRow {
  key: number;
  code: string;
  name: string;
  unitId: number | null;
  target: number | string;
  population: number | string;
}

export const DEFAULT_TARGET = 30;

interface Props {
  rows: StratumRow[];
  onChange: (rows: StratumRow[]) => void;
}

/** The strata table: code, name, target and population per row; rows removed and added. */
export function StrataEditor({ rows, onChange }: Props) {
  const t = useT();
  const set = (key: number, patch: Partial<StratumRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    const key = Math.max(0, ...rows.map((r) => r.key)) + 1;
    const used = new Set(rows.map((r) => r.code));
    let n = 1;
    while (used.has(`DV${n}`)) n += 1;
    onChange([
      ...rows,
      { key, code: `DV${n}`, name: '', unitId: null, target: DEFAULT_TARGET, population: '' },
    ]);
  };
  return (
    <>
      <CardTable minWidth={720} striped data-testid="strata-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>{t('surveys.new.stratumCode')}</Table.Th>
            <Table.Th>{t('surveys.new.stratumName')}</Table.Th>
            <Table.Th w={120}>{t('surveys.new.target')}</Table.Th>
            <Table.Th w={150}>{t('surveys.new.population')}</Table.Th>
            <Table.Th w={60} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={r.key}>
              <Table.Td>
                <TextInput
                  aria-label={t('surveys.new.codeOf', { n: i + 1 })}
                  value={r.code}
                  maxLength={40}
                  onChange={(e) => set(r.key, { code: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={t('surveys.new.nameOf', { n: i + 1 })}
                  value={r.name}
                  maxLength={200}
                  placeholder={r.unitId === null ? t('surveys.new.servicePoint') : undefined}
                  onChange={(e) => set(r.key, { name: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={t('surveys.new.targetOf', { n: i + 1 })}
                  value={r.target}
                  min={0}
                  max={100000}
                  allowDecimal={false}
                  allowNegative={false}
                  onChange={(v) => set(r.key, { target: v })}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={t('surveys.new.populationOf', { n: i + 1 })}
                  value={r.population}
                  min={1}
                  allowDecimal={false}
                  allowNegative={false}
                  thousandSeparator="."
                  decimalSeparator=","
                  onChange={(v) => set(r.key, { population: v })}
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('surveys.new.remove', { name: r.name || r.code })}
                  onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
                >
                  ✕
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </CardTable>
      <Group>
        <Button variant="light" size="xs" onClick={add}>
          {t('surveys.new.addStratum')}
        </Button>
      </Group>
    </>
  );
}
