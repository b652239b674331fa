/** English of the programmes and reviews module's messages. */
import type { EnglishPair } from '@papi/domain';

export const PROGRAMMES_ENGLISH: readonly EnglishPair[] = [
  ['Tổng kết của chương trình', 'The programme’s review'],
  ['Báo cáo tổng kết', 'Review report'],
  [
    'Chưa có báo cáo tổng kết nào được tiếp nhận để tổng hợp.',
    'No review report has been accepted yet to compile.',
  ],
  [
    'Đã tạo kế hoạch kỳ sau từ tổng kết này.',
    'The next plan was already created from this review.',
  ],
  [
    'Chưa có giải pháp đề xuất nào: hãy tổng hợp tổng kết trước.',
    'There are no proposed solutions: compile the review first.',
  ],
  [
    'Năm của kế hoạch kỳ sau phải từ {0} trở đi (trường "year").',
    'The next plan’s year must be {0} or later (field "year").',
  ],
  [
    'Không tìm thấy dòng tiêu đề có cột "Nội dung" (mã nội dung, chỉ số) và cột "Cơ quan chủ trì" trong 10 dòng đầu của tệp.',
    'No header row with a "Nội dung" (sub-dimension code) column and a "Cơ quan chủ trì" (lead agency) column in the first 10 rows of the file.',
  ],
  [
    'Tệp có {0} lỗi, chưa nhập gì. Dòng {1}, cột {2}: {3}',
    'The file has {0} problems; nothing was imported. Row {1}, column {2}: {3}',
  ],
  ['Tệp không có dòng phân công nào.', 'The file has no assignment rows.'],
  ['Chương trình này đã mở tổng kết.', 'This programme’s review is already open.'],
  [
    'Hạn gửi báo cáo tổng kết không được trước hôm nay (trường "dueOn").',
    'The review reports’ due date cannot be before today (field "dueOn").',
  ],
  [
    'Chương trình chưa có bảng phân công nội dung, chỉ số.',
    'The programme has no sub-dimension assignment yet.',
  ],
  [
    'Chưa viết phần: {0} (trường "sections.{1}").',
    'Sections not written yet: {0} (field "sections.{1}").',
  ],
  [
    'Vui lòng nêu lý do trả lại (trường "reason").',
    'Please give the reason for returning it (field "reason").',
  ],
  [
    'planIds[{0}]: kế hoạch {1} không có hoặc không thuộc đơn vị của chương trình.',
    'planIds[{0}]: plan {1} does not exist or does not belong to the programme’s unit.',
  ],
  ['{0}.elementCode: {1} không có trong bộ chỉ số.', '{0}.elementCode: {1} is not in the index.'],
  [
    '{0}.elementCode: {1} đã được phân công ở dòng trước.',
    '{0}.elementCode: {1} is already assigned on an earlier row.',
  ],
  [
    '{0}: cơ quan {1} không có hoặc không thuộc phạm vi của chương trình.',
    '{0}: agency {1} does not exist or is outside the programme’s scope.',
  ],
  ['Vui lòng nhập tên chương trình.', 'Please enter the programme’s name.'],
  [
    'Năm kết thúc phải từ năm bắt đầu đến tối đa 10 năm sau.',
    'The end year must be from the start year to at most 10 years later.',
  ],
];
