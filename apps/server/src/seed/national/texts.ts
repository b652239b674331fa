/**
 * Wording of the synthetic national data: commune offices after the 2025 reorganisation
 * and task lines in the style of the seed plans, by PAPI dimension (D1–D8). Only the
 * volume is synthetic; the wording is what officials would read.
 */
import type { TAgency } from '@papi/contracts';

type Kind = TAgency['kind'];

/** Besides UBND and MTTQ (communeAgencies), each commune's offices (Decree 150/2025). */
export const COMMUNE_OFFICES: { name: string; shortName: string; kind: Kind }[] = [
  {
    name: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
    shortName: 'VP HĐND-UBND',
    kind: 'phong',
  },
  { name: 'Phòng Kinh tế', shortName: 'Phòng KT', kind: 'phong' },
  { name: 'Phòng Văn hóa - Xã hội', shortName: 'Phòng VHXH', kind: 'phong' },
  { name: 'Trung tâm Phục vụ hành chính công', shortName: 'TTPVHCC', kind: 'ban_nganh' },
  { name: 'Công an', shortName: 'CA', kind: 'cong_an' },
];

/** Four task lines per dimension; a plan cycles through them with a running number. */
export const TASK_LINES: string[][] = [
  [
    'Tổ chức hội nghị lấy ý kiến Nhân dân về dự thảo kế hoạch phát triển kinh tế - xã hội',
    'Tăng cường giám sát đầu tư của cộng đồng đối với các công trình xây dựng cơ bản',
    'Tổ chức bầu cử trưởng thôn, tổ trưởng tổ dân phố đúng quy định, có nhiều ứng cử viên',
    'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến các thôn, tổ dân phố',
  ],
  [
    'Niêm yết công khai danh sách hộ nghèo, cận nghèo tại nhà văn hóa thôn, tổ dân phố',
    'Công khai quy hoạch, kế hoạch sử dụng đất và khung giá đền bù trên cổng thông tin',
    'Công khai dự toán, quyết toán ngân sách và các khoản thu, chi hằng năm',
    'Cập nhật thông tin về chính sách hỗ trợ trên loa truyền thanh và mạng xã hội',
  ],
  [
    'Duy trì tiếp công dân định kỳ của người đứng đầu, trả lời kiến nghị đúng hạn',
    'Giải quyết dứt điểm đơn thư khiếu nại, tố cáo tồn đọng, không để phát sinh điểm nóng',
    'Kiện toàn, nâng cao hiệu quả hoạt động của Tổ hòa giải ở cơ sở',
    'Tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân',
  ],
  [
    'Công khai kết quả kê khai tài sản, thu nhập của người có nghĩa vụ kê khai',
    'Kiểm tra việc chấp hành công vụ, xử lý nghiêm cán bộ nhũng nhiễu, gây phiền hà',
    'Công khai quy trình tuyển dụng, bổ nhiệm cán bộ, công chức, viên chức',
    'Tuyên truyền cho người dân về quyền phản ánh hành vi tham nhũng, tiêu cực',
  ],
  [
    'Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai, chứng thực, hộ tịch',
    'Niêm yết đầy đủ thủ tục, phí, lệ phí tại bộ phận một cửa, đường dây nóng tiếp nhận phản ánh',
    'Giải quyết hồ sơ cấp giấy chứng nhận quyền sử dụng đất đúng hạn, xin lỗi khi trễ hẹn',
    'Khảo sát mức độ hài lòng của người dân đối với phục vụ của bộ phận một cửa',
  ],
  [
    'Nâng cao chất lượng khám, chữa bệnh tại trạm y tế, bảo đảm thuốc bảo hiểm y tế',
    'Bảo đảm cơ sở vật chất trường học, giảm các khoản thu ngoài quy định',
    'Bảo đảm an ninh, trật tự, phòng chống tội phạm và tệ nạn xã hội trên địa bàn',
    'Đầu tư, duy tu đường giao thông nông thôn và hệ thống nước sạch',
  ],
  [
    'Thu gom, xử lý rác thải sinh hoạt tại các khu dân cư, chợ và trường học',
    'Kiểm tra, xử lý cơ sở sản xuất gây ô nhiễm nguồn nước, không khí',
    'Tuyên truyền người dân phân loại rác tại nguồn, không đốt rác, rơm rạ',
    'Trồng cây xanh, cải tạo cảnh quan khu dân cư và các tuyến đường',
  ],
  [
    'Hướng dẫn người dân nộp hồ sơ và thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia',
    'Cập nhật thông tin chỉ đạo, điều hành và lịch tiếp dân trên cổng thông tin điện tử',
    'Hỗ trợ người dân sử dụng tài khoản định danh điện tử VNeID',
    'Phát triển hạ tầng Internet, điểm truy cập công cộng tại thôn, bản vùng sâu',
  ],
];

export const EXPECTED_RESULTS = [
  'Báo cáo kết quả thực hiện',
  'Văn bản chỉ đạo, hướng dẫn',
  'Hội nghị được tổ chức, có biên bản',
  'Kế hoạch chi tiết được ban hành',
  'Thông tin được công khai đầy đủ',
];
