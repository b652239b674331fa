import { useRef, useState } from 'react';
import type { FocusEvent } from 'react';
import { Button, CloseButton, Group, MultiSelect, Paper, Pill, Stack } from '@mantine/core';
import { foldVietnamese } from '@papi/domain';
import type { AgencyRef } from '@papi/domain';
import { agencyName } from '../labels.ts';
import { AgencyPicker } from './AgencyPicker.tsx';
import type { EditorProps } from './context.ts';
import { useEditorEnv } from './context.ts';
import type { Move } from './context.ts';

/** Commits when focus leaves the editor (a click elsewhere), as spreadsheets do. */
function useCommitOnLeave(commit: (move: Move) => void) {
  const done = useRef(false);
  const once = (move: Move) => {
    if (done.current) return;
    done.current = true;
    commit(move);
  };
  const onBlur = (e: FocusEvent<HTMLElement>) => {
    const next = e.relatedTarget as Node | null;
    if (!next || !e.currentTarget.contains(next)) once(null);
  };
  return { once, onBlur, cancelled: () => (done.current = true) };
}

export function DimensionEditor({ row }: EditorProps) {
  const env = useEditorEnv();
  const [codes, setCodes] = useState(row.dimensionCodes);
  const leave = useCommitOnLeave((move) => env.commit(row.key, { dimensionCodes: codes }, move));
  return (
    <Paper shadow="md" p="xs" withBorder miw={340} onBlur={leave.onBlur}>
      <MultiSelect
        autoFocus
        size="xs"
        aria-label={env.t('plans.editor.col.dimensions')}
        data={env.dimensions.map((d) => ({ value: d.code, label: `${d.code} – ${d.name}` }))}
        value={codes}
        onChange={setCodes}
        searchable
        defaultDropdownOpened
        maxDropdownHeight={260}
        comboboxProps={{ withinPortal: false }}
        filter={({ options, search }) => {
          const q = foldVietnamese(search);
          return options.filter((o) => 'label' in o && foldVietnamese(o.label).includes(q));
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            leave.cancelled();
            env.cancel();
          } else if (e.key === 'Tab') {
            e.preventDefault();
            leave.once(e.shiftKey ? 'left' : 'right');
          } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            leave.once('down');
          }
        }}
      />
    </Paper>
  );
}

export function LeadEditor({ row, seed }: EditorProps) {
  const env = useEditorEnv();
  return (
    <Paper shadow="md" p="xs" withBorder miw={320}>
      <AgencyPicker
        autoFocus
        allowClear
        planId={env.planId}
        agencies={env.agencies}
        initialSearch={seed ?? ''}
        placeholder={row.lead ? agencyName(row.lead) : undefined}
        onPick={(lead) => env.commit(row.key, { lead }, 'down')}
        onCancel={env.cancel}
        onTab={(back) => env.commit(row.key, {}, back ? 'left' : 'right')}
      />
    </Paper>
  );
}

const same = (a: AgencyRef, b: AgencyRef) => agencyName(a) === agencyName(b);

export function CooperatingEditor({ row, seed }: EditorProps) {
  const env = useEditorEnv();
  const [list, setList] = useState(row.cooperating);
  const leave = useCommitOnLeave((move) => env.commit(row.key, { cooperating: list }, move));
  return (
    <Paper shadow="md" p="xs" withBorder miw={340} onBlur={leave.onBlur}>
      <Stack gap={6}>
        {list.length > 0 && (
          <Group gap={4}>
            {list.map((ref, i) => (
              <Pill
                key={`${agencyName(ref)}-${i}`}
                withRemoveButton
                onRemove={() => setList(list.filter((_, j) => j !== i))}
                removeButtonProps={{
                  'aria-label': env.t('plans.editor.remove', { name: agencyName(ref) }),
                }}
              >
                {agencyName(ref)}
              </Pill>
            ))}
          </Group>
        )}
        <AgencyPicker
          key={list.length}
          autoFocus
          planId={env.planId}
          agencies={env.agencies}
          initialSearch={list.length === row.cooperating.length ? (seed ?? '') : ''}
          onPick={(ref) => ref && !list.some((x) => same(x, ref)) && setList([...list, ref])}
          onCancel={() => {
            leave.cancelled();
            env.cancel();
          }}
          onTab={(back) => leave.once(back ? 'left' : 'right')}
        />
        <Group justify="flex-end" gap={4}>
          <CloseButton
            size="sm"
            aria-label={env.t('common.cancel')}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              leave.cancelled();
              env.cancel();
            }}
          />
          <Button size="compact-xs" onClick={() => leave.once('down')}>
            {env.t('plans.editor.done')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
