import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Alert, Badge, Button, Paper, Stack, Text } from '@mantine/core';
import { implicitWaivers } from '@papi/domain';
import { SaveErrorAlert } from '../SaveErrorAlert.tsx';
import { formatNumber } from '../../../i18n/format.ts';
import { useLang, useT } from '../../../i18n/index.ts';
import { useElementLabels } from '../../indices/selection.ts';
import { useReplaceTasks } from '../api.ts';
import type { PlanDetail } from '../api.ts';
import { agencyName } from '../labels.ts';
import { cellText } from './cellText.ts';
import { COLUMN_WIDTHS, visibleColumns } from './columns.ts';
import type { ColumnId } from './columns.ts';
import { EditorEnvContext, focusGrid } from './context.ts';
import { EditorTitleBar } from './EditorTitleBar.tsx';
import { rowFilter } from './filterRows.ts';
import { EditorToolbar, NO_FILTERS } from './EditorToolbar.tsx';
import type { Filters } from './EditorToolbar.tsx';
import { liveIssues, pinServerIssues } from './liveIssues.ts';
import { pasteRows } from './paste.ts';
import { PasteReport } from './PasteReport.tsx';
import type { PasteOutcome } from './PasteReport.tsx';
import { displayOrder, fromTask, groupRows, toInput } from './rows.ts';
import type { EditorRow } from './rows.ts';
import { TaskGrid } from './TaskGrid.tsx';
import type { GridGroup } from './TaskGrid.tsx';
import { parseTsv } from './tsv.ts';
import { useEditorData } from './useEditorData.ts';
import { useTaskEditor } from './useTaskEditor.ts';
import { useGridEnv } from './useGridEnv.ts';
import { useUnsavedGuard } from './useUnsavedGuard.ts';
import { LibraryPickerModal } from './LibraryPickerModal.tsx';
import { TaskCards } from './TaskCards.tsx';
import { useMediaQuery } from '@mantine/hooks';
import { GroupMembersHost } from './GroupMembers.tsx';
import { domainText } from '../../../i18n/domain-text.ts';

interface Props {
  plan: PlanDetail;
  /** The version this page's edits build on (advanced by its own saves). */
  version: () => number;
  onSaved: (plan: PlanDetail) => void;
  onReload: () => void;
  onDirty: (dirty: boolean) => void;
  parentTaskLabel: (taskId: number | null) => string | null;
}

