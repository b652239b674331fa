import { Alert, Anchor, List, Text } from '@mantine/core';
import type { InstrumentIssue } from '@papi/domain';
import { useT } from '../../../i18n/index.ts';
import { domainText } from '../../../i18n/domain-text.ts';
import type { EdDoc } from './model.ts';

const PATH = /^sections\[(\d+)\](?:\.questions\[(\d+)\])?/;

interface Props {
  ed: EdDoc;
  issues: readonly InstrumentIssue[];
  /** Opens the question and brings it into view. */
  onShow: (key: string) => void;
}

/** Every problem left before publishing, each linked to the question it is about. */
export function IssueSummary({ ed, issues, onShow }: Props) {
  const t = useT();
  if (issues.length === 0)
    return (
      <Alert color="green" data-testid="issue-summary">
        {t('surveyEditor.issues.none')}
      </Alert>
    );
  return (
    <Alert
      color="yellow"
      title={t('surveyEditor.issues.title', { n: issues.length })}
      data-testid="issue-summary"
    >
      <List size="sm" spacing={2}>
        {issues.slice(0, 50).map((issue, n) => {
          const m = PATH.exec(issue.path);
          const si = m ? Number(m[1]) : -1;
          const q = m?.[2] !== undefined ? ed.sections[si]?.questions[Number(m[2])] : undefined;
          return (
            <List.Item key={n}>
              {q ? (
                <Anchor component="button" type="button" size="sm" onClick={() => onShow(q.key)}>
                  {q.name}
                </Anchor>
              ) : si >= 0 ? (
                <Text span size="sm" fw={500}>
                  {t('surveyEditor.issues.section', { n: si + 1 })}
                </Text>
              ) : null}
              {(q || si >= 0) && ': '}
              {domainText(issue.message)}
            </List.Item>
          );
        })}
      </List>
      {issues.length > 50 && (
        <Text size="sm" mt={4}>
          {t('surveyEditor.issues.more', { n: issues.length - 50 })}
        </Text>
      )}
    </Alert>
  );
}
