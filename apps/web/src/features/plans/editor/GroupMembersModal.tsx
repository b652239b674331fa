import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  ScrollArea,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { matchesSearch } from '@papi/domain';
import { useT } from '../../../i18n/index.ts';
import { useGroupMembers } from '../api.ts';

export interface GroupValue {
  label: string;
  memberIds: string[];
}

interface Props {
  planId: number;
  /** The group being edited; null keeps the modal closed. */
  group: GroupValue | null;
  onSave: (memberIds: string[]) => void;
  onClose: () => void;
}

// A national plan may list thousands of agencies: the list shows the first ones and asks
// for a few letters instead of rendering every checkbox.
const SHOWN = 200;

/** The members of a group ("UBND các xã, phường"): pick them, or take the suggestion. */
export function GroupMembersModal({ planId, group, onSave, onClose }: Props) {
  const t = useT();
  return (
    <Modal
      opened={group !== null}
      onClose={onClose}
      size="lg"
      title={group ? t('plans.groups.title', { label: group.label }) : ''}
    >
      {group && (
        <MembersForm
          key={group.label}
          planId={planId}
          group={group}
          onSave={onSave}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function MembersForm({ planId, group, onSave, onClose }: Props & { group: GroupValue }) {
  const t = useT();
  const data = useGroupMembers(planId, group.label, true);
  const [selected, setSelected] = useState<string[]>(group.memberIds);
  const [search, setSearch] = useState('');
  const [onlySelected, setOnlySelected] = useState(false);
  // The group's members as opened come first; the order stays put while boxes are ticked.
  const agencies = useMemo(() => {
    const members = new Set(group.memberIds);
    const all = data.data?.agencies ?? [];
    return [...all.filter((a) => members.has(a.id)), ...all.filter((a) => !members.has(a.id))];
  }, [data.data, group.memberIds]);
  const chosen = useMemo(() => new Set(selected), [selected]);
  const matching = useMemo(
    () =>
      agencies.filter(
        (a) =>
          (!onlySelected || chosen.has(a.id)) &&
          (a.active || chosen.has(a.id)) &&
          matchesSearch(`${a.name} ${a.unitName}`, search),
      ),
    [agencies, onlySelected, chosen, search],
  );
  const suggested = data.data?.suggestedIds ?? [];

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('plans.groups.hint')}
      </Text>
      {data.isPending ? (
        <Loader size="sm" />
      ) : data.data?.recognised ? (
        <Group justify="space-between" gap="xs">
          <Text size="sm">{t('plans.groups.suggestCount', { count: suggested.length })}</Text>
          <Button size="compact-sm" variant="light" onClick={() => setSelected(suggested)}>
            {t('plans.groups.suggest')}
          </Button>
        </Group>
      ) : (
        <Alert variant="light" color="yellow" p="xs">
          {t('plans.groups.suggestNone')}
        </Alert>
      )}
      <TextInput
        size="sm"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        placeholder={t('plans.groups.search')}
        aria-label={t('plans.groups.search')}
        data-autofocus
      />
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {t('plans.groups.selected', { count: selected.length })}
        </Text>
        <Group gap="sm">
          <Switch
            size="xs"
            checked={onlySelected}
            onChange={(e) => setOnlySelected(e.currentTarget.checked)}
            label={t('plans.groups.onlySelected')}
          />
          <Button
            size="compact-xs"
            variant="subtle"
            color="gray"
            disabled={selected.length === 0}
            onClick={() => setSelected([])}
          >
            {t('plans.groups.clear')}
          </Button>
        </Group>
      </Group>
      <ScrollArea.Autosize mah={360} type="auto">
        <Checkbox.Group value={selected} onChange={setSelected}>
          <Stack gap={6} pr="sm">
            {matching.slice(0, SHOWN).map((a) => (
              <Checkbox key={a.id} value={a.id} label={a.name} description={a.unitName} size="xs" />
            ))}
          </Stack>
        </Checkbox.Group>
        {!data.isPending && matching.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('plans.groups.none')}
          </Text>
        )}
        {matching.length > SHOWN && (
          <Text size="xs" c="dimmed" mt="xs">
            {t('plans.groups.more', { count: matching.length - SHOWN })}
          </Text>
        )}
      </ScrollArea.Autosize>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => onSave(selected)} disabled={data.isPending}>
          {t('plans.groups.apply')}
        </Button>
      </Group>
    </Stack>
  );
}
