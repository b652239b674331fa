import { useEffect, useRef } from 'react';
import { Group, Select } from '@mantine/core';
import { todayIso } from '../../api/clock.ts';
import { useT } from '../../i18n/index.ts';
import { useRegimePeriods, useRegimes } from './api.ts';
import { defaultPeriodKey, nothingDueYet, yearChoices } from './periods.ts';
import { domainText } from '../../i18n/domain-text.ts';

export interface RegimePeriod {
  regimeId: number | null;
  year: number;
  periodKey: string | null;
}

interface Props {
  value: RegimePeriod;
  onChange: (value: RegimePeriod) => void;
  /** Lists may show every period; boards need one. */
  allowAllPeriods?: boolean;
}

export const initialRegimePeriod = (): RegimePeriod => ({
  regimeId: null,
  year: Number(todayIso().slice(0, 4)),
  periodKey: null,
});

/** Regime → year → period, defaulting to the first regime and the period being reported now. */
export function RegimePeriodPicker({ value, onChange, allowAllPeriods = false }: Props) {
  const t = useT();
  const regimes = useRegimes();
  const periods = useRegimePeriods(value.regimeId, value.year);
  const items = regimes.data?.items;

  useEffect(() => {
    const first = items?.[0];
    if (value.regimeId === null && first) onChange({ ...value, regimeId: first.id });
  }, [items, value, onChange]);
  // Once, on opening: in January nothing of the year is due, so last year's period is.
  const openedOnLastYear = useRef(false);
  useEffect(() => {
    if (allowAllPeriods || value.periodKey !== null || !periods.data) return;
    const thisYear = Number(todayIso().slice(0, 4));
    if (
      !openedOnLastYear.current &&
      value.year === thisYear &&
      nothingDueYet(periods.data.items, todayIso())
    ) {
      openedOnLastYear.current = true;
      onChange({ ...value, year: thisYear - 1 });
      return;
    }
    openedOnLastYear.current = true;
    const key = defaultPeriodKey(periods.data.items, todayIso());
    if (key) onChange({ ...value, periodKey: key });
  }, [periods.data, value, onChange, allowAllPeriods]);

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t('report.regime')}
        data={(items ?? []).map((r) => ({ value: String(r.id), label: r.name }))}
        value={value.regimeId === null ? null : String(value.regimeId)}
        allowDeselect={false}
        onChange={(v) => onChange({ ...value, regimeId: v ? Number(v) : null, periodKey: null })}
        w={{ base: '100%', sm: 420 }}
      />
      <Select
        label={t('report.year')}
        data={yearChoices(todayIso())}
        value={String(value.year)}
        allowDeselect={false}
        onChange={(v) => onChange({ ...value, year: Number(v), periodKey: null })}
        w={110}
      />
      <Select
        label={t('report.period')}
        placeholder={allowAllPeriods ? t('plans.all') : undefined}
        clearable={allowAllPeriods}
        data={(periods.data?.items ?? []).map((p) => ({
          value: p.key,
          label: domainText(p.label),
        }))}
        value={value.periodKey}
        onChange={(v) => onChange({ ...value, periodKey: v })}
        w={{ base: '100%', xs: 240 }}
      />
    </Group>
  );
}
