/**
 * Validation markers while editing. The plan type's task rules run here on the rows being
 * edited (the same domain functions the server runs), so a fixed cell clears at once;
 * agency checks need the server's catalogue and come from the last saved check, pinned to
 * the rows they named then. Pure, unit-tested.
 */
import { validatePlan } from '@papi/domain';
import type { Edition, Plan, PlanIssue, PlanType, RuleConfig } from '@papi/domain';
import type { EditorRow } from './rows.ts';

/** Rules that read only the appendix and the period, safe to run in the browser. */
const LOCAL_RULES = new Set([
  'covers_all_dimensions',
  'task_requires',
  'budget_required',
  'min_tasks',
  'unique_task_numbers',
  'deadlines_in_period',
  'dimensions_exist',
  'lead_is_single_agency',
]);

export interface Marker {
  severity: 'error' | 'warning';
  message: string;
}

export interface LiveIssues {
  /** Row key → field ('' for the whole row) → markers. */
  byRow: Map<string, Map<string, Marker[]>>;
  /** Issues about the appendix as a whole (a dimension without tasks). */
  general: Marker[];
  errors: number;
  warnings: number;
}

export function rowsAsPlan(rows: readonly EditorRow[], period: { from: string; to: string }): Plan {
  return {
    id: 'editing',
    typeCode: '',
    version: 1,
    previousVersionId: null,
    status: 'draft',
    issuingUnitId: '',
    header: { parentBody: null, issuingBody: null },
    documentNumber: null,
    place: null,
    date: null,
    dateAsWritten: null,
    title: '',
    index: null,
    period,
    bases: [],
    preamble: null,
    purpose: [],
    requirements: [],
    sections: [],
    taskGroups: [],
    tasks: rows.map((r) => ({
      id: r.key,
      number: r.number.trim(),
      title: r.title,
      content: r.content,
      dimensionCodes: r.dimensionCodes,
      lead: r.lead,
      cooperating: r.cooperating,
      deadline: r.deadline,
      expectedResult: r.expectedResult,
      budget:
        r.budget === null && !r.budgetSource.trim()
          ? null
          : { amountVnd: r.budget, source: r.budgetSource.trim() || null },
      parentTaskId: r.parentTaskId === null ? null : String(r.parentTaskId),
    })),
    responsibilities: [],
    reporting: [],
    obligations: [],
    closing: null,
    recipients: { lines: [], archive: null },
    signer: null,
  };
}

/**
 * Server issues the browser cannot recompute, pinned to row keys by the numbers at load;
 * whole-plan ones (signer, Nơi nhận, obligations) under the key '' so the editor's count is
 * the count submitting and issuing check.
 */
export function pinServerIssues(
  issues: readonly PlanIssue[],
  rows: readonly EditorRow[],
): { key: string; issue: PlanIssue }[] {
  return issues
    .filter((i) => !LOCAL_RULES.has(i.rule))
    .flatMap((issue) =>
      issue.taskNumber === null
        ? [{ key: '', issue }]
        : rows.filter((r) => r.number === issue.taskNumber).map((r) => ({ key: r.key, issue })),
    );
}

export function liveIssues(
  rows: readonly EditorRow[],
  type: PlanType | null,
  edition: Edition | null,
  period: { from: string; to: string },
  pinned: readonly { key: string; issue: PlanIssue }[],
  /** Rules the plan waived: the server skips them, so must the editor. */
  waivedRules: readonly string[] = [],
): LiveIssues {
  const rules: RuleConfig[] = (type?.rules ?? []).filter((r) => LOCAL_RULES.has(r.rule));
  const local = type
    ? validatePlan(
        rowsAsPlan(rows, period),
        { ...type, rules },
        { edition, agencies: [], waivedRules },
      )
    : [];
  const byNumber = new Map<string, string[]>();
  for (const r of rows) {
    const n = r.number.trim();
    byNumber.set(n, [...(byNumber.get(n) ?? []), r.key]);
  }
  const result: LiveIssues = { byRow: new Map(), general: [], errors: 0, warnings: 0 };
  const add = (key: string, field: string | null, marker: Marker) => {
    const fields = result.byRow.get(key) ?? new Map<string, Marker[]>();
    const f = field ?? '';
    fields.set(f, [...(fields.get(f) ?? []), marker]);
    result.byRow.set(key, fields);
  };
  const count = (m: Marker) => (m.severity === 'error' ? result.errors++ : result.warnings++);
  for (const issue of local) {
    const marker = { severity: issue.severity, message: issue.message };
    count(marker);
    if (issue.taskNumber === null) result.general.push(marker);
    else for (const key of byNumber.get(issue.taskNumber) ?? []) add(key, issue.field, marker);
  }
  const live = new Set(rows.map((r) => r.key));
  for (const { key, issue } of pinned) {
    const marker = { severity: issue.severity, message: issue.message };
    if (key === '') {
      count(marker);
      result.general.push(marker);
      continue;
    }
    if (!live.has(key)) continue;
    count(marker);
    add(key, issue.field, marker);
  }
  return result;
}
