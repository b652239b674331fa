import { useState } from 'react';
import { Alert, Badge, Group, Select, Stack, Text, Title } from '@mantine/core';
import { formatDate, formatDateTime, formatNumber } from '../../../i18n/format.ts';
import { useLang, useT } from '../../../i18n/index.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { FieldForm } from './FieldForm.tsx';
import { PendingList } from './PendingList.tsx';
import { useFieldEntry } from './useFieldEntry.ts';

/**
 * Field entry (điều tra viên): forms typed from paper or filled in an interview, kept on the
 * device and sent when there is a connection. Works with no signal once opened online.
 */
export function FieldEntryPage() {
  const t = useT();
  const lang = useLang();
  const field = useFieldEntry();
  const [choice, setChoice] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [savedNote, setSavedNote] = useState(false);
  if (!field.assignments && !field.fromDevice) return <PageLoader />;
  const items = field.assignments?.items ?? [];
  const options = items.flatMap((a) =>
    a.strata.map((s) => ({
      value: `${a.runId}:${s.code}`,
      label: `${a.runName} — ${s.name}`,
    })),
  );
  const selected = choice ?? (options.length === 1 ? options[0]!.value : null);
  const [runId, code] = selected ? selected.split(':') : [];
  const assignment = items.find((a) => String(a.runId) === runId);
  const stratum = assignment?.strata.find((s) => s.code === code);
  const waiting = field.pending.filter((p) => !p.refused).length;

  return (
    <Stack gap="md" maw={760}>
      <Title order={2}>{t('field.title')}</Title>
      <Group gap="xs">
        <Badge color={field.online ? 'green' : 'gray'} variant="light" size="lg">
          {field.online ? t('field.online') : t('field.offlineNow')}
        </Badge>
        <Badge color={waiting > 0 ? 'orange' : 'green'} variant="light" size="lg">
          {t('field.waiting', { n: formatNumber(waiting, lang) })}
        </Badge>
        {field.offline === 'ready' && (
          <Badge color="blue" variant="light" size="lg">
            {t('field.offlineReady')}
          </Badge>
        )}
      </Group>
      {field.fromDevice && (
        <Alert color="yellow" title={t('field.deviceCopyTitle')}>
          {field.assignments
            ? t('field.deviceCopy', { at: formatDateTime(field.assignments.savedAt) })
            : t('field.noCopy')}
        </Alert>
      )}
      <PendingList field={field} />
      {savedNote && (
        <Alert color="green" withCloseButton onClose={() => setSavedNote(false)}>
          {t('field.saved')}
        </Alert>
      )}
      {items.length === 0 ? (
        field.assignments && <Text c="dimmed">{t('field.noAssignments')}</Text>
      ) : (
        <Select
          label={t('field.assignment')}
          data={options}
          value={selected}
          onChange={setChoice}
          size="md"
          allowDeselect={false}
        />
      )}
      {assignment && stratum && (
        <>
          <Text size="sm" c="dimmed">
            {t('field.progress', {
              title: assignment.instrumentTitle,
              n: formatNumber(stratum.responses, lang),
              target: formatNumber(stratum.target, lang),
              until: formatDate(assignment.endsOn),
            })}
          </Text>
          <FieldForm
            key={`${selected}:${formKey}`}
            formKey={formKey}
            document={assignment.document}
            onSave={async (answers) => {
              await field.save({
                runId: assignment.runId,
                runName: assignment.runName,
                stratumCode: stratum.code,
                stratumName: stratum.name,
                answers,
              });
              setFormKey((k) => k + 1);
              setSavedNote(true);
            }}
          />
        </>
      )}
    </Stack>
  );
}
