import {
  Anchor,
  Badge,
  Breadcrumbs,
  Group,
  List,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useT } from '../../i18n/index.ts';
import type { Translate } from '../../i18n/index.ts';
import { formatDate } from '../../i18n/format.ts';
import { useAgencies } from '../agencies/api.ts';
import { KIND_LABEL_KEYS } from '../agencies/kinds.ts';
import type { UnitDetail } from './api.ts';
import { useUnit } from './api.ts';
import { LEVEL_LABEL_KEYS, mergeTypeKey } from './labels.ts';

interface Props {
  id: number;
  onSelect: (id: number) => void;
}

function validity(t: Translate, unit: UnitDetail): string {
  const { validFrom, validTo } = unit;
  if (validFrom && validTo) return `${formatDate(validFrom)} – ${formatDate(validTo)}`;
  if (validFrom) return t('units.validSince', { date: formatDate(validFrom) });
  if (validTo) return t('units.validUntil', { date: formatDate(validTo) });
  return t('units.validAlways');
}

function RelatedUnits(props: {
  title: string;
  units: UnitDetail['predecessors'];
  onSelect: (id: number) => void;
}) {
  const t = useT();
  if (props.units.length === 0) return null;
  return (
    <section>
      <Title order={4} size="h5" mb={4}>
        {props.title}
      </Title>
      <List size="sm" spacing={4}>
        {props.units.map((unit) => {
          const key = mergeTypeKey(unit.mergeType);
          return (
            <List.Item key={unit.id}>
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => props.onSelect(unit.id)}
              >
                {unit.fullName}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                ({key ? t(key) : unit.mergeType})
              </Text>
            </List.Item>
          );
        })}
      </List>
    </section>
  );
}

function UnitAgencies({ unitId }: { unitId: number }) {
  const t = useT();
  const agencies = useAgencies({ unitId, pageSize: 500 });
  const items = agencies.data?.items ?? [];
  return (
    <section>
      <Title order={4} size="h5" mb={4}>
        {t('units.agencies')}
      </Title>
      {agencies.isPending ? (
        <Loader size="xs" />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('units.noAgencies')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {items.map((agency) => (
            <List.Item key={agency.id}>
              {agency.name}{' '}
              <Text span size="xs" c="dimmed">
                ({t(KIND_LABEL_KEYS[agency.kind])})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}

export function UnitDetailPanel({ id, onSelect }: Props) {
  const t = useT();
  const query = useUnit(id);

  if (query.isPending) return <Loader aria-label={t('common.loading')} />;
  if (query.isError) {
    return (
      <Text c="red" role="alert">
        {query.error.message}
      </Text>
    );
  }
  const unit = query.data;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        {unit.ancestors.length > 0 && (
          <Breadcrumbs
            separator="›"
            aria-label={t('units.breadcrumb')}
            style={{ flexWrap: 'wrap' }}
          >
            {unit.ancestors.map((a) => (
              <Anchor
                key={a.id}
                component="button"
                type="button"
                size="sm"
                onClick={() => onSelect(a.id)}
              >
                {a.fullName}
              </Anchor>
            ))}
            <Text size="sm">{unit.fullName}</Text>
          </Breadcrumbs>
        )}
        <Group gap="xs" align="center">
          <Title order={3}>{unit.fullName}</Title>
          <Badge variant="light" tt="none">
            {unit.type}
          </Badge>
        </Group>
        <Table variant="vertical" withTableBorder layout="fixed">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={160}>{t('units.code')}</Table.Th>
              <Table.Td>{unit.code}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('units.level')}</Table.Th>
              <Table.Td>{t(LEVEL_LABEL_KEYS[unit.level])}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('units.nameEn')}</Table.Th>
              <Table.Td>{unit.nameEn}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('units.validity')}</Table.Th>
              <Table.Td>{validity(t, unit)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('units.children')}</Table.Th>
              <Table.Td>{unit.childCount}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <RelatedUnits
          title={t('units.predecessors')}
          units={unit.predecessors}
          onSelect={onSelect}
        />
        <RelatedUnits title={t('units.successors')} units={unit.successors} onSelect={onSelect} />
        <UnitAgencies unitId={unit.id} />
      </Stack>
    </Paper>
  );
}
