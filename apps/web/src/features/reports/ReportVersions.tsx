import { List, Stack, Text, Timeline } from '@mantine/core';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { Translate } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/lang.ts';
import { TASK_STATUS_KEYS } from '../work/labels.ts';
import type { TaskStatus } from '@papi/domain';
import { useReportVersions } from './api.ts';
import { NARRATIVE_KEYS } from './labels.ts';
import { ReportStatusBadge } from './ReportStatusBadge.tsx';
import { versionHistory, type ReportChange } from './reportDiff.ts';

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text || '∅');

function describe(change: ReportChange, t: Translate, lang: Lang): string {
  const num = (v: number | null) => (v === null ? '∅' : formatNumber(v, lang));
  switch (change.kind) {
    case 'indicator':
      return t('report.change.indicator', {
        code: change.code,
        before: num(change.before),
        after: num(change.after),
      });
    case 'narrative':
      return t('report.change.narrative', {
        section: t(NARRATIVE_KEYS[change.section]),
        dimension: change.dimensionCode || t('report.narrative.general'),
        after: clip(change.after),
      });
    case 'status':
      return t('report.change.status', {
        status: t(TASK_STATUS_KEYS[change.status as TaskStatus]),
        before: change.before,
        after: change.after,
      });
  }
}

/** Every version, newest first, with who sent and reviewed it and what changed. */
export function ReportVersions({ reportId }: { reportId: number }) {
  const t = useT();
  const lang = useLang();
  const versions = useReportVersions(reportId);
  if (!versions.data) return null;
  const history = versionHistory(versions.data.items);
  return (
    <Timeline bulletSize={14} lineWidth={2} active={history.length} data-testid="report-versions">
      {history.map(({ version, changes }) => (
        <Timeline.Item
          key={version.versionNo}
          title={
            <Text fw={600} size="sm">
              {t('report.versionNo', { n: version.versionNo })}
            </Text>
          }
        >
          <Stack gap={4}>
            <ReportStatusBadge status={version.status} />
            {version.submittedAt && (
              <Text size="xs" c="dimmed">
                {t('report.sentBy', {
                  name: version.submittedBy?.fullName ?? '',
                  at: formatDateTime(version.submittedAt),
                })}
              </Text>
            )}
            {version.reviewedAt && (
              <Text size="xs" c="dimmed">
                {t('report.reviewedBy', {
                  name: version.reviewedBy?.fullName ?? '',
                  at: formatDateTime(version.reviewedAt),
                })}
              </Text>
            )}
            {version.reviewComment && (
              <Text size="sm" fs="italic">
                “{version.reviewComment}”
              </Text>
            )}
            {changes !== null &&
              (changes.length === 0 ? (
                <Text size="xs" c="dimmed">
                  {t('report.change.none')}
                </Text>
              ) : (
                <List size="xs">
                  {changes.map((c, i) => (
                    <List.Item key={i}>{describe(c, t, lang)}</List.Item>
                  ))}
                </List>
              ))}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
