/** English of the survey module's messages (domain surveys/* and the server's surveys module). */
import type { EnglishPair } from './english.ts';

export const SURVEY_ENGLISH: readonly EnglishPair[] = [
  ['Bộ câu hỏi', 'Questionnaire'],
  ['Phiên bản bộ câu hỏi', 'Questionnaire version'],
  ['Đợt khảo sát', 'Survey round'],
  ['Bộ câu hỏi chưa hợp lệ: {0}', 'The questionnaire is not valid: {0}'],
  ['Bộ câu hỏi chưa có phần nào.', 'The questionnaire has no sections yet.'],
  ['Bộ câu hỏi thiếu tên.', 'The questionnaire has no name.'],
  ['Câu hỏi bắt buộc chưa được trả lời.', 'A required question has not been answered.'],
  [
    'Bản nháp giống phiên bản {0}: không có gì mới để ban hành.',
    'The draft is the same as version {0}: there is nothing new to publish.',
  ],
  ['Bạn không được nhập phiếu cho nhóm mẫu này.', 'You may not enter responses for this stratum.'],
  [
    'Dòng phương án thiếu tên danh sách hoặc mã phương án.',
    'A choices row lacks its list name or choice name.',
  ],
  ['Không có câu hỏi "{0}" trong bộ câu hỏi.', 'There is no question "{0}" in the questionnaire.'],
  ['Không có nhóm mẫu này.', 'There is no such stratum.'],
  ['Không đọc được tệp XLSX "{0}".', 'The XLSX file "{0}" could not be read.'],
  [
    'Mã bộ câu hỏi "{0}" đã được dùng; hãy đặt mã khác.',
    'The questionnaire code "{0}" is already used; choose another.',
  ],
  [
    'Mã bộ câu hỏi chỉ gồm chữ không dấu, số và dấu gạch dưới.',
    'A questionnaire code may hold only unaccented letters, digits and underscores.',
  ],
  ['Mã nhóm mẫu "{0}" bị trùng.', 'The stratum code "{0}" is repeated.'],
  [
    'Mã phiếu này đã được dùng cho một đợt khảo sát khác.',
    'This response id has already been used in another survey round.',
  ],
  ['Mã thành phần bị trùng.', 'An element code is repeated.'],
  [
    'Ngày kết thúc ({0}) trước ngày bắt đầu ({1}).',
    'The end date ({0}) is before the start date ({1}).',
  ],
  ['Nhiều nhất {0}', 'At most {0}'],
  ['Ít nhất {0}', 'At least {0}'],
  ['Từ {0} đến {1}', 'From {0} to {1}'],
  ['Nhóm mẫu "{0}" không có trong đợt khảo sát.', 'The stratum "{0}" is not in the survey round.'],
  [
    'Nhóm mẫu "{0}" đã có {1} phiếu, không xoá được.',
    'The stratum "{0}" already has {1} responses and cannot be deleted.',
  ],
  [
    'Nhóm mẫu "{0}": đơn vị không thuộc đơn vị tổ chức khảo sát.',
    'Stratum "{0}": the unit is not within the unit running the survey.',
  ],
  [
    'Phiên bản bộ câu hỏi không tồn tại (chỉ chọn được phiên bản đã ban hành).',
    'The questionnaire version does not exist (only published versions can be chosen).',
  ],
  ['Phiếu chưa hợp lệ: câu "{0}": {1}', 'The response is not valid: question "{0}": {1}'],
  ['Phần này chưa có câu hỏi.', 'This section has no questions yet.'],
  [
    'Ràng buộc "{0}" không đọc được, đã bỏ qua.',
    'The constraint "{0}" could not be read and was ignored.',
  ],
  [
    'Thang điểm: giá trị thấp nhất phải nhỏ hơn cao nhất.',
    'Scale: the lowest value must be below the highest.',
  ],
  [
    'Thay bản nháp cần số phiên bản bản nháp đã đọc (version).',
    'Replacing the draft needs the version number of the draft you read (version).',
  ],
  ['Thiếu version.', 'The version is missing.'],
  ['Thành phần "{0}" không có câu hỏi nào chấm điểm.', 'The element "{0}" has no scored question.'],
  ['Thành phần "{0}" nằm trong vòng lặp cha–con.', 'The element "{0}" is in a parent–child loop.'],
  [
    'Thành phần "{0}" thuộc "{1}" không có trong danh sách.',
    'The element "{0}" under "{1}" is not in the list.',
  ],
  [
    'Trang "{0}" của tệp "{1}" có hơn {2} dòng.',
    'The sheet "{0}" of the file "{1}" has more than {2} rows.',
  ],
  ['Tên "{0}" bị trùng.', 'The name "{0}" is repeated.'],
  [
    'Tên câu hỏi "{0}" chỉ gồm chữ không dấu, số và dấu gạch dưới.',
    'The question name "{0}" may hold only unaccented letters, digits and underscores.',
  ],
  [
    'Tên phần "{0}" chỉ gồm chữ không dấu, số và dấu gạch dưới.',
    'The section name "{0}" may hold only unaccented letters, digits and underscores.',
  ],
  [
    'Tệp "{0}" không phải tệp XLSX (XLSForm lưu bằng Excel 2007 trở lên).',
    'The file "{0}" is not an XLSX file (save the XLSForm with Excel 2007 or later).',
  ],
  [
    'Tệp XLSForm có {0} lỗi (đầu tiên ở {1}: {2}).',
    'The XLSForm file has {0} errors (the first at {1}: {2}).',
  ],
  ['Tệp không có trang "survey" của XLSForm.', 'The file has no XLSForm "survey" sheet.'],
  ['trang {0}, dòng {1}, cột {2}', 'sheet {0}, row {1}, column {2}'],
  ['trang {0}, dòng {1}', 'sheet {0}, row {1}'],
  ['trang {0}, cột {1}', 'sheet {0}, column {1}'],
  [
    'Điều kiện hiển thị nhắc tới "{0}", không phải câu hỏi đứng trước.',
    'The display condition refers to "{0}", which is not an earlier question.',
  ],
  ['Đợt khảo sát chưa mở nhận phiếu.', 'The survey round is not yet open for responses.'],
  [
    'Đợt khảo sát đã kết thúc, không nhận thêm phiếu.',
    'The survey round has ended and takes no more responses.',
  ],
  ['nhóm mẫu "{0}"', 'stratum "{0}"'],
  ['cả đợt', 'the whole round'],
  [
    'Nhóm mẫu "{0}" chưa có đường dẫn công khai: hãy mở đường dẫn trước.',
    'The stratum "{0}" has no public link yet: open the link first.',
  ],
  [
    'Đợt khảo sát chưa có đường dẫn công khai: hãy mở đường dẫn trước.',
    'The survey round has no public link yet: open the link first.',
  ],
  ['Phiếu bị đánh dấu', 'Flagged response'],
  [
    'Chỉ quản trị viên và cán bộ điều phối của đơn vị được quản lý đường dẫn công khai và xem xét phiếu.',
    "Only the unit's administrators and coordinators may manage public links and review responses.",
  ],
  [
    'Tệp có {0} cảnh báo. Xem lại và xác nhận để lưu.',
    'The file has {0} warnings. Review them and confirm to save.',
  ],
  ['Nhóm mẫu "{0}": {1}', 'Stratum "{0}": {1}'],
  [
    'Dòng {0}: mã phiếu "{1}" đã thuộc một đợt khảo sát khác.',
    'Row {0}: form id "{1}" already belongs to another survey round.',
  ],
  [
    'Tệp có {0} lỗi, chưa lưu phiếu nào. Lỗi đầu tiên: {1}',
    'The file has {0} errors; no response was saved. First error: {1}',
  ],
  [
    'Đợt khảo sát chưa mở nhận phiếu: mở đợt trước khi nhập.',
    'The survey round is not open for responses yet: open it before importing.',
  ],
  ['Cột "{0}": {1}', 'Column "{0}": {1}'],
  ['Không có cột "ma_nhom_mau" (mã nhóm mẫu).', 'There is no "ma_nhom_mau" (stratum code) column.'],
  [
    'Tệp không có cột "chi_tieu", "dan_so" hay cột chỉ tiêu theo nhóm (vd. "gioi_tinh=nu").',
    'The file has no "chi_tieu", "dan_so" or quota column (e.g. "gioi_tinh=nu").',
  ],
  ['Dòng {0}, cột {1}: {2}', 'Row {0}, column {1}: {2}'],
  [
    'Dòng {0}: chỉ tiêu theo "{1}" cộng lại {2}, nhiều hơn chỉ tiêu {3} phiếu của nhóm.',
    'Row {0}: the quotas by "{1}" add up to {2}, more than the stratum\'s target of {3} responses.',
  ],
  [
    '{0} nhóm mẫu không có trong tệp, giữ nguyên: {1}{2}.',
    '{0} strata are not in the file and stay as they are: {1}{2}.',
  ],
  [
    '"{0}" không phải phương án của câu "{1}" (các phương án: {2}).',
    '"{0}" is not an option of question "{1}" (options: {2}).',
  ],
  ['"{0}" không phải một con số.', '"{0}" is not a number.'],
  [
    '"{0}" không phải ngày (viết dd/mm/yyyy hoặc yyyy-mm-dd).',
    '"{0}" is not a date (write dd/mm/yyyy or yyyy-mm-dd).',
  ],
  [
    'Cột "{0}" không khớp câu hỏi nào của bộ câu hỏi: bỏ qua.',
    'Column "{0}" matches no question of the questionnaire: ignored.',
  ],
  [
    'Tệp không có cột cho {0} câu hỏi: {1}{2}. Các câu này coi như chưa trả lời.',
    'The file has no column for {0} questions: {1}{2}. They count as unanswered.',
  ],
  [
    'Không có cột mã phiếu: tệp xuất từ KoboToolbox/ODK cần cột "_uuid" (hoặc "meta/instanceID"), mẫu nhập phiếu cần cột "ma_phieu". Không có mã phiếu thì nhập lại sẽ tạo phiếu trùng.',
    'There is no form id column: a KoboToolbox/ODK export needs "_uuid" (or "meta/instanceID"), the tally template needs "ma_phieu". Without ids a second import would duplicate responses.',
  ],
  [
    'Không có cột nhóm mẫu: thêm cột "ma_nhom_mau" ghi mã nhóm mẫu của từng phiếu ({0}).',
    'There is no stratum column: add a "ma_nhom_mau" column with each response\'s stratum code ({0}).',
  ],
  ['thiếu mã phiếu.', 'the form id is missing.'],
  ['mã phiếu dài quá 80 ký tự.', 'the form id is longer than 80 characters.'],
  ['mã phiếu "{0}" trùng với dòng {1}.', 'form id "{0}" repeats row {1}.'],
  ['thiếu mã nhóm mẫu.', 'the stratum code is missing.'],
  [
    'nhóm mẫu "{0}" không có trong đợt khảo sát (các nhóm: {1}).',
    'stratum "{0}" is not in the survey round (strata: {1}).',
  ],
  [
    'câu "{0}" có trả lời nhưng theo điều kiện bỏ qua (skip logic) thì câu này không được hỏi với các câu trả lời trước đó.',
    'question "{0}" has an answer, but by the skip logic it is not asked given the earlier answers.',
  ],
  ['câu "{0}": {1}', 'question "{0}": {1}'],
  ['Tệp không có phiếu nào.', 'The file holds no responses.'],
  ['nhóm mẫu "{0}" đã có ở dòng {1}.', 'stratum "{0}" is already on row {1}.'],
  ['thiếu chỉ tiêu số phiếu.', 'the target number of responses is missing.'],
  [
    '{0} "{1}" phải là số nguyên từ {2} đến {3}.',
    '{0} "{1}" must be a whole number from {2} to {3}.',
  ],
  [
    'Chỉ tiêu theo nhóm cần một câu hỏi một lựa chọn của bộ câu hỏi; không có câu "{0}".',
    'A quota needs a single-choice question of the questionnaire; there is no question "{0}".',
  ],
  ['Câu "{0}" không có phương án "{1}".', 'Question "{0}" has no option "{1}".'],
  ['Chỉ tiêu "{0}" ghi hai lần.', 'Quota "{0}" is given twice.'],
  [
    'Chỉ quản trị viên và cán bộ điều phối của đơn vị tổ chức được nhập dữ liệu của đợt khảo sát.',
    "Only administrators and coordinators of the organising unit may import a survey round's data.",
  ],
  [
    'Tệp có {0} lỗi, chưa lưu gì. Lỗi đầu tiên: {1}',
    'The file has {0} errors; nothing was saved. First error: {1}',
  ],
  [
    'Tệp "{0}" có hơn {1} dòng: hãy chia thành nhiều tệp nhỏ hơn.',
    'The file "{0}" has more than {1} rows: split it into smaller files.',
  ],
];
