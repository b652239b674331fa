import { useMemo, useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { usePlanAgencySearch } from '../api.ts';
import { Combobox, Text, TextInput, useCombobox } from '@mantine/core';
import { matchesSearch } from '@papi/domain';
import type { AgencyRef } from '@papi/domain';
import { useT } from '../../../i18n/index.ts';
import { toRef } from './agencyMatch.ts';
import type { AgencyOption } from './agencyMatch.ts';

interface Props {
  /** The plan whose catalogue is searched (its unit's subtree and the units above). */
  planId: number;
  agencies: readonly AgencyOption[];
  onPick: (ref: AgencyRef | null) => void;
  onCancel?: () => void;
  /** Offer "no agency" (clearing a lead). */
  allowClear?: boolean;
  initialSearch?: string;
  autoFocus?: boolean;
  placeholder?: string;
  label?: string;
  /** Tab out: the editor commits what it holds. */
  onTab?: (back: boolean) => void;
}

const GROUP = '__group__';
const CLEAR = '__clear__';

/**
 * One agency from the whole catalogue the plan may name (searched on the server without
 * accents), or the typed wording kept as a group ("UBND các xã") for a collective.
 */
export function AgencyPicker(props: Props) {
  const { agencies, onPick, onCancel, allowClear, initialSearch = '', autoFocus } = props;
  const t = useT();
  const [search, setSearch] = useState(initialSearch);
  const combobox = useCombobox({ defaultOpened: autoFocus });
  // The unit's own agencies answer at once; the server searches the whole catalogue the plan
  // may name (communes below, departments above), so nothing depends on a preloaded page.
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const remote = usePlanAgencySearch(props.planId, debounced);
  const options = useMemo(() => {
    const local = agencies.filter(
      (a) => a.active !== false && matchesSearch(`${a.name} ${a.shortName}`, search),
    );
    const known = new Set(local.map((a) => a.id));
    const others: AgencyOption[] = (remote.data?.items ?? []).filter((a) => !known.has(a.id));
    return [...local.slice(0, 50), ...others];
  }, [agencies, search, remote.data]);

  const pick = (value: string) => {
    if (value === CLEAR) return onPick(null);
    if (value === GROUP) return onPick({ kind: 'group', label: search.trim(), memberIds: [] });
    const found = options.find((a) => String(a.id) === value);
    if (found) onPick(toRef(found));
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal={false}>
      <Combobox.Target>
        <TextInput
          size="xs"
          label={props.label}
          autoFocus={autoFocus}
          value={search}
          placeholder={props.placeholder ?? t('plans.editor.agencySearch')}
          aria-label={props.label ?? t('plans.editor.agencySearch')}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            combobox.openDropdown();
            combobox.selectFirstOption();
          }}
          onFocus={() => combobox.openDropdown()}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              onCancel?.();
            } else if (e.key === 'Tab' && props.onTab) {
              e.preventDefault();
              props.onTab(e.shiftKey);
            }
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={260} style={{ overflowY: 'auto' }}>
          {options.map((a) => (
            <Combobox.Option value={String(a.id)} key={a.id}>
              <Text size="sm">{a.name}</Text>
              {a.unitName && (
                <Text size="xs" c="dimmed">
                  {a.unitName}
                </Text>
              )}
            </Combobox.Option>
          ))}
          {search.trim().length >= 2 && (
            <Combobox.Option value={GROUP}>
              <Text size="sm" c="blue.8">
                {t('plans.editor.asGroup', { text: search.trim() })}
              </Text>
            </Combobox.Option>
          )}
          {allowClear && (
            <Combobox.Option value={CLEAR}>
              <Text size="sm" c="dimmed">
                {t('plans.editor.noAgency')}
              </Text>
            </Combobox.Option>
          )}
          {options.length === 0 && search.trim().length < 2 && (
            <Combobox.Empty>{t('plans.editor.noAgencyFound')}</Combobox.Empty>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
