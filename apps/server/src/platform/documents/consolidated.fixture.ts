import type {
  ConsolidatedReportInput,
  DimensionSection,
  IndicatorLine,
  ReportingRow,
  TaskLine,
} from './consolidated-input.ts';

/**
 * Sơn La compiling the communes' 6-month reports of 2026 for the Ministry of Home
 * Affairs: the shape of a real consolidated report, with a commune that is late, one
 * that never sent and one whose report was returned.
 */
export const STATUSES = [
  { key: 'done', label: 'Hoàn thành' },
  { key: 'done_late', label: 'Hoàn thành muộn' },
  { key: 'in_progress', label: 'Đang thực hiện' },
  { key: 'not_started', label: 'Chưa thực hiện' },
  { key: 'overdue', label: 'Quá hạn' },
  { key: 'cancelled', label: 'Hủy' },
];

export const COMMUNES = [
  'Phường Mộc Châu',
  'Phường Thảo Nguyên',
  'Xã Chiềng Hắc',
  'Xã Tân Lập',
  'Xã Phiêng Luông',
  'Xã Lóng Sập',
];

const REPORTING: ReportingRow[] = [
  {
    unitName: COMMUNES[0]!,
    level: 'commune',
    dueDate: '2026-06-05',
    submittedOn: '2026-06-03',
    state: 'on_time',
  },
  {
    unitName: COMMUNES[1]!,
    level: 'commune',
    dueDate: '2026-06-05',
    submittedOn: '2026-06-05',
    state: 'on_time',
  },
  {
    unitName: COMMUNES[2]!,
    level: 'commune',
    dueDate: '2026-06-05',
    submittedOn: '2026-06-08',
    state: 'late',
  },
  {
    unitName: COMMUNES[3]!,
    level: 'commune',
    dueDate: '2026-06-05',
    submittedOn: '2026-06-04',
    state: 'on_time',
  },
  {
    unitName: COMMUNES[4]!,
    level: 'commune',
    dueDate: '2026-06-05',
    submittedOn: '2026-06-04',
    state: 'returned',
  },
  {
    unitName: COMMUNES[5]!,
    level: 'commune',
    dueDate: '2026-06-05',
    submittedOn: null,
    state: 'missing',
  },
];

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

