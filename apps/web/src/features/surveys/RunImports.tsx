import { SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { buildPath, getSurveyDesignTemplate, getSurveyTallyTemplate } from '@papi/contracts/paths';
import { CardTable } from '../../components/CardTable.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { DesignPreview, SubmissionsPreview } from './api.ts';
import { FileImportPanel } from './FileImportPanel.tsx';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={22} fw={700}>
        {value}
      </Text>
    </div>
  );
}

function SubmissionsSummary({ p }: { p: SubmissionsPreview }) {
  const t = useT();
  const lang = useLang();
  const fresh = p.perStratum.reduce((n, s) => n + s.count, 0);
  return (
    <Stack gap="xs" data-testid="submissions-summary">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Figure label={t('surveys.import.source')} value={t(`surveys.import.source.${p.source}`)} />
        <Figure label={t('surveys.import.new')} value={formatNumber(fresh, lang)} />
        <Figure label={t('surveys.import.already')} value={formatNumber(p.alreadyImported, lang)} />
        <Figure label={t('surveys.import.errors')} value={formatNumber(p.errors, lang)} />
      </SimpleGrid>
      <Text size="sm">
        {t('surveys.import.perStratum')}{' '}
        {p.perStratum
          .filter((s) => s.count > 0)
          .map((s) => `${s.name}: ${formatNumber(s.count, lang)}`)
          .join(' · ') || '—'}
      </Text>
    </Stack>
  );
}

function DesignSummary({ p }: { p: DesignPreview }) {
  const t = useT();
  const lang = useLang();
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, lang));
  const quotas = (q: DesignPreview['rows'][number]['quotas']['after']) =>
    q.map((x) => `${x.question}=${x.value}: ${x.target}`).join(', ') || '—';
  return (
    <CardTable minWidth={640} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('surveys.progress.stratum')}</Table.Th>
          <Table.Th ta="right">{t('surveys.import.target')}</Table.Th>
          <Table.Th ta="right">{t('surveys.progress.population')}</Table.Th>
          <Table.Th>{t('surveys.progress.quotas')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {p.rows.map((r) => (
          <Table.Tr key={r.code}>
            <Table.Td>{r.name}</Table.Td>
            <Table.Td ta="right">
              {n(r.target.before)} → {n(r.target.after)}
            </Table.Td>
            <Table.Td ta="right">
              {n(r.population.before)} → {n(r.population.after)}
            </Table.Td>
            <Table.Td>{quotas(r.quotas.after)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CardTable>
  );
}

/** The coordinator's files: the run design, and submissions from Kobo/ODK or the paper tally. */
export function RunImports({ runId }: { runId: number }) {
  const t = useT();
  return (
    <Stack gap="md">
      <FileImportPanel<SubmissionsPreview>
        runId={runId}
        kind="submissions"
        title={t('surveys.import.submissionsTitle')}
        intro={t('surveys.import.submissionsIntro')}
        templateUrl={buildPath(getSurveyTallyTemplate.path, { id: runId })}
        templateLabel={t('surveys.import.tallyTemplate')}
        summary={(p) => <SubmissionsSummary p={p} />}
        saved={(r) => {
          const x = r as { imported: number; alreadyImported: number };
          return t('surveys.import.savedSubmissions', { n: x.imported, m: x.alreadyImported });
        }}
      />
      <FileImportPanel<DesignPreview>
        runId={runId}
        kind="design"
        title={t('surveys.import.designTitle')}
        intro={t('surveys.import.designIntro')}
        templateUrl={buildPath(getSurveyDesignTemplate.path, { id: runId })}
        templateLabel={t('surveys.import.designTemplate')}
        summary={(p) => <DesignSummary p={p} />}
        saved={() => t('surveys.import.savedDesign')}
      />
    </Stack>
  );
}
