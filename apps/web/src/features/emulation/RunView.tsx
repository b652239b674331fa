import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  MultiSelect,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { buildPath, downloadEmulationDecision } from '@papi/contracts/paths';
import { formatDate, formatDateTime, formatDecimal } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import {
  useApprove,
  useEmulationRun,
  useSaveLists,
  type EmulationRun,
  type EmulationSubject,
  type EmulationYear,
} from './api.ts';
import { RecordsDrawer } from './RecordsDrawer.tsx';

const RATING_COLOR = {
  commend: 'green',
  pass: 'blue',
  note: 'yellow',
  criticise: 'red',
  unrated: 'gray',
} as const;

/** A computed version: ranking per kind, each number opening the records behind it; lists. */
export function RunView({ runId, view }: { runId: number; view: EmulationYear }) {
  const t = useT();
  const run = useEmulationRun(runId);
  const [open, setOpen] = useState<{ subject: EmulationSubject; code: string | null } | null>(null);
  if (!run.data) return <QueryState error={run.error} retry={() => void run.refetch()} />;
  const r = run.data;
  const kinds = (['agency', 'commune'] as const).filter((k) =>
    r.subjects.some((s) => s.kind === k),
  );
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('emulation.computedAt', {
          at: formatDateTime(r.computedAt),
          by: r.computedBy,
          asOf: formatDate(r.asOf),
        })}
        {r.approvedAt &&
          ` · ${t('emulation.approvedAt', { at: formatDateTime(r.approvedAt), by: r.approvedBy ?? '' })}`}
      </Text>
      {!r.complete && <Alert color="blue">{t('emulation.ownOnly')}</Alert>}
      <Tabs defaultValue={kinds[0] ?? 'agency'}>
        <Tabs.List>
          {kinds.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(k === 'agency' ? 'emulation.agencies' : 'emulation.communes')} (
              {r.subjects.filter((s) => s.kind === k).length})
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {kinds.map((k) => (
          <Tabs.Panel key={k} value={k} pt="sm">
            <Ranking
              subjects={r.subjects.filter((s) => s.kind === k)}
              onOpen={(subject, code) => setOpen({ subject, code })}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
      {r.complete && <Lists run={r} view={view} />}
      {open && (
        <RecordsDrawer
          run={r}
          view={view}
          subject={open.subject}
          code={open.code}
          onClose={() => setOpen(null)}
        />
      )}
    </Stack>
  );
}

function Ranking({
  subjects,
  onOpen,
}: {
  subjects: EmulationSubject[];
  onOpen: (s: EmulationSubject, code: string | null) => void;
}) {
  const t = useT();
  const lang = useLang();
  const codes = subjects[0]?.lines ?? [];
  const num = (n: number | null) =>
    n === null ? t('emulation.notApplicable') : formatDecimal(n, lang);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('emulation.rank')}</Table.Th>
            <Table.Th>{t('emulation.subject')}</Table.Th>
            {codes.map((l) => (
              <Table.Th key={l.code} title={l.name} ta="right">
                {l.code}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('emulation.total')}</Table.Th>
            <Table.Th>{t('emulation.rating')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subjects.map((s) => (
            <Table.Tr key={`${s.kind}-${s.id}`}>
              <Table.Td>{s.rank || '–'}</Table.Td>
              <Table.Td miw={200}>
                {s.name}
                {s.pending > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('emulation.pending', { n: String(s.pending) })}
                  </Text>
                )}
              </Table.Td>
              {s.lines.map((l) => (
                <Table.Td key={l.code} ta="right">
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    c="blue.8"
                    title={l.explanation}
                    onClick={() => onOpen(s, l.code)}
                  >
                    {l.kind === 'penalty' && l.points ? '−' : ''}
                    {num(l.points)}
                  </Anchor>
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700}>
                <Anchor
                  component="button"
                  type="button"
                  fw={700}
                  c="blue.8"
                  onClick={() => onOpen(s, null)}
                >
                  {num(s.total)}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Badge color={RATING_COLOR[s.rating]} variant="light">
                  {t(`emulation.rating.${s.rating}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt={4}>
        {t('emulation.naNote')}
      </Text>
    </Table.ScrollContainer>
  );
}

function Lists({ run, view }: { run: EmulationRun; view: EmulationYear }) {
  const t = useT();
  const key = (s: { kind: string; id: number }) => `${s.kind}-${s.id}`;
  const [commend, setCommend] = useState(run.lists.commend.map(key));
  const [criticise, setCriticise] = useState(run.lists.criticise.map(key));
  const [confirming, setConfirming] = useState(false);
  const save = useSaveLists(run.id);
  const approve = useApprove(run.id);
  const frozen = run.status === 'approved';
  const canEdit = view.rights.editLists && !frozen;
  const data = run.subjects.map((s) => ({ value: key(s), label: s.name }));
  const parse = (v: string) => {
    const [kind, id] = v.split('-');
    return { kind: kind as 'agency' | 'commune', id: Number(id) };
  };
  const docx = buildPath(downloadEmulationDecision.path, { id: run.id });
  return (
    <Stack gap="xs" mt="md">
      <Title order={4}>{t('emulation.lists')}</Title>
      <MultiSelect
        label={t('emulation.commendList')}
        data={data}
        value={commend}
        onChange={setCommend}
        readOnly={!canEdit}
        searchable
      />
      <MultiSelect
        label={t('emulation.criticiseList')}
        data={data}
        value={criticise}
        onChange={setCriticise}
        readOnly={!canEdit}
        searchable
      />
      {(save.error ?? approve.error) && (
        <Alert color="red">{(save.error ?? approve.error)!.message}</Alert>
      )}
      <Group gap="sm">
        {canEdit && (
          <Button
            variant="light"
            loading={save.isPending}
            onClick={() =>
              save.mutate({
                version: run.rowVersion,
                commend: commend.map(parse),
                criticise: criticise.map(parse),
              })
            }
          >
            {t('emulation.saveLists')}
          </Button>
        )}
        {view.rights.approve && !frozen && (
          <Button color="green" onClick={() => setConfirming(true)}>
            {t('emulation.approve')}
          </Button>
        )}
        <Button component="a" href={docx} download variant="default">
          {t('emulation.download')}
        </Button>
      </Group>
      <ConfirmModal
        opened={confirming}
        title={t('emulation.approve')}
        message={t('emulation.approveConfirm')}
        confirmLabel={t('emulation.approve')}
        loading={approve.isPending}
        onConfirm={() => approve.mutate(run.rowVersion, { onSettled: () => setConfirming(false) })}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
