/**
 * The plan an appendix file would make, checked by the same validation submit and issuing
 * run, so the preview's "no errors" holds after saving. Also turns the file's headings into
 * the plan's task groups, shared by the preview and the commit.
 */
import type { AgencyRef, AppendixRow } from '@papi/domain';
import type { TAppendixPreview, TPlanBody } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { PlanRecord, TaskRecord } from './plans.repository.ts';
import * as repo from './plans.repository.ts';
import { checkPlan, toDomainPlan } from './plans.service.ts';

type Group = TPlanBody['taskGroups'][number];

/** The file's headings as task groups; `keyOf` turns a preview key into the stored one. */
export function groupsOf(rows: readonly AppendixRow[], keyOf: (k: string) => string): Group[] {
  return rows
    .filter((r) => r.group)
    .map((r) => ({
      key: keyOf(r.key!),
      number: r.number,
      heading: r.content,
      dimensionCodes: r.link.codes,
      level: Math.min(6, r.level),
      parentKey: r.parentKey ? keyOf(r.parentKey) : null,
      lead: r.lead?.name ?? null,
      deadline: r.deadlineText,
    }));
}

/** Replace: the file's headings are the structure; append: they follow the existing ones. */
export function mergeGroups(b: TPlanBody, groups: Group[], mode: 'replace' | 'append'): TPlanBody {
  if (mode === 'replace') return { ...b, taskGroups: groups };
  if (groups.length === 0) return b;
  return { ...b, taskGroups: [...b.taskGroups, ...groups] };
}

/** How a name of the file is stored: a catalogue agency, a collective, or (unknown) its label. */
export type RefOf = (name: string, agencyId: number | null) => AgencyRef;

/** The file's tasks as stored rows, numbered after `start`. */
export function taskRecordsOf(
  rows: readonly AppendixRow[],
  refOf: RefOf,
  keyOf: (k: string) => string,
  start = 0,
): Omit<TaskRecord, 'id' | 'key'>[] {
  return rows
    .filter((r) => !r.group)
    .map((r, i) => ({
      position: start + i + 1,
      number: r.number,
      title: r.title,
      content: r.content,
      dimensionCodes: r.dimensionCodes,
      lead: r.lead ? refOf(r.lead.name, r.lead.agencyId) : null,
      cooperating: r.cooperating.map((c) => refOf(c.name, c.agencyId)),
      deadline: r.deadline,
      expectedResult: r.expectedResult,
      budget: r.budget,
      budgetSource: r.budgetSource,
      parentTaskId: null,
      solutionId: null,
      groupKey: r.parentKey ? keyOf(r.parentKey) : null,
    }));
}

/** The plan's validation on the plan as the import would leave it. */
export async function checkImportedPlan(
  db: Executor,
  p: PlanRecord,
  rows: readonly AppendixRow[],
  refOf: RefOf,
  mode: 'replace' | 'append',
): Promise<TAppendixPreview['planIssues']> {
  const same = (k: string) => k;
  const existing = mode === 'append' ? await repo.listTasks(db, p.id) : [];
  const start = Math.max(0, ...existing.map((t) => t.position));
  const added = taskRecordsOf(rows, refOf, same, start).map((t, i) => ({
    ...t,
    id: -(i + 1),
    key: `import-${i}`,
  }));
  const body = mergeGroups(p.body, groupsOf(rows, same), mode);
  const record = { ...p, body };
  const issues = await checkPlan(
    db,
    record,
    toDomainPlan(record, [...existing, ...added]),
    'editing',
  );
  const rowOf = new Map(rows.filter((r) => !r.group).map((r) => [r.number, r.row]));
  return issues.map((i) => ({
    ...i,
    row: i.taskNumber === null ? null : (rowOf.get(i.taskNumber) ?? null),
  }));
}
