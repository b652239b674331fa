/**
 * English of the server's own messages: the platform (HTTP, sessions, files) and the
 * administration modules. Template form: see packages/domain/src/text/english.ts.
 */
import type { EnglishPair } from '@papi/domain';

export const PLATFORM_ENGLISH: readonly EnglishPair[] = [
  // errors.ts, http.ts, app.ts
  [
    '{0} không tồn tại hoặc bạn không có quyền xem.',
    '{0} not found, or you do not have access to it.',
  ],
  ['Bản ghi', 'Record'],
  ['Bạn không có quyền thực hiện thao tác này.', 'You do not have permission to do this.'],
  [
    'Bản ghi đã được người khác sửa sau khi bạn mở. Vui lòng tải lại để xem thay đổi mới nhất rồi sửa lại.',
    'Someone else changed this record after you opened it. Please reload to see the latest changes, then make your edits again.',
  ],
  [
    'Máy chủ đã hết dung lượng lưu trữ nên chưa lưu được. Vui lòng báo quản trị viên giải phóng dung lượng rồi thử lại.',
    'The server is out of storage space, so nothing was saved. Please ask an administrator to free up space, then try again.',
  ],
  [
    'Dữ liệu trùng với một bản ghi đã có (có thể vừa được người khác tạo).',
    'This duplicates an existing record (someone else may have just created it).',
  ],
  ['Dữ liệu gửi lên quá lớn.', 'The data sent is too large.'],
  [
    'Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị viên.',
    'A system error occurred. Please try again or contact an administrator.',
  ],
  ['Không có API {0} {1}.', 'There is no API {0} {1}.'],
  ['Dữ liệu không hợp lệ ở {0} (trường "{1}"): {2}', 'Invalid data in {0} (field "{1}"): {2}'],
  ['Dữ liệu không hợp lệ ở {0}: {1}', 'Invalid data in {0}: {1}'],
  ['nội dung', 'body'],
  ['đường dẫn', 'path'],
  ['tham số truy vấn', 'query parameters'],
  ['Nội dung phải ở dạng JSON (application/json).', 'The body must be JSON (application/json).'],
  ['Nội dung gửi lên không phải JSON hợp lệ.', 'The body sent is not valid JSON.'],
  [
    'Dữ liệu ở {0} lồng nhau quá sâu (tối đa {1} cấp) tại "{2}".',
    'The data in {0} is nested too deeply (at most {1} levels) at "{2}".',
  ],
  [
    'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.',
    'You are not signed in, or your session has expired.',
  ],
  [
    'Yêu cầu không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang.',
    'Invalid request (the anti-forgery token is missing). Please reload the page.',
  ],
  [
    'Bạn cần đổi mật khẩu trước khi tiếp tục.',
    'You need to change your password before continuing.',
  ],
  ['Chứa ký tự không hợp lệ.', 'Contains invalid characters.'],
  ['Tên trường chứa ký tự không hợp lệ.', 'A field name contains invalid characters.'],
  ['Không có tệp này.', 'There is no such file.'],
  // auth, users, delegations, system
  ['Mật khẩu hiện tại không đúng.', 'The current password is incorrect.'],
  ['Tên đăng nhập hoặc mật khẩu không đúng.', 'Incorrect username or password.'],
  [
    'Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên.',
    'This account is locked. Please contact an administrator.',
  ],
  ['Phiên làm việc không còn hiệu lực.', 'The session is no longer valid.'],
  [
    'Đăng nhập sai quá nhiều lần. Thử lại sau {0}.',
    'Too many failed sign-in attempts. Try again in {0}.',
  ],
  [
    'Mật khẩu này nằm trong danh sách mật khẩu phổ biến, rất dễ bị đoán.',
    'This password is on the list of common passwords and is very easy to guess.',
  ],
  [
    'Mật khẩu không được chỉ là tên đơn vị kèm số hoặc ký hiệu.',
    'The password cannot be just the unit’s name with numbers or symbols.',
  ],
  [
    'Mật khẩu quá dễ đoán (độ mạnh {0}/4, cần ít nhất {1}/4).{2} Nên dùng cụm vài từ ít gặp, ví dụ "Suoi-Mo-Cao-Nguyen-26".',
    'The password is too easy to guess (strength {0}/4, at least {1}/4 needed).{2} Use a phrase of a few uncommon words, e.g. "Suoi-Mo-Cao-Nguyen-26".',
  ],
  ['Chỉ quản trị hệ thống được xem nhật ký.', 'Only system administrators can view the audit log.'],
  [
    'Bạn không thể tự đổi vai trò hoặc khóa tài khoản của chính mình.',
    'You cannot change your own role or lock your own account.',
  ],
  [
    'Bạn không thể tự cấp lại mật khẩu tạm; hãy dùng chức năng đổi mật khẩu.',
    'You cannot reset your own password to a temporary one; use Change password instead.',
  ],
  ['Bạn không có quyền sửa tài khoản này.', 'You do not have permission to edit this account.'],
  [
    'Bạn không được cấp vai trò cao hơn vai trò của mình.',
    'You cannot grant a role higher than your own.',
  ],
  [
    'Cơ quan được chọn không thuộc đơn vị của tài khoản.',
    'The selected agency does not belong to the account’s unit.',
  ],
  ['Cơ quan không thuộc đơn vị', 'Agency not in the unit'],
  ['Tên đăng nhập "{0}" đã được dùng.', 'The username "{0}" is already taken.'],
  [
    'Tài khoản đã được người khác sửa sau khi bạn mở. Vui lòng tải lại rồi sửa lại.',
    'Someone else changed this account after you opened it. Please reload and make your edits again.',
  ],
  ['Tài khoản', 'Account'],
  [
    'Chỉ ủy quyền cho cán bộ của đơn vị; “{0}” không phải cán bộ.',
    'Delegation is only to the unit’s staff; “{0}” is not a staff member.',
  ],
  ['Tài khoản “{0}” đang bị khóa.', 'Account “{0}” is locked.'],
  [
    'Ngày hết hạn ủy quyền không được trước hôm nay ({0}).',
    'The delegation’s end date cannot be before today ({0}).',
  ],
  ['Ủy quyền', 'Delegation'],
  ['Ủy quyền này đã được thu hồi.', 'This delegation has already been revoked.'],
  [
    'Chỉ quản trị hệ thống của đơn vị cấp cao nhất được sao lưu dữ liệu.',
    'Only system administrators of the top-level unit can back up data.',
  ],
  ['Bản sao lưu', 'Backup'],
  [
    'Chỉ quản trị viên của cả hệ thống được sửa ngày bắt đầu sử dụng.',
    'Only system-wide administrators can change the date use began.',
  ],
  ['Ngày bắt đầu sử dụng không được sau hôm nay.', 'The date use began cannot be after today.'],
  [
    '{0} đã hết hiệu lực từ sau ngày {1}; hãy chọn đơn vị hiện hành.',
    '{0} ceased to exist after {1}; choose a current unit.',
  ],
  ['Đơn vị', 'Unit'],
  ['Cơ quan', 'Agency'],
  ['Thông báo', 'Notification'],
  [
    'Thư mục dữ liệu chỉ còn trống {0} (ngưỡng cảnh báo {1}): cần giải phóng dung lượng, nếu hết chỗ việc lưu sẽ bị từ chối (lỗi 507).',
    'Only {0} left free in the data folder (warning threshold {1}): free up space; when it runs out, saving will be refused (error 507).',
  ],
  // uploads and file checks (upload.ts, sniff.ts, archive-check.ts, evidence.check.ts)
  [
    'Tệp phải được gửi dạng multipart/form-data, trong trường “file”.',
    'The file must be sent as multipart/form-data, in the “file” field.',
  ],
  [
    'Chưa chọn tệp: cần một tệp trong trường “file”.',
    'No file chosen: a file is needed in the “file” field.',
  ],
  [
    'Nội dung multipart/form-data không đọc được.',
    'The multipart/form-data body could not be read.',
  ],
  ['ảnh PNG', 'a PNG image'],
  ['ảnh JPEG', 'a JPEG image'],
  ['ảnh GIF', 'a GIF image'],
  ['ảnh WebP', 'a WebP image'],
  ['chương trình Windows (.exe/.dll)', 'a Windows program (.exe/.dll)'],
  ['chương trình Linux (ELF)', 'a Linux program (ELF)'],
  ['chương trình macOS (Mach-O)', 'a macOS program (Mach-O)'],
  ['tập lệnh (script)', 'a script'],
  ['chương trình Windows', 'a Windows program'],
  ['chương trình Linux', 'a Linux program'],
  ['chương trình macOS', 'a macOS program'],
  ['tệp chương trình hoặc tập lệnh', 'a program or script file'],
  [
    'Tệp “{0}” chứa {1} (“{2}”) bên trong. Hệ thống không nhận tài liệu kèm mã chạy được.',
    'File “{0}” contains {1} (“{2}”). Documents with executable code are not accepted.',
  ],
  [
    'Tệp “{0}” bị hỏng: không đọc được nội dung nén.',
    'File “{0}” is damaged: its compressed content cannot be read.',
  ],
  ['Tệp “{0}” bị hỏng: không giải nén được.', 'File “{0}” is damaged: it cannot be decompressed.'],
  [
    'Tệp “{0}” khi giải nén vượt {1} MB (có thể là “bom nén”). Hãy lưu lại tài liệu bằng Word/Excel rồi tải lên.',
    'File “{0}” exceeds {1} MB when decompressed (possibly a “zip bomb”). Save the document again in Word/Excel and upload it.',
  ],
  [
    'PDF, Word (.doc, .docx), Excel (.xls, .xlsx), ảnh PNG, JPEG, GIF, WebP',
    'PDF, Word (.doc, .docx), Excel (.xls, .xlsx), PNG, JPEG, GIF and WebP images',
  ],
  [
    'Tệp “{0}” có dung lượng {1}, vượt giới hạn {2}. Hãy nén hoặc chia nhỏ tệp.',
    'File “{0}” is {1}, over the {2} limit. Compress it or split it into smaller files.',
  ],
  ['Tệp “{0}” rỗng (0 byte).', 'File “{0}” is empty (0 bytes).'],
  [
    'Tệp “{0}” có đuôi “.{1}” không được nhận. Chỉ nhận: {2}.',
    'Files ending in “.{1}” (“{0}”) are not accepted. Accepted: {2}.',
  ],
  [
    'Tệp “{0}” có đuôi “không có đuôi” không được nhận. Chỉ nhận: {1}.',
    'File “{0}” has no extension and is not accepted. Accepted: {1}.',
  ],
  [
    'Tệp “{0}” thực chất là {1}, không phải tài liệu, dù có đuôi .{2}. Hệ thống không nhận tệp chạy được.',
    'File “{0}” is actually {1}, not a document, although it ends in .{2}. Executable files are not accepted.',
  ],
  [
    'Tệp “{0}” là tệp nén ZIP nhưng không phải tài liệu Word hay Excel. Chỉ nhận: {1}.',
    'File “{0}” is a ZIP archive but not a Word or Excel document. Accepted: {1}.',
  ],
  [
    'Không nhận dạng được nội dung tệp “{0}” (tệp hỏng hoặc không phải {1}).',
    'The content of file “{0}” could not be recognised (damaged, or not {1}).',
  ],
  [
    'Tệp “{0}” có nội dung là {1}, không khớp đuôi .{2}. Hãy đổi đuôi thành .{3} hoặc chọn đúng tệp.',
    'File “{0}” contains {1}, which does not match its .{2} extension. Rename it to .{3} or choose the right file.',
  ],
];
