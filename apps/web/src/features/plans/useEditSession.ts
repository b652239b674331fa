import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PlanDetail, PlanTrace } from './api.ts';

/**
 * The version the page's two editors (appendix, document) build on. Each save advances it,
 * so saving the appendix does not make the document form's next save a false conflict;
 * data fetched from the server moves it only while nothing is being edited, so someone
 * else's change still answers 409 instead of being overwritten.
 */
export function useEditSession(plan: PlanDetail) {
  const version = useRef(plan.version);
  const [dirty, setDirty] = useState({ tasks: false, body: false });
  const anyDirty = dirty.tasks || dirty.body;
  useEffect(() => {
    if (!anyDirty) version.current = plan.version;
  }, [plan.version, anyDirty]);
  const current = useCallback(() => version.current, []);
  const onSaved = useCallback((next: PlanDetail) => {
    version.current = next.version;
  }, []);
  const tasksDirty = useCallback(
    (d: boolean) => setDirty((s) => (s.tasks === d ? s : { ...s, tasks: d })),
    [],
  );
  const bodyDirty = useCallback(
    (d: boolean) => setDirty((s) => (s.body === d ? s : { ...s, body: d })),
    [],
  );
  return { version: current, onSaved, tasksDirty, bodyDirty, dirty: anyDirty };
}

/** "Nhiệm vụ 2.1 – Kế hoạch 48/KH-UBND" for each parent task this plan's tasks implement. */
export function useParentLabels(
  trace: PlanTrace | undefined,
  label: (n: string, doc: string) => string,
) {
  return useMemo(() => {
    const map = new Map<number, string>();
    for (const task of trace?.tasks ?? []) {
      if (task.parentTask) {
        map.set(
          task.parentTask.taskId,
          label(task.parentTask.number, task.parentTask.plan.documentNumber),
        );
      }
    }
    return map;
  }, [trace, label]);
}
