import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  buildPath,
  downloadProgrammeReviewExcel,
  downloadProgrammeReviewWord,
} from '@papi/contracts/paths';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { DateInputField } from '../../components/DateInputField.tsx';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useT } from '../../i18n/index.ts';
import { formatDate } from '../../i18n/format.ts';
import { todayIso } from '../../api/clock.ts';
import { useCompileReview, useNextPlan, useOpenReview, type ProgrammeDetail } from './api.ts';

export const STATUS_COLOR = {
  draft: 'gray',
  submitted: 'blue',
  accepted: 'green',
  returned: 'orange',
} as const;

/** The review: open it, follow each report, compile, download, create the next plan. */
export function ReviewTab({ p }: { p: ProgrammeDetail }) {
  const t = useT();
  const board = p.reviewBoard;
  if (!board)
    return p.canEdit ? (
      <OpenReview p={p} />
    ) : (
      <Text c="dimmed">{t('programmes.review.notOpened')}</Text>
    );
  return (
    <Stack>
      <Text>{t('programmes.review.dueLabel', { date: formatDate(board.dueOn) })}</Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped data-testid="review-board">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('programmes.review.reporter')}</Table.Th>
              <Table.Th>{t('programmes.review.elements')}</Table.Th>
              <Table.Th>{t('programmes.review.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {board.reports.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/programme-reviews/${r.id}`}>
                    {r.agency?.name ?? r.unit.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{r.elementCodes.map((c) => c.replace(/^D/, '')).join(', ')}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[r.status]} variant="light">
                    {t(`programmes.status.${r.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {p.canEdit && <Compiled p={p} />}
    </Stack>
  );
}

function OpenReview({ p }: { p: ProgrammeDetail }) {
  const t = useT();
  const open = useOpenReview(p.id);
  const [dueOn, setDueOn] = useState<string | null>(todayIso());
  const [subordinates, setSubordinates] = useState(true);
  return (
    <Stack maw={420}>
      <Text c="dimmed">{t('programmes.review.notOpened')}</Text>
      <DateInputField label={t('programmes.review.dueOn')} value={dueOn} onChange={setDueOn} />
      <Checkbox
        label={t('programmes.review.subordinates')}
        checked={subordinates}
        onChange={(e) => setSubordinates(e.currentTarget.checked)}
      />
      <MutationErrorAlert error={open.error} />
      <Button
        loading={open.isPending}
        disabled={!dueOn}
        onClick={() =>
          open.mutate({ version: p.version, dueOn: dueOn!, includeSubordinates: subordinates })
        }
      >
        {t('programmes.review.open')}
      </Button>
    </Stack>
  );
}

function Compiled({ p }: { p: ProgrammeDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const board = p.reviewBoard!;
  const compile = useCompileReview(p.id);
  const next = useNextPlan(p.id);
  const [year, setYear] = useState<number | string>(p.yearTo + 1);
  const solutions = board.compiled?.solutions ?? [];
  return (
    <Stack>
      <Group>
        <Button
          loading={compile.isPending}
          onClick={() => compile.mutate({ version: board.version })}
        >
          {t('programmes.review.compile')}
        </Button>
        {board.compiled && (
          <>
            <Button
              component="a"
              variant="light"
              href={buildPath(downloadProgrammeReviewWord.path, { id: p.id })}
            >
              {t('programmes.review.word')}
            </Button>
            <Button
              component="a"
              variant="light"
              href={buildPath(downloadProgrammeReviewExcel.path, { id: p.id })}
            >
              {t('programmes.review.excel')}
            </Button>
          </>
        )}
      </Group>
      <MutationErrorAlert error={compile.error ?? next.error} />
      {board.compiled && (
        <>
          <Title order={4}>{t('programmes.review.solutions')}</Title>
          <List data-testid="solutions">
            {solutions.map((s, i) => (
              <List.Item key={i}>
                {s.elementCode.replace(/^D/, '')} — {s.content}
              </List.Item>
            ))}
          </List>
          {board.nextPlanId ? (
            <Anchor component={Link} to={`/plans/${board.nextPlanId}`}>
              {t('programmes.review.nextPlanCreated')}
            </Anchor>
          ) : (
            <Group align="end">
              <NumberInput
                label={t('programmes.review.nextYear')}
                value={year}
                onChange={setYear}
                w={180}
              />
              <Button
                loading={next.isPending}
                onClick={() =>
                  next.mutate(
                    { version: board.version, year: Number(year) },
                    { onSuccess: (r) => void navigate(`/plans/${r.planId}`) },
                  )
                }
              >
                {t('programmes.review.nextPlan')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
