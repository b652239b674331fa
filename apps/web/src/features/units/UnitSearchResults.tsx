import { Badge, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { useT } from '../../i18n/index.ts';
import { useUnits } from './api.ts';
import classes from './UnitTree.module.css';

const LIMIT = 50;

interface Props {
  q: string;
  asOf: string;
  selectedId: number | null;
  onSelect: (id: number) => void;
}

/** Accent-insensitive search is done by the server ("dak lak" finds "Đắk Lắk"). */
export function UnitSearchResults({ q, asOf, selectedId, onSelect }: Props) {
  const t = useT();
  const query = useUnits({ q, asOf, limit: LIMIT });

  if (query.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (query.isError) {
    return (
      <Text c="red" size="sm" role="alert">
        {query.error.message}
      </Text>
    );
  }
  const items = query.data.items;
  return (
    <section aria-label={t('units.searchResults')}>
      <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
        {items.length === 0
          ? t('units.noResults')
          : t('units.resultCount', { count: items.length })}
      </Text>
      <Stack gap={2} component="ul" className={classes.list}>
        {items.map((unit) => (
          <li key={unit.id}>
            <UnstyledButton
              className={classes.name}
              w="100%"
              data-selected={selectedId === unit.id || undefined}
              aria-current={selectedId === unit.id ? 'true' : undefined}
              onClick={() => onSelect(unit.id)}
            >
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Text size="sm">{unit.fullName}</Text>
                <Badge size="sm" variant="light" component="span" tt="none">
                  {unit.type}
                </Badge>
              </Group>
            </UnstyledButton>
          </li>
        ))}
      </Stack>
    </section>
  );
}
