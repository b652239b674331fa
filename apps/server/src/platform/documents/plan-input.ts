import type { IssueDate } from './decree30.blocks.ts';

/**
 * A plan (Kế hoạch) as a document, ready to print: every string is what appears on paper.
 * It knows nothing of the plan domain model; a mapper fills it from a stored plan.
 */
export interface PlanDocumentInput {
  issuingBody: {
    /** Direct parent body, one entry per line ("UBND TỈNH SƠN LA"); absent for an UBND. */
    parent?: string[];
    /** The issuing unit, one entry per line ("ỦY BAN NHÂN DÂN", "HUYỆN MỘC CHÂU"). */
    lines: string[];
    /** Its name inside a sentence, for the appendix reference ("Ủy ban nhân dân huyện Mộc Châu"). */
    name: string;
  };
  /** "426/KH-UBND", or "/KH-UBND" (any leading spaces) while the number is not given yet. */
  number: string;
  /** Place of issue ("Mộc Châu"). */
  place: string;
  /** Date of issue; a draft leaves the day and month out. */
  date: IssueDate;
  /** Type name, "KẾ HOẠCH" unless given. */
  documentType?: string;
  /** Subject line under the type name ("Nâng cao chỉ số … năm 2022"). */
  subject: string;
  /** Legal bases, one paragraph each, in italics ("Căn cứ …;", "Thực hiện Kế hoạch số …"). */
  bases: PlanText[];
  /** Upright paragraphs before the first section ("Nhằm …, cụ thể như sau:"). */
  preamble?: PlanText[];
  /** Numbered parts of the plan ("I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ VÀ GIẢI PHÁP", …). */
  sections: PlanSection[];
  /** The last part, who does what, when it is not already one of `sections`. */
  implementation?: PlanImplementation;
  /** "Trên đây là Kế hoạch …./." */
  closing?: PlanText;
  signer: PlanSigner;
  /** "Nơi nhận" entries, with or without the dash; the last one is "Lưu: VT, …". */
  recipients: string[];
  /** The task table, printed on landscape pages; absent when the plan has none. */
  appendix?: PlanAppendix;
}

/** Text with optional emphasis: a plain string, or runs. */
export type PlanText = string | PlanSpan[];
export interface PlanSpan {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

export interface PlanSection {
  /** Full heading as printed, numeral included: "I. MỤC ĐÍCH, YÊU CẦU". */
  heading: string;
  blocks: PlanBlock[];
}

export type PlanBlock =
  /** A bold sub-heading with its number: "1. Mục đích", "1.1. Về ban hành …". */
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: PlanText }
  /** A "- " line; the dash is added. */
  | { kind: 'bullet'; text: PlanText };

export interface PlanImplementation {
  /** "IV. TỔ CHỨC THỰC HIỆN" */
  heading: string;
  intro?: PlanBlock[];
  /** Numbered in order: "2. Phòng Nội vụ: theo dõi, …". */
  responsibilities: PlanResponsibility[];
}

export interface PlanResponsibility {
  /** "Phòng Nội vụ", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện". */
  agency: string;
  /** What it does, printed after "agency: " on the same line. */
  duty?: string;
  /** Further content under it (sub-headings, paragraphs, bullets). */
  blocks?: PlanBlock[];
}

export interface PlanSigner {
  /** Authority lines: ["TM. ỦY BAN NHÂN DÂN"] or ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]. */
  authority: string[];
  /** "CHỦ TỊCH", "PHÓ CHỦ TỊCH" */
  position: string;
  /** Blank in a draft. */
  name: string;
}

export interface PlanAppendix {
  /** "Phụ lục" (Decree 30 form: upright bold, not capitals) unless given. */
  label?: string;
  /** Upper-case title: "NHIỆM VỤ CỤ THỂ NÂNG CAO CHỈ SỐ PAPI NĂM 2022". */
  title: string;
  /** Replaces the computed "(Kèm theo Kế hoạch số … ngày … của …)" line. */
  reference?: string;
  /** Adds the Kinh phí and Nguồn kinh phí columns (project plans). */
  funding?: boolean;
  groups: PlanTaskGroup[];
  /** Italic notes under the table. */
  notes?: string[];
}

export interface PlanTaskGroup {
  /** STT of the group row; Roman numerals in order unless given. */
  number?: string;
  /** "Tham gia của người dân ở cấp cơ sở" */
  heading: string;
  /** 1 = top heading; sub-items (2, 3, …) print in bold italics. */
  level?: number;
  tasks: PlanTask[];
}

export interface PlanTask {
  /** STT; 1, 2, … within the group unless given. */
  number?: string;
  content: string;
  lead: string;
  partners?: string;
  deadline: string;
  output: string;
  /** With `funding`: "50 triệu đồng", "Lồng ghép". */
  budget?: string;
  source?: string;
}
