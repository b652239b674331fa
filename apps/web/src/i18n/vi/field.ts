/** Vietnamese text of the field entry page (nhập phiếu khảo sát, điều tra viên). */
export const viField = {
  'field.title': 'Nhập phiếu khảo sát',
  'field.online': 'Đang có mạng',
  'field.offlineNow': 'Không có mạng',
  'field.waiting': '{n} phiếu chờ gửi',
  'field.offlineReady': 'Dùng được khi không có mạng',
  'field.deviceCopyTitle': 'Đang dùng bản đã tải về máy',
  'field.deviceCopy':
    'Không kết nối được máy chủ: đang dùng danh sách phiếu cần nhập tải lúc {at}. Phiếu nhập vẫn được giữ trên máy và gửi khi có mạng.',
  'field.noCopy':
    'Không kết nối được máy chủ và máy này chưa tải danh sách phiếu cần nhập. Hãy mở trang này khi có mạng một lần.',
  'field.noAssignments': 'Hiện bạn không có đợt khảo sát nào đang thu phiếu.',
  'field.assignment': 'Đợt khảo sát và nhóm mẫu',
  'field.progress':
    '{title} · đã nhận {n}/{target} phiếu (số liệu lúc tải) · thu phiếu đến {until}',
  'field.saveForm': 'Lưu phiếu',
  'field.keptOnDevice': 'Phiếu được lưu trên máy, gửi lên khi có mạng.',
  'field.fixErrors': 'Còn {n} câu cần sửa.',
  'field.saved': 'Đã lưu phiếu. Mời nhập phiếu tiếp theo.',
  'field.waitingTitle': '{n} phiếu đang chờ gửi',
  'field.waitingOnline': 'Các phiếu này đang được gửi lên máy chủ.',
  'field.waitingOffline':
    'Máy đang không có mạng. Phiếu được giữ an toàn trên máy và tự gửi khi có mạng trở lại; đừng xoá dữ liệu trình duyệt.',
  'field.lastError': 'Lần gửi gần nhất chưa xong: {message}',
  'field.syncNow': 'Gửi ngay',
  'field.synced': 'Đã gửi {n} phiếu lên máy chủ.',
  'field.refusedTitle': '{n} phiếu máy chủ không nhận',
  'field.discard': 'Bỏ phiếu này',
  'field.noConnection': 'Không kết nối được máy chủ.',
} as const;
