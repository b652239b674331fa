/** English of the survey results' messages: comparisons, downloads, retention of answers. */
import type { EnglishPair } from './english.ts';

export const SURVEY_RESULT_ENGLISH: readonly EnglishPair[] = [
  [
    'Chỉ cán bộ điều phối và quản trị viên của đơn vị tổ chức khảo sát được tải câu trả lời gốc.',
    'Only the coordinators and administrators of the unit running the survey may download the raw answers.',
  ],
  [
    'Chỉ quản trị viên và cán bộ điều phối của đơn vị tổ chức khảo sát được làm việc này.',
    'Only the administrators and coordinators of the unit running the survey may do this.',
  ],
  [
    'Câu trả lời gốc của đợt khảo sát đã được xoá khi hết hạn lưu; chỉ còn điểm đã tính.',
    'The raw answers of this survey round were deleted when their retention period ended; only the computed scores remain.',
  ],
  [
    'Nhóm mẫu "{0}" không có điểm trong đợt khảo sát này.',
    'Stratum "{0}" has no scores in this survey round.',
  ],
  ['Không có nhóm mẫu "{0}".', 'There is no stratum "{0}".'],
  ['Cần chọn đủ hai nhóm mẫu để so sánh (a và b).', 'Choose both strata to compare (a and b).'],
  ['Chưa chọn nhóm mẫu.', 'No stratum chosen.'],
  [
    'Câu trả lời gốc của đợt khảo sát đã được xoá ngày {0}.',
    'The raw answers of this survey round were deleted on {0}.',
  ],
  [
    'Hạn lưu câu trả lời ({0}) trước ngày kết thúc đợt khảo sát ({1}).',
    'The retention date of the answers ({0}) is before the end of the survey round ({1}).',
  ],
  [
    'Hạn lưu trước ngày kết thúc đợt khảo sát.',
    'The retention date is before the end of the survey round.',
  ],
  [
    'Chưa đặt hạn lưu câu trả lời gốc cho đợt khảo sát này, chưa xoá được.',
    'No retention date is set for the raw answers of this survey round, so they cannot be deleted yet.',
  ],
  [
    'Chưa hết hạn lưu câu trả lời gốc (đến hết ngày {0}), chưa xoá được.',
    'The raw answers are kept until the end of {0}; they cannot be deleted yet.',
  ],
  [
    'Đợt khảo sát chưa kết thúc (vẫn nhận phiếu), chưa xoá câu trả lời gốc được.',
    'The survey round has not ended (it still takes responses); its raw answers cannot be deleted yet.',
  ],
];
