import { Badge, Group, List, Paper, Text, Title, UnstyledButton } from '@mantine/core';

import { useT } from '../../i18n/index.ts';

import type { PlanIssue } from './api.ts';

import { scrollToTask } from './PlanTasksTable.tsx';
import { domainText } from '../../i18n/domain-text.ts';

export function PlanIssuesPanel({ issues }: { issues: PlanIssue[] }) {
  const t = useT();
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  return (
    <Paper withBorder p="md" radius="md" aria-labelledby="plan-issues-title">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="plan-issues-title">
          {t('plans.issues.title')}
        </Title>
        {issues.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('plans.issues.summary', { errors, warnings })}
          </Text>
        )}
      </Group>
      {issues.length === 0 ? (
        <Text size="sm" c="green.9">
          {t('plans.issues.none')}
        </Text>
      ) : (
        <List spacing={4} size="sm" listStyleType="none">
          {issues.map((issue, index) => {
            const color = issue.severity === 'error' ? 'red.8' : 'orange.8';
            return (
              <List.Item key={`${issue.rule}-${issue.taskNumber ?? ''}-${index}`}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge
                    color={issue.severity === 'error' ? 'red' : 'orange'}
                    variant="light"
                    style={{ flexShrink: 0 }}
                  >
                    {t(issue.severity === 'error' ? 'plans.issues.error' : 'plans.issues.warning')}
                  </Badge>
                  {issue.taskNumber ? (
                    <UnstyledButton
                      onClick={() => scrollToTask(issue.taskNumber ?? '')}
                      aria-label={t('plans.issues.goTo', { number: issue.taskNumber })}
                    >
                      <Text size="sm" fw={600} c={color} td="underline" span>
                        {t('plans.issues.task', { number: issue.taskNumber })}
                      </Text>
                    </UnstyledButton>
                  ) : (
                    <Text size="sm" fw={600} c={color} span>
                      {t('plans.issues.whole')}
                    </Text>
                  )}
                  <Text size="sm" c={color}>
                    {domainText(issue.message)}
                  </Text>
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
    </Paper>
  );
}

/** Top-level dimension of a task ("D2.3" → "D2"), or '' when it has none. */
