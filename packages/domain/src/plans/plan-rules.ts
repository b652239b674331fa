/**
 * One checker per rule name. Each returns findings without severity; validate-plan.ts
 * applies the severity the plan type configures. Messages name the row the way officials
 * read the document: "Nhiệm vụ 2.3: …".
 */
import type { Edition } from '../indices/framework.ts';
import { checkDocumentNumber } from './document-number.ts';
import { fitInPeriod, formatDateVi, formatDeadline } from './deadlines.ts';
import type { EventDates } from './deadlines.ts';
import type { AgencyRef, Plan, PlanTask } from './plan.ts';
import { agencyLabel, taskAgencies } from './plan.ts';
import type { RuleSpec, TaskField } from './plan-types.ts';

export interface KnownAgency {
  id: string;
  name: string;
  active: boolean;
}

export interface ValidationContext {
  /** The index edition in force for the plan's year; null when the plan targets no index. */
  edition: Edition | null;
  agencies: readonly KnownAgency[];
  /** Dates of events relative deadlines count from; issuance defaults to the plan's date. */
  events?: EventDates;
  /** The issuer's abbreviation in document numbers ("UBND"), when configured. */
  issuerAbbreviation?: string;
  /** Rules this plan waived, each with a reason the audit keeps; they report nothing. */
  waivedRules?: readonly string[];
  /** The number is still to be given (the văn thư numbers at issuance): check its form only. */
  numberPending?: boolean;
}

export interface Finding {
  taskNumber: string | null;
  field: string | null;
  message: string;
}

type Checker<R extends RuleSpec> = (rule: R, plan: Plan, ctx: ValidationContext) => Finding[];
type Checkers = { [K in RuleSpec['rule']]: Checker<Extract<RuleSpec, { rule: K }>> };

const row = (t: PlanTask, field: string | null, text: string): Finding => ({
  taskNumber: t.number,
  field,
  message: `Nhiệm vụ ${t.number}: ${text}`,
});
const doc = (field: string, message: string): Finding => ({ taskNumber: null, field, message });

const MISSING: Record<TaskField, (t: PlanTask) => boolean> = {
  content: (t) => t.content.trim() === '',
  lead: (t) => t.lead === null,
  deadline: (t) => t.deadline === null,
  expectedResult: (t) => (t.expectedResult ?? '').trim() === '',
  dimensions: (t) => t.dimensionCodes.length === 0,
  budget: (t) => t.budget === null,
};
const MISSING_TEXT: Record<TaskField, string> = {
  content: 'chưa có nội dung',
  lead: 'chưa có cơ quan chủ trì',
  deadline: 'chưa có thời hạn hoàn thành',
  expectedResult: 'chưa có kết quả, sản phẩm dự kiến',
  dimensions: 'chưa gắn với lĩnh vực nội dung của Chỉ số',
  budget: 'chưa có dự toán kinh phí',
};

/** All element codes of an edition: dimensions and sub-dimensions. */
function editionCodes(edition: Edition): Set<string> {
  const codes = new Set<string>();
  for (const d of edition.dimensions) {
    codes.add(d.code);
    for (const s of d.subDimensions) codes.add(s.code);
  }
  return codes;
}

/** A task linked to D2.3 also covers D2. */
const dimensionOf = (code: string) => code.split('.')[0] ?? code;

function checkRef(ref: AgencyRef, ctx: ValidationContext, where: string): string[] {
  const ids = ref.kind === 'agency' ? [ref.id] : ref.memberIds;
  const out: string[] = [];
  for (const id of ids) {
    const known = ctx.agencies.find((a) => a.id === id);
    const name = ref.kind === 'agency' ? ref.name : (known?.name ?? id);
    if (!known) out.push(`${where} “${name}” không có trong danh mục cơ quan`);
    else if (!known.active) out.push(`${where} “${known.name}” đã ngừng hoạt động`);
  }
  return out;
}

