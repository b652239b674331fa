/**
 * The demo plans' tasks: Sơn La's 2026 PAPI plan (its sở and UBND phường Mộc Châu lead)
 * and the phường's own plan ("UBND"/"UBMTTQ" name the phường's bodies), each with the
 * dated updates that give every status an example. Dates are fixed in 2026.
 */
export interface Step {
  on: string;
  percent: number;
  note: string;
  completedOn?: string;
}

export interface DemoTask {
  dimension: string;
  lead: string;
  cooperating?: string[];
  content: string;
  due: string;
  label?: string;
  result: string;
  steps?: Step[];
}

export const PROVINCE_TASKS: DemoTask[] = [
  {
    dimension: 'D1',
    lead: 'Sở Nội vụ',
    content:
      'Tổ chức hội nghị hướng dẫn UBND các xã, phường thực hiện Luật Thực hiện dân chủ ở cơ sở và quán triệt Kế hoạch nâng cao Chỉ số PAPI năm 2026',
    due: '2026-03-31',
    label: 'Quý I/2026',
    result: 'Hội nghị triển khai',
    steps: [
      {
        on: '2026-03-20',
        percent: 100,
        completedOn: '2026-03-20',
        note: 'Đã tổ chức hội nghị trực tuyến đến 75 điểm cầu xã, phường.',
      },
    ],
  },
  {
    dimension: 'D3',
    lead: 'Sở Tư pháp',
    cooperating: ['Sở Nội vụ'],
    content:
      'Hướng dẫn UBND các xã, phường tổ chức đối thoại định kỳ với Nhân dân và công khai kết quả đối thoại',
    due: '2026-06-30',
    result: 'Văn bản hướng dẫn; báo cáo kết quả đối thoại',
    steps: [
      {
        on: '2026-05-15',
        percent: 60,
        note: 'Đã ban hành văn bản hướng dẫn; 41/75 xã, phường đã tổ chức đối thoại quý II.',
      },
    ],
  },
  {
    dimension: 'D3',
    lead: 'Ủy ban nhân dân phường Mộc Châu',
    content:
      'Tổ chức đối thoại giữa Chủ tịch UBND phường với Nhân dân về công tác cải cách hành chính',
    due: '2026-06-30',
    result: 'Biên bản đối thoại',
    steps: [
      {
        on: '2026-05-28',
        percent: 100,
        completedOn: '2026-05-28',
        note: 'Đã tổ chức đối thoại tại nhà văn hóa tổ dân phố 3, 126 người dự.',
      },
    ],
  },
  {
    dimension: 'D2',
    lead: 'Sở Tài chính',
    content:
      'Công khai dự toán, quyết toán ngân sách tỉnh và hướng dẫn các xã, phường niêm yết công khai ngân sách',
    due: '2026-12-31',
    result: 'Cổng thông tin công khai ngân sách',
    steps: [
      {
        on: '2026-09-10',
        percent: 40,
        note: 'Đã công khai dự toán năm 2026; đang tổng hợp số liệu niêm yết của cấp xã.',
      },
    ],
  },
  {
    dimension: 'D3',
    lead: 'Thanh tra tỉnh',
    content: 'Tăng cường tiếp công dân, giải quyết kịp thời khiếu nại, tố cáo ngay từ cơ sở',
    due: '2026-12-15',
    result: 'Báo cáo kết quả tiếp công dân',
  },
  {
    dimension: 'D4',
    lead: 'Sở Tư pháp',
    cooperating: ['Sở Nội vụ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
    content:
      'Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng trong khu vực công cho cán bộ và Nhân dân',
    due: '2026-12-20',
    result: 'Hội nghị, tài liệu tuyên truyền',
  },
  {
    dimension: 'D5',
    lead: 'Trung tâm Phục vụ hành chính công tỉnh',
    content:
      'Rà soát, niêm yết đầy đủ thủ tục hành chính và thực hiện tiếp nhận hồ sơ không phụ thuộc địa giới',
    due: '2026-09-30',
    label: 'Quý III/2026',
    result: 'Danh mục thủ tục được niêm yết',
    steps: [
      { on: '2026-08-20', percent: 70, note: 'Đã niêm yết 1.420/1.650 thủ tục.' },
      {
        on: '2026-10-15',
        percent: 100,
        completedOn: '2026-10-15',
        note: 'Hoàn thành niêm yết toàn bộ thủ tục (chậm do sáp nhập bộ phận một cửa).',
      },
    ],
  },
  {
    dimension: 'D6',
    lead: 'Sở Y tế',
    content: 'Nâng cao chất lượng khám, chữa bệnh tại trạm y tế xã, phường; công khai giá dịch vụ',
    due: '2026-11-30',
    result: 'Báo cáo chất lượng dịch vụ y tế cơ sở',
    steps: [
      { on: '2026-10-30', percent: 70, note: 'Đã công khai giá dịch vụ tại 68/75 trạm y tế.' },
    ],
  },
  {
    dimension: 'D7',
    lead: 'Sở Nông nghiệp và Môi trường',
    cooperating: ['Sở Xây dựng'],
    content:
      'Kiểm tra việc thu gom, xử lý chất thải rắn sinh hoạt và bảo vệ nguồn nước tại các khu dân cư; công khai kết quả quan trắc chất lượng nước, không khí',
    due: '2026-12-15',
    result: 'Báo cáo kết quả kiểm tra; số liệu quan trắc được công khai',
  },
  {
    dimension: 'D8',
    lead: 'Sở Khoa học và Công nghệ',
    cooperating: ['Sở Tư pháp'],
    content: 'Mở rộng dịch vụ công trực tuyến toàn trình và hướng dẫn người dân sử dụng',
    due: '2026-12-31',
    result: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
  },
];

export const COMMUNE_TASKS: DemoTask[] = [
  {
    dimension: 'D2',
    lead: 'UBND',
    cooperating: ['UBMTTQ'],
    content:
      'Niêm yết công khai kế hoạch sử dụng đất và danh sách hộ nghèo tại trụ sở và các tổ dân phố',
    due: '2026-04-30',
    result: 'Biên bản niêm yết',
    steps: [
      {
        on: '2026-04-25',
        percent: 100,
        completedOn: '2026-04-25',
        note: 'Đã niêm yết tại trụ sở và 12/12 tổ dân phố.',
      },
    ],
  },
  {
    dimension: 'D2',
    lead: 'UBND',
    content:
      'Công khai thu, chi ngân sách phường 6 tháng tại trụ sở và trên trang thông tin điện tử',
    due: '2026-07-15',
    result: 'Bảng công khai ngân sách',
    steps: [
      {
        on: '2026-07-20',
        percent: 100,
        completedOn: '2026-07-20',
        note: 'Đã công khai (chậm 5 ngày do chờ số liệu kho bạc).',
      },
    ],
  },
  {
    dimension: 'D3',
    lead: 'UBND',
    cooperating: ['UBMTTQ'],
    content: 'Phối hợp Ban Thanh tra nhân dân giám sát việc thực hiện dân chủ ở cơ sở',
    due: '2026-12-31',
    result: 'Báo cáo giám sát',
    steps: [
      {
        on: '2026-10-05',
        percent: 50,
        note: 'Ban Thanh tra nhân dân đã giám sát 2 công trình hạ tầng.',
      },
    ],
  },
  {
    dimension: 'D5',
    lead: 'UBND',
    content:
      'Niêm yết đầy đủ thủ tục hành chính và số điện thoại đường dây nóng tại Bộ phận một cửa phường',
    due: '2026-05-31',
    result: 'Bộ phận một cửa đạt chuẩn',
    steps: [
      {
        on: '2026-05-20',
        percent: 80,
        note: 'Đã niêm yết thủ tục; còn thiếu bảng đường dây nóng.',
      },
    ],
  },
  {
    dimension: 'D1',
    lead: 'UBND',
    cooperating: ['UBMTTQ'],
    content:
      'Tổ chức hội nghị Nhân dân ở các tổ dân phố bàn, quyết định việc đóng góp xây dựng công trình công cộng',
    due: '2026-06-30',
    result: 'Biên bản hội nghị tổ dân phố',
  },
  {
    dimension: 'D4',
    lead: 'UBND',
    content:
      'Công khai số điện thoại đường dây nóng của Chủ tịch UBND phường; tiếp nhận, xử lý phản ánh về nhũng nhiễu',
    due: '2026-12-31',
    label: 'Thường xuyên',
    result: 'Sổ theo dõi phản ánh, kiến nghị',
  },
  {
    dimension: 'D6',
    lead: 'UBND',
    content: 'Phối hợp trạm y tế phường vận động Nhân dân tham gia bảo hiểm y tế hộ gia đình',
    due: '2026-11-30',
    result: 'Tỷ lệ người dân tham gia bảo hiểm y tế',
  },
  {
    dimension: 'D7',
    lead: 'UBND',
    cooperating: ['UBMTTQ'],
    content:
      'Tổ chức ra quân vệ sinh môi trường hằng tháng; kiểm tra việc thu gom rác thải tại các tổ dân phố',
    due: '2026-12-31',
    label: 'Hằng tháng',
    result: 'Tổ dân phố sáng, xanh, sạch',
  },
  {
    dimension: 'D8',
    lead: 'UBND',
    content:
      'Hướng dẫn người dân nộp hồ sơ trực tuyến, sử dụng ứng dụng VNeID tại Bộ phận một cửa phường',
    due: '2026-10-31',
    result: 'Tỷ lệ hồ sơ trực tuyến của phường',
  },
];
