import { useState } from 'react';
import { Alert, Badge, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { CardTable } from '../../components/CardTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDate, formatDecimal } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { useComparison, type CompareRow, type Comparison } from './resultsApi.ts';

const VERDICT_COLOR = { different: 'red', test_only: 'yellow', not_different: 'gray' } as const;

function useNum(scale: Comparison['scale']) {
  const lang = useLang();
  const digits = scale.max - scale.min > 20 ? 1 : 2;
  return (v: number) => formatDecimal(v, lang, digits);
}

/** a and b per element, the difference with its interval and the test's verdict. */
function CompareTable({
  rows,
  scale,
  heads,
}: {
  rows: CompareRow[];
  scale: Comparison['scale'];
  heads: [string, string];
}) {
  const t = useT();
  const num = useNum(scale);
  const point = (p: CompareRow['a']) =>
    p ? (
      <>
        {num(p.score)}{' '}
        <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          ({num(p.low)} – {num(p.high)})
        </Text>
      </>
    ) : (
      <Text span size="sm" c="dimmed" fs="italic">
        {t('surveys.insufficient')}
      </Text>
    );
  return (
    <CardTable minWidth={760} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('surveys.element')}</Table.Th>
          <Table.Th ta="right">{heads[0]}</Table.Th>
          <Table.Th ta="right">{heads[1]}</Table.Th>
          <Table.Th ta="right">{t('surveyResults.difference')}</Table.Th>
          <Table.Th>{t('surveyResults.verdict')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => {
          const d = r.difference;
          return (
            <Table.Tr key={r.key}>
              <Table.Td style={{ paddingLeft: r.parent ? '1.75rem' : undefined }}>
                <Text size="sm" fw={r.parent ? 400 : 700}>
                  {r.key} {r.label}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{point(r.a)}</Table.Td>
              <Table.Td ta="right">{point(r.b)}</Table.Td>
              <Table.Td ta="right">
                {d ? (
                  <>
                    {d.difference >= 0 ? '+' : ''}
                    {num(d.difference)}{' '}
                    <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      ({num(d.low)} – {num(d.high)})
                    </Text>
                  </>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                {d && (
                  <Badge
                    color={VERDICT_COLOR[d.verdict]}
                    variant="light"
                    style={{ textTransform: 'none', whiteSpace: 'normal', height: 'auto' }}
                  >
                    {t(`surveyResults.verdict.${d.verdict}`)}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </CardTable>
  );
}

/** Two strata side by side, the previous run, and the official index beside the survey. */
export function SurveyCompare({
  id,
  strata,
}: {
  id: number;
  strata: { code: string; name: string }[];
}) {
  const t = useT();
  const [a, setA] = useState<string | null>(strata[0]?.code ?? null);
  const [b, setB] = useState<string | null>(strata[1]?.code ?? null);
  const compared = useComparison(id, a, b);
  const options = strata.map((s) => ({ value: s.code, label: s.name }));
  if (!compared.data)
    return <QueryState error={compared.error} retry={() => void compared.refetch()} />;
  const c = compared.data;
  return (
    <Stack gap="md">
      <Title order={3}>{t('surveyResults.compareStrata')}</Title>
      <Text size="sm" c="dimmed">
        {c.method}
      </Text>
      {strata.length < 2 ? (
        <Text size="sm">{t('surveyResults.oneStratum')}</Text>
      ) : (
        <>
          <Group>
            <Select
              label={t('surveyResults.strataA')}
              data={options}
              value={a}
              onChange={setA}
              allowDeselect={false}
              w={260}
            />
            <Select
              label={t('surveyResults.strataB')}
              data={options}
              value={b}
              onChange={setB}
              allowDeselect={false}
              w={260}
            />
          </Group>
          {c.strata && (
            <CompareTable
              rows={c.strata.rows}
              scale={c.scale}
              heads={[c.strata.a.name, c.strata.b.name]}
            />
          )}
        </>
      )}
      <Title order={3}>{t('surveyResults.previous')}</Title>
      {c.previous ? (
        <>
          <Text size="sm">
            {t('surveyResults.previousRun', {
              name: c.previous.run.name,
              from: formatDate(c.previous.run.startsOn),
              to: formatDate(c.previous.run.endsOn),
            })}
          </Text>
          <CompareTable
            rows={c.previous.rows.filter((r) => r.parent === null)}
            scale={c.scale}
            heads={[t('surveyResults.thisRun'), t('surveyResults.previousShort')]}
          />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('surveyResults.noPrevious')}
        </Text>
      )}
      <Title order={3}>{t('surveyResults.official')}</Title>
      {c.official ? (
        <OfficialTable official={c.official} scale={c.scale} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('surveyResults.noOfficial')}
        </Text>
      )}
    </Stack>
  );
}

function OfficialTable({
  official,
  scale,
}: {
  official: NonNullable<Comparison['official']>;
  scale: Comparison['scale'];
}) {
  const t = useT();
  const lang = useLang();
  const num = useNum(scale);
  return (
    <Stack gap="xs">
      <Alert color="blue" p="xs">
        {t('surveyResults.officialNote', {
          index: official.index,
          year: official.year,
          unit: official.unitName,
        })}
      </Alert>
      <CardTable minWidth={560} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('surveys.element')}</Table.Th>
            <Table.Th ta="right">{t('surveyResults.localSurvey')}</Table.Th>
            <Table.Th ta="right">
              {t('surveyResults.officialYear', { index: official.index, year: official.year })}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {official.rows.map((r) => (
            <Table.Tr key={r.code}>
              <Table.Td>
                {r.code} {r.label}
              </Table.Td>
              <Table.Td ta="right">
                {r.survey
                  ? `${num(r.survey.score)} (${num(r.survey.low)} – ${num(r.survey.high)})`
                  : t('surveys.insufficient')}
              </Table.Td>
              <Table.Td ta="right">
                {r.official === null ? '—' : formatDecimal(r.official, lang, 2)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </CardTable>
    </Stack>
  );
}
