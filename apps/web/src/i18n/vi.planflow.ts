/** Vietnamese text of the plan approval loop: issuing, returning, waivers, work items. */
export const viPlanflow = {
  'work.count.plansToIssue': 'Kế hoạch chờ ban hành',
  'work.kind.planReview': 'Phê duyệt kế hoạch',
  'work.role.issue': 'Chờ lãnh đạo',
  'work.role.returned': 'Bị trả lại',
  'work.planWaiting': 'Kế hoạch chờ ban hành: {title}',
  'work.planReturned': 'Kế hoạch bị trả lại: {title}',
  'work.returnReason': 'Lý do trả lại: {reason}',
  'work.review.waiting': 'Chờ ban hành',
  'work.review.returned': 'Cần sửa',

  'plans.flow.cancel': 'Hủy',
  'plans.flow.submit.title': 'Trình lãnh đạo phê duyệt?',
  'plans.flow.submit.body':
    'Kế hoạch sẽ được gửi tới lãnh đạo đơn vị để ban hành hoặc trả lại. Trong khi chờ, dự thảo không sửa được (có thể rút lại).',
  'plans.flow.submit.blocked': 'Còn {n} lỗi: sửa hết các lỗi trong mục Kiểm tra trước khi trình.',
  'plans.flow.withdraw.title': 'Rút lại dự thảo đã trình?',
  'plans.flow.withdraw.body': 'Dự thảo trở về trạng thái đang soạn để tiếp tục chỉnh sửa.',
  'plans.flow.close.title': 'Kết thúc kế hoạch?',
  'plans.flow.close.body':
    'Kế hoạch chuyển sang trạng thái đã kết thúc; không thể theo dõi, sửa đổi tiếp.',
  'plans.flow.return.title': 'Trả lại dự thảo để chỉnh sửa',
  'plans.flow.return.reason': 'Lý do trả lại',
  'plans.flow.return.reasonHint': 'Người soạn thấy lý do này trên kế hoạch và trong thông báo.',
  'plans.flow.return.reasonRequired': 'Vui lòng nêu lý do trả lại.',
  'plans.flow.issue.title': 'Ban hành kế hoạch',
  'plans.flow.issue.intro':
    'Ghi số và ngày ký theo sổ đăng ký văn bản đi của văn thư. Số đề xuất là số tiếp theo còn trống của đơn vị trong năm.',
  'plans.flow.issue.number': 'Số văn bản',
  'plans.flow.issue.preview': 'Số: {number}',
  'plans.flow.issue.date': 'Ngày ký',
  'plans.flow.issue.past':
    'Ngày ký trước hôm nay: kế hoạch được nhập sau khi ký, nhật ký hệ thống sẽ ghi lại.',
  'plans.flow.issue.dateRequired': 'Vui lòng nhập ngày ký.',
  'plans.flow.confirm': 'Xác nhận',
  'plans.returned.title': 'Lãnh đạo đã trả lại dự thảo',
  'plans.returned.by': '{by}, {at}',

  'plans.waivers.title': 'Quy tắc được miễn cho kế hoạch này',
  'plans.waivers.waive': 'Miễn áp dụng',
  'plans.waivers.modalTitle': 'Miễn áp dụng quy tắc cho riêng kế hoạch này',
  'plans.waivers.intro':
    'Quy tắc “{rule}” sẽ không kiểm tra kế hoạch này. Lý do không in ra văn bản, chỉ lưu trong nhật ký hệ thống.',
  'plans.waivers.reason': 'Lý do miễn áp dụng',
  'plans.waivers.remove': 'Bỏ miễn',
  'plans.waivers.item': '{rule} — {reason} ({by})',
} as const;
