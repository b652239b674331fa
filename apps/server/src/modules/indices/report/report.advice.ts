/**
 * What a province usually does to improve each PAPI dimension, in the words of the
 * provincial improvement plans (Kế hoạch nâng cao Chỉ số PAPI). The report picks the ones of
 * its weakest dimensions; other index frameworks fall back to a general sentence.
 */
const PAPI_ADVICE: Record<string, string> = {
  D1: 'tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở; bảo đảm người dân được biết, được bàn, được tham gia ý kiến và giám sát các công trình, dự án tại địa phương; tổ chức bầu cử trưởng thôn, tổ trưởng tổ dân phố đúng quy định; vận động đóng góp tự nguyện công khai, minh bạch',
  D2: 'công khai đầy đủ, kịp thời danh sách hộ nghèo, thu chi ngân sách cấp xã, quy hoạch, kế hoạch sử dụng đất và khung giá bồi thường tại trụ sở, nhà văn hóa và trên cổng thông tin điện tử; tạo điều kiện để người dân dễ dàng tiếp cận thông tin',
  D3: 'nâng cao hiệu quả tiếp công dân, đối thoại với người dân; giải quyết kịp thời, dứt điểm khiếu nại, tố cáo, kiến nghị; phát huy vai trò của Ban Thanh tra nhân dân, Ban Giám sát đầu tư cộng đồng; tạo điều kiện để người dân tiếp cận dịch vụ tư pháp',
  D4: 'tăng cường công khai, minh bạch trong hoạt động công vụ; xử lý nghiêm hành vi nhũng nhiễu, tiêu cực trong cung ứng dịch vụ công; bảo đảm công bằng, khách quan trong tuyển dụng, bổ nhiệm; thể hiện rõ quyết tâm phòng, chống tham nhũng của chính quyền địa phương',
  D5: 'đẩy mạnh cải cách thủ tục hành chính, nâng cao chất lượng hoạt động của Bộ phận Một cửa các cấp; rút ngắn thời gian giải quyết các thủ tục chứng thực, cấp phép xây dựng, cấp giấy chứng nhận quyền sử dụng đất; niêm yết công khai thủ tục, phí, lệ phí',
  D6: 'nâng cao chất lượng y tế cơ sở và giáo dục tiểu học công lập; đầu tư hoàn thiện hạ tầng thiết yếu (điện, đường, nước sạch, thu gom rác thải); bảo đảm an ninh, trật tự tại khu dân cư',
  D7: 'tăng cường kiểm tra, xử lý nghiêm các vi phạm về bảo vệ môi trường; kiểm soát ô nhiễm không khí và nguồn nước; nâng cao hiệu quả thu gom, xử lý chất thải',
  D8: 'nâng cao chất lượng cổng thông tin điện tử và dịch vụ công trực tuyến; hướng dẫn, hỗ trợ người dân sử dụng dịch vụ công trực tuyến; mở rộng hạ tầng Internet, nhất là ở vùng sâu, vùng xa',
};

const GENERAL =
  'rà soát nguyên nhân điểm thấp ở từng nội dung thành phần, giao cơ quan chủ trì và đề ra giải pháp cải thiện cụ thể';

/** Typical actions for a dimension, lower case, to follow "Trọng tâm: ". */
export function adviceFor(indexCode: string, dimensionCode: string): string {
  return (indexCode === 'PAPI' ? PAPI_ADVICE[dimensionCode] : undefined) ?? GENERAL;
}
