import { useState } from 'react';
import {
  Alert,
  Anchor,
  Group,
  Select,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { CardTable } from '../../components/CardTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDate, formatDecimal, formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { canAdminister, useCurrentUser } from '../auth/CurrentUser.tsx';
import { useRun, useRunScores, type RunScores, type ScoreRow, type SurveyRun } from './api.ts';
import { FlaggedResponses } from './FlaggedResponses.tsx';
import { PublicLinks } from './PublicLinks.tsx';
import { RunImports } from './RunImports.tsx';
import { RunProgress } from './RunProgress.tsx';
import { RunQuotas } from './RunQuotas.tsx';
import { RunStatusControl } from './RunStatusControl.tsx';
import { SurveyResults } from './SurveyResults.tsx';

/** Rows in reading order: each dimension, its sub-dimensions, and (optionally) their questions. */
function ordered(rows: ScoreRow[], withQuestions: boolean): { row: ScoreRow; depth: number }[] {
  const out: { row: ScoreRow; depth: number }[] = [];
  const elements = rows.filter((r) => r.kind === 'element');
  const walk = (parent: string | null, depth: number) => {
    for (const e of elements.filter((x) => x.parent === parent)) {
      out.push({ row: e, depth });
      walk(e.key, depth + 1);
      if (withQuestions)
        for (const q of rows.filter((x) => x.kind === 'question' && x.parent === e.key))
          out.push({ row: q, depth: depth + 1 });
    }
  };
  walk(null, 0);
  return out;
}

/** One run: fieldwork progress, scores per stratum or for the whole unit, and the files. */
export function SurveyRunPage() {
  const t = useT();
  const id = Number(useParams().id);
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const run = useRun(id);
  const scores = useRunScores(id);
  if (!run.data || !scores.data)
    return (
      <QueryState
        error={run.error ?? scores.error}
        retry={() => void Promise.all([run.refetch(), scores.refetch()])}
      />
    );
  const r = run.data;
  const manages = canAdminister(me.role);
  const tab = params.get('tab') ?? 'scores';
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/surveys" size="sm">
        ← {t('surveys.title')}
      </Anchor>
      <Title order={2}>{r.name}</Title>
      <Text size="sm" c="dimmed">
        {t('surveys.instrumentVersion', { title: r.instrumentTitle, n: r.instrumentVersion })} ·{' '}
        {r.unitName} · {formatDate(r.startsOn)} – {formatDate(r.endsOn)}
        {!manages && ` · ${t(`surveys.status.${r.status}`)}`}
      </Text>
      {manages && <RunStatusControl run={r} />}
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'scores' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="scores">{t('surveys.tab.scores')}</Tabs.Tab>
          <Tabs.Tab value="progress">{t('surveys.tab.progress')}</Tabs.Tab>
          {manages && <Tabs.Tab value="imports">{t('surveys.tab.imports')}</Tabs.Tab>}
          {manages && <Tabs.Tab value="quotas">{t('surveyQuotas.tab')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="scores" pt="md">
          <ScoresPanel s={scores.data} r={r} />
        </Tabs.Panel>
        <Tabs.Panel value="progress" pt="md">
          <RunProgress runId={id} unitId={r.unitId} />
        </Tabs.Panel>
        {manages && (
          <Tabs.Panel value="imports" pt="md">
            <RunImports runId={id} />
          </Tabs.Panel>
        )}
        {manages && (
          <Tabs.Panel value="quotas" pt="md">
            <RunQuotas run={r} />
          </Tabs.Panel>
        )}
      </Tabs>
      <PublicLinks run={r} manage={manages} />
      <FlaggedResponses runId={r.id} manage={manages} />
    </Stack>
  );
}

function ScoresPanel({ s, r }: { s: RunScores; r: SurveyRun }) {
  const t = useT();
  const lang = useLang();
  const [stratum, setStratum] = useState('*');
  const [withQuestions, setWithQuestions] = useState(false);
  const shown =
    stratum === '*' ? s.overall : (s.strata.find((x) => x.stratum === stratum) ?? s.overall);
  const digits = s.scale.max - s.scale.min > 20 ? 1 : 2;
  const num = (v: number) => formatDecimal(v, lang, digits);
  return (
    <Stack gap="md">
      <Alert color="blue" title={t('surveys.localSurvey')}>
        {s.method} {t('surveys.scale', { min: s.scale.min, max: s.scale.max })}
      </Alert>
      {s.equalWeights && (
        <Alert color="yellow" title={t('surveys.equalWeightsTitle')}>
          {t('surveys.equalWeights')}
        </Alert>
      )}
      <Group align="end">
        <Select
          label={t('surveys.stratum')}
          value={stratum}
          onChange={(v) => setStratum(v ?? '*')}
          data={[
            { value: '*', label: `${t('surveys.wholeUnit')} (${s.overall.name})` },
            ...s.strata.map((x) => ({ value: x.stratum, label: x.name })),
          ]}
          allowDeselect={false}
          w={320}
        />
        <Switch
          label={t('surveys.showQuestions')}
          checked={withQuestions}
          onChange={(e) => setWithQuestions(e.currentTarget.checked)}
        />
      </Group>
      <Text size="sm" data-testid="respondents">
        {t('surveys.respondents', { n: formatNumber(shown.respondents, lang) })}
        {r.flagged > 0 &&
          ` · ${t('surveys.flagged.notCounted', { n: formatNumber(r.flagged, lang) })}`}
      </Text>
      <CardTable minWidth={720} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('surveys.element')}</Table.Th>
            <Table.Th ta="right">{t('surveys.score')}</Table.Th>
            <Table.Th ta="right">{t('surveys.interval')}</Table.Th>
            <Table.Th ta="right">{t('surveys.answers')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ordered(shown.rows, withQuestions).map(({ row, depth }) => (
            <Table.Tr key={`${row.kind}:${row.key}`}>
              <Table.Td style={{ paddingLeft: `calc(${depth} * 1.25rem + 0.5rem)` }}>
                <Text
                  size="sm"
                  fw={row.kind === 'element' && depth === 0 ? 700 : 400}
                  c={row.kind === 'question' ? 'dimmed' : undefined}
                >
                  {row.kind === 'element' ? `${row.key} ${row.label}` : row.label}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {row.sufficient && row.score !== null ? (
                  num(row.score)
                ) : (
                  <Text size="sm" c="dimmed" fs="italic" style={{ whiteSpace: 'nowrap' }}>
                    {t('surveys.insufficient')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {row.sufficient && row.low !== null && row.high !== null
                  ? `${num(row.low)} – ${num(row.high)}`
                  : '—'}
              </Table.Td>
              <Table.Td ta="right">{formatNumber(row.n, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </CardTable>
      <SurveyResults id={r.id} strata={s.strata.map((x) => ({ code: x.stratum, name: x.name }))} />
    </Stack>
  );
}
