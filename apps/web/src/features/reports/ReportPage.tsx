import { useState } from 'react';
import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import type { TReport, TReportContent } from '@papi/contracts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { useT } from '../../i18n/index.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { EvidenceList } from '../work/EvidenceList.tsx';
import { EvidenceUploader } from '../work/EvidenceUploader.tsx';
import {
  useReport,
  useReportEvidence,
  useSaveReport,
  useSubmitReport,
  useUploadReportEvidence,
} from './api.ts';
import { contentToSave, editableContent, sameContent } from './reportContent.ts';
import { ReportHeader } from './ReportHeader.tsx';
import { ReportIndicators } from './ReportIndicators.tsx';
import { ReportNarratives } from './ReportNarratives.tsx';
import { ReportReviewPanel } from './ReportReviewPanel.tsx';
import { ReportSnapshot } from './ReportSnapshot.tsx';
import { ReportVersions } from './ReportVersions.tsx';

export function ReportPage() {
  const { id } = useParams();
  const reportId = Number(id);
  if (!Number.isInteger(reportId) || reportId <= 0) return <NotFoundPage />;
  return <ReportLoader key={reportId} id={reportId} />;
}

function ReportLoader({ id }: { id: number }) {
  const report = useReport(id);
  if (!report.data) return <QueryState error={report.error} retry={() => void report.refetch()} />;
  // Keyed by version: whatever the server answers (save, submit, review) resets the working copy.
  return (
    <ReportEditor
      key={report.data.version}
      report={report.data}
      onReload={() => void report.refetch()}
    />
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function ReportEditor({ report, onReload }: { report: TReport; onReload: () => void }) {
  const t = useT();
  const save = useSaveReport(report.id);
  const submit = useSubmitReport(report.id);
  const evidence = useReportEvidence(report.id);
  const uploader = useUploadReportEvidence(report.id);
  const [content, setContent] = useState<TReportContent>(() => editableContent(report));
  const [confirming, setConfirming] = useState(false);
  const readOnly = !report.canEdit;
  const dirty = !sameContent(content, report.current.content);

  const saveNow = () => {
    if (dirty && !readOnly)
      save.mutate({ version: report.version, content: contentToSave(content) });
  };
  const sendNow = () => {
    setConfirming(false);
    submit.mutate({ version: report.version, content: dirty ? contentToSave(content) : null });
  };
  useHotkeys([['mod+S', saveNow]], [], true);

  const busy = save.isPending || submit.isPending;
  const frozen = report.status !== 'draft' && report.current.snapshot !== null;
  const canSubmit = report.canEdit && (report.status === 'draft' || report.status === 'returned');

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/reports" size="sm">
        ← {t('report.back')}
      </Anchor>
      <ReportHeader
        report={report}
        actions={
          <>
            {!readOnly && (
              <Button
                variant="default"
                loading={save.isPending}
                disabled={!dirty || busy}
                onClick={saveNow}
              >
                {t('report.save')}
              </Button>
            )}
            {canSubmit && (
              <Button
                loading={submit.isPending}
                disabled={busy}
                onClick={() => setConfirming(true)}
              >
                {report.status === 'returned' || report.versionNo > 1
                  ? t('report.resubmit')
                  : t('report.submit')}
              </Button>
            )}
          </>
        }
      />
      {(save.error || submit.error) && (
        <MutationErrorAlert error={save.error ?? submit.error} onReload={onReload} />
      )}
      {dirty && !readOnly && (
        <Text size="xs" c="orange.8" aria-live="polite">
          {t('report.unsaved')}
        </Text>
      )}
      {report.canReview && report.status === 'submitted' && (
        <Section title={t('report.review.title')}>
          <ReportReviewPanel report={report} onReload={onReload} />
        </Section>
      )}
      {report.content.taskStatuses && (
        <Section title={t('report.section.snapshot')}>
          <ReportSnapshot
            snapshot={frozen ? report.current.snapshot! : report.preview}
            frozen={frozen}
          />
        </Section>
      )}
      {report.content.indicators && (
        <Section title={t('report.section.indicators')}>
          <ReportIndicators
            defs={report.indicatorDefs}
            values={content.indicators}
            readOnly={readOnly}
            onChange={(indicators) => setContent((c) => ({ ...c, indicators }))}
          />
        </Section>
      )}
      {report.content.narratives.length > 0 && (
        <Section title={t('report.section.narratives')}>
          <ReportNarratives
            sections={report.content.narratives}
            narratives={content.narratives}
            readOnly={readOnly}
            onChange={(narratives) => setContent((c) => ({ ...c, narratives }))}
          />
        </Section>
      )}
      <Section title={t('report.section.attachments')}>
        <Stack gap="sm">
          {evidence.data && (
            <EvidenceList
              items={evidence.data.items}
              queryKey={['reports', 'evidence', report.id]}
            />
          )}
          {!readOnly && <EvidenceUploader uploadFile={(file) => uploader.mutateAsync(file)} />}
        </Stack>
      </Section>
      <Section title={t('report.section.versions')}>
        <ReportVersions reportId={report.id} />
      </Section>
      <ConfirmModal
        opened={confirming}
        title={t('report.confirmTitle')}
        message={t('report.confirmBody', { receiver: report.receiver.fullName })}
        confirmLabel={t('report.submit')}
        onConfirm={sendNow}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
