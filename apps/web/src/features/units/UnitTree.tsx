import { useMemo, useState } from 'react';
import { ActionIcon, Badge, Box, Group, Loader, Text, UnstyledButton } from '@mantine/core';
import { compareVietnamese } from '@papi/domain';
import { useT } from '../../i18n/index.ts';
import type { Unit } from './api.ts';
import { useUnits } from './api.ts';
import classes from './UnitTree.module.css';

interface TreeProps {
  asOf: string;
  selectedId: number | null;
  onSelect: (id: number) => void;
}

// The database orders by C collation, which puts "Đ" and accented letters in the wrong place.
function sortUnits(items: Unit[]): Unit[] {
  return [...items].sort((a, b) => compareVietnamese(a.name, b.name));
}

function UnitList({ parentId, asOf, selectedId, onSelect }: TreeProps & { parentId?: number }) {
  const t = useT();
  const query = useUnits({ parentId, asOf, limit: 500 });
  const items = useMemo(() => sortUnits(query.data?.items ?? []), [query.data]);

  if (query.isPending) {
    return (
      <Group gap="xs" py={4} pl="md">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      </Group>
    );
  }
  if (query.isError) {
    return (
      <Text size="sm" c="red" pl="md" role="alert">
        {query.error.message}
      </Text>
    );
  }
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed" pl="md">
        {t('units.noChildren')}
      </Text>
    );
  }
  return (
    <ul className={classes.list}>
      {items.map((unit) => (
        <UnitNode
          key={unit.id}
          unit={unit}
          asOf={asOf}
          selectedId={selectedId}
          onSelect={onSelect}
        />
      ))}
    </ul>
  );
}

function UnitNode({ unit, ...tree }: TreeProps & { unit: Unit }) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const selected = tree.selectedId === unit.id;
  const hasChildren = unit.childCount > 0;

  return (
    <li>
      <Group gap={2} wrap="nowrap" className={classes.row}>
        {hasChildren ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="md"
            aria-expanded={expanded}
            aria-label={t(expanded ? 'units.collapse' : 'units.expand', { name: unit.fullName })}
            onClick={() => setExpanded((value) => !value)}
          >
            <span aria-hidden className={expanded ? classes.chevronOpen : classes.chevron}>
              ›
            </span>
          </ActionIcon>
        ) : (
          <Box w={28} aria-hidden />
        )}
        <UnstyledButton
          className={classes.name}
          data-selected={selected || undefined}
          aria-current={selected ? 'true' : undefined}
          onClick={() => tree.onSelect(unit.id)}
        >
          <Text span size="sm">
            {unit.fullName}
          </Text>
          {hasChildren && (
            <Badge size="xs" variant="light" color="gray" ml={6} component="span">
              {unit.childCount}
            </Badge>
          )}
        </UnstyledButton>
      </Group>
      {expanded && <UnitList parentId={unit.id} {...tree} />}
    </li>
  );
}

/** Administrative tree of the user's scope; each level is fetched only when opened. */
export function UnitTree(props: TreeProps) {
  const t = useT();
  return (
    <nav aria-label={t('units.treeLabel')}>
      <UnitList {...props} />
    </nav>
  );
}
