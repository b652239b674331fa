import { Group, NumberInput, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { DateInputField } from '../../../components/DateInputField.tsx';
import { useT } from '../../../i18n/index.ts';
import type { BodyDraft } from './types.ts';
import { periodOfYear } from '@papi/domain';
import { PeriodWarning } from '../PeriodWarning.tsx';

interface Props {
  draft: BodyDraft;
  onChange: (draft: BodyDraft) => void;
}

/** Header lines, place and date, title, year and period of implementation. */
export function HeaderSection({ draft, onChange }: Props) {
  const t = useT();
  const { body } = draft;
  const header = (patch: Partial<typeof body.header>) =>
    onChange({ ...draft, body: { ...body, header: { ...body.header, ...patch } } });
  const nullable = (v: string) => (v.trim() ? v : null);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('plans.body.parentBody')}
          description={t('plans.body.parentBodyHint')}
          value={body.header.parentBody ?? ''}
          onChange={(e) => header({ parentBody: nullable(e.currentTarget.value) })}
        />
        <TextInput
          label={t('plans.body.issuingBody')}
          description={t('plans.body.issuingBodyHint')}
          value={body.header.issuingBody ?? ''}
          onChange={(e) => header({ issuingBody: nullable(e.currentTarget.value) })}
        />
        <TextInput
          label={t('plans.body.place')}
          value={body.place ?? ''}
          onChange={(e) =>
            onChange({ ...draft, body: { ...body, place: nullable(e.currentTarget.value) } })
          }
        />
        <TextInput
          label={t('plans.body.dateAsWritten')}
          description={t('plans.body.dateAsWrittenHint')}
          value={body.dateAsWritten ?? ''}
          onChange={(e) =>
            onChange({
              ...draft,
              body: { ...body, dateAsWritten: nullable(e.currentTarget.value) },
            })
          }
        />
      </SimpleGrid>
      <Textarea
        label={t('plans.form.planTitle')}
        required
        autosize
        minRows={2}
        value={draft.title}
        error={draft.title.trim() ? undefined : t('plans.body.titleRequired')}
        onChange={(e) => onChange({ ...draft, title: e.currentTarget.value })}
      />
      <Group grow align="flex-start">
        <NumberInput
          label={t('plans.form.year')}
          min={2000}
          max={2100}
          value={draft.year}
          // A complete year sets the period to that year (a partial number while typing does not).
          onChange={(v) =>
            typeof v === 'number' &&
            onChange({ ...draft, year: v, ...(v >= 2000 ? { period: periodOfYear(v) } : {}) })
          }
        />
        <DateInputField
          label={t('plans.form.from')}
          value={draft.period.from}
          onChange={(from) => from && onChange({ ...draft, period: { ...draft.period, from } })}
        />
        <DateInputField
          label={t('plans.form.to')}
          value={draft.period.to}
          onChange={(to) => to && onChange({ ...draft, period: { ...draft.period, to } })}
        />
      </Group>
      <PeriodWarning year={draft.year} period={draft.period} />
    </>
  );
}
