/** The questions of the commune questionnaire, by dimension (papi-commune.ts puts them in order). */
import type { SurveyQuestion } from '../../instrument.ts';
import { ask, sc, yn } from '../build.ts';

const Y = 'yes' as const;
const N = 'no' as const;

/** Questions per dimension, in the framework's order of sub-dimensions (fresh objects per call). */
export const questions = (): Record<string, SurveyQuestion[]> => ({
  D1: [
    yn(
      'd1_1_a',
      'D1.1',
      'Ông/bà có biết câu “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng” không?',
    ),
    yn('d1_1_b', 'D1.1', 'Ông/bà có biết xã/phường mình có Ban Thanh tra nhân dân không?'),
    yn('d1_1_c', 'D1.1', 'Ông/bà có biết Luật Thực hiện dân chủ ở cơ sở không?'),
    yn('d1_2_a', 'D1.2', 'Trong 12 tháng qua, ông/bà có được mời đi họp thôn/tổ dân phố không?'),
    yn(
      'd1_2_b',
      'D1.2',
      'Trong 12 tháng qua, ông/bà có được bàn, góp ý về một việc chung của thôn/xã (làm đường, nhà văn hoá…) không?',
    ),
    yn(
      'd1_2_c',
      'D1.2',
      'Ý kiến người dân nêu trong các cuộc họp đó có được ghi lại và trả lời không?',
      Y,
      { if: 'd1_2_a' },
    ),
    yn(
      'd1_3_a',
      'D1.3',
      'Lần bầu trưởng thôn/tổ trưởng dân phố gần nhất, có từ hai người ứng cử trở lên không?',
    ),
    yn(
      'd1_3_b',
      'D1.3',
      'Gia đình ông/bà có được mời đi bầu trưởng thôn/tổ trưởng dân phố lần gần nhất không?',
    ),
    yn(
      'd1_3_c',
      'D1.3',
      'Lần bầu cử gần nhất, có chuyện một người đi bầu thay cho cả nhà không?',
      N,
    ),
    ask(
      'd1_4_gop',
      'Trong 12 tháng qua, gia đình ông/bà có đóng góp tiền hoặc công để làm, sửa công trình chung của thôn/xã không?',
    ),
    yn('d1_4_a', 'D1.4', 'Việc đóng góp đó có thật sự tự nguyện không?', Y, { if: 'd1_4_gop' }),
    yn(
      'd1_4_b',
      'D1.4',
      'Ban Thanh tra nhân dân hoặc Ban giám sát đầu tư của cộng đồng có theo dõi công trình đó không?',
      Y,
      { if: 'd1_4_gop' },
    ),
    yn(
      'd1_4_c',
      'D1.4',
      'Khoản đóng góp của gia đình có được ghi vào sổ sách và công khai không?',
      Y,
      { if: 'd1_4_gop' },
    ),
  ],
  D2: [
    yn(
      'd2_1_a',
      'D2.1',
      'Khi cần tìm hiểu một chính sách, ông/bà hỏi ở UBND xã/phường có được trả lời không?',
    ),
    yn(
      'd2_1_b',
      'D2.1',
      'Thông tin về chính sách, pháp luật có được dán ở trụ sở xã hoặc nhà văn hoá thôn không?',
    ),
    sc(
      'd2_1_c',
      'D2.1',
      'Ông/bà hài lòng thế nào với cách xã cung cấp thông tin khi người dân hỏi?',
    ),
    yn(
      'd2_2_a',
      'D2.2',
      'Trong 12 tháng qua, danh sách hộ nghèo, cận nghèo của thôn/xã có được công khai không?',
    ),
    yn(
      'd2_2_b',
      'D2.2',
      'Theo ông/bà, có hộ thật sự nghèo mà không có tên trong danh sách hộ nghèo không?',
      N,
    ),
    yn(
      'd2_2_c',
      'D2.2',
      'Theo ông/bà, có hộ không nghèo mà lại có tên trong danh sách hộ nghèo không?',
      N,
    ),
    yn('d2_3_a', 'D2.3', 'Thu, chi ngân sách của xã/phường có được công khai cho dân biết không?'),
    yn(
      'd2_3_b',
      'D2.3',
      'Ông/bà đã từng đọc hoặc nghe bảng công khai thu, chi ngân sách của xã chưa?',
    ),
    sc('d2_3_c', 'D2.3', 'Ông/bà hài lòng thế nào với việc công khai thu, chi ngân sách của xã?'),
    yn(
      'd2_4_a',
      'D2.4',
      'Ông/bà có biết quy hoạch, kế hoạch sử dụng đất hiện nay của xã/phường không?',
    ),
    yn(
      'd2_4_b',
      'D2.4',
      'Người dân có được góp ý cho quy hoạch, kế hoạch sử dụng đất đó không?',
      Y,
      { if: 'd2_4_a' },
    ),
    yn(
      'd2_4_c',
      'D2.4',
      'Khi Nhà nước thu hồi đất ở địa phương, giá bồi thường có được công khai cho dân biết không?',
    ),
  ],
  D3: [
    ask(
      'd3_1_lh',
      'Trong 12 tháng qua, ông/bà có đến gặp trưởng thôn/tổ trưởng hoặc cán bộ xã để nhờ giải quyết việc gì không?',
    ),
    yn('d3_1_a', 'D3.1', 'Việc đó có được giải quyết không?', Y, { if: 'd3_1_lh' }),
    sc('d3_1_b', 'D3.1', 'Ông/bà hài lòng thế nào với cách cán bộ tiếp ông/bà lần đó?', {
      if: 'd3_1_lh',
    }),
    yn('d3_1_c', 'D3.1', 'Ông/bà có biết lịch tiếp dân của Chủ tịch UBND xã/phường không?'),
    ask(
      'd3_2_kn',
      'Trong 12 tháng qua, ông/bà có gửi khiếu nại, tố cáo, phản ánh hay kiến nghị lên chính quyền không?',
    ),
    yn('d3_2_a', 'D3.2', 'Ông/bà có nhận được trả lời không?', Y, { if: 'd3_2_kn' }),
    sc('d3_2_b', 'D3.2', 'Ông/bà hài lòng thế nào với kết quả giải quyết?', { if: 'd3_2_kn' }),
    yn(
      'd3_2_c',
      'D3.2',
      'Nếu có việc bức xúc, ông/bà có tin rằng kiến nghị lên xã sẽ được xem xét nghiêm túc không?',
    ),
    yn(
      'd3_3_a',
      'D3.3',
      'Nếu có tranh chấp (đất đai, tiền bạc), ông/bà có tin toà án sẽ xử công bằng không?',
    ),
    yn('d3_3_b', 'D3.3', 'Ở thôn/tổ dân phố nơi ông/bà ở có tổ hoà giải đang hoạt động không?'),
    yn(
      'd3_3_c',
      'D3.3',
      'Ông/bà có biết nơi nào giúp người dân về pháp luật miễn phí (trợ giúp pháp lý) không?',
    ),
  ],
  D4: [
    yn(
      'd4_1_a',
      'D4.1',
      'Theo ông/bà, cán bộ xã có dùng tiền, tài sản của Nhà nước vào việc riêng không?',
      N,
    ),
    yn(
      'd4_1_b',
      'D4.1',
      'Người dân có phải đưa thêm tiền ngoài quy định khi làm giấy tờ ở xã không?',
      N,
    ),
    yn(
      'd4_1_c',
      'D4.1',
      'Người dân có phải đưa thêm tiền ngoài quy định khi xin giấy phép xây dựng hoặc làm sổ đỏ không?',
      N,
    ),
    yn(
      'd4_2_a',
      'D4.2',
      'Đi khám chữa bệnh ở bệnh viện, trạm y tế công, người bệnh có phải “bồi dưỡng” thêm để được chăm sóc tốt hơn không?',
      N,
    ),
    yn(
      'd4_2_b',
      'D4.2',
      'Phụ huynh có phải “bồi dưỡng” thêm cho giáo viên tiểu học để con được quan tâm hơn không?',
      N,
    ),
    yn(
      'd4_2_c',
      'D4.2',
      'Trong 12 tháng qua, gia đình ông/bà có phải đưa tiền ngoài quy định khi dùng một dịch vụ công nào không?',
      N,
    ),
    yn(
      'd4_3_a',
      'D4.3',
      'Theo ông/bà, muốn làm công chức xã có phải chạy tiền hoặc nhờ người quen không?',
      N,
    ),
    yn(
      'd4_3_b',
      'D4.3',
      'Muốn làm giáo viên hoặc nhân viên y tế ở địa phương có phải chạy tiền hoặc nhờ người quen không?',
      N,
    ),
    yn(
      'd4_3_c',
      'D4.3',
      'Muốn làm việc ở cơ quan nhà nước cấp tỉnh có phải chạy tiền hoặc nhờ người quen không?',
      N,
    ),
    yn(
      'd4_4_a',
      'D4.4',
      'Theo ông/bà, chính quyền tỉnh có xử lý nghiêm các vụ tham nhũng bị phát hiện không?',
    ),
    yn('d4_4_b', 'D4.4', 'Nếu biết một vụ tham nhũng, ông/bà có sẵn lòng tố cáo không?'),
    yn('d4_4_c', 'D4.4', 'Ông/bà có biết tố cáo tham nhũng ở đâu không?'),
  ],
  D5: [
    ask(
      'd5_1_ct',
      'Trong 2 năm qua, ông/bà có làm chứng thực hoặc xin xác nhận giấy tờ ở xã/phường không?',
    ),
    sc('d5_1_a', 'D5.1', 'Ông/bà hài lòng thế nào với thời gian làm chứng thực, xác nhận?', {
      if: 'd5_1_ct',
    }),
    sc(
      'd5_1_b',
      'D5.1',
      'Ông/bà hài lòng thế nào với thái độ của cán bộ làm chứng thực, xác nhận?',
      { if: 'd5_1_ct' },
    ),
    yn('d5_1_c', 'D5.1', 'Phí, lệ phí chứng thực có được dán công khai không?', Y, {
      if: 'd5_1_ct',
    }),
    ask('d5_2_xd', 'Trong 2 năm qua, gia đình ông/bà có xin giấy phép xây dựng nhà ở không?'),
    yn('d5_2_a', 'D5.2', 'Giấy phép có được cấp đúng hẹn không?', Y, { if: 'd5_2_xd' }),
    sc('d5_2_b', 'D5.2', 'Ông/bà hài lòng thế nào với thủ tục xin giấy phép xây dựng?', {
      if: 'd5_2_xd',
    }),
    yn('d5_2_c', 'D5.2', 'Ông/bà có phải đi lại nhiều lần, nhiều nơi mới xong không?', N, {
      if: 'd5_2_xd',
    }),
    ask(
      'd5_3_sd',
      'Trong 2 năm qua, gia đình ông/bà có làm thủ tục cấp hoặc đổi giấy chứng nhận quyền sử dụng đất (sổ đỏ) không?',
    ),
    yn('d5_3_a', 'D5.3', 'Sổ đỏ có được trả đúng hẹn không?', Y, { if: 'd5_3_sd' }),
    sc('d5_3_b', 'D5.3', 'Ông/bà hài lòng thế nào với thủ tục làm sổ đỏ?', { if: 'd5_3_sd' }),
    yn('d5_3_c', 'D5.3', 'Ông/bà có phải đi lại nhiều lần, nhiều nơi mới xong không?', N, {
      if: 'd5_3_sd',
    }),
    ask(
      'd5_4_mc',
      'Trong 12 tháng qua, ông/bà có làm thủ tục khác ở Bộ phận một cửa của xã/phường (khai sinh, kết hôn, cư trú…) không?',
    ),
    yn('d5_4_a', 'D5.4', 'Giấy tờ cần nộp và thời gian giải quyết có được dán rõ ràng không?', Y, {
      if: 'd5_4_mc',
    }),
    yn('d5_4_b', 'D5.4', 'Hồ sơ có được trả đúng hẹn không?', Y, { if: 'd5_4_mc' }),
    sc('d5_4_c', 'D5.4', 'Nhìn chung, ông/bà hài lòng thế nào với Bộ phận một cửa của xã/phường?', {
      if: 'd5_4_mc',
    }),
  ],
  D6: [
    yn('d6_1_a', 'D6.1', 'Mọi người trong gia đình ông/bà có thẻ bảo hiểm y tế không?'),
    sc('d6_1_b', 'D6.1', 'Ông/bà hài lòng thế nào với trạm y tế xã/phường?'),
    yn(
      'd6_1_c',
      'D6.1',
      'Ở trạm y tế hoặc bệnh viện công gần nhà, người bệnh có phải chờ quá lâu không?',
      N,
    ),
    ask('d6_2_con', 'Gia đình ông/bà có con đang học tiểu học ở trường công không?'),
    yn('d6_2_a', 'D6.2', 'Lớp học của cháu có đủ sáng, an toàn không?', Y, { if: 'd6_2_con' }),
    yn('d6_2_b', 'D6.2', 'Trường có nhà vệ sinh sạch sẽ và nước uống cho học sinh không?', Y, {
      if: 'd6_2_con',
    }),
    sc('d6_2_c', 'D6.2', 'Ông/bà hài lòng thế nào với việc dạy học ở trường của cháu?', {
      if: 'd6_2_con',
    }),
    yn('d6_3_a', 'D6.3', 'Nhà ông/bà có dùng điện lưới không?'),
    sc('d6_3_b', 'D6.3', 'Ông/bà hài lòng thế nào với đường sá trong thôn, xã?'),
    yn('d6_3_c', 'D6.3', 'Rác thải sinh hoạt của gia đình có được thu gom không?'),
    yn(
      'd6_3_d',
      'D6.3',
      'Gia đình ông/bà có dùng nước sạch (nước máy hoặc nước đã lọc, xử lý) không?',
    ),
    yn('d6_4_a', 'D6.4', 'Ông/bà có thấy an toàn khi đi một mình buổi tối ở nơi mình ở không?'),
    yn('d6_4_b', 'D6.4', 'Trong 12 tháng qua, gia đình ông/bà có bị trộm cắp, cướp giật không?', N),
    sc('d6_4_c', 'D6.4', 'Ông/bà hài lòng thế nào với an ninh, trật tự ở nơi mình ở?'),
  ],
  D7: [
    yn('d7_1_a', 'D7.1', 'Theo ông/bà, chính quyền có xử lý nghiêm các cơ sở gây ô nhiễm không?'),
    yn('d7_1_b', 'D7.1', 'Gần nhà ông/bà có cơ sở sản xuất, chăn nuôi nào gây ô nhiễm không?', N),
    yn(
      'd7_1_c',
      'D7.1',
      'Theo ông/bà, chính quyền địa phương có đặt việc bảo vệ môi trường lên trước lợi ích kinh tế không?',
    ),
    sc('d7_2_a', 'D7.2', 'Ông/bà hài lòng thế nào với không khí ở nơi mình ở?'),
    yn('d7_2_b', 'D7.2', 'Ông/bà có hay thấy khói, bụi hoặc mùi hôi ở nơi mình ở không?', N),
    yn('d7_2_c', 'D7.2', 'Không khí ở nơi ông/bà ở có tốt hơn ba năm trước không?'),
    sc('d7_3_a', 'D7.3', 'Ông/bà hài lòng thế nào với nguồn nước sinh hoạt của gia đình?'),
    yn('d7_3_b', 'D7.3', 'Sông, suối, ao, hồ gần nhà có bị ô nhiễm không?', N),
    yn('d7_3_c', 'D7.3', 'Nguồn nước ở nơi ông/bà ở có tốt hơn ba năm trước không?'),
  ],
  D8: [
    yn(
      'd8_1_a',
      'D8.1',
      'Ông/bà có biết trang thông tin điện tử của tỉnh hoặc của xã/phường không?',
    ),
    yn(
      'd8_1_b',
      'D8.1',
      'Trong 12 tháng qua, ông/bà có vào Cổng dịch vụ công để tìm thông tin hoặc nộp hồ sơ qua mạng không?',
    ),
    sc('d8_1_c', 'D8.1', 'Ông/bà hài lòng thế nào với việc làm thủ tục qua mạng?', {
      if: 'd8_1_b',
    }),
    yn('d8_2_a', 'D8.2', 'Nhà ông/bà có dùng Internet (wifi hoặc mạng điện thoại) không?'),
    yn('d8_2_b', 'D8.2', 'Ông/bà có dùng điện thoại thông minh không?'),
    yn(
      'd8_2_c',
      'D8.2',
      'Ông/bà có nhận tin của chính quyền qua mạng (Zalo, Facebook, trang web) không?',
    ),
  ],
});
