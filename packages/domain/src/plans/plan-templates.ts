/**
 * What a new plan's document starts from, per plan type: the usual legal bases, purpose,
 * requirements, sections, closing, recipients and signer of the real plans (seeds 001, 003,
 * 004), worded for the issuing unit and year. Everything is plain data the author edits.
 */
import type { LegalBasis, PlanSection, Recipients, Responsibility, Signer } from './plan.ts';
import type { AgencyRef, PlanTask } from './plan.ts';
import { agencyLabel } from './plan.ts';
import { foldVietnamese } from '../text/fold.ts';

export interface TemplateContext {
  /** "tỉnh Sơn La", "phường Mộc Châu". */
  unitFullName: string;
  /** Province level issues for the whole province; a commune implements the province's plan. */
  level: 'country' | 'province' | 'district' | 'commune';
  year: number;
  /** The plan's subject ("Nâng cao Chỉ số PAPI năm 2027"), named in the preamble and closing. */
  title?: string;
  /** "tỉnh Sơn La" for a commune's plan, to name the plan it implements. */
  parentUnitFullName?: string | null;
  /** The plan this one implements, when it is in the system. */
  parent?: { number: string; date: string | null; title: string; id: string } | null;
}

export interface PlanTemplate {
  bases: LegalBasis[];
  preamble: string | null;
  purpose: string[];
  requirements: string[];
  sections: PlanSection[];
  responsibilities: Responsibility[];
  closing: string | null;
  recipients: Recipients;
  signer: Signer;
}

const basis = (text: string, extra: Partial<LegalBasis> = {}): LegalBasis => ({
  text,
  docKind: null,
  documentNumber: null,
  date: null,
  issuer: null,
  implementsParent: false,
  parentPlanId: null,
  ...extra,
});

const section = (
  numeral: string,
  heading: string,
  role: PlanSection['role'],
  note: string | null = null,
  paragraphs: string[] = [],
): PlanSection => ({
  numeral,
  heading,
  role,
  note,
  blocks: paragraphs.length ? [{ number: null, heading: null, paragraphs, children: [] }] : [],
});

/** "10/02/2026" from an ISO date. */
const dmy = (iso: string) => iso.split('-').reverse().join('/');

function legalBases(ctx: TemplateContext): LegalBasis[] {
  // The 2025 law replaced the 2015 one from 01/07/2025.
  const law =
    ctx.year >= 2026
      ? basis(
          'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;',
          {
            docKind: 'Luật',
            documentNumber: '72/2025/QH15',
            date: '2025-06-16',
            issuer: 'Quốc hội',
          },
        )
      : basis('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', {
          docKind: 'Luật',
          date: '2015-06-19',
          issuer: 'Quốc hội',
        });
  const programme = basis(
    'Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;',
    { docKind: 'Nghị quyết', documentNumber: '76/NQ-CP', date: '2021-07-15', issuer: 'Chính phủ' },
  );
  const bases = [law, programme];
  if (ctx.parent) {
    const when = ctx.parent.date ? ` ngày ${dmy(ctx.parent.date)}` : '';
    const of = ctx.parentUnitFullName ? ` của Ủy ban nhân dân ${ctx.parentUnitFullName}` : '';
    bases.push(
      basis(
        `Thực hiện Kế hoạch số ${ctx.parent.number}${when}${of} về ${lowerFirst(ctx.parent.title)};`,
        {
          docKind: 'Kế hoạch',
          documentNumber: ctx.parent.number,
          date: ctx.parent.date,
          implementsParent: true,
          parentPlanId: ctx.parent.id,
        },
      ),
    );
  } else if (ctx.level !== 'province' && ctx.level !== 'country' && ctx.parentUnitFullName) {
    bases.push(
      basis(
        `Thực hiện Kế hoạch số     /KH-UBND ngày     của Ủy ban nhân dân ${ctx.parentUnitFullName} về nâng cao Chỉ số Hiệu quả quản trị và hành chính công (PAPI) năm ${ctx.year};`,
        { docKind: 'Kế hoạch', implementsParent: true },
      ),
    );
  }
  return bases;
}

/** "Nâng cao …" → "nâng cao …" inside a sentence; "PAPI …" stays. */
const lowerFirst = (s: string) =>
  /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s;

/** Who is asked to report, by level: the home affairs office of the unit. */
const homeAffairs = (ctx: TemplateContext) =>
  ctx.level === 'commune' ? 'Văn phòng HĐND và UBND' : 'Sở Nội vụ';

