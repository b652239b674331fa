import { Link, useParams } from 'react-router';
import { Anchor, Badge, Loader, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { QueryState } from '../../components/QueryState.tsx';
import { useT } from '../../i18n/index.ts';
import { formatDate } from '../../i18n/format.ts';
import { useProgramme, type ProgrammeDetail } from './api.ts';
import { AssignmentTab } from './AssignmentTab.tsx';
import { ReviewTab } from './ReviewTab.tsx';

const GOAL_COLOR = { met: 'green', not_met: 'red', pending: 'gray' } as const;

/** One programme: goals with verdicts and its plans, the assignment, the review. */
export function ProgrammePage() {
  const t = useT();
  const id = Number(useParams().id);
  const programme = useProgramme(id);
  if (programme.error || !programme.data)
    return programme.error ? (
      <QueryState error={programme.error} retry={() => void programme.refetch()} />
    ) : (
      <Loader />
    );
  const p = programme.data;
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{p.title}</Title>
        <Text c="dimmed">
          {p.unit.fullName} · {p.yearFrom}–{p.yearTo}
          {p.decisionNumber &&
            ` · ${t('programmes.decision')} ${p.decisionNumber}${p.decisionDate ? ` (${formatDate(p.decisionDate)})` : ''}`}
        </Text>
      </div>
      <Tabs defaultValue={p.reviewBoard ? 'review' : 'goals'} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="goals">{t('programmes.tab.goals')}</Tabs.Tab>
          <Tabs.Tab value="assignment">{t('programmes.tab.assignment')}</Tabs.Tab>
          <Tabs.Tab value="review">{t('programmes.tab.review')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="goals" pt="md">
          <Goals p={p} />
        </Tabs.Panel>
        <Tabs.Panel value="assignment" pt="md">
          <AssignmentTab p={p} />
        </Tabs.Panel>
        <Tabs.Panel value="review" pt="md">
          <ReviewTab p={p} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Goals({ p }: { p: ProgrammeDetail }) {
  const t = useT();
  return (
    <Stack>
      <Title order={4}>{t('programmes.goals')}</Title>
      {p.goals.length === 0 ? (
        <Text c="dimmed">{t('programmes.noGoals')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Tbody>
              {p.goals.map((g, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{g.year}</Table.Td>
                  <Table.Td>{g.title}</Table.Td>
                  <Table.Td>
                    <Badge color={GOAL_COLOR[g.evaluation.status]} variant="light">
                      {t(`programmes.goal.${g.evaluation.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={4}>{t('programmes.plans')}</Title>
      {p.plans.length === 0 ? (
        <Text c="dimmed">{t('programmes.noPlans')}</Text>
      ) : (
        p.plans.map((plan) => (
          <Anchor key={plan.id} component={Link} to={`/plans/${plan.id}`}>
            {plan.number ? `${plan.number} · ` : ''}
            {plan.title} ({plan.year})
          </Anchor>
        ))
      )}
    </Stack>
  );
}
