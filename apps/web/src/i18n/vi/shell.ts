/**
 * Vietnamese text of the shell and sign-in: app name, language, common words, dates, errors, login, navigation.
 * The source of truth: en/shell.ts has the same keys. Loaded before the first screen; everything else waits for sign-in.
 */
export const viShell = {
  'app.name': 'PAPI Hub',
  'app.tagline': 'Nâng cao chỉ số PAPI',

  'lang.label': 'Ngôn ngữ',

  'common.loading': 'Đang tải…',
  'common.retry': 'Thử lại',
  'common.reload': 'Tải lại dữ liệu mới nhất',
  'common.cancel': 'Hủy',
  'common.save': 'Lưu',
  'common.close': 'Đóng',
  'common.edit': 'Sửa',
  'common.copy': 'Sao chép',
  'common.copied': 'Đã sao chép',
  'common.actions': 'Thao tác',
  'common.active': 'Đang hoạt động',
  'common.inactive': 'Ngừng hoạt động',
  'common.required': 'Vui lòng chọn một giá trị.',
  'common.noData': 'Không có dữ liệu.',
  'common.total': 'Tổng số: {count}',
  'common.page': 'Trang {page}',
  'common.previousPage': 'Trang trước',
  'common.nextPage': 'Trang sau',

  'date.placeholder': 'dd/mm/yyyy',
  'date.clear': 'Xóa ngày',
  'date.previousMonth': 'Tháng trước',
  'date.nextMonth': 'Tháng sau',
  'date.previousYear': 'Năm trước',
  'date.nextYear': 'Năm sau',
  'date.previousDecade': 'Thập kỷ trước',
  'date.nextDecade': 'Thập kỷ sau',
  'date.chooseMonth': 'Chọn tháng',
  'date.chooseYear': 'Chọn năm',

  'error.title': 'Có lỗi xảy ra',
  'error.unknown': 'Lỗi không xác định. Vui lòng thử lại.',

  'auth.loginTitle': 'Đăng nhập hệ thống',
  'auth.username': 'Tên đăng nhập',
  'auth.password': 'Mật khẩu',
  'auth.login': 'Đăng nhập',
  'auth.logout': 'Đăng xuất',
  'auth.demoNotice': 'Đây là bản trình diễn với dữ liệu mẫu.',
  'auth.changePasswordTitle': 'Đổi mật khẩu',
  'auth.changePasswordIntro': 'Chào {name}, bạn cần đặt mật khẩu mới trước khi sử dụng hệ thống.',
  'auth.passwordRules':
    'Mật khẩu mới có ít nhất {min} ký tự, gồm cả chữ và số, không chứa tên đăng nhập.',
  'auth.currentPassword': 'Mật khẩu hiện tại',
  'auth.newPassword': 'Mật khẩu mới',
  'auth.confirmPassword': 'Xác nhận mật khẩu mới',
  'auth.passwordMismatch': 'Mật khẩu xác nhận không khớp.',
  'auth.changePassword': 'Đổi mật khẩu',

  'nav.label': 'Điều hướng chính',
  'nav.skipToContent': 'Bỏ qua, đến nội dung chính',
  'nav.openMenu': 'Mở menu',
  'nav.closeMenu': 'Đóng menu',
  'nav.dashboard': 'Tổng quan',
  'nav.indices': 'Chỉ số',
  'nav.plans': 'Kế hoạch',
  'nav.programmes': 'Chương trình, tổng kết',
  'nav.tasks': 'Việc của tôi',
  'nav.reports': 'Báo cáo',
  'nav.units': 'Đơn vị',
  'nav.surveys': 'Khảo sát',
  'nav.emulation': 'Thi đua',
  'nav.feedback': 'Phản ánh, kiến nghị',
  'nav.fieldEntry': 'Nhập phiếu khảo sát',
  'nav.admin': 'Quản trị',

  'placeholder.title': 'Phân hệ đang được xây dựng',
  'placeholder.body': 'Chức năng này sẽ có trong phiên bản tiếp theo của PAPI Hub.',

  'notFound.title': 'Không tìm thấy trang',
  'notFound.body': 'Trang bạn tìm không tồn tại hoặc bạn không có quyền truy cập.',
  'notFound.home': 'Về trang Tổng quan',

  'api.network': 'Không kết nối được với máy chủ. Vui lòng thử lại.',
  'api.serverError': 'Máy chủ trả lỗi {status}.',

  'nav.monitoring': 'Giám sát',
} as const;
