import type { PlanDocumentInput, PlanTaskGroup } from './plan-input.ts';

/**
 * Kế hoạch số 426/KH-UBND ngày 18/02/2022 của UBND huyện Mộc Châu (seed 001), abridged:
 * the text of sections I, II (first items), IV, and 16 tasks over the 8 PAPI dimensions.
 */
export const DIMENSIONS = [
  'Tham gia của người dân ở cấp cơ sở',
  'Công khai, minh bạch trong hoạch định chính sách',
  'Trách nhiệm giải trình với người dân',
  'Kiểm soát tham nhũng trong khu vực công',
  'Thủ tục hành chính công',
  'Cung ứng dịch vụ công',
  'Quản trị môi trường',
  'Quản trị điện tử',
];

const XA = 'UBND các xã, thị trấn';

const groups: PlanTaskGroup[] = [
  [
    [
      'Tuyên truyền Pháp lệnh thực hiện dân chủ ở xã, thị trấn; công khai số điện thoại, hộp thư điện tử của người đứng đầu cơ quan, đơn vị',
      'Phòng Văn hóa và Thông tin',
      `Trung tâm Truyền thông - Văn hóa huyện; ${XA}`,
      'Thường xuyên',
      'Tin, bài tuyên truyền; danh bạ công khai',
    ],
    [
      'Tổ chức bầu cử Trưởng bản, tiểu khu, tổ dân phố dân chủ, đúng quy định',
      'Phòng Nội vụ',
      XA,
      'Quý IV/2022',
      'Kết quả bầu cử được công nhận',
    ],
  ],
  [
    [
      'Niêm yết công khai danh sách hộ nghèo, hộ cận nghèo tại nhà văn hóa bản, tiểu khu và trụ sở UBND xã',
      'Phòng Lao động - Thương binh và Xã hội',
      XA,
      'Tháng 12/2022',
      'Danh sách được niêm yết',
    ],
    [
      'Công bố, công khai quy hoạch, kế hoạch sử dụng đất và khung giá đất trên Cổng thông tin điện tử huyện',
      'Phòng Tài nguyên và Môi trường',
      'Văn phòng HĐND - UBND huyện',
      'Quý II/2022',
      'Quy hoạch, kế hoạch được công khai',
    ],
  ],
  [
    [
      'Tổ chức đối thoại trực tiếp với tổ chức, cá nhân về thủ tục hành chính, định kỳ 06 tháng/lần',
      'Văn phòng HĐND - UBND huyện',
      'Các phòng chuyên môn',
      '06 tháng/lần',
      'Biên bản đối thoại',
    ],
    [
      'Tập huấn kỹ năng chuyên môn, nghiệp vụ cho Ban Thanh tra nhân dân các xã, thị trấn',
      'Ủy ban MTTQ Việt Nam huyện',
      'Thanh tra huyện',
      'Quý III/2022',
      'Lớp tập huấn; báo cáo kết quả',
    ],
  ],
  [
    [
      'Công khai báo cáo kết quả phòng, chống tham nhũng năm 2022 trên hệ thống truyền thanh cơ sở',
      'Thanh tra huyện',
      'Trung tâm Truyền thông - Văn hóa huyện',
      'Tháng 12/2022',
      'Báo cáo được công khai',
    ],
    [
      'Công khai, minh bạch trong tuyển dụng công chức, viên chức, người lao động',
      'Phòng Nội vụ',
      'Các cơ quan, đơn vị',
      'Theo kế hoạch tuyển dụng',
      'Thông báo tuyển dụng, kết quả công khai',
    ],
  ],
  [
    [
      'Rà soát, niêm yết công khai thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả các cấp',
      'Văn phòng HĐND - UBND huyện',
      XA,
      'Thường xuyên',
      'Danh mục TTHC được niêm yết đầy đủ',
    ],
    [
      'Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
      'Phòng Nội vụ',
      'Văn phòng HĐND - UBND huyện',
      'Quý IV/2022',
      'Báo cáo kết quả khảo sát',
    ],
  ],
  [
    [
      'Tuyên truyền chính sách bảo hiểm y tế, nâng cao tỷ lệ người dân tham gia bảo hiểm y tế',
      'Trung tâm Y tế huyện',
      'Bảo hiểm xã hội huyện; ' + XA,
      'Thường xuyên',
      'Tỷ lệ bao phủ bảo hiểm y tế tăng',
    ],
    [
      'Lấy ý kiến phụ huynh học sinh về thái độ của giáo viên và chất lượng dạy học',
      'Phòng Giáo dục và Đào tạo',
      'Các trường tiểu học',
      'Học kỳ I năm học 2022-2023',
      'Phiếu lấy ý kiến; báo cáo tổng hợp',
    ],
  ],
  [
    [
      'Tuyên truyền nâng cao nhận thức về bảo vệ môi trường, phân loại chất thải tại khu dân cư',
      'Phòng Tài nguyên và Môi trường',
      XA,
      'Thường xuyên',
      'Tin, bài; hội nghị tuyên truyền',
    ],
    [
      'Kiểm tra việc thực hiện nghĩa vụ bảo vệ môi trường, bảo vệ nguồn nước của doanh nghiệp trên địa bàn',
      'Phòng Tài nguyên và Môi trường',
      'Công an huyện',
      'Quý III/2022',
      'Biên bản, kết luận kiểm tra',
    ],
  ],
  [
    [
      'Hỗ trợ người dân sử dụng dịch vụ công trực tuyến mức độ 3, 4, kể cả trên thiết bị di động',
      'Văn phòng HĐND - UBND huyện',
      `Phòng Văn hóa và Thông tin; ${XA}`,
      'Thường xuyên',
      'Tỷ lệ hồ sơ trực tuyến tăng',
    ],
    [
      'Trả lời phản ánh, kiến nghị của người dân trên Cổng thông tin điện tử huyện đúng thời hạn',
      'Văn phòng HĐND - UBND huyện',
      'Các phòng chuyên môn',
      'Thường xuyên',
      'Phản ánh được trả lời, công khai',
    ],
  ],
].map((tasks, i) => ({
  heading: DIMENSIONS[i]!,
  tasks: tasks.map(([content, lead, partners, deadline, output]) => ({
    content: content!,
    lead: lead!,
    partners,
    deadline: deadline!,
    output: output!,
  })),
}));

