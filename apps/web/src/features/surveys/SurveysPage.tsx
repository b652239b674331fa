import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { buildPath, exportSurveyXlsForm } from '@papi/contracts/paths';
import { CardTable } from '../../components/CardTable.tsx';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { canAdminister, useCurrentUser } from '../auth/CurrentUser.tsx';
import { useInstruments, useRuns } from './api.ts';
import { usePublishInstrument } from './runApi.ts';
import { NewInstrumentButton } from './editor/NewInstrumentButton.tsx';
import { XlsFormImport } from './XlsFormImport.tsx';

/** Khảo sát: the instruments of the installation and the runs of the user's unit and below. */
export function SurveysPage() {
  const t = useT();
  const lang = useLang();
  const instruments = useInstruments();
  const runs = useRuns();
  const manages = canAdminister(useCurrentUser().role);
  const publish = usePublishInstrument();
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={2}>{t('surveys.title')}</Title>
        {manages && (
          <Button component={Link} to="/surveys/runs/new">
            {t('surveys.new.title')}
          </Button>
        )}
      </Group>
      <Stack gap="xs">
        <Group justify="space-between" align="center">
          <Title order={3}>{t('surveys.instruments')}</Title>
          {manages && instruments.data && (
            <NewInstrumentButton instruments={instruments.data.items} />
          )}
        </Group>
        <MutationErrorAlert
          error={publish.error}
          onReload={() => {
            publish.reset();
            void instruments.refetch();
          }}
        />
        {!instruments.data ? (
          <QueryState error={instruments.error} retry={() => void instruments.refetch()} />
        ) : (
          <CardTable minWidth={640} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('surveys.instrument')}</Table.Th>
                <Table.Th>{t('surveys.code')}</Table.Th>
                <Table.Th>{t('surveys.version')}</Table.Th>
                <Table.Th>{t('surveys.xlsform')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {instruments.data.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    {manages ? (
                      <Anchor
                        component={Link}
                        to={`/surveys/instruments/${i.id}/edit`}
                        aria-label={t('surveyEditor.editOf', { title: i.titleVi })}
                      >
                        {i.titleVi}
                      </Anchor>
                    ) : (
                      i.titleVi
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {i.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {i.latestVersion === null ? (
                      <Badge color="gray">{t('surveys.draftOnly')}</Badge>
                    ) : (
                      t('surveys.versionN', { n: i.latestVersion })
                    )}
                    {i.latestVersion !== null && i.draftChanged && (
                      <Badge color="yellow" ml="xs">
                        {t('surveys.draftChanged')}
                      </Badge>
                    )}
                    {manages && i.draftChanged && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        ml="xs"
                        aria-label={t('surveys.publishOf', { title: i.titleVi })}
                        loading={publish.isPending && publish.variables.id === i.id}
                        onClick={() =>
                          publish.mutate(
                            { id: i.id, version: i.version },
                            {
                              onSuccess: (p) =>
                                notifications.show({
                                  color: 'green',
                                  message: t('surveys.published', {
                                    title: p.titleVi,
                                    n: p.latestVersion ?? 0,
                                  }),
                                }),
                            },
                          )
                        }
                      >
                        {t('surveys.publish')}
                      </Button>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      size="sm"
                      href={buildPath(exportSurveyXlsForm.path, { id: i.id })}
                      download
                    >
                      {t('surveys.download')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CardTable>
        )}
        {manages && <XlsFormImport />}
      </Stack>
      <Stack gap="xs">
        <Title order={3}>{t('surveys.runs')}</Title>
        {!runs.data ? (
          <QueryState error={runs.error} retry={() => void runs.refetch()} />
        ) : runs.data.items.length === 0 ? (
          <Text c="dimmed">{t('surveys.noRuns')}</Text>
        ) : (
          <CardTable minWidth={760} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('surveys.run')}</Table.Th>
                <Table.Th>{t('surveys.unit')}</Table.Th>
                <Table.Th>{t('surveys.period')}</Table.Th>
                <Table.Th>{t('surveys.status')}</Table.Th>
                <Table.Th ta="right">{t('surveys.responses')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.data.items.map((r) => {
                const target = r.strata.reduce((n, s) => n + s.target, 0);
                return (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/surveys/runs/${r.id}`}>
                        {r.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {t('surveys.instrumentVersion', {
                          title: r.instrumentTitle,
                          n: r.instrumentVersion,
                        })}
                      </Text>
                    </Table.Td>
                    <Table.Td>{r.unitName}</Table.Td>
                    <Table.Td>
                      {formatDate(r.startsOn)} – {formatDate(r.endsOn)}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500} c={r.status === 'open' ? 'green.8' : 'dimmed'}>
                        {t(`surveys.status.${r.status}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {formatNumber(r.responses, lang)} / {formatNumber(target, lang)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </CardTable>
        )}
      </Stack>
    </Stack>
  );
}
