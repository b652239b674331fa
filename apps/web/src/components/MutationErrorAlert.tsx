import { Alert, Button, List, Text } from '@mantine/core';
import { errorReasons, isApiError } from '../api/client.ts';
import { useT } from '../i18n/index.ts';

interface Props {
  error: Error | null;
  /** Offered when someone else changed the record first (409): reload and edit again. */
  onReload?: () => void;
}

/**
 * Splits an error into a headline and a list. The server often joins its reasons into the
 * message as well as listing them in details; showing both would repeat every sentence.
 */
function describe(error: Error): { headline: string | null; reasons: string[] } {
  const reasons = [...new Set(errorReasons(error))].filter((r) => r !== error.message);
  if (reasons.length > 1 && reasons.every((r) => error.message.includes(r))) {
    return { headline: null, reasons };
  }
  return { headline: error.message, reasons: reasons.filter((r) => !error.message.includes(r)) };
}

/** A failed save, shown inside the form so the user's input is not lost. */
export function MutationErrorAlert({ error, onReload }: Props) {
  const t = useT();
  if (!error) return null;
  const conflict = isApiError(error) && error.status === 409;
  const { headline, reasons } = describe(error);
  return (
    <Alert color={conflict ? 'orange' : 'red'} role="alert">
      {headline && <Text size="sm">{headline}</Text>}
      {reasons.length > 0 && (
        <List size="sm" mt={headline ? 4 : 0}>
          {reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
      )}
      {conflict && onReload && (
        <Button size="xs" mt="sm" variant="white" color="orange" onClick={onReload}>
          {t('common.reload')}
        </Button>
      )}
    </Alert>
  );
}