export const MOC_CHAU_2022: PlanDocumentInput = {
  issuingBody: {
    lines: ['ỦY BAN NHÂN DÂN', 'HUYỆN MỘC CHÂU'],
    name: 'Ủy ban nhân dân huyện Mộc Châu',
  },
  number: '426/KH-UBND',
  place: 'Mộc Châu',
  date: { day: 18, month: 2, year: 2022 },
  subject: 'Nâng cao chỉ số hiệu quả quản trị và hành chính công năm 2022',
  bases: [
    'Thực hiện Kế hoạch số 48/KH-UBND ngày 10 tháng 02 năm 2022 của UBND tỉnh về nâng cao chỉ số hiệu quả quản trị và hành chính công năm 2022.',
  ],
  preamble: [
    'Nhằm tập trung thực hiện tốt các giải pháp để thực hiện có hiệu quả Kế hoạch số 48/KH-UBND ngày 10/02/2022 của UBND tỉnh, góp phần nâng cao chỉ số hiệu quả quản trị và hành chính công trên địa bàn tỉnh, Ủy ban nhân dân huyện ban hành kế hoạch thực hiện nâng cao chỉ số hiệu quả quản trị và hành chính công năm 2022 (sau đây gọi tắt là Chỉ số PAPI), cụ thể như sau:',
  ],
  sections: [
    {
      heading: 'I. MỤC ĐÍCH, YÊU CẦU',
      blocks: [
        { kind: 'heading', text: '1. Mục đích' },
        {
          kind: 'bullet',
          text: 'Triển khai thực hiện có hiệu quả các nhiệm vụ theo Kế hoạch số 48/KH-UBND ngày 10/02/2022 của UBND tỉnh Sơn La về nâng cao chỉ số hiệu quả quản trị và hành chính công năm 2022.',
        },
        {
          kind: 'bullet',
          text: 'Xác định rõ những nhiệm vụ, giải pháp cụ thể thiết thực để nâng cao hiệu quả công tác điều hành, quản lý nhà nước và cung cấp dịch vụ công của cơ quan hành chính trên địa bàn huyện.',
        },
        { kind: 'heading', text: '2. Yêu cầu' },
        {
          kind: 'bullet',
          text: 'Việc thực hiện kế hoạch nâng cao Chỉ số PAPI năm 2022 phải thực hiện đồng bộ với Kế hoạch cải cách hành chính (CCHC) năm 2022 của huyện và gắn với nhiệm vụ, giải pháp nâng cao chỉ số PAR-INDEX và PCI.',
        },
        {
          kind: 'bullet',
          text: 'Các cấp ủy đảng, chính quyền phải coi nhiệm vụ nâng cao chỉ số PAPI là nhiệm vụ thường xuyên, lâu dài, kiên trì, liên tục của các cơ quan, đơn vị, các cấp chính quyền từ huyện đến xã, bản, tiểu khu.',
        },
      ],
    },
    {
      heading: 'II. NHIỆM VỤ VÀ GIẢI PHÁP',
      blocks: [
        { kind: 'heading', text: '1. Nội dung “Tham gia của người dân ở cấp cơ sở”' },
        {
          kind: 'paragraph',
          text: [
            {
              text: '1.1. Tập trung đẩy mạnh công tác thông tin, tuyên truyền cho cán bộ, công chức, nhân dân hiểu và thực hiện tốt Pháp lệnh thực hiện dân chủ ở xã, thị trấn. Tuyên truyền, triển khai các hình thức thích hợp (',
            },
            {
              text: 'công khai số điện thoại, hộp thư điện tử của người đứng đầu cơ quan, đơn vị, thường xuyên tổ chức các cuộc gặp, đối thoại với nhân dân...',
              italics: true,
            },
            {
              text: '), tạo điều kiện cho nhân dân được biết, được bàn, được tham gia thực hiện hoặc kiểm tra, giám sát việc thực hiện.',
            },
          ],
        },
        {
          kind: 'heading',
          text: '2. Đối với nội dung “Công khai, minh bạch trong hoạch định chính sách”',
        },
        {
          kind: 'paragraph',
          text: '2.1. Tăng cường tuyên truyền, phổ biến triển khai thực hiện Luật Tiếp cận thông tin, Nghị định số 13/2018/NĐ-CP và các văn bản hướng dẫn thi hành.',
        },
        { kind: 'heading', text: '8. Nội dung “Quản trị điện tử”' },
        {
          kind: 'paragraph',
          text: '8.1. Tăng cường tuyên truyền, phổ biến đến người dân được biết, tiếp cận và sử dụng Cổng thông tin điện tử của tỉnh và Trang thông tin điện tử của các cơ quan, đơn vị.',
        },
      ],
    },
    {
      heading: 'III. NHIỆM VỤ CỤ THỂ NÂNG CAO CHỈ SỐ PAPI',
      blocks: [{ kind: 'paragraph', text: [{ text: '(Có Phụ lục kèm theo)', italics: true }] }],
    },
  ],
  implementation: {
    heading: 'IV. TỔ CHỨC THỰC HIỆN',
    responsibilities: [
      {
        agency: 'Giao các cơ quan, đơn vị; UBND các xã, thị trấn',
        blocks: [
          {
            kind: 'heading',
            text: '1.1. Về ban hành và thực hiện Kế hoạch nâng cao Chỉ số PAPI năm 2022',
          },
          {
            kind: 'paragraph',
            text: 'Các cơ quan, đơn vị, UBND các xã, thị trấn căn cứ nội dung kế hoạch này, cụ thể hóa, xây dựng và triển khai thực hiện các nhiệm vụ nâng cao Chỉ số PAPI năm 2022. Kế hoạch phải đảm bảo các yêu cầu sau:',
          },
          { kind: 'bullet', text: 'Thời điểm ban hành Kế hoạch chậm nhất là ngày 20/02/2022.' },
          {
            kind: 'bullet',
            text: 'Nội dung Kế hoạch phải bảo đảm toàn diện trên tất cả 8 nội dung của Chỉ số PAPI.',
          },
        ],
      },
      {
        agency: 'Phòng Nội vụ',
        duty: 'theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Chủ tịch UBND huyện theo quy định 6 tháng đầu năm trước ngày 10/6; cả năm trước 10/12/2022.',
      },
      {
        agency: 'Phòng Văn hóa và Thông tin',
        duty: 'đẩy mạnh công tác thông tin, tuyên truyền về những nội dung của Chỉ số quản trị công (PAPI) trên Cổng thông tin điện tử của huyện.',
      },
      {
        agency: 'Văn phòng HĐND - UBND huyện',
        duty: 'tham mưu, chỉ đạo triển khai, kiểm tra, đôn đốc việc ứng dụng công nghệ thông tin, bưu chính công ích trong quá trình tiếp nhận, xử lý và trả kết quả giải quyết TTHC.',
      },
      {
        agency: 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
        duty: 'chủ trì, phối hợp tổ chức triển khai thực hiện các giải pháp nâng cao chất lượng hoạt động của Ban Thanh tra nhân dân và Ban Giám sát đầu tư cộng đồng tại cơ sở.',
      },
    ],
  },
  closing:
    'Trên đây là kế hoạch nâng cao chỉ số hiệu quả quản trị và hành chính công năm 2022 huyện Mộc Châu. Đề nghị các cơ quan, đơn vị, UBND các xã, thị trấn nghiêm túc triển khai thực hiện./.',
  signer: { authority: ['TM. ỦY BAN NHÂN DÂN'], position: 'CHỦ TỊCH', name: 'Long Trung Tâm' },
  recipients: [
    'Sở Nội vụ tỉnh Sơn La;',
    'Phòng CCHC&VTLT - Sở Nội vụ;',
    'Thường trực huyện ủy;',
    'Thường trực HĐND;',
    'Chủ tịch, các PCT UBND;',
    'Ủy ban MTTQ Việt Nam;',
    'Các cơ quan, đơn vị;',
    'UBND các xã, thị trấn;',
    'Lưu: VT, NV, 45b.',
  ],
  appendix: {
    title: 'Nhiệm vụ cụ thể nâng cao Chỉ số PAPI năm 2022',
    groups,
  },
};

/** The fixture grown to `count` tasks over the 8 dimensions (the test and the bench use 300). */
export function withManyTasks(count = 300): PlanDocumentInput {
  const base = MOC_CHAU_2022.appendix!.groups.flatMap((g) => g.tasks);
  const per = Math.floor(count / DIMENSIONS.length);
  const extra = count % DIMENSIONS.length;
  const groups: PlanTaskGroup[] = DIMENSIONS.map((heading, d) => ({
    heading,
    tasks: Array.from({ length: per + (d < extra ? 1 : 0) }, (_, i) => ({
      ...base[(d * 2 + i) % base.length]!,
      content: `Nhiệm vụ ${d + 1}.${i + 1}: ${base[(d * 2 + i) % base.length]!.content}`,
    })),
  }));
  return { ...MOC_CHAU_2022, appendix: { ...MOC_CHAU_2022.appendix!, groups } };
}
