import { useState } from 'react';
import { ActionIcon, Button, Checkbox, Group, NumberInput, Table, TextInput } from '@mantine/core';
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

/**
 * The strata table: code, name, target and population per row; rows removed (one by one, or
 * the ticked ones at once: a province starts with every commune, ~75 rows) and added.
 */
export function StrataEditor({ rows, onChange }: Props) {
  const t = useT();
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const tick = (key: number, on: boolean) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const chosen = rows.filter((r) => ticked.has(r.key));
  const removeTicked = () => {
    onChange(rows.filter((r) => !ticked.has(r.key)));
    setTicked(new Set());
  };
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
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('surveys.new.selectAll')}
                checked={rows.length > 0 && chosen.length === rows.length}
                indeterminate={chosen.length > 0 && chosen.length < rows.length}
                onChange={(e) =>
                  setTicked(new Set(e.currentTarget.checked ? rows.map((r) => r.key) : []))
                }
              />
            </Table.Th>
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
                <Checkbox
                  aria-label={t('surveys.new.selectRow', { n: i + 1 })}
                  checked={ticked.has(r.key)}
                  onChange={(e) => tick(r.key, e.currentTarget.checked)}
                />
              </Table.Td>
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
                  onClick={() => {
                    tick(r.key, false);
                    onChange(rows.filter((x) => x.key !== r.key));
                  }}
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
        {chosen.length > 0 && (
          <Button variant="light" color="red" size="xs" onClick={removeTicked}>
            {t('surveys.new.removeSelected', { count: chosen.length })}
          </Button>
        )}
      </Group>
    </>
  );
}
