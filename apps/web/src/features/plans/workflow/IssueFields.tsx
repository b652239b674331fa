import { useState } from 'react';
import { Alert, NumberInput, Stack, Text } from '@mantine/core';
import { DateInputField } from '../../../components/DateInputField.tsx';
import { useT } from '../../../i18n/index.ts';
import { useIssueProposal } from '../api.ts';
import type { PlanActionExtra } from '../api.ts';

/**
 * The clerk's register at issuance: the number (proposed: the unit's next free number in
 * the signing year) and the signing date (today by default, a past date allowed).
 */
export function useIssueForm(planId: number, enabled: boolean) {
  const t = useT();
  const [chosenDate, setChosenDate] = useState<string | null>(null);
  const [typed, setTyped] = useState<{ number: number | null } | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const proposal = useIssueProposal(planId, chosenDate, enabled);
  const data = proposal.data;
  // The proposal follows the signing year until the user types a number of their own.
  const number = typed ? typed.number : (data?.number ?? null);
  const issuedOn = chosenDate ?? data?.issuedOn ?? null;
  const submit = (): PlanActionExtra | null => {
    if (!issuedOn) {
      setDateError(t('plans.flow.issue.dateRequired'));
      return null;
    }
    return { issuedOn, ...(number ? { number } : {}) };
  };
  return {
    number,
    issuedOn,
    symbol: data?.symbol ?? 'KH-UBND',
    today: data?.today ?? null,
    dateError,
    setNumber: (n: number | null) => setTyped({ number: n }),
    setIssuedOn: (d: string | null) => {
      setDateError(null);
      setChosenDate(d);
    },
    submit,
  };
}

export function IssueFields({ form }: { form: ReturnType<typeof useIssueForm> }) {
  const t = useT();
  const display =
    form.number === null
      ? `/${form.symbol}`
      : `${String(form.number).padStart(2, '0')}/${form.symbol}`;
  const past = form.issuedOn !== null && form.today !== null && form.issuedOn < form.today;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('plans.flow.issue.intro')}</Text>
      <NumberInput
        label={t('plans.flow.issue.number')}
        min={1}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator={false}
        value={form.number ?? ''}
        onChange={(v) => form.setNumber(typeof v === 'number' ? v : null)}
        description={t('plans.flow.issue.preview', { number: display })}
      />
      <DateInputField
        label={t('plans.flow.issue.date')}
        required
        clearable={false}
        value={form.issuedOn}
        {...(form.today ? { maxDate: form.today } : {})}
        error={form.dateError}
        onChange={form.setIssuedOn}
      />
      {past && (
        <Alert color="yellow" variant="light" p="xs">
          <Text size="sm">{t('plans.flow.issue.past')}</Text>
        </Alert>
      )}
    </Stack>
  );
}
