import { ActionIcon } from '@mantine/core';
import { useT } from '../../../i18n/index.ts';

/** The × that removes item n of a list in the document form. */
export function RemoveButton({ n, onClick, mt }: { n: number; onClick: () => void; mt?: number }) {
  const t = useT();
  return (
    <ActionIcon
      variant="subtle"
      color="red"
      mt={mt}
      aria-label={t('plans.body.removeItem', { n })}
      onClick={onClick}
    >
      ×
    </ActionIcon>
  );
}
