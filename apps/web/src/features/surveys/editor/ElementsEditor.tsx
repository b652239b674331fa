import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useT } from '../../../i18n/index.ts';
import { CardTable } from '../../../components/CardTable.tsx';
import { leafElements, uniqueName, type EdDoc } from './model.ts';

interface Props {
  ed: EdDoc;
  edit: (change: (d: EdDoc) => void) => void;
}

/**
 * The element tree scored questions measure (dimension → sub-dimension). A copy of PAPI
 * brings the framework's; an own instrument writes its own here. Folded by default.
 */
export function ElementsEditor({ ed, edit }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const leaves = leafElements(ed).length;
  return (
    <Paper withBorder p="sm" radius="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">
          {t('surveyEditor.elements.summary', { n: ed.elements.length, leaves })}
          {ed.framework && ` · ${ed.framework.index} ${ed.framework.edition}`}
        </Text>
        <Button
          size="compact-xs"
          variant="light"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {t(open ? 'surveyEditor.q.closeShort' : 'surveyEditor.elements.edit')}
        </Button>
      </Group>
      {open && (
        <Stack gap="xs" mt="sm">
          <CardTable minWidth={560} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={120}>{t('surveyEditor.elements.code')}</Table.Th>
                <Table.Th>{t('surveyEditor.elements.name')}</Table.Th>
                <Table.Th w={160}>{t('surveyEditor.elements.parent')}</Table.Th>
                <Table.Th w={50} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ed.elements.map((e, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    <TextInput
                      aria-label={t('surveyEditor.elements.codeOf', { n: i + 1 })}
                      value={e.code}
                      maxLength={32}
                      onChange={(ev) => {
                        const code = ev.currentTarget.value;
                        edit((d) => {
                          // Children and scored questions follow the renamed element.
                          for (const x of d.elements) if (x.parent === e.code) x.parent = code;
                          for (const s of d.sections)
                            for (const q of s.questions)
                              if (q.scoring?.element === e.code) q.scoring.element = code;
                          d.elements[i]!.code = code;
                        });
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('surveyEditor.elements.nameOf', { n: i + 1 })}
                      value={e.nameVi}
                      maxLength={300}
                      onChange={(ev) => {
                        const nameVi = ev.currentTarget.value;
                        edit((d) => void (d.elements[i]!.nameVi = nameVi));
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('surveyEditor.elements.parentOf', { n: i + 1 })}
                      placeholder={t('surveyEditor.elements.top')}
                      data={ed.elements
                        .filter((x) => x.code !== e.code && x.code)
                        .map((x) => x.code)}
                      value={e.parent}
                      onChange={(v) => edit((d) => void (d.elements[i]!.parent = v))}
                      clearable
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('surveyEditor.elements.remove', { n: i + 1 })}
                      onClick={() => edit((d) => void d.elements.splice(i, 1))}
                    >
                      ✕
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CardTable>
          <Group>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() =>
                edit(
                  (d) =>
                    void d.elements.push({
                      code: uniqueName(
                        `D${d.elements.length + 1}`,
                        new Set(d.elements.map((x) => x.code)),
                      ),
                      nameVi: '',
                      parent: null,
                    }),
                )
              }
            >
              {t('surveyEditor.elements.add')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