function recipients(ctx: TemplateContext): Recipients {
  const lines =
    ctx.level === 'commune'
      ? [
          `UBND ${ctx.parentUnitFullName ?? 'tỉnh'}`,
          `Sở Nội vụ ${ctx.parentUnitFullName ?? 'tỉnh'}`,
          'Thường trực Đảng ủy',
          'Thường trực HĐND',
          'Chủ tịch, các Phó Chủ tịch UBND',
          'Ủy ban MTTQ Việt Nam',
          'Các cơ quan, đơn vị',
          'Các thôn, bản, tổ dân phố',
        ]
      : [
          'Thường trực Tỉnh ủy',
          'Thường trực HĐND tỉnh',
          'Chủ tịch, các Phó Chủ tịch UBND tỉnh',
          'Ủy ban MTTQ Việt Nam tỉnh',
          'Các sở, ban, ngành tỉnh',
          'UBND các xã, phường',
        ];
  return { lines, archive: { holders: ['VT'], copies: null } };
}

const SIGNER: Signer = {
  onBehalfOf: 'ỦY BAN NHÂN DÂN',
  authority: null,
  headTitle: null,
  position: 'CHỦ TỊCH',
  name: '',
  userId: null,
};

const IMPROVEMENT = {
  purpose: (ctx: TemplateContext) => [
    'Nâng cao chất lượng điều hành, quản trị và hành chính công của chính quyền các cấp; xây dựng nền hành chính minh bạch, liêm chính, chuyên nghiệp, hiệu lực, hiệu quả, phục vụ Nhân dân ngày càng tốt hơn.',
    `Xác định rõ nhiệm vụ, giải pháp cụ thể cho từng nội dung thành phần của Chỉ số PAPI; duy trì các nội dung đạt điểm cao, khắc phục các nội dung còn thấp, phấn đấu cải thiện Chỉ số PAPI năm ${ctx.year} so với năm ${ctx.year - 1}.`,
    'Phát huy vai trò, trách nhiệm của người đứng đầu các cơ quan, đơn vị và sự tham gia của người dân trong xây dựng, giám sát việc thực thi chính sách, pháp luật.',
  ],
  requirements: [
    'Việc thực hiện Kế hoạch phải đồng bộ với Kế hoạch cải cách hành chính và gắn với nhiệm vụ, giải pháp cải thiện các chỉ số PAR INDEX, SIPAS, PCI, DTI.',
    'Các nhiệm vụ phải cụ thể, xác định rõ cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và kết quả đạt được; bảo đảm toàn diện trên tất cả 8 nội dung thành phần của Chỉ số PAPI.',
    'Các cơ quan, đơn vị chủ động triển khai, thường xuyên kiểm tra, đôn đốc và báo cáo kết quả thực hiện đúng thời hạn.',
  ],
};

const COMMUNICATION = {
  purpose: () => [
    'Nâng cao nhận thức cho các cấp, các ngành, cán bộ, công chức, viên chức và người dân về trách nhiệm và tạo sự đồng thuận với công tác cải cách hành chính, cải thiện Chỉ số PAPI.',
    'Tăng cường sự tham gia của người dân, doanh nghiệp và các tổ chức xã hội; khuyến khích người dân sử dụng dịch vụ công trực tuyến, dịch vụ bưu chính công ích.',
  ],
  requirements: [
    'Công tác thông tin, tuyên truyền được triển khai kịp thời, đầy đủ, thường xuyên, phong phú về nội dung, hình thức, thiết thực, hiệu quả, đúng đối tượng.',
    'Tăng cường sự phối hợp giữa các cơ quan, đơn vị có liên quan trong việc triển khai tuyên truyền.',
  ],
};