export function PlanTaskEditor({
  plan,
  version,
  onSaved,
  onReload,
  onDirty,
  parentTaskLabel,
}: Props) {
  const t = useT();
  const lang = useLang();
  const data = useEditorData(plan);
  // Below ~600 px the wide grid gives way to one card per task.
  const phone = useMediaQuery('(max-width: 37.5em)') ?? false;
  const labels = useElementLabels(data.edition ?? undefined);
  const loaded = useMemo(() => plan.tasks.map(fromTask), [plan.tasks]);
  // Computed once per server answer, not on every keystroke (the reducer only starts from it).
  const pinned = useMemo(() => pinServerIssues(plan.issues, loaded), [plan.issues, loaded]);
  const layout = useMemo(
    () => ({ order: data.order, byDimension: data.byDimension, taskGroups: plan.body.taskGroups }),
    [data.order, data.byDimension, plan.body.taskGroups],
  );
  const api = useTaskEditor({ rows: loaded, pinned }, layout);
  const { state, dispatch } = api;
  const save = useReplaceTasks(plan.id);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [pasteMode, setPasteMode] = useState<'insert' | 'overwrite'>('insert');
  const [outcome, setOutcome] = useState<PasteOutcome | null>(null);
  const [library, setLibrary] = useState(false);

  // Fresh data from the server (own save or someone else's while this was clean) replaces
  // the rows; unsaved edits are never overwritten behind the user's back.
  const [seen, setSeen] = useState(loaded);
  if (seen !== loaded) {
    setSeen(loaded);
    if (!state.dirty) dispatch({ type: 'reset', rows: loaded, pinned });
  }
  useEffect(() => onDirty(state.dirty), [state.dirty, onDirty]);
  useUnsavedGuard(state.dirty, t('plans.editor.unsaved'));

  const withBudget = data.withBudget || state.rows.some((r) => r.budget !== null);
  const columns = useMemo(() => visibleColumns(withBudget), [withBudget]);
  const deferredRows = useDeferredValue(state.rows);
  const waived = useMemo(
    () => [...plan.waivers.map((w) => w.rule), ...implicitWaivers(plan)],
    [plan],
  );
  // Row issues stay pinned to the rows they named at load; whole-plan ones (signer, Nơi
  // nhận) follow the latest server answer, which a save of the document part changes.
  const pinnedNow = useMemo(
    () => [...state.pinned.filter((p) => p.key !== ''), ...pinServerIssues(plan.issues, [])],
    [state.pinned, plan.issues],
  );
  const issues = useMemo(
    () => liveIssues(deferredRows, data.type, data.edition, plan.period, pinnedNow, waived),
    [deferredRows, data.type, data.edition, plan.period, pinnedNow, waived],
  );

  const formatAmount = useCallback((n: number) => formatNumber(n, lang), [lang]);
  const text = useCallback(
    (row: EditorRow, col: ColumnId) => cellText(row, col, t, formatAmount),
    [t, formatAmount],
  );

  const groups: GridGroup[] = useMemo(() => {
    const keep = rowFilter(filters, issues.byRow);
    return groupRows(state.rows.filter(keep), layout.order, layout.byDimension).map((g) => ({
      code: g.code,
      label: g.code ? labels.long(g.code) : t('plans.tasks.noDimension'),
      rows: g.rows,
    }));
  }, [state.rows, filters, issues.byRow, layout, labels, t]);
  const visible = useMemo(() => groups.flatMap((g) => g.rows.map((r) => r.key)), [groups]);
  // Only the open cell editor reads `env`; rows get their props directly and stay memoised.
  const env = useGridEnv({ t, plan, data, api, formatAmount, visible, columns });
  const { patch } = api;

  const cursorKey = state.cursor?.key ?? null;
  const cursorRow = state.rows.find((r) => r.key === cursorKey);
  const onPaste = (clip: string) => {
    const grid = parseTsv(clip);
    if (grid.length === 0) return;
    const result = pasteRows(
      state.rows,
      grid,
      {
        anchorKey: cursorKey,
        anchorCol: state.cursor?.col ?? 'number',
        mode: pasteMode,
        visibleKeys: visible,
      },
      { columns, agencies: data.agencies, dimensions: data.dimensions, year: plan.year, ...layout },
    );
    dispatch({ type: 'replace', rows: result.rows, flash: result.touched });
    setOutcome({
      rows: result.touched.length,
      problems: result.problems,
      unmatched: result.unmatched,
    });
  };

  const submit = () => {
    const tasks = displayOrder(state.rows, layout.order, layout.byDimension).map(toInput);
    save.mutate(
      { version: version(), tasks },
      {
        onSuccess: (next) => {
          onSaved(next);
          const rows = next.tasks.map(fromTask);
          dispatch({ type: 'reset', rows, pinned: pinServerIssues(next.issues, rows) });
        },
      },
    );
  };

  const leadOptions = useMemo(() => {
    const names = new Set(state.rows.flatMap((r) => (r.lead ? [agencyName(r.lead)] : [])));
    return [...names].sort().map((n) => ({ value: n, label: n }));
  }, [state.rows]);
  const dimensionOptions = data.dimensions.map((d) => ({
    value: d.code,
    label: `${d.code} – ${d.name}`,
  }));

  return (
    <EditorEnvContext.Provider value={env}>
      <GroupMembersHost planId={plan.id} rows={state.rows} onChange={patch}>
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <EditorTitleBar
              title={t('plans.editor.title')}
              dirty={state.dirty}
              badges={
                <Badge color={issues.errors ? 'red' : 'green'} variant="light">
                  {t('plans.issues.summary', { errors: issues.errors, warnings: issues.warnings })}
                </Badge>
              }
            >
              <Button
                size="xs"
                variant="default"
                disabled={!state.dirty || save.isPending}
                onClick={() => dispatch({ type: 'reset', rows: loaded, pinned })}
              >
                {t('plans.editor.discard')}
              </Button>
              <Button size="xs" onClick={submit} loading={save.isPending} disabled={!state.dirty}>
                {t('plans.editor.save')}
              </Button>
            </EditorTitleBar>
            <SaveErrorAlert
              error={save.error}
              onReload={() => {
                dispatch({ type: 'reset', rows: loaded, pinned });
                save.reset();
                onReload();
              }}
            />
            {issues.general.length > 0 && (
              <Alert color="red" variant="light" p="xs">
                {issues.general.map((m) => (
                  <Text key={domainText(m.message)} size="sm" c="red.9">
                    {domainText(m.message)}
                  </Text>
                ))}
              </Alert>
            )}
            <EditorToolbar
              hasCursor={Boolean(cursorRow)}
              pasteMode={pasteMode}
              onPasteMode={setPasteMode}
              onAdd={() => {
                const codes = cursorRow?.dimensionCodes[0]
                  ? [cursorRow.dimensionCodes[0]]
                  : filters.dimension
                    ? [filters.dimension]
                    : [];
                dispatch({
                  type: 'add',
                  afterKey: cursorKey,
                  codes: layout.byDimension ? codes : [],
                  layout,
                  col: 'content',
                });
                focusGrid();
              }}
              onDuplicate={() =>
                cursorKey && dispatch({ type: 'duplicate', key: cursorKey, layout })
              }
              onDelete={() => cursorKey && dispatch({ type: 'delete', key: cursorKey, visible })}
              onMove={(delta) => cursorKey && dispatch({ type: 'move', key: cursorKey, delta })}
              onRenumber={() => dispatch({ type: 'renumber', layout })}
              onLibrary={() => setLibrary(true)}
              filters={filters}
              onFilters={setFilters}
              dimensionOptions={dimensionOptions}
              leadOptions={leadOptions}
              shown={visible.length}
              total={state.rows.length}
            />
            {outcome && <PasteReport outcome={outcome} onClose={() => setOutcome(null)} />}
            {phone ? (
              <TaskCards
                rows={groups.flatMap((g) => g.rows)}
                issues={issues}
                onPatch={patch}
                onDelete={(key) => dispatch({ type: 'delete', key, visible })}
              />
            ) : (
              <>
                <Text size="xs" c="dimmed">
                  {t('plans.editor.keys')}
                </Text>
                <TaskGrid
                  api={api}
                  columns={columns}
                  widths={COLUMN_WIDTHS}
                  groups={groups}
                  visible={visible}
                  issues={issues}
                  layout={layout}
                  text={text}
                  parentLabel={(row) => parentTaskLabel(row.parentTaskId)}
                  onPaste={onPaste}
                />
              </>
            )}
          </Stack>
        </Paper>
      </GroupMembersHost>
      <LibraryPickerModal
        opened={library}
        onClose={() => setLibrary(false)}
        dimension={cursorRow?.dimensionCodes[0] ?? filters.dimension}
        onInsert={(rows) => {
          dispatch({ type: 'insert', afterKey: cursorKey, rows });
          setLibrary(false);
        }}
        existing={state.rows}
        layout={layout}
        unitId={plan.unit.id}
      />
    </EditorEnvContext.Provider>
  );
}
