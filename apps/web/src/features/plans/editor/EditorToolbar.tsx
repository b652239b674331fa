import { Button, Group, SegmentedControl, Select, Switch, Text, TextInput } from '@mantine/core';
import { useT } from '../../../i18n/index.ts';

export interface Filters {
  dimension: string | null;
  lead: string | null;
  text: string;
  problems: boolean;
}
export const NO_FILTERS: Filters = { dimension: null, lead: null, text: '', problems: false };

interface Props {
  hasCursor: boolean;
  pasteMode: 'insert' | 'overwrite';
  onPasteMode: (mode: 'insert' | 'overwrite') => void;
  onAdd: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onMove: (delta: -1 | 1) => void;
  onRenumber: () => void;
  onLibrary: (() => void) | null;
  filters: Filters;
  onFilters: (f: Filters) => void;
  dimensionOptions: { value: string; label: string }[];
  leadOptions: { value: string; label: string }[];
  shown: number;
  total: number;
}

export function EditorToolbar(props: Props) {
  const t = useT();
  const { filters, onFilters } = props;
  const none = !props.hasCursor;
  return (
    <>
      <Group gap="xs" wrap="wrap">
        <Button size="xs" onClick={props.onAdd}>
          {t('plans.editor.add')}
        </Button>
        <Button size="xs" variant="default" disabled={none} onClick={props.onDuplicate}>
          {t('plans.editor.duplicate')}
        </Button>
        <Button size="xs" variant="default" color="red" disabled={none} onClick={props.onDelete}>
          {t('plans.editor.delete')}
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={none}
          onClick={() => props.onMove(-1)}
          aria-label={t('plans.editor.moveUp')}
          title={t('plans.editor.moveUp')}
        >
          ↑
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={none}
          onClick={() => props.onMove(1)}
          aria-label={t('plans.editor.moveDown')}
          title={t('plans.editor.moveDown')}
        >
          ↓
        </Button>
        <Button size="xs" variant="default" onClick={props.onRenumber}>
          {t('plans.editor.renumber')}
        </Button>
        {props.onLibrary && (
          <Button size="xs" variant="light" onClick={props.onLibrary}>
            {t('plans.editor.fromLibrary')}
          </Button>
        )}
        {/* Wraps under its label on a phone instead of running off the screen. */}
        <Group gap={6} wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('plans.editor.pasteMode')}
          </Text>
          <SegmentedControl
            size="xs"
            value={props.pasteMode}
            onChange={(v) => props.onPasteMode(v === 'overwrite' ? 'overwrite' : 'insert')}
            data={[
              { value: 'insert', label: t('plans.editor.pasteInsert') },
              { value: 'overwrite', label: t('plans.editor.pasteOverwrite') },
            ]}
          />
        </Group>
      </Group>
      <Group gap="xs" wrap="wrap" align="flex-end">
        <Select
          size="xs"
          w={220}
          clearable
          placeholder={t('plans.editor.filterDimension')}
          aria-label={t('plans.editor.filterDimension')}
          data={props.dimensionOptions}
          value={filters.dimension}
          onChange={(dimension) => onFilters({ ...filters, dimension })}
        />
        <Select
          size="xs"
          w={240}
          clearable
          searchable
          placeholder={t('plans.editor.filterLead')}
          aria-label={t('plans.editor.filterLead')}
          data={props.leadOptions}
          value={filters.lead}
          onChange={(lead) => onFilters({ ...filters, lead })}
        />
        <TextInput
          size="xs"
          w={220}
          placeholder={t('plans.editor.filterText')}
          aria-label={t('plans.editor.filterText')}
          value={filters.text}
          onChange={(e) => onFilters({ ...filters, text: e.currentTarget.value })}
        />
        <Switch
          size="xs"
          label={t('plans.editor.filterProblems')}
          checked={filters.problems}
          onChange={(e) => onFilters({ ...filters, problems: e.currentTarget.checked })}
        />
        <Text size="xs" c="dimmed">
          {t('plans.editor.shown', { shown: props.shown, total: props.total })}
        </Text>
      </Group>
    </>
  );
}
