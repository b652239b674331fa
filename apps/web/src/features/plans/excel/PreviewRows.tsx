import { useState } from 'react';
import { Badge, Button, Group, Paper, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useT } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import { deadlineLabel } from '../labels.ts';
import type { AppendixPreview } from './api.ts';
import { domainText } from '../../../i18n/domain-text.ts';

type Row = AppendixPreview['rows'][number];

interface Props {
  preview: AppendixPreview;
  /** Changes a row's dimension link; null clears the user's choice. */
  onLink: (row: number, codes: string[] | null) => void;
}

const INDENT_PX = 14;

/**
 * Every row as it will be saved: headings bold and indented by level (the plan's
 * structure), each row's dimension link with why it was chosen and a picker to change it,
 * cells taken from the heading above marked, and the row's problems and notes.
 */
export function PreviewRows({ preview, onLink }: Props) {
  const t = useT();
  const byRow = new Map<number, string[]>();
  const bad = new Set<number>();
  const add = (row: number | null, text: string) =>
    row !== null && byRow.set(row, [...(byRow.get(row) ?? []), text]);
  for (const i of preview.issues) {
    add(
      i.row,
      `${i.column ? `${t('plans.excel.column', { column: i.column })}: ` : ''}${domainText(i.message)}`,
    );
    if (i.severity === 'error' && i.row !== null) bad.add(i.row);
  }
  for (const i of preview.planIssues) add(i.row, domainText(i.message));
  const options = [
    { value: '', label: t('plans.excel.noLink') },
    ...preview.dimensions.map((d) => ({ value: d.code, label: `${d.code} ${d.name}` })),
  ];
  const inherited = (r: Row, field: 'lead' | 'deadline') =>
    r.inherited.includes(field) ? (
      <Text span size="xs" c="blue.8" fs="italic" display="block">
        ↳ {t('plans.excel.inherited')}
      </Text>
    ) : null;

  const phone = useMediaQuery('(max-width: 48em)') ?? false;
  const deadline = (r: Row) =>
    r.deadline ? deadlineLabel(t, r.deadline, formatDate) : (r.deadlineText ?? '');
  const linkCell = (r: Row) => (
    <Stack gap={2}>
      <LinkPicker
        label={t('plans.excel.linkFor', { row: r.row })}
        options={options}
        value={r.link.codes[0] ?? ''}
        onChange={(v) => onLink(r.row, v ? [v] : [])}
      />
      {r.link.reason && (
        <Text size="xs" c="dimmed" lh={1.25}>
          {r.link.by === 'number' || r.link.by === 'name' ? (
            <Badge size="xs" variant="light" mr={4}>
              {t(r.link.by === 'number' ? 'plans.excel.byNumber' : 'plans.excel.byName')}
            </Badge>
          ) : null}
          {domainText(r.link.reason)}
        </Text>
      )}
    </Stack>
  );

  // On a phone: one card per row, indented by level, instead of a wide table.
  if (phone)
    return (
      <Stack gap={6}>
        {preview.rows.map((r) => {
          const notes = [...r.notes.map(domainText), ...(byRow.get(r.row) ?? [])];
          return (
            <Paper
              key={r.row}
              withBorder
              p={6}
              ml={(r.level - 1) * 10}
              bg={bad.has(r.row) ? 'red.0' : r.group ? 'gray.1' : undefined}
            >
              <Text
                size="sm"
                fw={r.group ? 700 : 500}
                fs={r.group && r.level > 1 ? 'italic' : undefined}
              >
                {r.number ? `${r.number}. ` : ''}
                {r.content}{' '}
                <Text span size="xs" c="dimmed" fw={400}>
                  ({t('plans.excel.rows', { rows: r.row })})
                </Text>
              </Text>
              {linkCell(r)}
              {(r.lead || r.deadlineText) && (
                <Group gap="xs" mt={2}>
                  {r.lead && (
                    <Text size="xs">
                      {r.lead}
                      {inherited(r, 'lead')}
                    </Text>
                  )}
                  {r.deadlineText && (
                    <Text size="xs">
                      {deadline(r)}
                      {inherited(r, 'deadline')}
                    </Text>
                  )}
                </Group>
              )}
              {notes.length > 0 && (
                <Text size="xs" c={bad.has(r.row) ? 'red.8' : 'orange.9'}>
                  {notes.join(' · ')}
                </Text>
              )}
            </Paper>
          );
        })}
      </Stack>
    );

  return (
    <ScrollArea.Autosize mah="55vh">
      <Table withTableBorder withColumnBorders fz="xs" miw={1100} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>{t('plans.excel.row')}</Table.Th>
            <Table.Th w={56}>{t('plans.tasks.stt')}</Table.Th>
            <Table.Th>{t('plans.tasks.content')}</Table.Th>
            <Table.Th w={230}>{t('plans.excel.link')}</Table.Th>
            <Table.Th w={190}>{t('plans.tasks.lead')}</Table.Th>
            <Table.Th w={120}>{t('plans.tasks.deadline')}</Table.Th>
            <Table.Th w={240}>{t('plans.excel.problems')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.rows.map((r) => {
            const notes = [...r.notes.map(domainText), ...(byRow.get(r.row) ?? [])];
            return (
              <Table.Tr
                key={r.row}
                bg={bad.has(r.row) ? 'red.0' : r.group ? `gray.${r.level > 1 ? 0 : 1}` : undefined}
              >
                <Table.Td>{r.row}</Table.Td>
                <Table.Td fw={r.group ? 700 : undefined}>{r.number}</Table.Td>
                <Table.Td
                  fw={r.group ? 700 : undefined}
                  fs={r.group && r.level > 1 ? 'italic' : undefined}
                  style={{ paddingLeft: 8 + (r.level - 1) * INDENT_PX }}
                >
                  {r.content}
                </Table.Td>
                <Table.Td>{linkCell(r)}</Table.Td>
                <Table.Td>
                  {r.lead}
                  {inherited(r, 'lead')}
                  {r.cooperating.length > 0 && !r.group && (
                    <Text size="xs" c="dimmed">
                      {t('plans.excel.cooperating')}: {r.cooperating.map((c) => c.name).join('; ')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {deadline(r)}
                  {inherited(r, 'deadline')}
                </Table.Td>
                <Table.Td c={bad.has(r.row) ? 'red.8' : 'orange.9'}>{notes.join(' · ')}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

interface LinkPickerProps {
  label: string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}

/** The link as a button; the picker mounts on click, so a 5,000-row file stays light. */
function LinkPicker({ label, options, value, onChange }: LinkPickerProps) {
  const [open, setOpen] = useState(false);
  const current = options.find((o) => o.value === value)?.label ?? options[0]!.label;
  if (!open)
    return (
      <Button
        size="compact-xs"
        variant="default"
        aria-label={label}
        onClick={() => setOpen(true)}
        styles={{ label: { whiteSpace: 'normal', textAlign: 'left', lineHeight: 1.35 } }}
        h="auto"
        py={2}
        justify="flex-start"
      >
        {current}
      </Button>
    );
  return (
    <Select
      size="xs"
      searchable
      autoFocus
      defaultDropdownOpened
      aria-label={label}
      data={options}
      value={value}
      onDropdownClose={() => setOpen(false)}
      onChange={(v) => {
        setOpen(false);
        onChange(v ?? '');
      }}
    />
  );
}
