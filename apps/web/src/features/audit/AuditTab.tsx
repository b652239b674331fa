import { Fragment, useState } from 'react';
import {
  ActionIcon,
  Code,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { DateInputField } from '../../components/DateInputField.tsx';
import { Pager } from '../../components/Pager.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { AuditEntry } from './api.ts';
import { useAudit } from './api.ts';

const PAGE_SIZE = 50;

// The contract leaves `entity` a free string; these are the ones the UI knows how to name.
const ENTITY_LABEL_KEYS: Record<string, MessageKey> = {
  user: 'audit.entity.user',
  agency: 'audit.entity.agency',
  unit: 'audit.entity.unit',
  session: 'audit.entity.session',
};

// Likewise `action`: codes the server writes today; anything new is shown as its raw code.
const ACTION_LABEL_KEYS: Record<string, MessageKey> = {
  create: 'audit.action.create',
  update: 'audit.action.update',
  delete: 'audit.action.delete',
  login: 'audit.action.login',
  password: 'audit.action.password',
  import: 'audit.action.import',
};

function json(value: unknown): string {
  return value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);
}

function AuditDetails({ entry }: { entry: AuditEntry }) {
  const t = useT();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} p="xs">
      <div>
        <Title order={4} size="h6" mb={4}>
          {t('audit.before')}
        </Title>
        <Code block>{json(entry.before)}</Code>
      </div>
      <div>
        <Title order={4} size="h6" mb={4}>
          {t('audit.after')}
        </Title>
        <Code block>{json(entry.after)}</Code>
      </div>
    </SimpleGrid>
  );
}

export function AuditTab() {
  const t = useT();
  const [entity, setEntity] = useState<string | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<number | null>(null);
  const audit = useAudit({
    entity: entity ?? undefined,
    from: from ?? undefined,
    to: to ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const items = audit.data?.items ?? [];
  const entityLabel = (name: string) => {
    const key = ENTITY_LABEL_KEYS[name];
    return key ? t(key) : name;
  };
  const actionLabel = (code: string) => {
    const key = ACTION_LABEL_KEYS[code];
    return key ? t(key) : code;
  };
  const filterChanged =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setter(value);
      setPage(1);
    };

  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <Select
          label={t('audit.entity')}
          clearable
          value={entity}
          onChange={filterChanged(setEntity)}
          data={Object.keys(ENTITY_LABEL_KEYS).map((value) => ({
            value,
            label: entityLabel(value),
          }))}
          placeholder={t('audit.allEntities')}
          w={{ base: '100%', sm: 200 }}
        />
        <DateInputField
          label={t('audit.from')}
          value={from}
          maxDate={to ?? undefined}
          onChange={filterChanged(setFrom)}
          w={{ base: '100%', xs: 170 }}
        />
        <DateInputField
          label={t('audit.to')}
          value={to}
          minDate={from ?? undefined}
          onChange={filterChanged(setTo)}
          w={{ base: '100%', xs: 170 }}
        />
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <span aria-hidden />
              </Table.Th>
              <Table.Th>{t('audit.at')}</Table.Th>
              <Table.Th>{t('audit.user')}</Table.Th>
              <Table.Th>{t('audit.action')}</Table.Th>
              <Table.Th>{t('audit.entity')}</Table.Th>
              <Table.Th>{t('audit.summary')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((entry) => {
              const open = openId === entry.id;
              return (
                <Fragment key={entry.id}>
                  <Table.Tr>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-expanded={open}
                        aria-controls={`audit-${entry.id}`}
                        aria-label={t(open ? 'audit.hideDetails' : 'audit.showDetails')}
                        onClick={() => setOpenId(open ? null : entry.id)}
                      >
                        <span aria-hidden>{open ? '▾' : '▸'}</span>
                      </ActionIcon>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
                    <Table.Td>{entry.username ?? t('audit.system')}</Table.Td>
                    <Table.Td>{actionLabel(entry.action)}</Table.Td>
                    <Table.Td>
                      {entityLabel(entry.entity)} #{entry.entityId}
                    </Table.Td>
                    <Table.Td>{entry.summary}</Table.Td>
                  </Table.Tr>
                  {open && (
                    <Table.Tr id={`audit-${entry.id}`}>
                      <Table.Td colSpan={6}>
                        <AuditDetails entry={entry} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {audit.data && items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('common.noData')}
        </Text>
      )}
      <Pager page={page} pageSize={PAGE_SIZE} total={audit.data?.total ?? 0} onChange={setPage} />
    </Stack>
  );
}
