import { useState } from 'react';
import { Link } from 'react-router';
import {
  Anchor,
  Button,
  Group,
  Modal,
  NumberInput,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { ListPage, useListParams } from '../../components/ListPage.tsx';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useT } from '../../i18n/index.ts';
import { todayIso } from '../../api/clock.ts';
import { canAdminister, useCurrentUser } from '../auth/CurrentUser.tsx';
import { useCreateProgramme, useProgrammes } from './api.ts';

const PAGE_SIZE = 50;

/** Multi-year programmes in scope: search, period, plans, review progress; managers add one. */
export function ProgrammesPage() {
  const t = useT();
  const me = useCurrentUser();
  const list = useListParams();
  const programmes = useProgrammes({ q: list.q, page: list.page, pageSize: PAGE_SIZE });
  const [adding, setAdding] = useState(false);
  const items = programmes.data?.items ?? [];
  return (
    <Stack gap="md">
      <Title order={2}>{t('programmes.title')}</Title>
      <ListPage
        query={programmes}
        items={items}
        rowKey={(p) => p.id}
        minWidth={760}
        testId="programmes-table"
        emptyText={t('programmes.empty')}
        columns={[
          { label: t('programmes.name') },
          { label: t('programmes.unit') },
          { label: t('programmes.period') },
          { label: t('programmes.plans') },
          { label: t('programmes.reviewProgress') },
        ]}
        row={(p) => (
          <>
            <Table.Td>
              <Anchor component={Link} to={`/programmes/${p.id}`}>
                {p.title}
              </Anchor>
            </Table.Td>
            <Table.Td>{p.unit.fullName}</Table.Td>
            <Table.Td>
              {p.yearFrom}–{p.yearTo}
            </Table.Td>
            <Table.Td>{p.planCount}</Table.Td>
            <Table.Td>
              {p.review
                ? t('programmes.reviewCount', { accepted: p.review.accepted, owed: p.review.owed })
                : t('programmes.notOpened')}
            </Table.Td>
          </>
        )}
        search={{ label: t('programmes.search'), params: list }}
        actions={
          canAdminister(me.role) && (
            <Button onClick={() => setAdding(true)}>{t('programmes.add')}</Button>
          )
        }
        paging={{ total: programmes.data?.total ?? 0, pageSize: PAGE_SIZE, params: list }}
      />
      <NewProgrammeModal opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}

function NewProgrammeModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const year = Number(todayIso().slice(0, 4));
  const [title, setTitle] = useState('');
  const [yearFrom, setYearFrom] = useState<number | string>(year - 4);
  const [yearTo, setYearTo] = useState<number | string>(year);
  const [decisionNumber, setDecisionNumber] = useState('');
  const create = useCreateProgramme();
  return (
    <Modal opened={opened} onClose={onClose} title={t('programmes.add')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            { title, yearFrom: Number(yearFrom), yearTo: Number(yearTo), decisionNumber },
            { onSuccess: onClose },
          );
        }}
      >
        <Stack>
          <TextInput
            label={t('programmes.name')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            required
          />
          <Group grow>
            <NumberInput
              label={t('programmes.yearFrom')}
              value={yearFrom}
              onChange={setYearFrom}
              min={2000}
              max={2100}
            />
            <NumberInput
              label={t('programmes.yearTo')}
              value={yearTo}
              onChange={setYearTo}
              min={2000}
              max={2100}
            />
          </Group>
          <TextInput
            label={t('programmes.decisionNumber')}
            value={decisionNumber}
            onChange={(e) => setDecisionNumber(e.currentTarget.value)}
          />
          <MutationErrorAlert error={create.error} />
          <Button type="submit" loading={create.isPending}>
            {t('programmes.save')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
