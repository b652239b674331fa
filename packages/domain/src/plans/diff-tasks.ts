/**
 * A readable diff between two versions' task lists, for the amendment page ("Nhiệm vụ 2.3:
 * thời hạn “Quý II/2022” → “30/09/2022”"). Tasks match by id first (amendments keep ids),
 * then by parent task (a re-imported child plan), then by number.
 */
import { formatDeadline } from './deadlines.ts';
import type { Budget, PlanTask } from './plan.ts';
import { agencyLabel } from './plan.ts';

export type DiffField =
  | 'number'
  | 'title'
  | 'content'
  | 'dimensionCodes'
  | 'lead'
  | 'cooperating'
  | 'deadline'
  | 'expectedResult'
  | 'budget';

export const DIFF_FIELD_LABELS: Record<DiffField, string> = {
  number: 'số thứ tự',
  title: 'tiêu đề',
  content: 'nội dung',
  dimensionCodes: 'lĩnh vực',
  lead: 'cơ quan chủ trì',
  cooperating: 'cơ quan phối hợp',
  deadline: 'thời hạn',
  expectedResult: 'kết quả, sản phẩm',
  budget: 'kinh phí',
};

export interface FieldChange {
  field: DiffField;
  from: string;
  to: string;
}

export interface TaskChange {
  before: PlanTask;
  after: PlanTask;
  changes: FieldChange[];
}

export interface TaskDiff {
  added: PlanTask[];
  removed: PlanTask[];
  changed: TaskChange[];
  unchanged: number;
  lines: string[];
}

const EMPTY = '(trống)';
const formatBudget = (b: Budget | null) =>
  b === null
    ? EMPTY
    : [
        b.amountVnd === null ? 'chưa có số' : `${b.amountVnd.toLocaleString('vi-VN')} đồng`,
        b.source,
      ]
        .filter(Boolean)
        .join(', ');

/** Each field as the text a reader compares. */
const SHOW: Record<DiffField, (t: PlanTask) => string> = {
  number: (t) => t.number,
  title: (t) => t.title ?? EMPTY,
  content: (t) => t.content,
  dimensionCodes: (t) => t.dimensionCodes.join(', ') || EMPTY,
  lead: (t) => (t.lead ? agencyLabel(t.lead) : EMPTY),
  cooperating: (t) => t.cooperating.map(agencyLabel).join('; ') || EMPTY,
  deadline: (t) => (t.deadline ? formatDeadline(t.deadline) : EMPTY),
  expectedResult: (t) => t.expectedResult ?? EMPTY,
  budget: (t) => formatBudget(t.budget),
};
const FIELDS = Object.keys(SHOW) as DiffField[];

export function shorten(text: string, max = 80): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

function match(before: readonly PlanTask[], after: readonly PlanTask[]): Map<PlanTask, PlanTask> {
  const pairs = new Map<PlanTask, PlanTask>();
  const used = new Set<PlanTask>();
  const keys: ((t: PlanTask) => string | null)[] = [
    (t) => t.id,
    (t) => t.parentTaskId,
    (t) => t.number,
  ];
  for (const key of keys) {
    for (const a of after) {
      if (pairs.has(a)) continue;
      const k = key(a);
      if (k === null) continue;
      const b = before.find((x) => !used.has(x) && key(x) === k);
      if (b) {
        pairs.set(a, b);
        used.add(b);
      }
    }
  }
  return pairs;
}

export function diffTasks(before: readonly PlanTask[], after: readonly PlanTask[]): TaskDiff {
  const pairs = match(before, after);
  const matchedBefore = new Set(pairs.values());
  const added = after.filter((a) => !pairs.has(a));
  const removed = before.filter((b) => !matchedBefore.has(b));
  const changed: TaskChange[] = [];
  let unchanged = 0;
  for (const a of after) {
    const b = pairs.get(a);
    if (!b) continue;
    const changes = FIELDS.filter((f) => SHOW[f](a) !== SHOW[f](b)).map((f) => ({
      field: f,
      from: SHOW[f](b),
      to: SHOW[f](a),
    }));
    if (changes.length) changed.push({ before: b, after: a, changes });
    else unchanged++;
  }
  const lines = [
    ...added.map((t) => `Thêm nhiệm vụ ${t.number}: ${shorten(t.content)}`),
    ...removed.map((t) => `Bỏ nhiệm vụ ${t.number}: ${shorten(t.content)}`),
    ...changed.flatMap(({ before: b, after: a, changes }) => {
      const who =
        a.number === b.number
          ? `Nhiệm vụ ${a.number}`
          : `Nhiệm vụ ${a.number} (trước là ${b.number})`;
      return changes
        .filter((c) => c.field !== 'number')
        .map(
          (c) =>
            `${who}: ${DIFF_FIELD_LABELS[c.field]} “${shorten(c.from, 60)}” → “${shorten(c.to, 60)}”`,
        )
        .concat(
          changes.length === 1 && changes[0]?.field === 'number' ? [`${who}: đổi số thứ tự`] : [],
        );
    }),
  ];
  return { added, removed, changed, unchanged, lines };
}
