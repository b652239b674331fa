import { DateInput } from '@mantine/dates';
import type { DateInputProps } from '@mantine/dates';
import '@mantine/dates/styles.css';
import 'dayjs/locale/vi.js';
import { useLang, useT } from '../i18n/index.ts';
import { parseTypedDate } from './parseTypedDate.ts';

/** The one display and typing format for dates, whatever the browser's locale. */
export const DATE_FORMAT = 'DD/MM/YYYY';

type Props = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'locale' | 'dateParser'
> & {
  /** ISO "yyyy-mm-dd", or null/'' for no date. */
  value: string | null;
  /** Called with ISO "yyyy-mm-dd", or null when cleared. */
  onChange: (value: string | null) => void;
};

/**
 * The one date field: typed (dd/mm/yyyy, also d/m/yyyy, dashes or dots) or picked from a
 * calendar in the UI language, shown as dd/mm/yyyy in both languages (never the browser's
 * mm/dd/yyyy); the value stays ISO so it can go to the API unchanged.
 */
export function DateInputField({ value, onChange, ...rest }: Props) {
  const t = useT();
  const lang = useLang();
  return (
    <DateInput
      valueFormat={DATE_FORMAT}
      dateParser={parseTypedDate}
      fixOnBlur
      locale={lang === 'vi' ? 'vi' : 'en'}
      monthLabelFormat={lang === 'vi' ? '[Tháng] M/YYYY' : 'MMMM YYYY'}
      firstDayOfWeek={1}
      clearable
      placeholder={t('date.placeholder')}
      clearButtonProps={{ 'aria-label': t('date.clear') }}
      ariaLabels={{
        previousMonth: t('date.previousMonth'),
        nextMonth: t('date.nextMonth'),
        previousYear: t('date.previousYear'),
        nextYear: t('date.nextYear'),
        previousDecade: t('date.previousDecade'),
        nextDecade: t('date.nextDecade'),
        monthLevelControl: t('date.chooseMonth'),
        yearLevelControl: t('date.chooseYear'),
      }}
      {...rest}
      value={value || null}
      onChange={(next) => onChange(next ? next.slice(0, 10) : null)}
    />
  );
}
