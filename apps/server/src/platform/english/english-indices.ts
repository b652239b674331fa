/** English of the index modules' messages: targets, result imports, reports. */
import type { EnglishPair } from '@papi/domain';

export const INDICES_ENGLISH: readonly EnglishPair[] = [
  ['Bộ chỉ số {0}', 'Index {0}'],
  ['Mục tiêu', 'Target'],
  ['Tỉnh', 'Province'],
  ['Kết quả {0}', '{0} results'],
  ['Kết quả {0} năm {1}', '{0} results for {1}'],
  ['Kết quả {0} năm {1} của đơn vị này', '{0} results for {1} for this unit'],
  [
    '{0} đã có mục tiêu {1} năm {2}; hãy sửa mục tiêu đã có.',
    '{0} already has a {1} target for {2}; edit the existing target instead.',
  ],
  ['xếp hạng tổng', 'overall rank'],
  ['nhóm', 'group'],
  ['tổng điểm', 'total score'],
  ['điểm lĩnh vực', 'dimension score'],
  ['tăng bậc xếp hạng', 'rank improvement'],
  [
    'Mục tiêu theo nhóm cần một nhóm và không có giá trị số.',
    'A group target needs a group and takes no numeric value.',
  ],
  [
    'Mục tiêu này cần một giá trị số và không có nhóm.',
    'This target needs a numeric value and takes no group.',
  ],
  ['Thứ hạng phải là số nguyên.', 'The rank must be a whole number.'],
  [
    '{0} chưa có phiên bản cho năm {1}; không thể đặt mục tiêu cho năm này.',
    '{0} has no edition for {1}; targets cannot be set for that year.',
  ],
  ['{0} phải từ {1} đến {2}.', '{0} must be between {1} and {2}.'],
  ['Thứ hạng mục tiêu', 'The target rank'],
  ['Số bậc cần tăng', 'The number of places to gain'],
  ['Tổng điểm mục tiêu', 'The target total score'],
  ['Điểm lĩnh vực {0}', 'The score for dimension {0}'],
  [
    'Lĩnh vực {0} không có trong phiên bản này ({1}).',
    'Dimension {0} is not in this edition ({1}).',
  ],
  [
    'Tệp có {0} lỗi, chưa lưu gì. Lỗi đầu tiên: {1}',
    'The file has {0} errors; nothing was saved. First error: {1}',
  ],
  [
    'Tệp có {0} cảnh báo (tỉnh không được đánh giá). Xem lại và xác nhận để lưu.',
    'The file has {0} warnings (provinces not assessed). Review them and confirm to save.',
  ],
  ['Nội dung tệp không đúng dạng base64.', 'The file content is not valid base64.'],
  ['Tệp rỗng.', 'The file is empty.'],
  ['Tệp quá lớn ({0} MB, tối đa 5 MB).', 'The file is too large ({0} MB; at most 5 MB).'],
  [
    'Tệp "{0}" là {1}, không phải bảng tính. Hãy gửi tệp XLSX (Excel 2007 trở lên) hoặc CSV mã hóa UTF-8.',
    'File "{0}" is {1}, not a spreadsheet. Send an XLSX file (Excel 2007 or later) or a UTF-8 CSV.',
  ],
  [
    'Tệp "{0}" không phải XLSX cũng không phải văn bản CSV mã hóa UTF-8. Nếu là CSV, hãy lưu lại với mã hóa UTF-8.',
    'File "{0}" is neither XLSX nor UTF-8 CSV text. If it is a CSV, save it again with UTF-8 encoding.',
  ],
  [
    'Tệp "{0}" chứa dữ liệu nhị phân, không phải CSV. Hãy gửi tệp XLSX hoặc CSV UTF-8.',
    'File "{0}" contains binary data, not CSV. Send an XLSX or UTF-8 CSV file.',
  ],
  [
    'Không đọc được tệp CSV "{0}" (lỗi ở dòng {1}): kiểm tra dấu ngoặc kép và dấu phân cách.',
    'CSV file "{0}" could not be read (error in row {1}): check the quotation marks and separators.',
  ],
  [
    'Không đọc được tệp CSV "{0}": kiểm tra dấu ngoặc kép và dấu phân cách.',
    'CSV file "{0}" could not be read: check the quotation marks and separators.',
  ],
  ['Tệp "{0}" không có dữ liệu.', 'File "{0}" contains no data.'],
  [
    'Tệp "{0}" có hơn {1} dòng: không phải tệp kết quả chỉ số.',
    'File "{0}" has more than {1} rows, so it is not an index results file.',
  ],
  [
    'Tệp "{0}" là tệp nén nhưng không phải bảng tính XLSX đọc được. Hãy mở bằng Excel và lưu lại dạng .xlsx.',
    'File "{0}" is an archive but not a readable XLSX spreadsheet. Open it in Excel and save it as .xlsx.',
  ],
  ['Bảng tính "{0}" không có dữ liệu.', 'Spreadsheet "{0}" contains no data.'],
  [
    'Thiếu cột bắt buộc "{0}" ở dòng tiêu đề (dòng {1}).',
    'The required column "{0}" is missing from the header row (row {1}).',
  ],
  ['Tỉnh/thành phố', 'Province/city'],
  [
    'Dòng {0}, {1}: có điểm nhưng thiếu tên tỉnh.',
    'Row {0}, {1}: there are scores but no province name.',
  ],
  [
    '{0}, {1}: "{2}" không đọc được thành số ({3}).',
    '{0}, {1}: "{2}" cannot be read as a number ({3}).',
  ],
  ['điểm {0}', 'score {0}'],
  [
    '{0}, {1}: có điểm {2} nhưng năm {3} áp dụng {4} ({5}), không có {6}. Kiểm tra lại năm hoặc tệp.',
    '{0}, {1}: there is a score for {2}, but {3} uses {4} ({5}), which has no {6}. Check the year or the file.',
  ],
  [
    'Tệp không có dòng nào của năm {0} (các năm trong tệp: {1}).',
    'The file has no rows for {0} (years in the file: {1}).',
  ],
  ['Tệp không có dòng nào của năm {0}.', 'The file has no rows for {0}.'],
  [
    'Chỉ quản trị viên và cán bộ điều phối được nhập kết quả chỉ số.',
    'Only administrators and coordinators can import index results.',
  ],
  [
    'Năm {0} không thuộc phiên bản nào của bộ chỉ số {1} (các phiên bản: {2}).',
    'The year {0} is not covered by any edition of index {1} (editions: {2}).',
  ],
  [
    'Tệp không có dòng kết quả nào (chỉ có dòng tiêu đề).',
    'The file has no result rows (only the header row).',
  ],
  [
    'là tỉnh sau sắp xếp 2025; kết quả năm {0} phải theo 63 tỉnh trước sắp xếp',
    'is a province created by the 2025 merger; results for {0} must use the 63 provinces before the merger',
  ],
  [
    'không còn là đơn vị cấp tỉnh từ 01/07/2025; kết quả năm {0} phải theo 34 tỉnh sau sắp xếp',
    'has not been a province since 01/07/2025; results for {0} must use the 34 provinces after the merger',
  ],
  ['không khớp với tỉnh/thành phố nào', 'matches no province or city'],
  ['Dòng {0}, {1}: "{2}" {3}.', 'Row {0}, {1}: "{2}" {3}.'],
  [
    '{0} tỉnh/thành phố không có trong tệp, sẽ được ghi là "không đánh giá": {1}.',
    '{0} provinces/cities are not in the file and will be recorded as "not assessed": {1}.',
  ],
  [
    'Máy chủ chưa cài LibreOffice nên không xuất được tệp PDF; vui lòng tải bản Word (.docx).',
    'LibreOffice is not installed on the server, so no PDF can be produced; please download the Word version (.docx).',
  ],
  [
    'Không chuyển được báo cáo sang PDF; vui lòng tải bản Word (.docx).',
    'The report could not be converted to PDF; please download the Word version (.docx).',
  ],
];
