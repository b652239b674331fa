import { Divider, Stack } from '@mantine/core';
import { useRetention } from './resultsApi.ts';
import { SurveyCompare } from './SurveyCompare.tsx';
import { SurveyDownloads } from './SurveyDownloads.tsx';
import { SurveyRetention } from './SurveyRetention.tsx';

/** Below a run's scores: downloads, comparisons, and the retention of its raw answers. */
export function SurveyResults({
  id,
  strata,
}: {
  id: number;
  strata: { code: string; name: string }[];
}) {
  const retention = useRetention(id);
  return (
    <Stack gap="lg">
      <Divider />
      <SurveyDownloads id={id} retention={retention.data} />
      <Divider />
      <SurveyCompare id={id} strata={strata} />
      {retention.data && (
        <>
          <Divider />
          <SurveyRetention key={retention.data.version} id={id} retention={retention.data} />
        </>
      )}
    </Stack>
  );
}
