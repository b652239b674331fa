/**
 * The document text of the demo plans, written as a Sơn La office would (after seeds 001
 * and 003): bases, purpose, requirements, the appendix note, one duty item per agency,
 * closing, recipients and a signer — so a newcomer opens a complete plan.
 */
import { ZPlanBody, type TPlanBody } from '@papi/contracts';

const basis = (text: string, extra: Partial<TPlanBody['bases'][number]> = {}) => ({
  text,
  docKind: null,
  documentNumber: null,
  date: null,
  issuer: null,
  implementsParent: false,
  parentPlanId: null,
  ...extra,
});

const duty = (number: number, heading: string, paragraphs: string[], request = false) => ({
  number: String(number),
  heading,
  agencies: [],
  request,
  paragraphs,
  children: [],
});

const SECTIONS = [
  { numeral: 'I', heading: 'MỤC ĐÍCH, YÊU CẦU', role: 'purpose', note: null, blocks: [] },
  {
    numeral: 'II',
    heading: 'NHIỆM VỤ, GIẢI PHÁP',
    role: 'tasks',
    note: '(Có Phụ lục kèm theo)',
    blocks: [],
  },
  { numeral: 'III', heading: 'TỔ CHỨC THỰC HIỆN', role: 'organisation', note: null, blocks: [] },
] as const;

const DIMENSIONS: [string, string][] = [
  ['D1', 'Tham gia của người dân ở cấp cơ sở'],
  ['D2', 'Công khai, minh bạch trong việc ra quyết định ở địa phương'],
  ['D3', 'Trách nhiệm giải trình với người dân'],
  ['D4', 'Kiểm soát tham nhũng trong khu vực công'],
  ['D5', 'Thủ tục hành chính công'],
  ['D6', 'Cung ứng dịch vụ công'],
  ['D7', 'Quản trị môi trường'],
  ['D8', 'Quản trị điện tử'],
];

const TASK_GROUPS = DIMENSIONS.map(([code, name], i) => ({
  number: String(i + 1),
  heading: name,
  dimensionCodes: [code],
}));

const LAW = basis(
  'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;',
  { docKind: 'Luật', documentNumber: '72/2025/QH15', date: '2025-06-16', issuer: 'Quốc hội' },
);
const PROGRAMME = basis(
  'Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;',
  { docKind: 'Nghị quyết', documentNumber: '76/NQ-CP', date: '2021-07-15', issuer: 'Chính phủ' },
);

export function provincePlanBody(): TPlanBody {
  return ZPlanBody.parse({
    place: 'Sơn La',
    bases: [
      LAW,
      PROGRAMME,
      basis(
        'Căn cứ kết quả Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2025 do Chương trình Phát triển Liên hợp quốc (UNDP) công bố.',
      ),
    ],
    preamble:
      'Nhằm duy trì và cải thiện kết quả Chỉ số Hiệu quả quản trị và hành chính công (sau đây gọi tắt là Chỉ số PAPI) của tỉnh, Ủy ban nhân dân tỉnh Sơn La ban hành Kế hoạch nâng cao Chỉ số PAPI năm 2026, cụ thể như sau:',
    purpose: [
      'Nâng cao chất lượng điều hành, quản trị và hành chính công của chính quyền các cấp; xây dựng nền hành chính minh bạch, liêm chính, chuyên nghiệp, phục vụ Nhân dân.',
      'Duy trì điểm số các nội dung đạt khá, cải thiện các nội dung còn thấp (Công khai, minh bạch; Kiểm soát tham nhũng; Quản trị điện tử); phấn đấu Chỉ số PAPI năm 2026 của tỉnh thuộc nhóm trung bình cao trở lên.',
      'Nâng cao trách nhiệm của người đứng đầu các cơ quan, đơn vị, địa phương đối với kết quả từng nội dung thành phần của Chỉ số PAPI.',
    ],
    requirements: [
      'Việc thực hiện Kế hoạch phải đồng bộ với Kế hoạch cải cách hành chính năm 2026 của tỉnh; gắn với nhiệm vụ cải thiện các chỉ số PAR INDEX, SIPAS, PCI và DTI.',
      'Nhiệm vụ được giao phải cụ thể, rõ cơ quan chủ trì, thời gian hoàn thành và kết quả; bảo đảm toàn diện trên tất cả 8 nội dung thành phần của Chỉ số PAPI.',
      'Các sở, ban, ngành, Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện và báo cáo kết quả đúng thời hạn.',
    ],
    sections: SECTIONS,
    taskGroups: TASK_GROUPS,
    responsibilities: [
      duty(1, 'Sở Nội vụ', [
        '- Là cơ quan thường trực, tham mưu Ủy ban nhân dân tỉnh chỉ đạo, đôn đốc, kiểm tra việc thực hiện Kế hoạch; hướng dẫn các xã, phường xây dựng kế hoạch nâng cao Chỉ số PAPI năm 2026.',
        '- Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh 6 tháng trước ngày 10/6/2026 và cả năm trước ngày 10/12/2026.',
      ]),
      duty(2, 'Sở Tư pháp', [
        'Chủ trì tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng, tiếp cận thông tin và thực hiện dân chủ ở cơ sở; hướng dẫn các xã, phường tổ chức đối thoại với Nhân dân.',
      ]),
      duty(3, 'Sở Tài chính', [
        'Hướng dẫn, kiểm tra việc công khai dự toán, quyết toán ngân sách các cấp; bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.',
      ]),
      duty(4, 'Thanh tra tỉnh', [
        'Tăng cường tiếp công dân, giải quyết khiếu nại, tố cáo; thanh tra, kiểm tra công vụ, xử lý nghiêm các hành vi nhũng nhiễu trong giải quyết thủ tục hành chính.',
      ]),
      duty(5, 'Trung tâm Phục vụ hành chính công tỉnh', [
        'Niêm yết đầy đủ, kịp thời thủ tục hành chính; tiếp nhận hồ sơ không phụ thuộc địa giới hành chính; khảo sát mức độ hài lòng của người dân.',
      ]),
      duty(6, 'Sở Y tế; Sở Nông nghiệp và Môi trường; Sở Khoa học và Công nghệ', [
        'Theo chức năng, nhiệm vụ, chủ trì thực hiện các nhiệm vụ về cung ứng dịch vụ y tế, quản trị môi trường và quản trị điện tử tại Phụ lục kèm theo Kế hoạch này.',
      ]),
      duty(7, 'Ủy ban nhân dân các xã, phường', [
        'Xây dựng, ban hành kế hoạch thực hiện trước ngày 05/3/2026; tổ chức thực hiện và báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) theo định kỳ.',
      ]),
      duty(
        8,
        'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
        [
          'Phối hợp tuyên truyền, vận động Nhân dân tham gia giám sát hoạt động của chính quyền cơ sở; chỉ đạo nâng cao hiệu quả hoạt động của Ban Thanh tra nhân dân.',
        ],
        true,
      ),
    ],
    closing:
      'Trên đây là Kế hoạch nâng cao Chỉ số PAPI năm 2026 của tỉnh Sơn La. Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, phường nghiêm túc triển khai thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.',
    recipients: {
      lines: [
        'Bộ Nội vụ',
        'Thường trực Tỉnh ủy',
        'Thường trực HĐND tỉnh',
        'Chủ tịch, các Phó Chủ tịch UBND tỉnh',
        'Ủy ban MTTQ Việt Nam tỉnh',
        'Các sở, ban, ngành tỉnh',
        'UBND các xã, phường',
      ],
      archive: { holders: ['VT', 'NC'], copies: 90 },
    },
    signer: {
      onBehalfOf: 'ỦY BAN NHÂN DÂN',
      authority: 'KT',
      headTitle: 'CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      name: 'Trần Văn Hùng',
      userId: null,
    },
  });
}

