import { Textarea } from '@mantine/core';

/** A free paragraph the document may leave out (preamble, closing): blank means none (null). */
export function OptionalTextField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  return (
    <Textarea
      label={label}
      autosize
      minRows={2}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value.trim() ? e.currentTarget.value : null)}
    />
  );
}
