/** Quản trị → Trang công khai (/cong-khai). */
export const viPublicPage = {
  'publicPage.title': 'Trang công khai',
  'publicPage.help':
    'Trang người dân xem không cần đăng nhập: kế hoạch đã ban hành, tiến độ, tỷ lệ báo cáo, kết quả chỉ số, kết quả khảo sát. Chỉ văn bản đã ban hành và số liệu tổng hợp, không có thông tin cá nhân.',
  'publicPage.enabled': 'Công bố trang công khai',
  'publicPage.section.plans': 'Kế hoạch đã ban hành',
  'publicPage.section.progress': 'Tiến độ nhiệm vụ',
  'publicPage.section.reporting': 'Tỷ lệ báo cáo',
  'publicPage.section.index': 'Kết quả chỉ số',
  'publicPage.section.surveys': 'Kết quả khảo sát',
  'publicPage.section.feedback': 'Phản ánh, kiến nghị',
  'publicPage.noPdf': 'Máy chủ chưa cài LibreOffice: kế hoạch chỉ có bản Word, không có bản PDF.',
  'publicPage.preview': 'Xem trước',
  'publicPage.saved': 'Đã lưu cài đặt trang công khai.',
};