export function communePlanBody(): TPlanBody {
  return ZPlanBody.parse({
    place: 'Mộc Châu',
    bases: [
      LAW,
      basis(
        'Thực hiện Kế hoạch số 35/KH-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh Sơn La về nâng cao Chỉ số Hiệu quả quản trị và hành chính công (PAPI) tỉnh Sơn La năm 2026;',
        {
          docKind: 'Kế hoạch',
          documentNumber: '35/KH-UBND',
          date: '2026-02-10',
          issuer: 'Ủy ban nhân dân tỉnh Sơn La',
          implementsParent: true,
        },
      ),
    ],
    preamble:
      'Ủy ban nhân dân phường Mộc Châu ban hành Kế hoạch thực hiện nâng cao Chỉ số PAPI trên địa bàn phường năm 2026, cụ thể như sau:',
    purpose: [
      'Triển khai có hiệu quả Kế hoạch số 35/KH-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh trên địa bàn phường.',
      'Nâng cao chất lượng phục vụ của chính quyền phường; tạo điều kiện để Nhân dân được biết, được bàn, được làm, được kiểm tra, giám sát.',
    ],
    requirements: [
      'Nhiệm vụ giao cụ thể cho từng bộ phận, có thời hạn và kết quả; bám sát 8 nội dung thành phần của Chỉ số PAPI.',
      'Gắn việc thực hiện Kế hoạch với nhiệm vụ chuyên môn của các bộ phận và công tác của tổ dân phố.',
    ],
    sections: SECTIONS,
    taskGroups: TASK_GROUPS,
    responsibilities: [
      duty(1, 'Văn phòng HĐND và UBND phường', [
        'Tham mưu Ủy ban nhân dân phường theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh (qua Sở Nội vụ) 6 tháng trước ngày 05/6/2026 và cả năm trước ngày 05/12/2026.',
      ]),
      duty(2, 'Phòng Kinh tế, Hạ tầng và Đô thị phường', [
        'Niêm yết công khai kế hoạch sử dụng đất; chủ trì các nhiệm vụ về vệ sinh môi trường, thu gom rác thải tại các tổ dân phố.',
      ]),
      duty(3, 'Trưởng các tổ dân phố', [
        'Tuyên truyền đến từng hộ gia đình các nội dung của Chỉ số PAPI; phối hợp niêm yết, công khai thông tin tại nhà văn hóa tổ dân phố.',
      ]),
      duty(
        4,
        'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường',
        [
          'Chỉ đạo Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng giám sát việc thực hiện dân chủ ở cơ sở và các công trình trên địa bàn.',
        ],
        true,
      ),
    ],
    closing:
      'Trên đây là Kế hoạch thực hiện nâng cao Chỉ số PAPI trên địa bàn phường Mộc Châu năm 2026. Đề nghị các bộ phận, tổ dân phố nghiêm túc triển khai thực hiện./.',
    recipients: {
      lines: [
        'UBND tỉnh Sơn La (b/c)',
        'Sở Nội vụ tỉnh Sơn La',
        'Thường trực Đảng ủy phường',
        'Thường trực HĐND phường',
        'Chủ tịch, các Phó Chủ tịch UBND phường',
        'Ủy ban MTTQ Việt Nam phường',
        'Các tổ dân phố',
      ],
      archive: { holders: ['VT'], copies: null },
    },
    signer: {
      onBehalfOf: 'ỦY BAN NHÂN DÂN',
      authority: null,
      headTitle: null,
      position: 'CHỦ TỊCH',
      name: 'Sồng A Dếnh',
      userId: null,
    },
  });
}
