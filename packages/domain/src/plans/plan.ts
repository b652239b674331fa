/**
 * A plan (Kế hoạch) as an official administrative document under Decree 30/2020: the
 * fields mirror the parts of the printed document, so a plan can be rendered back to
 * paper and a paper plan can be transcribed without losing anything. Fields the source
 * text leaves blank stay null (a draft keeps "Số: /KH-UBND" until the văn thư numbers it).
 */
import type { RecurringEvery } from './deadline-types.ts';
import type { Deadline } from './deadline-types.ts';

export type { Deadline, DeadlineEvent, RecurringEvery } from './deadline-types.ts';
export { DEADLINE_EVENTS, RECURRING_EVERY } from './deadline-types.ts';

export const PLAN_STATUSES = ['draft', 'submitted', 'issued', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  submitted: 'Chờ phê duyệt',
  issued: 'Đã ban hành',
  closed: 'Đã kết thúc',
};

/**
 * Who does the work. Real plans often name a collective ("UBND các xã, thị trấn",
 * "Các sở, ban, ngành"); a group keeps the wording and, when known, its members so a
 * cascade can reach each member.
 */
export type AgencyRef =
  | { kind: 'agency'; id: string; name: string }
  | { kind: 'group'; label: string; memberIds: string[] };

export interface Budget {
  /** VND; null when the plan says "kinh phí" without a figure. */
  amountVnd: number | null;
  /** "Ngân sách huyện", "Lồng ghép chương trình MTQG", … */
  source: string | null;
}

export interface PlanTask {
  id: string;
  /** As printed ("2.3"); unique within the plan. */
  number: string;
  /** A short heading some plans put before the content (001: "6.1. Nâng cao … y tế"). */
  title: string | null;
  content: string;
  /** Dimension (D2) and/or sub-dimension (D2.3) codes of the edition in force. */
  dimensionCodes: string[];
  lead: AgencyRef | null;
  cooperating: AgencyRef[];
  deadline: Deadline | null;
  expectedResult: string | null;
  budget: Budget | null;
  /** The parent plan's task this one implements (cascade traceability). */
  parentTaskId: string | null;
  /** The appendix heading it sits under (TaskGroup.key); absent: grouped by dimension. */
  groupKey?: string | null;
}

/** A numbered heading grouping tasks, e.g. 001's "1. Nội dung “Tham gia …”" → D1. */
export interface TaskGroup {
  /** Stable key tasks refer to (PlanTask.groupKey); absent in plans saved before keys. */
  key?: string | undefined;
  number: string;
  heading: string;
  dimensionCodes: string[];
  /** 1 = top; sub-items one more than their parent. */
  level?: number | undefined;
  parentKey?: string | null | undefined;
  /** Lead and deadline as the heading's row wrote them, passed down to its items. */
  lead?: string | null | undefined;
  deadline?: string | null | undefined;
}

/** A căn cứ / "Thực hiện …" reference. The text is kept verbatim; the rest is parsed. */
export interface LegalBasis {
  text: string;
  /** "Kế hoạch", "Quyết định", "Thông báo kết luận", … */
  docKind: string | null;
  documentNumber: string | null;
  date: string | null;
  issuer: string | null;
  /** True for the parent plan this plan implements (001 → Kế hoạch 48/KH-UBND). */
  implementsParent: boolean;
  /** Set when the parent plan is itself in the system. */
  parentPlanId: string | null;
}

/** Free text under a heading; nests like the document ("1. …", "1.1. …", "- …"). */
export interface TextBlock {
  number: string | null;
  heading: string | null;
  paragraphs: string[];
  children: TextBlock[];
}

/** One item of "Tổ chức thực hiện": whom it addresses and what they must do. */
export interface Responsibility {
  number: string;
  /** As written: "Phòng Nội vụ", "Báo Sơn La; Đài Phát thanh - Truyền hình tỉnh". */
  heading: string;
  agencies: AgencyRef[];
  /** "Đề nghị …": bodies outside the issuer's command (MTTQ, Tòa án) are asked, not assigned. */
  request: boolean;
  paragraphs: string[];
  children: Responsibility[];
}

