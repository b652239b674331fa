/**
 * The text of a plan as Decree 30/2020 lays it out: every part the author entered, in the
 * order of the plan's sections, each numbered as the author chose ("I", "1", "a)", "- ").
 * Structured sections draw on the plan's fields: purpose and requirements under "1. Mục
 * đích" / "2. Yêu cầu", the tasks by dimension (or the appendix note), the organisation
 * one numbered item per agency with its duties. A structured part with content but no
 * section of its own still prints, in a section added at its usual place.
 */
import {
  LEAD_DUTY,
  agencyLabel,
  formatDeadline,
  responsibilitiesWithLeads,
  type Plan,
  type PlanSection,
  type PlanTask,
  type Responsibility,
  type TextBlock,
} from '@papi/domain';
import type { PlanBlock, PlanSection as DocSection } from '../../platform/documents/plan-input.ts';

export interface DimensionName {
  code: string;
  name: string;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** "I" → "I. ", "a)" → "a) ", "1." → "1. ", "" → "". */
export function numbered(number: string | null | undefined, text: string): string {
  const n = (number ?? '').trim();
  const bare = n.replace(/[.)]$/, '');
  // A heading typed with its number ("1. Giao các cơ quan") keeps it once.
  if (!n || text.startsWith(`${bare}. `) || text.startsWith(`${bare}) `)) return text;
  return /[.)]$/.test(n) ? `${n} ${text}` : `${n}. ${text}`;
}

/** A paragraph as typed: a line starting with a dash stays a dash line. */
const para = (text: string): PlanBlock =>
  /^[-–+•]\s*/.test(text)
    ? { kind: 'bullet', text: text.replace(/^[-–+•]\s*/, '') }
    : { kind: 'paragraph', text };

const blocksOf = (blocks: readonly TextBlock[]): PlanBlock[] =>
  blocks.flatMap((b) => [
    ...(b.heading ? [{ kind: 'heading' as const, text: numbered(b.number, b.heading) }] : []),
    ...b.paragraphs.filter((p) => p.trim()).map(para),
    ...blocksOf(b.children),
  ]);

function purposeBlocks(plan: Plan): PlanBlock[] {
  const parts: [string, string[]][] = [
    ['Mục đích', plan.purpose],
    ['Yêu cầu', plan.requirements],
  ];
  let n = 0;
  return parts
    .filter(([, items]) => items.some((i) => i.trim()))
    .flatMap(([title, items]) => [
      { kind: 'heading' as const, text: `${++n}. ${title}` },
      ...items.filter((i) => i.trim()).map((i) => ({ kind: 'bullet' as const, text: i })),
    ]);
}

/** Lead, partners, deadline and result of a task printed in the body, in one upright line. */
function taskFacts(t: PlanTask): string | null {
  const facts = [
    t.lead ? `Cơ quan chủ trì: ${agencyLabel(t.lead)}` : null,
    t.cooperating.length ? `phối hợp: ${t.cooperating.map(agencyLabel).join(', ')}` : null,
    t.deadline ? `thời gian hoàn thành: ${formatDeadline(t.deadline)}` : null,
    t.expectedResult ? `kết quả: ${t.expectedResult}` : null,
  ].filter((f): f is string => f !== null);
  return facts.length ? `${facts.join('; ')}.` : null;
}

function taskBlocks(t: PlanTask): PlanBlock[] {
  const facts = taskFacts(t);
  const head: PlanBlock[] = t.title
    ? [
        { kind: 'heading', text: numbered(t.number, t.title) },
        { kind: 'paragraph', text: t.content },
      ]
    : [{ kind: 'paragraph', text: numbered(t.number, t.content) }];
  return [
    ...head,
    ...(facts ? [{ kind: 'paragraph' as const, text: [{ text: facts, italics: true }] }] : []),
  ];
}

/**
 * Tasks in the body: under the plan's own headings when it has them, else under the
 * dimensions with their names ("1. Tham gia của người dân ở cấp cơ sở"); tasks with neither
 * follow as a plain numbered list.
 */
function tasksInBody(plan: Plan, dimensions: readonly DimensionName[]): PlanBlock[] {
  const groupOf = (t: PlanTask) => plan.taskGroups.find((g) => g.number === t.number.split('.')[0]);
  const top = (t: PlanTask) => t.dimensionCodes[0]?.split('.')[0] ?? null;
  const out: PlanBlock[] = [];
  const done = new Set<string>();
  for (const g of plan.taskGroups) {
    const tasks = plan.tasks.filter((t) => groupOf(t) === g);
    if (!tasks.length) continue;
    const dim = dimensions.find((d) => g.dimensionCodes[0]?.split('.')[0] === d.code);
    // A heading that only names the code ("Lĩnh vực D1") prints the dimension's name.
    const heading =
      /^(Lĩnh vực\s+)?D\d+(\.\d+)?$/u.test(g.heading.trim()) && dim ? dim.name : g.heading;
    out.push({ kind: 'heading', text: numbered(g.number, heading) });
    for (const t of tasks) {
      out.push(...taskBlocks(t));
      done.add(t.id);
    }
  }
  const rest = plan.tasks.filter((t) => !done.has(t.id));
  let n = plan.taskGroups.filter((g) => plan.tasks.some((t) => groupOf(t) === g)).length;
  for (const d of dimensions) {
    const tasks = rest.filter((t) => top(t) === d.code);
    if (!tasks.length) continue;
    out.push({ kind: 'heading', text: `${++n}. ${d.name}` });
    for (const t of tasks) {
      out.push(...taskBlocks(t));
      done.add(t.id);
    }
  }
  for (const t of plan.tasks.filter((x) => !done.has(x.id))) out.push(...taskBlocks(t));
  return out;
}

