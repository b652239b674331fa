/**
 * Vietnamese text of periodic reports and monitoring.
 * The source of truth: en/reports.ts has the same keys.
 */
export const viReports = {
  'report.title': 'Báo cáo',

  'report.tab.own': 'Báo cáo của đơn vị',
  'report.tab.received': 'Báo cáo cấp dưới gửi lên',

  'report.regime': 'Chế độ báo cáo',

  'report.year': 'Năm',

  'report.period': 'Kỳ báo cáo',
  'report.owed.title': 'Báo cáo đơn vị phải gửi, chưa lập ({n})',
  'report.owed.due': 'hạn {date}',
  'report.owed.overdue': 'quá hạn từ {date}',

  'report.list.empty': 'Không có báo cáo nào phù hợp.',

  'report.col.reporter': 'Đơn vị báo cáo',
  'report.col.period': 'Kỳ',
  'report.col.due': 'Hạn nộp',
  'report.col.status': 'Trạng thái',
  'report.col.timeliness': 'Đúng hạn/trễ',
  'report.col.version': 'Lần',
  'report.col.updated': 'Cập nhật',

  'report.status.draft': 'Dự thảo',
  'report.status.submitted': 'Đã gửi, chờ tiếp nhận',
  'report.status.accepted': 'Đã tiếp nhận',
  'report.status.returned': 'Bị trả lại',

  'report.state.on_time': 'Đúng hạn',
  'report.state.late': 'Trễ hạn',
  'report.state.missing': 'Chưa nộp (quá hạn)',
  'report.state.pending': 'Chưa đến hạn',

  'report.level.commune': 'Cấp xã',
  'report.level.district': 'Cấp huyện (trước 01/07/2025)',
  'report.level.agency': 'Sở, ban, ngành',
  'report.level.province': 'Cấp tỉnh',

  'report.back': 'Danh sách báo cáo',

  'report.heading': 'Báo cáo {period}',

  'report.window': 'Số liệu từ {from} đến {to}',

  'report.dueOn': 'hạn nộp {date}',

  'report.firstSubmitted': 'gửi lần đầu {at}',

  'report.versionNo': 'Lần {n}',

  'report.save': 'Lưu dự thảo',

  'report.submit': 'Gửi báo cáo',

  'report.resubmit': 'Gửi lại báo cáo',

  'report.unsaved': 'Có thay đổi chưa lưu (Ctrl+S để lưu).',

  'report.confirmTitle': 'Gửi báo cáo',

  'report.confirmBody':
    'Gửi báo cáo lên {receiver}? Trạng thái nhiệm vụ sẽ được chốt tại cuối kỳ và không sửa được nữa, trừ khi cấp trên trả lại.',

  'report.returnedTitle': 'Cấp trên trả lại ({name}):',

  'report.section.snapshot': 'Trạng thái nhiệm vụ',
  'report.section.indicators': 'Chỉ tiêu số liệu',
  'report.section.narratives': 'Thuyết minh theo lĩnh vực',
  'report.section.attachments': 'Tệp đính kèm',
  'report.section.versions': 'Lịch sử phiên bản',

  'report.snapshot.frozen': 'Số liệu chốt tại ngày {date} (chốt lúc gửi, {at}).',
  'report.snapshot.preview': 'Số liệu tạm tính đến ngày {date}; sẽ được chốt khi gửi báo cáo.',
  'report.snapshot.empty': 'Đơn vị không có nhiệm vụ trong kỳ.',
  'report.snapshot.number': 'STT',
  'report.snapshot.content': 'Nhiệm vụ',
  'report.snapshot.status': 'Trạng thái',

  'report.indicators.none': 'Kế hoạch không đặt chỉ tiêu số liệu nào.',
  'report.indicators.name': 'Chỉ tiêu',
  'report.indicators.value': 'Giá trị',
  'report.indicators.note': 'Ghi chú',
  'report.indicators.noteFor': 'Ghi chú: {name}',

  'report.narrative.general': 'Nội dung chung',
  'report.narrative.dimension': 'Lĩnh vực {code}',
  'report.narrative.emptyMark': 'chưa viết',
  'report.narrative.results': 'Kết quả đạt được',
  'report.narrative.shortcomings': 'Tồn tại, hạn chế và nguyên nhân',
  'report.narrative.proposals': 'Đề xuất, kiến nghị',

  'report.consolidated': 'Báo cáo tổng hợp của cấp tiếp nhận:',
  'report.consolidated.docx': 'Tải Word',
  'report.consolidated.xlsx': 'Tải Excel số liệu',

  'report.review.title': 'Tiếp nhận báo cáo',
  'report.review.comment': 'Ý kiến của cấp tiếp nhận',
  'report.review.commentHint': 'Bắt buộc khi trả lại: nêu rõ nội dung cần bổ sung, chỉnh sửa.',
  'report.review.accept': 'Tiếp nhận',
  'report.review.return': 'Trả lại',

  'report.sentBy': 'Gửi bởi {name} lúc {at}',

  'report.reviewedBy': 'Xem xét bởi {name} lúc {at}',

  'report.change.none': 'Không thay đổi so với lần trước.',
  'report.change.indicator': 'Chỉ tiêu {code}: {before} → {after}',
  'report.change.narrative': '{section} ({dimension}) sửa thành: {after}',
  'report.change.status': 'Số nhiệm vụ "{status}": {before} → {after}',

  'monitoring.title': 'Giám sát thực hiện',
  'monitoring.tab.reporting': 'Tình hình nộp báo cáo',
  'monitoring.tab.tasks': 'Nhiệm vụ theo trạng thái',
  'monitoring.tab.overdue': 'Nhiệm vụ quá hạn',
  'monitoring.periodLine': 'Kỳ số liệu {from} – {to}; tính đến ngày {asOf}.',
  'monitoring.expected': 'Phải nộp',
  'monitoring.submitted': 'Đã nộp',
  'monitoring.onTime': 'Đúng hạn',
  'monitoring.late': 'Trễ hạn',
  'monitoring.missing': 'Chưa nộp (quá hạn)',
  'monitoring.pending': 'Chưa đến hạn',
  'monitoring.rate': 'Tỷ lệ đã nộp',
  'monitoring.perLevel': 'Theo cấp',
  'monitoring.perProvince': 'Theo tỉnh',
  'monitoring.communeMapNote':
    'Bản đồ xã, phường, đặc khu của tỉnh từ 01/07/2025 (gồm các đảo). Mỗi xã nộp một báo cáo mỗi kỳ: màu theo tình trạng nộp; xám: không phải nộp.',
  'monitoring.communeMapTitle': 'Tình trạng nộp báo cáo cấp xã {period}',
  'monitoring.perUnit': 'Từng đơn vị',
  'monitoring.level': 'Cấp',
  'monitoring.province': 'Tỉnh, thành phố',
  'monitoring.mapTitle': 'Tỷ lệ nộp báo cáo {period}',
  'monitoring.mapNote':
    'Bản đồ 34 tỉnh, thành phố từ 01/07/2025, gồm quần đảo Hoàng Sa và Trường Sa. Màu: tỷ lệ đơn vị đã nộp; xám: không có đơn vị phải nộp.',
  'monitoring.tooltip': 'Đã nộp {submitted}/{expected} ({rate})',
  'monitoring.noReporters': 'Không có đơn vị phải nộp trong phạm vi',
  'monitoring.filterState': 'Tình trạng nộp',
  'monitoring.filterLevel': 'Cấp báo cáo',
  'monitoring.view': 'Cách hiển thị',
  'monitoring.view.tiles': 'Ô màu',
  'monitoring.view.table': 'Bảng',
  'monitoring.firstSubmitted': 'Gửi lần đầu',
  'monitoring.byDimension': 'Nhiệm vụ theo lĩnh vực và trạng thái (tổng {total})',
  'monitoring.byAgency': 'Nhiệm vụ theo cơ quan chủ trì',
  'monitoring.agencyLimit': 'Hiển thị {count} cơ quan có nhiều nhiệm vụ nhất.',
  'monitoring.noDimension': 'Chưa gắn lĩnh vực',
  'monitoring.noAgency': 'Chưa có cơ quan chủ trì',
  'monitoring.cutoff': 'Hạn trước ngày',
  'monitoring.noOverdue': 'Không có nhiệm vụ nào chưa xong có hạn trước ngày {date}.',
  'monitoring.percent': 'Tiến độ',
} as const;
