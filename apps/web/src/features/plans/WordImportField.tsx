import { useState } from 'react';
import { Alert, Button, FileButton, List, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { previewPlanWord } from '@papi/contracts/paths';
import type { TPlanWordPreview } from '@papi/contracts';
import { call } from '../../api/client.ts';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useT } from '../../i18n/index.ts';
import { readBase64 } from '../indices/import/ImportPage.tsx';

const ACCEPT = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * "Đọc từ tệp Word": an existing plan (.docx) read into the new draft's parts, with what was
 * recognised and what was not shown before the draft is created.
 */
export function WordImportField({
  unitId,
  onRead,
}: {
  unitId: number;
  onRead: (preview: TPlanWordPreview | null) => void;
}) {
  const t = useT();
  const [read, setRead] = useState<TPlanWordPreview | null>(null);
  const preview = useMutation({
    mutationFn: async (file: File) =>
      call(previewPlanWord, {
        body: { unitId, filename: file.name, contentBase64: await readBase64(file) },
      }),
    meta: { inlineError: true },
    onSuccess: (p) => {
      setRead(p);
      onRead(p);
    },
  });
  return (
    <Stack gap={6}>
      <FileButton accept={ACCEPT} onChange={(f) => f && preview.mutate(f)}>
        {(props) => (
          <Button
            {...props}
            variant="light"
            size="xs"
            loading={preview.isPending}
            // A long label wraps on a phone instead of being cut.
            styles={{ root: { height: 'auto', minHeight: 30 }, label: { whiteSpace: 'normal' } }}
          >
            {t('plans.word.pick')}
          </Button>
        )}
      </FileButton>
      <MutationErrorAlert error={preview.error} />
      {read && (
        <Alert color="teal" title={t('plans.word.recognised')} p="xs">
          <List size="xs">
            {read.recognised.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
          {read.unrecognised.length > 0 && (
            <>
              <Text size="xs" fw={600} mt={6}>
                {t('plans.word.unrecognised')}
              </Text>
              <List size="xs">
                {read.unrecognised.map((r, i) => (
                  <List.Item key={i}>{r}</List.Item>
                ))}
              </List>
            </>
          )}
          <Button
            size="compact-xs"
            variant="subtle"
            mt={6}
            onClick={() => {
              setRead(null);
              onRead(null);
            }}
          >
            {t('plans.word.discard')}
          </Button>
        </Alert>
      )}
    </Stack>
  );
}