export const CHECKERS: Checkers = {
  covers_all_dimensions: (rule, plan, ctx) => {
    if (!ctx.edition) return [doc('index', 'Chưa xác định phiên bản Chỉ số áp dụng cho kế hoạch.')];
    const linked = new Set(plan.tasks.flatMap((t) => t.dimensionCodes));
    const linkedDims = new Set([...linked].map(dimensionOf));
    const out: Finding[] = [];
    for (const d of ctx.edition.dimensions) {
      if (rule.level === 'dimension' || d.subDimensions.length === 0) {
        if (!linkedDims.has(d.code))
          out.push(doc('tasks', `Lĩnh vực ${d.code} “${d.nameVi}” chưa có nhiệm vụ nào.`));
        continue;
      }
      for (const s of d.subDimensions) {
        if (!linked.has(s.code))
          out.push(doc('tasks', `Nội dung ${s.code} “${s.nameVi}” chưa có nhiệm vụ nào.`));
      }
    }
    return out;
  },
  task_requires: (rule, plan) =>
    plan.tasks.flatMap((t) =>
      rule.fields.filter((f) => MISSING[f](t)).map((f) => row(t, f, MISSING_TEXT[f])),
    ),
  budget_required: (rule, plan) =>
    plan.tasks.flatMap((t) => {
      if (!t.budget || t.budget.amountVnd === null)
        return [row(t, 'budget', 'chưa có dự toán kinh phí')];
      if (t.budget.amountVnd < 0) return [row(t, 'budget', 'kinh phí không được âm')];
      if (rule.requireSource && !t.budget.source)
        return [row(t, 'budget', 'chưa ghi nguồn kinh phí')];
      return [];
    }),
  min_tasks: (rule, plan) =>
    plan.tasks.length < rule.min
      ? [doc('tasks', `Kế hoạch cần ít nhất ${rule.min} nhiệm vụ.`)]
      : [],
  unique_task_numbers: (_rule, plan) => {
    const seen = new Set<string>();
    const out: Finding[] = [];
    for (const t of plan.tasks) {
      if (seen.has(t.number)) out.push(row(t, 'number', 'trùng số thứ tự với nhiệm vụ khác'));
      seen.add(t.number);
    }
    return out;
  },
  deadlines_in_period: (_rule, plan, ctx) => {
    const events: EventDates = { issuance: plan.date, ...ctx.events };
    const range = `${formatDateVi(plan.period.from)}–${formatDateVi(plan.period.to)}`;
    return plan.tasks.flatMap((t) => {
      if (!t.deadline) return [];
      const fit = fitInPeriod(t.deadline, plan.period, events);
      if (fit === 'before' || fit === 'after') {
        const side = fit === 'before' ? 'trước' : 'sau';
        return [
          row(
            t,
            'deadline',
            `thời hạn ${formatDeadline(t.deadline)} ${side} thời gian thực hiện kế hoạch (${range})`,
          ),
        ];
      }
      return [];
    });
  },
  agencies_active: (_rule, plan, ctx) => [
    ...plan.tasks.flatMap((t) => [
      ...(t.lead ? checkRef(t.lead, ctx, 'cơ quan chủ trì').map((m) => row(t, 'lead', m)) : []),
      ...t.cooperating.flatMap((c) =>
        checkRef(c, ctx, 'cơ quan phối hợp').map((m) => row(t, 'cooperating', m)),
      ),
    ]),
    ...plan.responsibilities
      .flatMap((r) => [r, ...r.children])
      .flatMap((r) =>
        r.agencies.flatMap((a) =>
          checkRef(a, ctx, 'cơ quan').map((m) =>
            doc('responsibilities', `Tổ chức thực hiện, mục ${r.number}: ${m}.`),
          ),
        ),
      ),
  ],
  dimensions_exist: (_rule, plan, ctx) => {
    if (!ctx.edition) return [];
    const codes = editionCodes(ctx.edition);
    return plan.tasks.flatMap((t) =>
      t.dimensionCodes
        .filter((c) => !codes.has(c))
        .map((c) =>
          row(
            t,
            'dimensions',
            `mã ${c} không có trong phiên bản ${ctx.edition?.code ?? ''} của Chỉ số`,
          ),
        ),
    );
  },
  lead_is_single_agency: (_rule, plan) =>
    plan.tasks
      .filter((t) => t.lead?.kind === 'group')
      .map((t) =>
        row(
          t,
          'lead',
          `chủ trì là nhóm “${t.lead ? agencyLabel(t.lead) : ''}”, nên giao một cơ quan chủ trì`,
        ),
      ),
  has_responsibilities: (_rule, plan) =>
    plan.responsibilities.length === 0
      ? [doc('responsibilities', 'Chưa phân công tổ chức thực hiện.')]
      : [],
  document_number: (rule, plan, ctx) =>
    checkDocumentNumber(plan.documentNumber, {
      typeCode: rule.typeCode,
      requireNumber: !ctx.numberPending,
      ...(ctx.issuerAbbreviation ? { issuer: ctx.issuerAbbreviation } : {}),
    }).map((m) => doc('documentNumber', m)),
  recipients_archive: (_rule, plan) => {
    const a = plan.recipients.archive;
    if (!a) return [doc('recipients', 'Nơi nhận phải kết thúc bằng dòng “Lưu: VT, …”.')];
    if (a.holders[0] !== 'VT')
      return [doc('recipients', 'Dòng “Lưu” phải ghi Văn thư (VT) đầu tiên.')];
    return [];
  },
  signer_complete: (_rule, plan) => {
    const s = plan.signer;
    if (!s) return [doc('signer', 'Chưa có người ký.')];
    const out: Finding[] = [];
    if (!s.name.trim()) out.push(doc('signer', 'Chưa có họ tên người ký.'));
    if (!s.position.trim()) out.push(doc('signer', 'Chưa có chức vụ người ký.'));
    if (s.authority && !s.headTitle)
      out.push(doc('signer', `Ký ${s.authority}. cần ghi chức vụ người đứng đầu.`));
    if (s.authority === 'KT' && s.headTitle === s.position) {
      out.push(
        doc('signer', 'Ký thay (KT.) thì người ký là cấp phó, chức vụ phải khác người đứng đầu.'),
      );
    }
    return out;
  },
};

/** Agencies a plan names anywhere, for pickers and checks. */
export function planAgencies(plan: Plan): AgencyRef[] {
  return [...plan.tasks.flatMap(taskAgencies), ...plan.responsibilities.flatMap((r) => r.agencies)];
}
