import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Drawer,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { QueryState } from '../../components/QueryState.tsx';
import {
  useEmulationRecords,
  useSaveEntry,
  type EmulationRun,
  type EmulationSubject,
  type EmulationYear,
} from './api.ts';

const OUTCOME_COLOR = { on_time: 'green', late: 'orange', missing: 'red' } as const;

/** The records behind one number (or a whole total), and the council's mark for manual lines. */
export function RecordsDrawer({
  run,
  view,
  subject,
  code,
  onClose,
}: {
  run: EmulationRun;
  view: EmulationYear;
  subject: EmulationSubject;
  code: string | null;
  onClose: () => void;
}) {
  const t = useT();
  const records = useEmulationRecords(run.id, `${subject.kind}-${subject.id}`, code);
  const lines = subject.lines.filter((l) => code === null || l.code === code);
  const manual = code !== null && lines[0]?.measure === null && view.rights.score;
  return (
    <Drawer opened onClose={onClose} position="right" size="lg" title={subject.name}>
      <Stack gap="sm">
        {lines.map((l) => (
          <Text key={l.code} size="sm">
            <b>{l.code}</b> · {l.name}: {l.explanation}
          </Text>
        ))}
        <Text fw={600}>{t('emulation.records')}</Text>
        {!records.data ? (
          <QueryState error={records.error} retry={() => void records.refetch()} />
        ) : records.data.items.length === 0 ? (
          <Text c="dimmed">{t('emulation.noRecords')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('emulation.code')}</Table.Th>
                  <Table.Th>{t('emulation.record')}</Table.Th>
                  <Table.Th>{t('emulation.due')}</Table.Th>
                  <Table.Th>{t('emulation.done')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {records.data.items.map((r) => (
                  <Table.Tr key={`${r.code}-${r.kind}-${r.id}`}>
                    <Table.Td>{r.code}</Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {t(`emulation.kind.${r.kind}`)}
                      </Text>
                      {r.href ? (
                        <Anchor component={Link} to={r.href} size="sm" c="blue.8">
                          {r.title}
                        </Anchor>
                      ) : (
                        r.title
                      )}
                    </Table.Td>
                    <Table.Td>{formatDate(r.dueOn)}</Table.Td>
                    <Table.Td>{formatDate(r.doneOn)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Badge
                        color={OUTCOME_COLOR[r.outcome]}
                        variant="light"
                        style={{ flexShrink: 0 }}
                      >
                        {t(`emulation.outcome.${r.outcome}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {manual && <MarkForm run={run} subject={subject} code={code} max={lines[0]!.maxPoints} />}
      </Stack>
    </Drawer>
  );
}

function MarkForm({
  run,
  subject,
  code,
  max,
}: {
  run: EmulationRun;
  subject: EmulationSubject;
  code: string;
  max: number;
}) {
  const t = useT();
  const save = useSaveEntry();
  const [points, setPoints] = useState<number>(
    subject.lines.find((l) => l.code === code)?.points ?? 0,
  );
  const [comment, setComment] = useState('');
  return (
    <Stack gap="xs" mt="md">
      <Text fw={600}>{t('emulation.mark')}</Text>
      <NumberInput
        label={`${t('emulation.points')} (0–${max})`}
        value={points}
        min={0}
        max={max}
        decimalSeparator=","
        onChange={(v) => setPoints(Number(v) || 0)}
      />
      <Textarea
        label={t('emulation.comment')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
      />
      {save.error && <Alert color="red">{save.error.message}</Alert>}
      {save.isSuccess && <Alert color="green">{t('emulation.markSaved')}</Alert>}
      <Button
        loading={save.isPending}
        onClick={() =>
          save.mutate({
            unitId: run.unit.id,
            year: run.year,
            subject: { kind: subject.kind, id: subject.id },
            code,
            points,
            comment,
          })
        }
      >
        {t('emulation.saveMark')}
      </Button>
    </Stack>
  );
}