const TASKS: Record<string, [string, string, string][]> = {
  D1: [
    [
      'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến từng thôn, bản, tổ dân phố',
      'Sở Tư pháp',
      'Thường xuyên',
    ],
    [
      'Hướng dẫn tổ chức bầu trưởng thôn, tổ trưởng tổ dân phố đúng quy định, có nhiều ứng cử viên',
      'Sở Nội vụ',
      'Quý II/2026',
    ],
    [
      'Công khai các khoản đóng góp tự nguyện của Nhân dân và kết quả sử dụng',
      'UBND các xã, phường',
      '30/06/2026',
    ],
  ],
  D2: [
    [
      'Niêm yết công khai danh sách hộ nghèo, hộ cận nghèo tại nhà văn hóa thôn, bản',
      'Sở Nông nghiệp và Môi trường',
      '31/03/2026',
    ],
    [
      'Công khai dự toán, quyết toán ngân sách xã tại trụ sở UBND và trên cổng thông tin điện tử',
      'Sở Tài chính',
      '31/05/2026',
    ],
    [
      'Công khai quy hoạch, kế hoạch sử dụng đất và khung giá bồi thường',
      'Sở Nông nghiệp và Môi trường',
      'Quý II/2026',
    ],
  ],
  D3: [
    [
      'Tổ chức đối thoại định kỳ giữa người đứng đầu cấp ủy, chính quyền với Nhân dân',
      'UBND các xã, phường',
      '6 tháng/lần',
    ],
    [
      'Giải quyết dứt điểm đơn thư khiếu nại, tố cáo tồn đọng, kéo dài',
      'Thanh tra tỉnh',
      '30/06/2026',
    ],
  ],
  D4: [
    [
      'Công khai kết luận thanh tra, kiểm tra về phòng, chống tham nhũng',
      'Thanh tra tỉnh',
      'Thường xuyên',
    ],
    [
      'Chuyển đổi vị trí công tác đối với công chức làm việc ở vị trí dễ phát sinh tiêu cực',
      'Sở Nội vụ',
      '31/05/2026',
    ],
  ],
  D5: [
    [
      'Rà soát, công bố danh mục thủ tục hành chính thực hiện tại cấp xã',
      'Văn phòng UBND tỉnh',
      '28/02/2026',
    ],
    [
      'Khảo sát sự hài lòng của người dân tại Trung tâm phục vụ hành chính công cấp xã',
      'Sở Nội vụ',
      'Quý II/2026',
    ],
  ],
  D6: [
    ['Nâng cao chất lượng khám chữa bệnh tại trạm y tế xã', 'Sở Y tế', 'Thường xuyên'],
    [
      'Sửa chữa, nâng cấp phòng học xuống cấp tại các điểm trường bản',
      'Sở Giáo dục và Đào tạo',
      '31/08/2026',
    ],
  ],
  D7: [
    [
      'Thu gom, xử lý rác thải sinh hoạt tại khu dân cư tập trung',
      'Sở Nông nghiệp và Môi trường',
      'Thường xuyên',
    ],
    ['Kiểm tra, xử lý cơ sở sản xuất gây ô nhiễm nguồn nước', 'Công an tỉnh', 'Quý II/2026'],
  ],
  D8: [
    [
      'Hướng dẫn người dân nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia',
      'Sở Khoa học và Công nghệ',
      'Thường xuyên',
    ],
    [
      'Phát triển điểm truy cập Internet công cộng tại nhà văn hóa thôn, bản',
      'Sở Khoa học và Công nghệ',
      '30/06/2026',
    ],
  ],
};

const CYCLE = ['done', 'in_progress', 'done', 'overdue', 'done_late', 'not_started', 'in_progress'];

function tasksOf(code: string, offset: number): TaskLine[] {
  return TASKS[code]!.map(([title, lead, deadline], i) => {
    const status = CYCLE[(offset + i) % CYCLE.length]!;
    return {
      number: String(i + 1),
      title,
      lead,
      deadline,
      status,
      percent:
        status === 'in_progress'
          ? 40 + ((offset * 7 + i * 13) % 50)
          : status === 'done'
            ? 100
            : null,
    };
  });
}

const INDICATORS: Record<string, Omit<IndicatorLine, 'values'>[]> = {
  D1: [
    {
      name: 'Số thôn, tổ dân phố tổ chức bầu trưởng thôn có từ hai ứng cử viên trở lên',
      unit: 'thôn',
      aggregate: 'sum',
      target: 120,
    },
  ],
  D2: [
    {
      name: 'Tỷ lệ xã công khai dự toán ngân sách trên cổng thông tin điện tử',
      unit: '%',
      aggregate: 'average',
      target: 100,
    },
  ],
  D3: [
    {
      name: 'Số cuộc đối thoại của người đứng đầu với Nhân dân',
      unit: 'cuộc',
      aggregate: 'sum',
      target: 24,
    },
  ],
  D8: [
    {
      name: 'Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến',
      unit: '%',
      aggregate: 'average',
      target: 50,
    },
  ],
};

