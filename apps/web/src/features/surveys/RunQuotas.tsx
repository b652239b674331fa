import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CardTable } from '../../components/CardTable.tsx';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { domainText } from '../../i18n/domain-text.ts';
import { useT } from '../../i18n/index.ts';
import { useRun, type SurveyRun } from './api.ts';
import { quotaChoices, rowProblems, toQuotas, type QuotaRow } from './quotaRows.ts';
import { useInstrumentVersion, useSaveQuotas } from './runApi.ts';

/**
 * Quotas per stratum (respondents per answer of a single-choice question: sex, age group),
 * edited on the run page; saved with the run (its version), as the design workbook does.
 */
export function RunQuotas({ run }: { run: SurveyRun }) {
  const version = useInstrumentVersion(run.instrumentId, run.instrumentVersion);
  // Kept above the form, which starts again from the saved run after each save.
  const [stratum, setStratum] = useState(run.strata[0]?.code ?? '');
  if (!version.data)
    return <QueryState error={version.error} retry={() => void version.refetch()} />;
  return (
    <QuotasForm
      key={run.version}
      run={run}
      doc={version.data.document}
      stratum={stratum}
      setStratum={setStratum}
    />
  );
}

type Doc = NonNullable<ReturnType<typeof useInstrumentVersion>['data']>['document'];

interface FormProps {
  run: SurveyRun;
  doc: Doc;
  stratum: string;
  setStratum: (code: string) => void;
}

function QuotasForm({ run, doc, stratum, setStratum }: FormProps) {
  const t = useT();
  const [edits, setEdits] = useState<Record<string, QuotaRow[]>>(() =>
    Object.fromEntries(run.strata.map((s) => [s.code, s.quotas.map((q) => ({ ...q }))])),
  );
  const save = useSaveQuotas(run);
  const reread = useRun(run.id);
  const questions = quotaChoices(doc);
  const rows = edits[stratum] ?? [];
  const problems = rowProblems(doc, rows);
  const allOk = run.strata.every((s) =>
    rowProblems(doc, edits[s.code] ?? []).every((p) => p === null),
  );
  const dirty = run.strata.some(
    (s) => JSON.stringify(toQuotas(edits[s.code] ?? [])) !== JSON.stringify(s.quotas),
  );
  const setRows = (next: QuotaRow[]) => setEdits({ ...edits, [stratum]: next });
  const setRow = (i: number, patch: Partial<QuotaRow>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const message = (p: (typeof problems)[number]) =>
    !p ? null : p.kind === 'domain' ? domainText(p.message) : t(`surveyQuotas.${p.kind}`);
  if (questions.length === 0) return <Alert color="gray">{t('surveyQuotas.noQuestions')}</Alert>;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('surveyQuotas.help')}
      </Text>
      <Select
        label={t('surveyQuotas.stratum')}
        data={run.strata.map((s) => ({
          value: s.code,
          label: `${s.name} (${s.code}) · ${t('surveyQuotas.count', { n: edits[s.code]?.length ?? 0 })}`,
        }))}
        value={stratum}
        onChange={(v) => v && setStratum(v)}
        allowDeselect={false}
        searchable
        w={{ base: '100%', sm: 420 }}
      />
      <CardTable minWidth={620} striped data-testid="quota-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('surveyQuotas.question')}</Table.Th>
            <Table.Th>{t('surveyQuotas.value')}</Table.Th>
            <Table.Th w={140}>{t('surveyQuotas.target')}</Table.Th>
            <Table.Th w={50} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => {
            const q = questions.find((x) => x.name === r.question);
            const problem = message(problems[i] ?? null);
            return (
              <Table.Tr key={i}>
                <Table.Td>
                  <Select
                    aria-label={t('surveyQuotas.questionOf', { n: i + 1 })}
                    data={questions.map((x) => ({
                      value: x.name,
                      label: `${x.name} — ${x.label}`,
                    }))}
                    value={r.question || null}
                    onChange={(v) => setRow(i, { question: v ?? '', value: '' })}
                    error={problem ?? undefined}
                    searchable
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('surveyQuotas.valueOf', { n: i + 1 })}
                    data={(q?.choices ?? []).map((c) => ({
                      value: c.value,
                      label: `${c.label} (${c.value})`,
                    }))}
                    value={r.value || null}
                    onChange={(v) => setRow(i, { value: v ?? '' })}
                    disabled={!q}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t('surveyQuotas.targetOf', { n: i + 1 })}
                    value={r.target}
                    min={0}
                    max={100000}
                    allowDecimal={false}
                    allowNegative={false}
                    onChange={(v) => setRow(i, { target: v })}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('surveyQuotas.remove', { n: i + 1 })}
                    onClick={() => setRows(rows.filter((_, j) => j !== i))}
                  >
                    ✕
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </CardTable>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('surveyQuotas.none')}
        </Text>
      )}
      <Group gap="xs">
        <Button
          size="xs"
          variant="light"
          onClick={() => setRows([...rows, { question: questions[0]!.name, value: '', target: 0 }])}
        >
          {t('surveyQuotas.add')}
        </Button>
        <Button
          size="xs"
          disabled={!dirty || !allOk}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              Object.fromEntries(run.strata.map((s) => [s.code, toQuotas(edits[s.code] ?? [])])),
              {
                onSuccess: () =>
                  notifications.show({ color: 'green', message: t('surveyQuotas.saved') }),
              },
            )
          }
        >
          {t('surveyQuotas.save')}
        </Button>
      </Group>
      <MutationErrorAlert
        error={save.error}
        onReload={() => {
          save.reset();
          void reread.refetch();
        }}
      />
    </Stack>
  );
}
