/** English of the emulation (thi đua) module's and its contract's messages. */
import type { EnglishPair } from '@papi/domain';

export const EMULATION_ENGLISH: readonly EnglishPair[] = [
  ['Kết quả thi đua', 'Emulation results'],
  ['Đối tượng thi đua', 'Emulation subject'],
  ['Tiêu chí', 'Criterion'],
  [
    'Thiếu đối tượng thi đua (trường "subject").',
    'The emulation subject is missing (field "subject").',
  ],
  ['Thiếu đối tượng thi đua.', 'The emulation subject is missing.'],
  [
    'Chỉ lãnh đạo, đầu mối Nội vụ, quản trị của đơn vị tải dự thảo quyết định.',
    'Only the unit’s leaders, Home Affairs coordinators and administrators download the draft decision.',
  ],
  [
    'Chỉ lãnh đạo của đơn vị phê duyệt kết quả thi đua.',
    'Only the unit’s leaders approve the emulation results.',
  ],
  [
    'Chỉ quản trị, đầu mối Nội vụ, lãnh đạo của đơn vị sửa danh sách đề nghị.',
    'Only the unit’s administrators, Home Affairs coordinators and leaders edit the proposed lists.',
  ],
  [
    'Kết quả thi đua đã được phê duyệt và không thay đổi được; hãy tính lại để tạo phiên bản mới.',
    'The emulation results are approved and cannot change; recompute to make a new version.',
  ],
  [
    'Cơ quan, đơn vị không có trong kết quả thi đua.',
    'The agency or unit is not in the emulation results.',
  ],
  [
    'Một cơ quan, đơn vị không thể vừa được khen thưởng vừa bị phê bình.',
    'An agency or unit cannot be both commended and criticised.',
  ],
  [
    'Chỉ quản trị, đầu mối Nội vụ của đơn vị lập bộ tiêu chí thi đua.',
    'Only the unit’s administrators and Home Affairs coordinators set the emulation criteria.',
  ],
  [
    'Thành viên hội đồng thi đua phải là tài khoản đang hoạt động của {0}.',
    'Emulation council members must be active accounts of {0}.',
  ],
  [
    'Chỉ quản trị, đầu mối Nội vụ, lãnh đạo của đơn vị tính điểm thi đua.',
    'Only the unit’s administrators, Home Affairs coordinators and leaders compute the emulation scores.',
  ],
  ['Năm {0} chưa bắt đầu.', 'Year {0} has not started yet.'],
  [
    'Kết quả thi đua vừa được phê duyệt; hãy tải lại trang.',
    'The emulation results were just approved; reload the page.',
  ],
  [
    'Chỉ thành viên hội đồng thi đua của năm chấm các tiêu chí này.',
    'Only members of the year’s emulation council mark these criteria.',
  ],
  ['“{0}” không phải tiêu chí do hội đồng chấm.', '“{0}” is not a criterion the council marks.'],
  ['Điểm tối đa của “{0}” là {1}.', 'The maximum for “{0}” is {1}.'],
  [
    'Cơ quan, đơn vị không thuộc đối tượng thi đua.',
    'The agency or unit is not among those the emulation scores.',
  ],
  [
    'Đối tượng có dạng agency-12 hoặc commune-345.',
    'The subject looks like agency-12 or commune-345.',
  ],
];
