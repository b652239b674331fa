import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import {
  buildPath,
  downloadSurveyAnswers,
  downloadSurveyReport,
  downloadSurveyScores,
} from '@papi/contracts/paths';
import { useT } from '../../i18n/index.ts';
import type { Retention } from './resultsApi.ts';

/** The run's downloads; the raw answers only for analysts, and only while they are kept. */
export function SurveyDownloads({
  id,
  retention,
}: {
  id: number;
  retention: Retention | undefined;
}) {
  const t = useT();
  const answers = buildPath(downloadSurveyAnswers.path, { id });
  const rawKept = retention && retention.mayDownloadAnswers && !retention.deletedAt;
  return (
    <Stack gap="xs">
      <Title order={3}>{t('surveyResults.downloads')}</Title>
      <Group gap="lg">
        <Anchor href={buildPath(downloadSurveyReport.path, { id })} download>
          {t('surveyResults.report')}
        </Anchor>
        <Anchor href={buildPath(downloadSurveyScores.path, { id })} download>
          {t('surveyResults.scoresWorkbook')}
        </Anchor>
        {rawKept && (
          <>
            <Anchor href={`${answers}?format=xlsx`} download>
              {t('surveyResults.answersXlsx')}
            </Anchor>
            <Anchor href={`${answers}?format=csv`} download>
              {t('surveyResults.answersCsv')}
            </Anchor>
            <Anchor href={`${answers}?format=csv&part=codebook`} download>
              {t('surveyResults.codebookCsv')}
            </Anchor>
          </>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {rawKept
          ? t('surveyResults.answersNote')
          : retention?.deletedAt
            ? t('surveyResults.answersDeleted')
            : t('surveyResults.answersAnalystsOnly')}
      </Text>
    </Stack>
  );
}
