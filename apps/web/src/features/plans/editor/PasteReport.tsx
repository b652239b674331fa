import { Alert, List, Text } from '@mantine/core';
import { useT } from '../../../i18n/index.ts';
import type { PasteProblem } from './paste.ts';
import { domainText } from '../../../i18n/domain-text.ts';

export interface PasteOutcome {
  rows: number;
  problems: PasteProblem[];
  unmatched: string[];
}

/** What the last paste did and what it could not read, by pasted row and column. */
export function PasteReport({ outcome, onClose }: { outcome: PasteOutcome; onClose: () => void }) {
  const t = useT();
  const clean = outcome.problems.length === 0 && outcome.unmatched.length === 0;
  return (
    <Alert
      color={clean ? 'green' : 'orange'}
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t('common.close')}
      title={t('plans.editor.pasted', { n: outcome.rows })}
    >
      {outcome.problems.length > 0 && (
        <List size="sm">
          {outcome.problems.slice(0, 20).map((p, i) => (
            <List.Item key={i}>
              {t('plans.editor.pasteProblem', {
                row: p.row,
                column: t(`plans.editor.col.${p.column}`),
                message: domainText(p.message),
              })}
            </List.Item>
          ))}
        </List>
      )}
      {outcome.unmatched.length > 0 && (
        <Text size="sm" mt={4}>
          {t('plans.editor.unmatched', { names: outcome.unmatched.join('; ') })}
        </Text>
      )}
    </Alert>
  );
}
