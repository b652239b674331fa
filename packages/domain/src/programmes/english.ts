/** English of the programme and review rules' messages and labels. */
import type { EnglishPair } from '../text/english.ts';

export const PROGRAMME_ENGLISH: readonly EnglishPair[] = [
  [
    '"{0}" không phải mã nội dung, chỉ số (ví dụ 2.1).',
    '"{0}" is not a sub-dimension or indicator code (e.g. 2.1).',
  ],
  ['Nội dung {0} không có trong bộ chỉ số.', 'Sub-dimension {0} is not in the index.'],
  [
    'Nội dung {0} đã được phân công ở dòng {1}.',
    'Sub-dimension {0} is already assigned on row {1}.',
  ],
  ['Thiếu cơ quan chủ trì.', 'The lead agency is missing.'],
  ['Không tìm thấy cơ quan "{0}" trong danh mục.', 'No agency "{0}" in the catalogue.'],
  ['Bài học kinh nghiệm', 'Lessons learned'],
  ['Báo cáo tổng kết chương trình', 'Programme review report'],
  ['Đề xuất giải pháp cho chương trình kỳ sau', 'Proposed solutions for the next programme'],
];
