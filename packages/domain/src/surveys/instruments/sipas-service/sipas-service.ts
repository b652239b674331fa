/**
 * Satisfaction with an administrative service, SIPAS-style: the five factors of the
 * Ministry of Home Affairs' satisfaction index (access, procedures, officials, results,
 * handling of feedback) plus overall satisfaction, each asked on a 5-point scale. Scores are
 * the share satisfied (answers 4 and 5), 0–100, as SIPAS publishes. Written by the PAPI Hub
 * team, modelled on the factors and criteria named in Decisions 2640/QĐ-BNV (2017) and
 * 1001/QĐ-BNV (2023) — not the official questionnaire (see SOURCE.md).
 */
import type { SurveyInstrument } from '../../instrument.ts';
import { CONSENT_VI, ask, note, respondentQuestions, sc, single } from '../build.ts';

/** Satisfied = "hài lòng" or "rất hài lòng"; "không biết" is left out. */
const SATISFIED = { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 };
const q = (name: string, element: string, labelVi: string, extra: { if?: string } = {}) =>
  sc(name, element, labelVi, extra, SATISFIED);

export function sipasServiceInstrument(): SurveyInstrument {
  return {
    code: 'sipas_dich_vu',
    titleVi: 'Phiếu khảo sát sự hài lòng của người dân đối với dịch vụ hành chính công',
    titleEn: 'Citizen satisfaction with public administrative services',
    framework: null,
    scale: { min: 0, max: 100 },
    elements: [
      { code: 'F1', nameVi: 'Tiếp cận dịch vụ', nameEn: 'Access to the service', parent: null },
      {
        code: 'F2',
        nameVi: 'Thủ tục hành chính',
        nameEn: 'Administrative procedures',
        parent: null,
      },
      {
        code: 'F3',
        nameVi: 'Công chức giải quyết công việc',
        nameEn: 'Officials handling the case',
        parent: null,
      },
      { code: 'F4', nameVi: 'Kết quả giải quyết', nameEn: 'Results of the service', parent: null },
      {
        code: 'F5',
        nameVi: 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị',
        nameEn: 'Handling of feedback',
        parent: null,
      },
      { code: 'HL', nameVi: 'Hài lòng chung', nameEn: 'Overall satisfaction', parent: null },
    ],
    sections: [
      {
        name: 'gioi_thieu',
        labelVi: 'Giới thiệu',
        questions: [
          note('dong_y', CONSENT_VI),
          single('dich_vu', 'Ông/bà vừa làm thủ tục gì?', [
            ['chung_thuc', 'Chứng thực, xác nhận giấy tờ'],
            ['ho_tich', 'Khai sinh, kết hôn, khai tử và hộ tịch khác'],
            ['dat_dai', 'Đất đai (sổ đỏ, chuyển nhượng…)'],
            ['xay_dung', 'Giấy phép xây dựng'],
            ['cu_tru', 'Cư trú, căn cước'],
            ['khac', 'Thủ tục khác'],
          ]),
          single('cach_nop', 'Ông/bà nộp hồ sơ bằng cách nào?', [
            ['truc_tiep', 'Trực tiếp tại Bộ phận một cửa'],
            ['truc_tuyen', 'Qua mạng (Cổng dịch vụ công)'],
            ['buu_chinh', 'Qua bưu điện'],
          ]),
          ...respondentQuestions(),
        ],
      },
      {
        name: 'tiep_can',
        labelVi: 'Tiếp cận dịch vụ',
        questions: [
          q(
            'f1_a',
            'F1',
            'Nơi ngồi chờ có đủ chỗ ngồi, thoáng mát không? Ông/bà hài lòng thế nào?',
          ),
          q(
            'f1_b',
            'F1',
            'Ông/bà hài lòng thế nào với bàn ghế, máy lấy số, máy tính và các thiết bị phục vụ người dân?',
          ),
          q(
            'f1_c',
            'F1',
            'Ông/bà hài lòng thế nào với biển hiệu, chỉ dẫn (có rõ ràng, dễ thấy không)?',
          ),
          q('f1_d', 'F1', 'Ông/bà hài lòng thế nào với việc tìm thông tin và nộp hồ sơ qua mạng?'),
        ],
      },
      {
        name: 'thu_tuc',
        labelVi: 'Thủ tục hành chính',
        questions: [
          q('f2_a', 'F2', 'Thủ tục được niêm yết công khai, đầy đủ. Ông/bà hài lòng thế nào?'),
          q(
            'f2_b',
            'F2',
            'Giấy tờ phải nộp đúng như niêm yết, không bị đòi thêm. Ông/bà hài lòng thế nào?',
          ),
          q('f2_c', 'F2', 'Phí, lệ phí đúng như niêm yết. Ông/bà hài lòng thế nào?'),
          q('f2_d', 'F2', 'Thời gian giải quyết đúng như niêm yết. Ông/bà hài lòng thế nào?'),
        ],
      },
      {
        name: 'cong_chuc',
        labelVi: 'Công chức giải quyết công việc',
        questions: [
          q('f3_a', 'F3', 'Ông/bà hài lòng thế nào với thái độ lịch sự, tôn trọng của công chức?'),
          q('f3_b', 'F3', 'Công chức chú ý lắng nghe ý kiến của ông/bà. Ông/bà hài lòng thế nào?'),
          q(
            'f3_c',
            'F3',
            'Công chức hướng dẫn đầy đủ, dễ hiểu, nói một lần là đủ. Ông/bà hài lòng thế nào?',
          ),
          q(
            'f3_d',
            'F3',
            'Công chức làm đúng quy định, không gây phiền hà, nhũng nhiễu. Ông/bà hài lòng thế nào?',
          ),
        ],
      },
      {
        name: 'ket_qua',
        labelVi: 'Kết quả giải quyết',
        questions: [
          q('f4_a', 'F4', 'Kết quả ông/bà nhận được đúng quy định. Ông/bà hài lòng thế nào?'),
          q(
            'f4_b',
            'F4',
            'Thông tin trên giấy tờ trả cho ông/bà đầy đủ, chính xác. Ông/bà hài lòng thế nào?',
          ),
          q('f4_c', 'F4', 'Ông/bà nhận kết quả đúng hẹn. Ông/bà hài lòng thế nào?'),
        ],
      },
      {
        name: 'phan_anh',
        labelVi: 'Góp ý, phản ánh, kiến nghị',
        questions: [
          q(
            'f5_a',
            'F5',
            'Cơ quan có hòm thư góp ý, đường dây nóng hoặc hộp thư điện tử để người dân góp ý. Ông/bà hài lòng thế nào?',
          ),
          ask('f5_gop', 'Lần này ông/bà có góp ý, phản ánh hoặc kiến nghị gì với cơ quan không?'),
          q(
            'f5_b',
            'F5',
            'Ông/bà hài lòng thế nào với cách cơ quan tiếp nhận và xử lý góp ý của mình?',
            { if: 'f5_gop' },
          ),
          q('f5_c', 'F5', 'Ông/bà hài lòng thế nào với việc được báo lại kết quả xử lý kịp thời?', {
            if: 'f5_gop',
          }),
        ],
      },
      {
        name: 'chung',
        labelVi: 'Đánh giá chung',
        questions: [
          q('hl', 'HL', 'Nhìn chung, ông/bà hài lòng thế nào với sự phục vụ của cơ quan lần này?'),
        ],
      },
    ],
  };
}