function responsibilityBlocks(r: Responsibility, number: string): PlanBlock[] {
  const who = r.heading.trim() || r.agencies.map(agencyLabel).join(', ');
  const asked = r.request && !/^đề nghị/iu.test(who) ? `Đề nghị ${who}` : who;
  const duties = r.paragraphs.filter((p) => p.trim());
  const children = (r.children as Responsibility[]).flatMap((c, i) =>
    responsibilityBlocks(c, c.number.trim() || `${number}.${i + 1}`),
  );
  const head = numbered(number, asked);
  // "2. Phòng Nội vụ: theo dõi, đôn đốc …" (seed 001): a duty written in lower case runs on
  // after the agency, as one paragraph.
  const [first, ...rest] = duties;
  if (first && /^\p{Ll}/u.test(first))
    return [
      { kind: 'paragraph', text: [{ text: `${head}: `, bold: true }, { text: first }] },
      ...rest.map(para),
      ...children,
    ];
  return [
    { kind: 'heading', text: head },
    // An item with nothing under it would be an empty heading: it gets the usual duty.
    ...(duties.length || children.length ? duties.map(para) : [para(LEAD_DUTY)]),
    ...children,
  ];
}

function organisationBlocks(plan: Plan, section: PlanSection): PlanBlock[] {
  // Nothing entered yet: the agencies that lead tasks, so the heading never stands empty.
  const items = plan.responsibilities.length
    ? plan.responsibilities
    : responsibilitiesWithLeads([], plan.tasks);
  const blocks = [
    ...blocksOf(section.blocks),
    ...items.flatMap((r, i) => responsibilityBlocks(r, r.number.trim() || String(i + 1))),
  ];
  // plan.obligations and plan.reporting are what the text says about the units' own plans
  // and reports, kept as data for the cascade and the reminders; the duties above carry
  // them in words, so they are not printed twice.
  return blocks;
}

const DEFAULT_HEADINGS: Record<'purpose' | 'tasks' | 'organisation', string> = {
  purpose: 'MỤC ĐÍCH, YÊU CẦU',
  tasks: 'NHIỆM VỤ, GIẢI PHÁP',
  organisation: 'TỔ CHỨC THỰC HIỆN',
};

/** The plan's sections, with a structured part that has content but no section added. */
function sectionsOf(plan: Plan): PlanSection[] {
  const out = [...plan.sections];
  const add = (role: 'purpose' | 'tasks' | 'organisation', at: number) => {
    if (out.some((s) => s.role === role)) return;
    out.splice(at, 0, {
      numeral: '',
      heading: DEFAULT_HEADINGS[role],
      role,
      note: role === 'tasks' ? '(Có Phụ lục kèm theo)' : null,
      blocks: [],
    });
  };
  if (plan.purpose.length || plan.requirements.length) add('purpose', 0);
  if (plan.tasks.length) add('tasks', out.findIndex((s) => s.role === 'purpose') + 1);
  if (plan.responsibilities.length || plan.tasks.length) add('organisation', out.length);
  return out;
}

/** Whether the tasks go to the appendix: a tasks section carrying its note, or none at all. */
export function tasksInAppendix(plan: Plan): boolean {
  const s = sectionsOf(plan).find((x) => x.role === 'tasks');
  return !s || s.note !== null;
}

/** Every section as printed; a numeral left empty takes its place's Roman numeral. */
export function bodySections(plan: Plan, dimensions: readonly DimensionName[]): DocSection[] {
  return sectionsOf(plan).map((s, i) => {
    const numeral = s.numeral.trim() || ROMAN[i] || String(i + 1);
    const appendixNote = s.role === 'tasks' && s.note !== null;
    const heading = numbered(numeral, s.heading);
    const blocks: PlanBlock[] =
      s.role === 'purpose'
        ? [...purposeBlocks(plan), ...blocksOf(s.blocks)]
        : s.role === 'organisation'
          ? organisationBlocks(plan, s)
          : s.role === 'tasks'
            ? [
                ...blocksOf(s.blocks),
                ...(appendixNote
                  ? [{ kind: 'paragraph' as const, text: [{ text: s.note!, italics: true }] }]
                  : tasksInBody(plan, dimensions)),
              ]
            : [...blocksOf(s.blocks), ...(s.note ? [para(s.note)] : [])];
    return { heading, blocks };
  });
}

/** The closing sentence ends with "./." as Decree 30 requires. */
export function closingText(closing: string | null): string | null {
  if (!closing?.trim()) return null;
  const t = closing.trim();
  return t.endsWith('./.') ? t : `${t.replace(/[.;,:]+$/u, '')}./.`;
}
