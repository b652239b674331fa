import { useState } from 'react';
import { useMediaQuery } from '@mantine/hooks';
import {
  Alert,
  Button,
  FileInput,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  Stepper,
  Text,
} from '@mantine/core';
import { APPENDIX_FIELDS } from '@papi/contracts/paths';
import { MutationErrorAlert } from '../../../components/MutationErrorAlert.tsx';
import { useT } from '../../../i18n/index.ts';
import { readBase64 } from '../../indices/import/ImportPage.tsx';
import type { PlanDetail } from '../api.ts';
import { useCommitAppendix, usePreviewAppendix } from './api.ts';
import type { AgencyChoice, AppendixMapping, AppendixPreview } from './api.ts';
import { MappingStep } from './MappingStep.tsx';
import { PreviewStep } from './PreviewStep.tsx';

const ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Upload → column mapping (suggested from the headers) → preview with row/column errors
 * and unknown agencies to map or create → commit. The server saves nothing before the last
 * step, and refuses it while any error remains.
 */
export function AppendixImportModal({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const t = useT();
  // On a phone the preview needs the whole screen.
  const phone = useMediaQuery('(max-width: 48em)') ?? false;
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [headerRow, setHeaderRow] = useState<number | undefined>(undefined);
  const [mapping, setMapping] = useState<AppendixMapping>({});
  const [preview, setPreview] = useState<AppendixPreview | null>(null);
  const [agencyMap, setAgencyMap] = useState<Record<string, AgencyChoice>>({});
  const [mode, setMode] = useState<'replace' | 'append'>(plan.tasks.length ? 'append' : 'replace');
  // The user's dimension per file row; sent with every preview so the plan check sees it.
  const [links, setLinks] = useState<Record<string, string[]>>({});
  const read = usePreviewAppendix(plan.id);
  const commit = useCommitAppendix(plan.id);

  const run = (
    withMapping: AppendixMapping | undefined,
    f = file,
    next = step,
    withLinks = links,
    withMode = mode,
  ) => {
    if (!f) return;
    read.mutate(
      {
        filename: f.name,
        contentBase64: f.base64,
        mode: withMode,
        links: withLinks,
        ...(headerRow ? { headerRow } : {}),
        ...(withMapping ? { mapping: withMapping } : {}),
      },
      {
        onSuccess: (p) => {
          setPreview(p);
          setMapping(p.mapping);
          setHeaderRow(p.headerRow);
          const map: Record<string, AgencyChoice> = {};
          for (const u of p.unknownAgencies)
            // Only a strong suggestion is chosen for the user (never one of another kind).
            map[u.name] = agencyMap[u.name] ?? u.preselect;
          setAgencyMap(map);
          setStep(next);
        },
      },
    );
  };

  const unmapped = preview
    ? preview.unknownAgencies.filter((u) => agencyMap[u.name] == null).length
    : 0;
  const blocked = !preview || preview.errors > 0 || unmapped > 0 || preview.tasks === 0;
  const save = () => {
    if (!file || !preview) return;
    const map: Record<string, number | 'create'> = {};
    for (const [name, choice] of Object.entries(agencyMap)) if (choice !== null) map[name] = choice;
    commit.mutate(
      {
        version: plan.version,
        filename: file.name,
        contentBase64: file.base64,
        headerRow: preview.headerRow,
        mapping,
        agencyMap: map,
        links,
        mode,
      },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('plans.excel.import')}
      size="90%"
      fullScreen={phone}
      // The title bar stays on top while the preview scrolls: a rule under it, so rows
      // passing beneath read as scrolled, not as overlapped.
      styles={{ header: { borderBottom: '1px solid var(--mantine-color-gray-3)' } }}
    >
      <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} size="sm">
        <Stepper.Step label={t('plans.excel.stepFile')}>
          <Stack gap="sm" mt="sm">
            <Text size="sm" c="dimmed">
              {t('plans.excel.fileHint')}
            </Text>
            <FileInput
              accept={ACCEPT}
              label={t('plans.excel.file')}
              placeholder={t('plans.excel.choose')}
              onChange={async (f) => {
                if (!f) return setFile(null);
                const next = { name: f.name, base64: await readBase64(f) };
                setFile(next);
                run(undefined, next, 1);
              }}
            />
            {read.isPending && <Text size="sm">{t('common.loading')}</Text>}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('plans.excel.stepMapping')}>
          {preview && (
            <Stack gap="sm" mt="sm">
              <NumberInput
                w={200}
                label={t('plans.excel.headerRow')}
                min={1}
                max={100}
                value={headerRow}
                onChange={(v) => setHeaderRow(typeof v === 'number' ? v : undefined)}
              />
              <MappingStep
                fields={APPENDIX_FIELDS}
                columns={preview.columns}
                mapping={mapping}
                onChange={setMapping}
              />
              <Group justify="flex-end">
                <Button loading={read.isPending} onClick={() => run(mapping, file, 2)}>
                  {t('plans.excel.toPreview')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stepper.Step>
        <Stepper.Step label={t('plans.excel.stepPreview')}>
          {preview && (
            <Stack gap="sm" mt="sm">
              <PreviewStep
                preview={preview}
                agencyMap={agencyMap}
                onAgencyMap={setAgencyMap}
                onLink={(row, codes) => {
                  const next = { ...links };
                  if (codes === null) delete next[String(row)];
                  else next[String(row)] = codes;
                  setLinks(next);
                  run(mapping, file, step, next);
                }}
              />
              <Group justify="space-between">
                <SegmentedControl
                  value={mode}
                  onChange={(v) => {
                    const next = v === 'replace' ? 'replace' : 'append';
                    setMode(next);
                    run(mapping, file, step, links, next);
                  }}
                  data={[
                    { value: 'append', label: t('plans.excel.append') },
                    { value: 'replace', label: t('plans.excel.replace') },
                  ]}
                />
                <Button disabled={blocked} loading={commit.isPending} onClick={save}>
                  {t('plans.excel.commit', { n: preview.tasks })}
                </Button>
              </Group>
              {blocked && preview.tasks > 0 && (
                <Alert color="orange" p="xs">
                  {t('plans.excel.blocked', { errors: preview.errors, agencies: unmapped })}
                </Alert>
              )}
              <MutationErrorAlert error={commit.error} />
            </Stack>
          )}
        </Stepper.Step>
      </Stepper>
      <MutationErrorAlert error={read.error} />
    </Modal>
  );
}