/** The sections of each type, in order; the tasks section names the appendix. */
function sectionsFor(typeCode: string): PlanSection[] {
  const purpose = section('I', 'MỤC ĐÍCH, YÊU CẦU', 'purpose');
  const appendix = '(Có Phụ lục kèm theo)';
  switch (typeCode) {
    case 'communication':
      return [
        purpose,
        section('II', 'NỘI DUNG TUYÊN TRUYỀN', 'tasks', appendix),
        section('III', 'ĐỐI TƯỢNG, HÌNH THỨC TUYÊN TRUYỀN', 'free', null, [
          '1. Đối tượng tuyên truyền',
          'Cán bộ, công chức, viên chức, người lao động trong các cơ quan hành chính nhà nước, đơn vị sự nghiệp công lập, doanh nghiệp và Nhân dân trên địa bàn.',
          '2. Hình thức tuyên truyền',
          '- Tuyên truyền trên các phương tiện thông tin đại chúng và hệ thống thông tin cơ sở.',
          '- Lồng ghép tại các hội nghị, buổi tiếp xúc, đối thoại với Nhân dân.',
        ]),
        section('IV', 'TỔ CHỨC THỰC HIỆN', 'organisation'),
      ];
    case 'project':
      return [
        purpose,
        section('II', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'tasks', appendix),
        section('III', 'KINH PHÍ THỰC HIỆN', 'free', null, [
          'Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn hợp pháp khác theo quy định.',
        ]),
        section('IV', 'TỔ CHỨC THỰC HIỆN', 'organisation'),
      ];
    case 'programme_review':
      return [
        purpose,
        section('II', 'NỘI DUNG, HÌNH THỨC SƠ KẾT, TỔNG KẾT', 'tasks', appendix),
        section('III', 'TỔ CHỨC THỰC HIỆN', 'organisation'),
      ];
    default:
      return [
        purpose,
        section('II', 'NHIỆM VỤ, GIẢI PHÁP', 'tasks', appendix),
        section('III', 'TỔ CHỨC THỰC HIỆN', 'organisation'),
      ];
  }
}

/** The document parts a new plan of the type starts from. */
export function planTemplate(typeCode: string, ctx: TemplateContext): PlanTemplate {
  const texts = typeCode === 'communication' ? COMMUNICATION : IMPROVEMENT;
  const issuer = `Ủy ban nhân dân ${ctx.unitFullName}`;
  const office = homeAffairs(ctx);
  const about = ctx.title?.trim() ? ` ${lowerFirst(ctx.title.trim())}` : '';
  return {
    bases: legalBases(ctx),
    preamble: `${issuer} ban hành Kế hoạch${about} với các nội dung cụ thể như sau:`,
    purpose: texts.purpose(ctx),
    requirements: [...texts.requirements],
    sections: sectionsFor(typeCode),
    responsibilities: [
      {
        number: '1',
        heading: office,
        agencies: [],
        request: false,
        paragraphs: [
          `Chủ trì, theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị triển khai thực hiện Kế hoạch; tổng hợp kết quả, báo cáo ${issuer} theo quy định.`,
        ],
        children: [],
      },
    ],
    closing: `Trên đây là Kế hoạch${about} của ${issuer}. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về ${office} để tổng hợp, báo cáo ${issuer} xem xét, giải quyết./.`,
    recipients: recipients(ctx),
    signer: { ...SIGNER },
  };
}

/** What an agency that leads tasks is given in "Tổ chức thực hiện" until the author edits it. */
export const LEAD_DUTY =
  'Chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai thực hiện các nhiệm vụ được giao tại Kế hoạch này; báo cáo kết quả thực hiện theo quy định.';

const sameAgency = (a: AgencyRef, b: AgencyRef) =>
  a.kind === 'agency' && b.kind === 'agency' ? a.id === b.id : agencyLabel(a) === agencyLabel(b);

/**
 * "Tổ chức thực hiện" completed with one item per agency that leads tasks and is not named
 * yet, in the order the tasks first name them, numbered after the existing items.
 */
export function responsibilitiesWithLeads(
  existing: readonly Responsibility[],
  tasks: readonly Pick<PlanTask, 'lead'>[],
): Responsibility[] {
  const out = [...existing];
  // "Sở Nội vụ" in a heading names "Sở Nội vụ tỉnh Sơn La"; a heading may list several.
  const names = (heading: string, label: string) => {
    const l = foldVietnamese(label).trim();
    return heading
      .split(';')
      .map((h) => foldVietnamese(h).trim())
      .some((h) => h !== '' && (l === h || l.startsWith(`${h} `)));
  };
  const named = (ref: AgencyRef) =>
    out.some(
      (r) => r.agencies.some((a) => sameAgency(a, ref)) || names(r.heading, agencyLabel(ref)),
    );
  for (const t of tasks) {
    if (!t.lead || named(t.lead)) continue;
    out.push({
      number: String(out.length + 1),
      heading: agencyLabel(t.lead),
      agencies: [t.lead],
      request: false,
      paragraphs: [LEAD_DUTY],
      children: [],
    });
  }
  return out;
}
