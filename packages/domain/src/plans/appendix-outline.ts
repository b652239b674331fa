/**
 * The order an appendix prints in, shared by the Excel export and the Word appendix: the
 * plan's own headings with their items under them, or, for a plan without headings, one
 * heading per dimension with the dimension's name ("1. Tham gia của người dân ở cấp cơ sở").
 */
import { foldVietnamese } from '../text/fold.ts';
import type { TaskGroup } from './plan.ts';

export interface OutlineTask {
  number: string;
  dimensionCodes: readonly string[];
  groupKey?: string | null | undefined;
}

export interface OutlineHeading {
  number: string;
  heading: string;
  level: number;
  dimensionCodes: string[];
  lead: string | null;
  deadline: string | null;
}

export type OutlineItem<T> = { heading: OutlineHeading; tasks: T[] };

/** "Lĩnh vực D1", "D1": placeholders that stand for a dimension's name. */
const PLACEHOLDER = /^(linh vuc )?d(\d{1,2})$/;

const topOf = (t: OutlineTask) => t.dimensionCodes[0]?.split('.')[0] ?? null;

function headingOf(g: TaskGroup, names: ReadonlyMap<string, string>): OutlineHeading {
  const placeholder = PLACEHOLDER.exec(foldVietnamese(g.heading));
  const named = placeholder ? names.get(`D${placeholder[2]}`) : undefined;
  return {
    number: g.number,
    heading: named ?? g.heading,
    level: g.level ?? 1,
    dimensionCodes: g.dimensionCodes,
    lead: g.lead ?? null,
    deadline: g.deadline ?? null,
  };
}

/**
 * Headings in order, each with the tasks directly under it. A task names its heading by
 * `groupKey`; one without (added in the editor, or an old plan) goes under the heading its
 * number extends ("2" for "2.3") or the one of its dimension. Headings with nothing under
 * them at any depth are left out; tasks under no heading come last ("Nhiệm vụ khác").
 */
export function appendixOutline<T extends OutlineTask>(
  groups: readonly TaskGroup[],
  tasks: readonly T[],
  dimensions: readonly { code: string; name: string }[],
): OutlineItem<T>[] {
  const names = new Map(dimensions.map((d) => [d.code, d.name]));
  if (groups.length === 0) return byDimension(tasks, dimensions);
  const items = groups.map((g) => ({ group: g, heading: headingOf(g, names), tasks: [] as T[] }));
  const byKey = new Map(items.filter((i) => i.group.key).map((i) => [i.group.key!, i]));
  const rest: T[] = [];
  for (const t of tasks) {
    const home =
      (t.groupKey ? byKey.get(t.groupKey) : undefined) ??
      items.find((i) => i.group.number !== '' && t.number.startsWith(`${i.group.number}.`)) ??
      items.find((i) => i.group.dimensionCodes.some((c) => c === topOf(t)));
    if (home) home.tasks.push(t);
    else rest.push(t);
  }
  // A heading stays when it or a heading below it has tasks.
  const keep = new Set<(typeof items)[number]>();
  for (const i of items.filter((x) => x.tasks.length > 0)) {
    for (let at: (typeof items)[number] | undefined = i; at && !keep.has(at);) {
      keep.add(at);
      at = at.group.parentKey ? byKey.get(at.group.parentKey) : undefined;
    }
  }
  const out: OutlineItem<T>[] = items
    .filter((i) => keep.has(i))
    .map((i) => ({ heading: i.heading, tasks: i.tasks }));
  if (rest.length > 0) out.push({ heading: other(''), tasks: rest });
  return out;
}

/** Tasks under no heading; numbered after the dimensions, unnumbered among the plan's own. */
function other(number: string): OutlineHeading {
  return {
    number,
    heading: 'Nhiệm vụ khác',
    level: 1,
    dimensionCodes: [],
    lead: null,
    deadline: null,
  };
}

/** One heading per dimension of the edition, in its order, named as the edition names it. */
function byDimension<T extends OutlineTask>(
  tasks: readonly T[],
  dimensions: readonly { code: string; name: string }[],
): OutlineItem<T>[] {
  const top = dimensions.filter((d) => !d.code.includes('.'));
  const out: OutlineItem<T>[] = top.map((d) => ({
    heading: {
      number: d.code.slice(1),
      heading: d.name,
      level: 1,
      dimensionCodes: [d.code],
      lead: null,
      deadline: null,
    },
    tasks: tasks.filter((t) => topOf(t) === d.code),
  }));
  const rest = tasks.filter((t) => !top.some((d) => d.code === topOf(t)));
  const kept = out.filter((i) => i.tasks.length > 0);
  if (rest.length > 0) kept.push({ heading: other(String(top.length + 1)), tasks: rest });
  return kept;
}

/**
 * A task's text printed once: the title only when the content does not already begin with
 * it (titles cut from the content, "Tăng cường…", are not printed again).
 */
export function taskText(title: string | null, content: string): string {
  const t = (title ?? '').replace(/(\.\.\.|…)\s*$/, '').trim();
  if (t === '') return content;
  if (content.trim() === '') return title!;
  return foldVietnamese(content).startsWith(foldVietnamese(t)) ? content : `${t}: ${content}`;
}
