/**
 * Vietnamese text of execution: my work, tasks, progress, evidence and reporting regimes.
 * The source of truth: en/work.ts has the same keys.
 */
export const viWork = {
  'task.status.not_started': 'Chưa thực hiện',
  'task.status.in_progress': 'Đang thực hiện',
  'task.status.done': 'Hoàn thành',
  'task.status.done_late': 'Hoàn thành muộn',
  'task.status.overdue': 'Quá hạn',
  'task.status.cancelled': 'Đã hủy',

  'work.title': 'Việc của tôi',

  'work.asOf': 'Tính đến ngày {date} · {unit}',

  'work.includeBelow': 'Gồm cả đơn vị cấp dưới',

  'work.count.overdue': 'Quá hạn',
  'work.count.dueThisWeek': 'Đến hạn trong 7 ngày',
  'work.count.tasks': 'Nhiệm vụ',
  'work.count.reports': 'Báo cáo phải nộp',
  'work.count.plans': 'Kế hoạch phải ban hành',

  'work.filterKind': 'Loại việc',

  'work.kind.all': 'Tất cả',
  'work.kind.tasks': 'Nhiệm vụ',
  'work.kind.reports': 'Báo cáo',
  'work.kind.plans': 'Kế hoạch',
  'work.kind.task': 'Nhiệm vụ',
  'work.kind.report': 'Báo cáo',
  'work.kind.plan': 'Ban hành kế hoạch',

  'work.filterStatus': 'Trạng thái nhiệm vụ',

  'work.status.open': 'Còn phải làm',

  'work.filterPlan': 'Kế hoạch',

  'work.filterDimension': 'Lĩnh vực',

  'work.search': 'Tìm kiếm',

  'work.searchPlaceholder': 'Gõ không dấu cũng được (phím /)',

  'work.empty': 'Không có việc nào đang chờ.',

  'work.noMatch': 'Không có việc nào khớp bộ lọc.',

  'work.noDue': 'Không có hạn',

  'work.due.overdue': 'Quá hạn {days} ngày',
  'work.due.today': 'Đến hạn hôm nay',
  'work.due.soon': 'Còn {days} ngày',

  'work.role.lead': 'Chủ trì',
  'work.role.cooperating': 'Phối hợp',
  'work.role.below': 'Đơn vị cấp dưới',
  'work.role.own': 'Của đơn vị',

  'work.leadBy': 'Chủ trì: {name}',

  'work.planToIssue': 'Ban hành kế hoạch thực hiện: {title}',

  'work.obligation.on_time': 'Đã ban hành đúng hạn',
  'work.obligation.late': 'Ban hành muộn',
  'work.obligation.not_yet': 'Chưa ban hành',
  'work.obligation.overdue': 'Chưa ban hành, quá hạn',

  'work.notStarted': 'Chưa lập',

  'work.startReport': 'Lập báo cáo',

  'work.openReport': 'Mở báo cáo',

  'work.openAll': 'Xem tất cả việc',

  'task.back': 'Việc của tôi',

  'task.number': 'Nhiệm vụ {number}',

  'task.percent': 'Tiến độ: {percent}%',

  'task.field.plan': 'Kế hoạch',
  'task.field.dimension': 'Lĩnh vực',
  'task.field.unit': 'Đơn vị',
  'task.field.lead': 'Cơ quan chủ trì',
  'task.field.cooperating': 'Cơ quan phối hợp',
  'task.field.deadline': 'Thời hạn',
  'task.field.result': 'Kết quả/sản phẩm',
  'task.field.completedOn': 'Ngày hoàn thành',
  'task.field.cancelReason': 'Lý do hủy',
  'task.field.lastUpdate': 'Cập nhật gần nhất',

  'task.dueShifted': 'Hạn ghi {date} rơi vào ngày nghỉ, dời sang ngày làm việc kế tiếp.',

  'task.completedOn': 'Hoàn thành ngày {date}',

  'task.history': 'Lịch sử cập nhật',
  'task.history.empty': 'Chưa có cập nhật nào.',
  'task.history.update': 'Cập nhật tiến độ',
  'task.history.contribution': 'Phối hợp',
  'task.history.cancel': 'Hủy nhiệm vụ',
  'task.history.file': 'Tệp:',

  'task.evidence': 'Tệp minh chứng',

  'task.update.title': 'Cập nhật tiến độ',
  'task.update.reportedOn': 'Ngày cập nhật',
  'task.update.percent': 'Tỷ lệ hoàn thành',
  'task.update.note': 'Nội dung đã thực hiện',
  'task.update.noteHint': 'Việc đã làm, kết quả, khó khăn (ghi theo ngày cập nhật)',
  'task.update.finished': 'Đã hoàn thành',
  'task.update.completedOn': 'Ngày hoàn thành',
  'task.update.attaching': 'Sẽ đính kèm: {names}',
  'task.update.save': 'Lưu cập nhật',
  'task.update.saved': 'Đã lưu cập nhật.',
  'task.update.shortcut': 'Ctrl+Enter để lưu',

  'task.contribute.title': 'Ghi nhận phối hợp',
  'task.contribute.note': 'Phần việc cơ quan đã phối hợp thực hiện',
  'task.contribute.save': 'Lưu phối hợp',
  'task.contribute.saved': 'Đã ghi nhận phối hợp.',

  'task.cancel.open': 'Hủy nhiệm vụ…',
  'task.cancel.title': 'Hủy nhiệm vụ',
  'task.cancel.body':
    'Nhiệm vụ bị hủy sẽ không còn tính vào số phải thực hiện. Lịch sử vẫn được giữ.',
  'task.cancel.reason': 'Lý do hủy',
  'task.cancel.confirm': 'Hủy nhiệm vụ',

  'evidence.drop': 'Kéo thả tệp minh chứng vào đây (nhiều tệp một lúc)',
  'evidence.rules':
    'Chấp nhận {types}; tối đa {size} MB mỗi tệp. Loại tệp được kiểm tra theo nội dung.',
  'evidence.choose': 'Chọn tệp…',
  'evidence.uploaded': 'đã tải lên',
  'evidence.none': 'Chưa có tệp nào.',
  'evidence.delete': 'Xóa tệp {name}',

  'regime.title': 'Chế độ báo cáo',
  'regime.create': 'Thêm chế độ báo cáo',
  'regime.edit': 'Sửa chế độ báo cáo {code}',
  'regime.code': 'Mã',
  'regime.name': 'Tên chế độ báo cáo',
  'regime.levels': 'Cấp phải báo cáo',
  'regime.content': 'Nội dung báo cáo',
  'regime.periods': 'Các kỳ báo cáo (ngày dạng dd/mm)',
  'regime.eventDue': 'Hạn nộp: số ngày sau khi công bố kết quả Chỉ số',
  'regime.eventRule': 'Theo sự kiện: sau khi công bố kết quả Chỉ số',
  'regime.periodKey': 'Mã kỳ',
  'regime.periodLabel': 'Tên kỳ',
  'regime.windowFrom': 'Số liệu từ',
  'regime.windowTo': 'đến',
  'regime.previousYear': 'của năm trước',
  'regime.dueFor': 'Hạn {level}',
  'regime.daysAfter': '{level} (ngày)',
  'regime.addPeriod': 'Thêm kỳ',
  'regime.removePeriod': 'Bỏ kỳ {label}',
  'regime.badDay': 'Ngày không hợp lệ (dd/mm).',
  'regime.holidayNote':
    'Hạn rơi vào thứ Bảy, Chủ nhật hoặc ngày nghỉ lễ được dời sang ngày làm việc kế tiếp.',
  'regime.thisYear': 'Các kỳ năm nay (đã dời ngày nghỉ)',
  'regime.noPeriodsYet': 'Chưa có kỳ nào trong năm nay.',

  'work.count.plansToIssue': 'Kế hoạch chờ ban hành',

  'work.kind.planReview': 'Phê duyệt kế hoạch',
  'work.kind.reviewReport': 'Báo cáo tổng kết',
  'work.kind.feedback': 'Phản ánh, kiến nghị',
  'work.reviewReportOf': 'Báo cáo tổng kết {title}',
  'work.feedbackToAnswer': 'Trả lời phản ánh, kiến nghị {code}',
  'work.notSent': 'Chưa gửi',
  'work.notAnswered': 'Chưa trả lời',

  'work.role.issue': 'Chờ lãnh đạo',
  'work.role.returned': 'Bị trả lại',

  'work.planWaiting': 'Kế hoạch chờ ban hành: {title}',

  'work.planReturned': 'Kế hoạch bị trả lại: {title}',

  'work.returnReason': 'Lý do trả lại: {reason}',

  'work.review.waiting': 'Chờ ban hành',
  'work.review.returned': 'Cần sửa',
} as const;
