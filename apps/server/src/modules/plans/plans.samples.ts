/**
 * Test data: a small improvement plan that passes every rule of the 2018 PAPI edition
 * (one task per dimension D1–D8, each led by the given agency), for tests and the matrix.
 */
const DIMENSIONS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];

export const PLAN_YEAR = 2023;

export const sampleBody = () => ({
  header: { parentBody: null, issuingBody: null },
  place: 'Sơn La',
  bases: [
    {
      text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      docKind: 'Luật',
      documentNumber: null,
      date: '2015-06-19',
      issuer: 'Quốc hội',
      implementsParent: false,
      parentPlanId: null,
    },
  ],
  purpose: ['Nâng cao chỉ số PAPI của tỉnh.'],
  sections: [
    { numeral: 'I', heading: 'MỤC ĐÍCH, YÊU CẦU', role: 'purpose', note: null, blocks: [] },
    {
      numeral: 'II',
      heading: 'NHIỆM VỤ VÀ GIẢI PHÁP',
      role: 'tasks',
      note: '(Có Phụ lục kèm theo)',
      blocks: [],
    },
    { numeral: 'III', heading: 'TỔ CHỨC THỰC HIỆN', role: 'organisation', note: null, blocks: [] },
  ],
  taskGroups: DIMENSIONS.map((d, i) => ({
    number: String(i + 1),
    heading: `Lĩnh vực ${d}`,
    dimensionCodes: [d],
  })),
  recipients: { lines: ['Thường trực Tỉnh ủy'], archive: { holders: ['VT'], copies: 10 } },
  signer: {
    onBehalfOf: 'ỦY BAN NHÂN DÂN',
    authority: 'KT',
    headTitle: 'CHỦ TỊCH',
    position: 'PHÓ CHỦ TỊCH',
    name: 'Nguyễn Văn An',
    userId: null,
  },
});

export const sampleTask = (i: number, agency: { id: number; name: string }) => ({
  number: `${i + 1}.1`,
  content: `Nội dung nhiệm vụ lĩnh vực ${DIMENSIONS[i]}`,
  dimensionCodes: [DIMENSIONS[i]!],
  lead: { kind: 'agency', id: String(agency.id), name: agency.name },
  cooperating: [],
  deadline: { kind: 'date', date: `${PLAN_YEAR}-09-30`, label: `Quý III/${PLAN_YEAR}` },
  expectedResult: 'Báo cáo kết quả',
});

export const sampleTasks = (agency: { id: number; name: string }) =>
  DIMENSIONS.map((_, i) => sampleTask(i, agency));

export const samplePlan = (unitId: number, title = 'Nâng cao chỉ số PAPI năm 2023') => ({
  unitId,
  planType: 'improvement',
  year: PLAN_YEAR,
  title,
  period: { from: `${PLAN_YEAR}-01-01`, to: `${PLAN_YEAR}-12-31` },
  body: sampleBody(),
});