const NARRATIVES: Record<string, { results: string; shortcomings: string; proposals: string }> = {
  [COMMUNES[0]!]: {
    results:
      'Đã tổ chức 4 hội nghị tuyên truyền tại các tổ dân phố với hơn 600 lượt người tham dự; 100% tổ dân phố niêm yết công khai các khoản đóng góp.',
    shortcomings:
      'Một số hộ dân ở tổ dân phố mới sáp nhập chưa nắm được nội dung; nguyên nhân là địa bàn rộng, lực lượng tuyên truyền viên mỏng.',
    proposals: 'Đề nghị tỉnh hỗ trợ tài liệu tuyên truyền song ngữ Việt – Thái.',
  },
  [COMMUNES[2]!]: {
    results: 'Hoàn thành niêm yết danh sách hộ nghèo tại 12/12 nhà văn hóa bản.',
    shortcomings: 'Chậm gửi báo cáo do cán bộ phụ trách thay đổi.',
    proposals: '',
  },
  [COMMUNES[3]!]: {
    results: 'Tổ chức 2 cuộc đối thoại trực tiếp giữa Chủ tịch UBND xã với Nhân dân.',
    shortcomings: '',
    proposals: 'Đề nghị bố trí kinh phí nâng cấp hệ thống truyền thanh cơ sở.',
  },
};

function dimension([code, name]: [string, string], d: number): DimensionSection {
  const tasks = tasksOf(code, d);
  const reporting = REPORTING.filter((r) => r.state === 'on_time' || r.state === 'late');
  return {
    code,
    name,
    tasks,
    byUnit: reporting.map((r, u) => {
      const counts: Record<string, number> = {};
      for (const t of tasksOf(code, d + u + 1)) counts[t.status] = (counts[t.status] ?? 0) + 1;
      return { unitName: r.unitName, counts };
    }),
    indicators: (INDICATORS[code] ?? []).map((ind, k) => ({
      ...ind,
      values: REPORTING.map((r, u) => ({
        unitName: r.unitName,
        value:
          r.state === 'missing' || r.state === 'returned'
            ? null
            : ind.unit === '%'
              ? 60 + ((u * 11 + k * 7) % 40)
              : 2 + ((u * 5 + k) % 9),
      })),
    })),
    // Units write about what they did: some dimensions get no narrative at all.
    narratives:
      code === 'D1' || code === 'D2'
        ? Object.entries(NARRATIVES).map(([unitName, n]) => ({ unitName, ...n }))
        : [],
  };
}

export const SON_LA_6_MONTHS_2026: ConsolidatedReportInput = {
  issuingBody: { lines: ['ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA'] },
  reporter: 'UBND tỉnh Sơn La',
  number: '/BC-UBND',
  place: 'Sơn La',
  date: { year: 2026, month: 6 },
  planRef: 'Kế hoạch số 15/KH-UBND ngày 20/01/2026 của UBND tỉnh về nâng cao Chỉ số PAPI năm 2026',
  periodLabel: '6 tháng đầu năm 2026',
  windowLabel: 'từ ngày 01/12/2025 đến ngày 31/05/2026',
  intro: [
    'Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2026 của UBND tỉnh về nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2026, trên cơ sở báo cáo của các xã, phường (số liệu từ ngày 01/12/2025 đến ngày 31/05/2026), UBND tỉnh Sơn La báo cáo kết quả thực hiện 6 tháng đầu năm 2026 như sau:',
  ],
  statuses: STATUSES,
  reporting: REPORTING,
  dimensions: DIMENSIONS.map(dimension),
  indicators: [],
  feedback: [],
  assessment: {
    results: [
      'Các cơ quan, đơn vị đã chủ động triển khai các nhiệm vụ được giao; công tác công khai, minh bạch có chuyển biến rõ nét.',
    ],
    shortcomings: ['Một số nhiệm vụ chậm tiến độ; việc báo cáo của một số xã chưa đúng thời hạn.'],
    nextSteps: [
      'Tập trung hoàn thành các nhiệm vụ quá hạn trong quý III/2026; đôn đốc các xã gửi báo cáo đúng hạn.',
    ],
    proposals: [],
  },
  signer: {
    authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
    position: 'PHÓ CHỦ TỊCH',
    name: '',
  },
  recipients: [
    'Bộ Nội vụ',
    'TT Tỉnh ủy, TT HĐND tỉnh',
    'Chủ tịch, các PCT UBND tỉnh',
    'Sở Nội vụ',
    'Lưu: VT, NC',
  ],
};
