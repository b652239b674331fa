import { useState } from 'react';
import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useT } from '../../i18n/index.ts';
import {
  fileBase64,
  useImportAssignments,
  usePreviewImport,
  type AssignmentPreview,
  type ProgrammeDetail,
} from './api.ts';

const code = (c: string) => c.replace(/^D/, '');

/** The assignment table, the same grouped per agency, and its import from Excel. */
export function AssignmentTab({ p }: { p: ProgrammeDetail }) {
  const t = useT();
  const [view, setView] = useState<'table' | 'agency'>('table');
  const byAgency = new Map<string, string[]>();
  for (const a of p.assignments)
    byAgency.set(a.lead.name, [...(byAgency.get(a.lead.name) ?? []), code(a.elementCode)]);
  return (
    <Stack>
      <Group justify="space-between">
        <SegmentedControl
          value={view}
          onChange={(v) => setView(v as 'table' | 'agency')}
          data={[
            { value: 'table', label: t('programmes.tab.assignment') },
            { value: 'agency', label: t('programmes.assignment.byAgency') },
          ]}
        />
      </Group>
      {p.canEdit && <ImportAssignment p={p} />}
      {p.assignments.length === 0 ? (
        <Text c="dimmed">{t('programmes.assignment.empty')}</Text>
      ) : view === 'agency' ? (
        <List data-testid="assignment-by-agency">
          {[...byAgency].map(([agency, codes]) => (
            <List.Item key={agency}>
              {t('programmes.assignment.responsible', { agency, codes: codes.join(', ') })}
            </List.Item>
          ))}
        </List>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="assignment-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('programmes.assignment.element')}</Table.Th>
                <Table.Th>{t('programmes.assignment.lead')}</Table.Th>
                <Table.Th>{t('programmes.assignment.cooperating')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.assignments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    {code(a.elementCode)}. {a.elementName}
                  </Table.Td>
                  <Table.Td>{a.lead.name}</Table.Td>
                  <Table.Td>{a.cooperating.map((c) => c.name).join('; ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** Choose a file → preview (rows read, problems by row and column) → import all or nothing. */
function ImportAssignment({ p }: { p: ProgrammeDetail }) {
  const t = useT();
  const preview = usePreviewImport(p.id);
  const commit = useImportAssignments(p.id);
  const [file, setFile] = useState<{ filename: string; contentBase64: string } | null>(null);
  const [result, setResult] = useState<AssignmentPreview | null>(null);
  return (
    <Stack gap="xs">
      <Group>
        <FileButton
          accept=".xlsx,.csv"
          onChange={async (f) => {
            if (!f) return;
            const picked = { filename: f.name, contentBase64: await fileBase64(f) };
            setFile(picked);
            setResult(null);
            preview.mutate(picked, { onSuccess: setResult });
          }}
        >
          {(props) => (
            <Button variant="light" {...props}>
              {t('programmes.import.choose')}
            </Button>
          )}
        </FileButton>
        {result && file && result.problems.length === 0 && (
          <Button
            loading={commit.isPending}
            onClick={() =>
              commit.mutate({ ...file, version: p.version }, { onSuccess: () => setResult(null) })
            }
          >
            {t('programmes.import.commit')}
          </Button>
        )}
      </Group>
      <MutationErrorAlert error={preview.error ?? commit.error} />
      {result && (
        <Alert color={result.problems.length ? 'red' : 'green'} data-testid="import-preview">
          <Text size="sm">{t('programmes.import.rows', { count: result.rows.length })}</Text>
          {result.problems.length > 0 && (
            <>
              <Text size="sm" fw={600}>
                {t('programmes.import.problems', { count: result.problems.length })}
              </Text>
              <List size="sm">
                {result.problems.map((x, i) => (
                  <List.Item key={i}>{t('programmes.import.row', x)}</List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}
    </Stack>
  );
}
