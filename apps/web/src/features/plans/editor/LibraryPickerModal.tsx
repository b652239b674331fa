import { useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useT } from '../../../i18n/index.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { useSolutions } from '../library/api.ts';
import type { Solution } from '../library/api.ts';
import { useEditorEnv } from './context.ts';
import { rowsFrom } from './libraryRows.ts';
import type { EditorRow } from './rows.ts';
import type { Layout } from './useTaskEditor.ts';
import { SurveySuggestions } from './SurveySuggestions.tsx';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Starts filtered on the active row's dimension. */
  dimension: string | null | undefined;
  onInsert: (rows: EditorRow[]) => void;
  existing: readonly EditorRow[];
  layout: Layout;
  /** The plan's unit: its weakest sub-dimensions in its latest survey are suggested. */
  unitId: number;
}

export function LibraryPickerModal(props: Props) {
  if (!props.opened) return null;
  return <Picker {...props} />;
}

function Picker({ onClose, dimension, onInsert, existing, layout, unitId }: Props) {
  const t = useT();
  const env = useEditorEnv();
  const [q, setQ] = useState('');
  const [dim, setDim] = useState<string | null>(dimension ?? null);
  const [debounced] = useDebouncedValue(q.trim(), 250);
  // Chosen solutions survive a new search, so several topics can be gathered in one visit.
  const [chosen, setChosen] = useState<Solution[]>([]);
  const isChosen = (id: number) => chosen.some((c) => c.id === id);
  const toggle = (s: Solution) =>
    setChosen(isChosen(s.id) ? chosen.filter((c) => c.id !== s.id) : [...chosen, s]);
  const list = useSolutions({
    q: debounced || undefined,
    dimension: dim ?? undefined,
    pageSize: 50,
  });
  return (
    <Modal opened onClose={onClose} title={t('plans.library.pickTitle')} size="xl">
      <Stack gap="sm">
        <SurveySuggestions unitId={unitId} active={dim} onPick={setDim} />
        <Group gap="xs" grow>
          <TextInput
            autoFocus
            placeholder={t('plans.library.search')}
            aria-label={t('plans.library.search')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
          <Select
            clearable
            placeholder={t('plans.editor.filterDimension')}
            aria-label={t('plans.editor.filterDimension')}
            data={env.dimensions.map((d) => ({ value: d.code, label: `${d.code} – ${d.name}` }))}
            value={dim}
            onChange={setDim}
          />
        </Group>
        {!list.data ? (
          <QueryState error={list.error} retry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('plans.library.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah="60vh">
            <Stack gap="xs">
              {list.data.items.map((s) => (
                <Paper key={s.id} withBorder p="xs">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Checkbox
                      mt={2}
                      checked={isChosen(s.id)}
                      onChange={() => toggle(s)}
                      aria-label={t('plans.library.choose', { title: s.title })}
                    />
                    <Stack gap={2} style={{ flex: 1 }}>
                      <Text size="sm" fw={600}>
                        {s.dimensionCode} · {s.title}
                      </Text>
                      <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-line' }}>
                        {s.content}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('plans.library.used', { n: s.usedInPlans })}
                        {s.source ? ` · ${s.source}` : ''}
                      </Text>
                    </Stack>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => onInsert(rowsFrom([s], existing, layout, env.agencies))}
                    >
                      {t('plans.library.insert')}
                    </Button>
                  </Group>
                </Paper>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
        <Group justify="flex-end">
          <Button
            disabled={chosen.length === 0}
            onClick={() => onInsert(rowsFrom(chosen, existing, layout, env.agencies))}
          >
            {t('plans.library.insertChosen', { n: chosen.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
