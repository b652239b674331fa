/**
 * Vietnamese text of plans: list, detail, statuses and the approval loop (issue, return, waivers).
 * The source of truth: en/plans.ts has the same keys.
 */
export const viPlans = {
  'plans.title': 'Kế hoạch',

  'plans.create': 'Tạo kế hoạch',

  'plans.search': 'Tìm theo trích yếu, số hiệu',

  'plans.filterStatus': 'Trạng thái',

  'plans.filterYear': 'Năm',

  'plans.all': 'Tất cả',

  'plans.draftNumber': 'Dự thảo',

  'plans.status.draft': 'Dự thảo',
  'plans.status.submitted': 'Chờ phê duyệt',
  'plans.status.issued': 'Đã ban hành',
  'plans.status.closed': 'Đã kết thúc',

  'plans.type.improvement': 'Kế hoạch nâng cao chỉ số',
  'plans.type.communication': 'Kế hoạch tuyên truyền',
  'plans.type.programme_review': 'Kế hoạch sơ kết, tổng kết chương trình',
  'plans.type.project': 'Kế hoạch triển khai đề án',

  'plans.form.title': 'Tạo dự thảo kế hoạch',
  'plans.form.type': 'Loại kế hoạch',
  'plans.form.year': 'Năm',
  'plans.form.planTitle': 'Trích yếu',
  'plans.form.from': 'Thực hiện từ ngày',
  'plans.form.to': 'Đến ngày',
  'plans.form.required': 'Vui lòng nhập đủ loại, năm, trích yếu và thời gian thực hiện.',
  'plans.form.submit': 'Tạo dự thảo',

  'plans.back': 'Danh sách kế hoạch',

  'plans.version': 'Phiên bản {n}',

  'plans.period': 'Thời gian thực hiện: {from} – {to}',

  'plans.tasks.title': 'Nhiệm vụ',
  'plans.tasks.stt': 'STT',
  'plans.tasks.content': 'Nội dung',
  'plans.tasks.lead': 'Cơ quan chủ trì',
  'plans.tasks.cooperating': 'Cơ quan phối hợp',
  'plans.tasks.deadline': 'Thời hạn',
  'plans.tasks.result': 'Kết quả/sản phẩm',
  'plans.tasks.empty': 'Kế hoạch chưa có nhiệm vụ.',
  'plans.tasks.noDimension': 'Chưa gắn lĩnh vực',

  'plans.deadline.continuous': 'Thường xuyên',
  'plans.deadline.monthly': 'Hằng tháng',
  'plans.deadline.quarterly': 'Hằng quý',
  'plans.deadline.half_year': '6 tháng một lần',
  'plans.deadline.yearly': 'Hằng năm',
  'plans.deadline.relative': '{days} ngày sau {event}',
  'plans.deadline.issuance': 'khi ban hành kế hoạch',
  'plans.deadline.results_published': 'khi công bố kết quả',
  'plans.deadline.parent_issuance': 'khi kế hoạch cấp trên ban hành',

  'plans.action.submit': 'Trình phê duyệt',
  'plans.action.withdraw': 'Rút lại',
  'plans.action.return': 'Trả lại',
  'plans.action.issue': 'Ban hành',
  'plans.action.close': 'Kết thúc',
  'plans.action.amend': 'Sửa đổi, bổ sung',

  'plans.download': 'Tải Word',

  'plans.downloadFailed': 'Không tải được văn bản',

  'plans.create.template':
    'Văn bản được soạn sẵn theo mẫu của loại kế hoạch (căn cứ, mục đích, yêu cầu, tổ chức thực hiện, nơi nhận); có thể sửa tất cả ở thẻ “Nội dung văn bản”.',

  'plans.more': 'Thêm…',

  'plans.nav.list': 'Danh sách kế hoạch',

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