/** A duty to report results, separate from tasks because it recurs for every agency. */
export interface ReportingDuty {
  label: string;
  /** Who reports, as written. */
  by: string;
  to: string;
  deadline: Deadline;
}

/** A duty laid on subordinate units to issue their own plans (the cascade). */
export interface Obligation {
  id: string;
  /** Wording of the addressees, e.g. "Các cơ quan, đơn vị, UBND các xã, thị trấn". */
  addressees: string;
  unitIds: string[];
  /** Sở/ban/ngành obliged in their own name (agency ids). */
  agencyIds?: string[];
  /** A date, or N days after this plan's issuance. */
  deadline: Deadline;
}

/** Where a section sits in the document; structured roles draw on the plan's fields. */
export type SectionRole = 'purpose' | 'tasks' | 'organisation' | 'free';

export interface PlanSection {
  numeral: string;
  heading: string;
  role: SectionRole;
  /** "(Có Phụ lục kèm theo)": the tasks live in an appendix. */
  note: string | null;
  blocks: TextBlock[];
}

export type SignerAuthority = 'KT' | 'Q' | 'TL' | 'TUQ';

/**
 * Decree 30 art. on signing: "TM." before the collective, then "KT."/"Q."/"TL."/"TUQ."
 * before the head's title when someone else signs, then the signer's own position.
 */
export interface Signer {
  /** "ỦY BAN NHÂN DÂN" when signing on behalf of the collective (TM.). */
  onBehalfOf: string | null;
  authority: SignerAuthority | null;
  /** The head's title the authority refers to ("CHỦ TỊCH" in "KT. CHỦ TỊCH"). */
  headTitle: string | null;
  position: string;
  name: string;
  userId: string | null;
}

/** "Lưu: VT, NV, 45b.": archive holders (văn thư first) and number of copies. */
export interface ArchiveLine {
  holders: string[];
  copies: number | null;
}

export interface Recipients {
  lines: string[];
  archive: ArchiveLine | null;
}

export interface Plan {
  id: string;
  typeCode: string;
  version: number;
  previousVersionId: string | null;
  status: PlanStatus;
  issuingUnitId: string;
  /** Header lines as printed; null when the source lacks them. */
  header: { parentBody: string | null; issuingBody: string | null };
  /** "426/KH-UBND"; "/KH-UBND" while unnumbered; null when absent. */
  documentNumber: string | null;
  place: string | null;
  /** ISO date of issuance; null while unset or partly blank (see dateAsWritten). */
  date: string | null;
  dateAsWritten: string | null;
  title: string;
  /** The index the plan targets and the year, to find the edition in force. */
  index: { framework: string; year: number } | null;
  period: { from: string; to: string };
  bases: LegalBasis[];
  /** The paragraph after the bases ("Nhằm … ban hành kế hoạch … như sau:"). */
  preamble: string | null;
  purpose: string[];
  requirements: string[];
  sections: PlanSection[];
  taskGroups: TaskGroup[];
  tasks: PlanTask[];
  responsibilities: Responsibility[];
  reporting: ReportingDuty[];
  obligations: Obligation[];
  closing: string | null;
  recipients: Recipients;
  signer: Signer | null;
}

/** Every agency a task names (lead first), for checks and cascades. */
export function taskAgencies(task: PlanTask): AgencyRef[] {
  return task.lead ? [task.lead, ...task.cooperating] : [...task.cooperating];
}

/** Whether an agency ref names the given agency, directly or as a member of a group. */
export function refIncludes(ref: AgencyRef, agencyId: string): boolean {
  return ref.kind === 'agency' ? ref.id === agencyId : ref.memberIds.includes(agencyId);
}

export function agencyLabel(ref: AgencyRef): string {
  return ref.kind === 'agency' ? ref.name : ref.label;
}

/** Recurrence keyword → Vietnamese wording used in tables. */
export const RECURRING_LABELS: Record<RecurringEvery, string> = {
  continuous: 'Thường xuyên',
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
  half_year: '6 tháng/lần',
  yearly: 'Hằng năm',
};
