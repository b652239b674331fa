/**
 * Group chips in the lead and cooperating cells ("UBND các xã, phường · 12 đơn vị") and the
 * members modal they open. The opener travels in its own context with a stable value, so
 * memoised rows do not re-render when the editor's other state changes.
 */
import { createContext, Fragment, useCallback, useContext, useState } from 'react';
import type { ReactNode } from 'react';
import type { AgencyRef } from '@papi/domain';
import { useT } from '../../../i18n/index.ts';
import { agencyName } from '../labels.ts';
import classes from './Grid.module.css';
import { GroupMembersModal } from './GroupMembersModal.tsx';
import type { EditorRow } from './rows.ts';
import { focusGrid } from './context.ts';

/** Which ref of a row: its lead, or the n-th cooperating agency. */
export type GroupSlot = 'lead' | number;
type Open = (key: string, slot: GroupSlot) => void;
const GroupOpenContext = createContext<Open | null>(null);

export function AgencyCell({ row, col }: { row: EditorRow; col: 'lead' | 'cooperating' }) {
  const t = useT();
  const open = useContext(GroupOpenContext);
  const refs: [AgencyRef, GroupSlot][] =
    col === 'lead'
      ? row.lead
        ? [[row.lead, 'lead']]
        : []
      : row.cooperating.map((r, i) => [r, i] as [AgencyRef, GroupSlot]);
  return refs.map(([ref, slot], i) => (
    <Fragment key={i}>
      {i > 0 && '; '}
      {ref.kind === 'group' && open ? (
        <button
          type="button"
          className={`${classes.groupChip} ${ref.memberIds.length === 0 ? classes.groupChipEmpty : ''}`}
          title={t('plans.groups.open', { label: ref.label })}
          // The cell selects itself on mouse down; the chip opens the modal instead.
          onMouseDown={(e) => e.stopPropagation()}
          onDoubleClick={(e) => e.stopPropagation()}
          onClick={() => open(row.key, slot)}
        >
          {ref.label}{' '}
          <span className={classes.groupCount}>
            ·{' '}
            {ref.memberIds.length > 0
              ? t('plans.groups.members', { count: ref.memberIds.length })
              : t('plans.groups.noMembers')}
          </span>
        </button>
      ) : (
        agencyName(ref)
      )}
    </Fragment>
  ));
}

interface HostProps {
  planId: number;
  rows: readonly EditorRow[];
  onChange: (key: string, patch: Partial<EditorRow>) => void;
  children: ReactNode;
}

/** Provides the chips' opener and shows the modal for the group clicked. */
export function GroupMembersHost({ planId, rows, onChange, children }: HostProps) {
  const [target, setTarget] = useState<{ key: string; slot: GroupSlot } | null>(null);
  const open = useCallback<Open>((key, slot) => setTarget({ key, slot }), []);
  const row = target ? rows.find((r) => r.key === target.key) : undefined;
  const ref =
    row && target ? (target.slot === 'lead' ? row.lead : row.cooperating[target.slot]) : null;
  const group = ref?.kind === 'group' ? ref : null;
  const close = () => {
    setTarget(null);
    focusGrid();
  };
  const save = (memberIds: string[]) => {
    if (row && group && target) {
      const next: AgencyRef = { ...group, memberIds };
      onChange(
        row.key,
        target.slot === 'lead'
          ? { lead: next }
          : { cooperating: row.cooperating.map((r, i) => (i === target.slot ? next : r)) },
      );
    }
    close();
  };
  return (
    <GroupOpenContext.Provider value={open}>
      {children}
      <GroupMembersModal planId={planId} group={group} onSave={save} onClose={close} />
    </GroupOpenContext.Provider>
  );
}
