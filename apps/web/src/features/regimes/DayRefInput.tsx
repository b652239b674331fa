import { useState } from 'react';
import { TextInput } from '@mantine/core';
import { useT } from '../../i18n/index.ts';
import { formatDayRef, parseDayRef, type DayRef } from './dayRef.ts';

interface Props {
  label: string;
  value: DayRef | undefined;
  onChange: (value: DayRef | undefined) => void;
  /** Due dates may be left empty (that level does not report this period). */
  optional?: boolean;
}

/** dd/mm, checked when the field is left. */
export function DayRefInput({ label, value, onChange, optional = false }: Props) {
  const t = useT();
  const [text, setText] = useState(value ? formatDayRef(value) : '');
  const [error, setError] = useState<string | null>(null);
  return (
    <TextInput
      label={label}
      placeholder="dd/mm"
      value={text}
      error={error}
      w={150}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => {
        if (text.trim() === '' && optional) {
          setError(null);
          onChange(undefined);
          return;
        }
        const parsed = parseDayRef(text, value?.yearOffset ?? 0);
        setError(parsed ? null : t('regime.badDay'));
        if (parsed) {
          setText(formatDayRef(parsed));
          onChange(parsed);
        }
      }}
    />
  );
}
