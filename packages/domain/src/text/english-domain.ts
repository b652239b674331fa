/**
 * English of the domain's Vietnamese texts (see english.ts for the template form). The
 * coverage test in apps/server/src/platform/english reads the sources and fails when a
 * message has no entry here or in the server's catalog.
 */
import type { EnglishPair } from './english.ts';
import { PROGRAMME_ENGLISH } from '../programmes/english.ts';
import { NOTICE_ENGLISH } from './english-notices.ts';
import { SURVEY_ENGLISH } from './english-surveys.ts';
import { SURVEY_RESULT_ENGLISH } from './english-survey-results.ts';

/** Plan validation findings (plan-rules.ts, validate-plan.ts, document-number.ts). */
const PLAN_FINDINGS: EnglishPair[] = [
  ['Nhiệm vụ {0}: {1}', 'Task {0}: {1}'],
  ['chưa có nội dung', 'no content yet'],
  ['chưa có cơ quan chủ trì', 'no lead agency yet'],
  ['chưa có thời hạn hoàn thành', 'no deadline yet'],
  ['chưa có kết quả, sản phẩm dự kiến', 'no expected result or output yet'],
  ['chưa gắn với lĩnh vực nội dung của Chỉ số', 'not yet linked to an Index dimension'],
  ['chưa có dự toán kinh phí', 'no budget estimate yet'],
  ['{0} “{1}” không có trong danh mục cơ quan', '{0} “{1}” is not in the agency list'],
  ['{0} “{1}” đã ngừng hoạt động', '{0} “{1}” is no longer active'],
  ['cơ quan chủ trì', 'lead agency'],
  ['cơ quan phối hợp', 'cooperating agency'],
  ['cơ quan', 'agency'],
  [
    'Chưa xác định phiên bản Chỉ số áp dụng cho kế hoạch.',
    'The Index edition that applies to this plan has not been determined.',
  ],
  ['Lĩnh vực {0} “{1}” chưa có nhiệm vụ nào.', 'Dimension {0} “{1}” has no tasks yet.'],
  ['Nội dung {0} “{1}” chưa có nhiệm vụ nào.', 'Sub-dimension {0} “{1}” has no tasks yet.'],
  ['kinh phí không được âm', 'the budget cannot be negative'],
  ['chưa ghi nguồn kinh phí', 'no funding source given'],
  ['Kế hoạch cần ít nhất {0} nhiệm vụ.', 'The plan needs at least {0} tasks.'],
  ['trùng số thứ tự với nhiệm vụ khác', 'same number as another task'],
  [
    'thời hạn {0} {1} thời gian thực hiện kế hoạch ({2})',
    'deadline {0} falls {1} the plan’s implementation period ({2})',
  ],
  ['trước', 'before'],
  ['sau', 'after'],
  ['Tổ chức thực hiện, mục {0}: {1}.', 'Implementation arrangements, item {0}: {1}.'],
  ['mã {0} không có trong phiên bản {1} của Chỉ số', 'code {0} is not in Index edition {1}'],
  [
    'chủ trì là nhóm “{0}”, nên giao một cơ quan chủ trì',
    'the lead is a group (“{0}”); assign a single lead agency',
  ],
  ['Chưa phân công tổ chức thực hiện.', 'Implementation responsibilities have not been assigned.'],
  [
    'Nơi nhận phải kết thúc bằng dòng “Lưu: VT, …”.',
    'The recipients list must end with the line “Lưu: VT, …” (filed by the records office).',
  ],
  [
    'Dòng “Lưu” phải ghi Văn thư (VT) đầu tiên.',
    'The “Lưu” (filing) line must name the records office (VT) first.',
  ],
  ['Chưa có người ký.', 'No signatory yet.'],
  ['Chưa có họ tên người ký.', 'The signatory’s name is missing.'],
  ['Chưa có chức vụ người ký.', 'The signatory’s position is missing.'],
  [
    'Ký {0}. cần ghi chức vụ người đứng đầu.',
    'Signing “{0}.” requires the head’s position to be stated.',
  ],
  [
    'Ký thay (KT.) thì người ký là cấp phó, chức vụ phải khác người đứng đầu.',
    'When signing on behalf (KT.), the signatory is a deputy, so the position must differ from the head’s.',
  ],
  ['Chưa nhập số, ký hiệu văn bản.', 'The document number and symbol have not been entered.'],
  [
    '"{0}" là số hiệu văn bản của Đảng, không theo thể thức Nghị định 30/2020.',
    '"{0}" is a Party document number, not in the Decree 30/2020 format.',
  ],
  [
    'Số, ký hiệu "{0}" không đúng dạng "số/loại-cơ quan", ví dụ 426/KH-UBND.',
    'Number and symbol "{0}" are not in the form "number/type-issuer", e.g. 426/KH-UBND.',
  ],
  ['Số văn bản bắt đầu từ 01.', 'Document numbers start at 01.'],
  ['Chưa có số, ký hiệu văn bản.', 'The document has no number and symbol yet.'],
  [
    'Chưa cấp số văn bản (văn thư cấp số khi ban hành).',
    'No document number yet (the records office assigns it at issuance).',
  ],
  [
    'Ký hiệu loại văn bản phải là "{0}" ({1}), đang là "{2}".',
    'The document type symbol must be "{0}" ({1}); it is "{2}".',
  ],
  [
    'Ký hiệu cơ quan ban hành phải là "{0}", đang là "{1}".',
    'The issuing body symbol must be "{0}"; it is "{1}".',
  ],
  ['Nghị quyết', 'Resolution'],
  ['Quyết định', 'Decision'],
  ['Chỉ thị', 'Directive'],
  ['Quy chế', 'Regulation'],
  ['Quy định', 'Rules'],
  ['Thông báo', 'Notice'],
  ['Hướng dẫn', 'Guidance'],
  ['Chương trình', 'Programme'],
  ['Kế hoạch', 'Plan'],
  ['Phương án', 'Scheme'],
  ['Đề án', 'Project proposal'],
  ['Dự án', 'Project'],
  ['Báo cáo', 'Report'],
  ['Tờ trình', 'Submission'],
];

/** Workflow refusals (workflow.ts, report-workflow.ts). */
const WORKFLOW: EnglishPair[] = [
  [
    'Kế hoạch đã kết thúc, không thể thao tác.',
    'The plan is closed; no further actions are possible.',
  ],
  [
    'Chỉ cán bộ của đơn vị ban hành được thao tác trên kế hoạch.',
    'Only staff of the issuing unit can act on this plan.',
  ],
  [
    'Chỉ lãnh đạo đơn vị ban hành được ban hành hoặc trả lại kế hoạch.',
    'Only the issuing unit’s leaders can issue or return the plan.',
  ],
  ['Vai trò của bạn không được thực hiện thao tác này.', 'Your role does not allow this action.'],
  ['Dự thảo', 'Draft'],
  ['Đã gửi, chờ tiếp nhận', 'Submitted, awaiting acceptance'],
  ['Đã tiếp nhận', 'Accepted'],
  ['Bị trả lại', 'Returned'],
  [
    'Chỉ tiếp nhận hoặc trả lại được báo cáo đã gửi.',
    'Only a submitted report can be accepted or returned.',
  ],
  [
    'Báo cáo đã gửi, đang chờ cấp trên tiếp nhận; không thể sửa.',
    'The report has been submitted and awaits acceptance by the higher level; it cannot be edited.',
  ],
  [
    'Báo cáo đã được tiếp nhận; không thể sửa.',
    'The report has been accepted; it cannot be edited.',
  ],
];

/** Deadlines and the plan period (deadlines.ts, plan-period.ts, plan.ts). */
const DEADLINES: EnglishPair[] = [
  ['ban hành Kế hoạch', 'the plan is issued'],
  ['công bố kết quả Chỉ số', 'the Index results are published'],
  ['Kế hoạch cấp trên ban hành', 'the higher-level plan is issued'],
  ['{0} ngày sau khi {1}', '{0} days after {1}'],
  ['Thường xuyên', 'Ongoing'],
  ['Hằng tháng', 'Monthly'],
  ['Hằng quý', 'Quarterly'],
  ['6 tháng/lần', 'Every 6 months'],
  ['Hằng năm', 'Yearly'],
  ['"{0}": không có tháng {1}.', '"{0}": there is no month {1}.'],
  ['"{0}": tháng {1}/{2} không có ngày {3}.', '"{0}": {1}/{2} has no day {3}.'],
  [
    'Thời hạn không ghi năm, đã hiểu là {0} (năm của kế hoạch), nằm ngoài thời gian thực hiện {1}–{2}.',
    'The deadline gives no year and was read as {0} (the plan’s year), which is outside the implementation period {1}–{2}.',
  ],
  [
    'Thời gian thực hiện {0} kết thúc trước khi bắt đầu.',
    'The implementation period {0} ends before it starts.',
  ],
  [
    'Thời gian thực hiện {0} nằm ngoài năm {1} của kế hoạch.',
    'The implementation period {0} lies outside the plan’s year {1}.',
  ],
];

/** Appendix import rows (appendix-rows.ts). */
const APPENDIX: EnglishPair[] = [
  ['Dòng {0}, cột {1} ({2}): {3}', 'Row {0}, column {1} ({2}): {3}'],
  ['Dòng {0}: {1}', 'Row {0}: {1}'],
  [
    'Chưa chọn cột "Nội dung" của nhiệm vụ: không đọc được dòng nào.',
    'The task "Content" column has not been chosen, so no row could be read.',
  ],
  // The web's paste reader says this of a deadline the parser has no reason for.
  ['không đọc được thời hạn “{0}”', 'the deadline “{0}” could not be read'],
  ['lĩnh vực "{0}" không có trong Chỉ số.', 'dimension "{0}" is not in the Index.'],
  ['thiếu nội dung nhiệm vụ.', 'the task content is missing.'],
  ['thiếu số thứ tự nhiệm vụ.', 'the task number is missing.'],
  [
    'Ô chủ trì ghi {0} cơ quan: "{1}" chủ trì, {2} phối hợp.',
    'The lead cell names {0} agencies: "{1}" leads, {2} cooperate.',
  ],
  [
    'không đọc được thời hạn "{0}"; hãy ghi như "30/6/2026", "Tháng 6/2026", "Quý II/2026", "Hằng năm" hoặc "Thường xuyên".',
    'the deadline "{0}" could not be read; write it like "30/6/2026", "Tháng 6/2026", "Quý II/2026", "Hằng năm" or "Thường xuyên".',
  ],
  [
    'kinh phí "{0}" không phải số tiền (ví dụ 15.000.000).',
    'the budget "{0}" is not an amount (e.g. 15.000.000).',
  ],
  ['số thứ tự {0} trùng với dòng {1}.', 'number {0} is the same as in row {1}.'],
  ['Theo cột Lĩnh vực.', 'From the Dimension column.'],
];

/** Appendix import suggestions: agency matches and dimension links (agency-split.ts, appendix-links.ts). */
const APPENDIX_LINKS: EnglishPair[] = [
  ['{0} đã {1} từ {2} ({3}); đề nghị: {4}.', '{0} has {1} since {2} ({3}); suggested: {4}.'],
  ['hợp nhất', 'been merged'],
  ['tổ chức lại', 'been reorganised'],
  ['hợp nhất vào Sở Tài chính', 'been merged into the Department of Finance'],
  ['chuyển chủ yếu về Sở Nội vụ', 'moved mainly to the Department of Home Affairs'],
  [
    'Không có cơ quan nào trong danh mục có tên gần giống.',
    'No agency in the list has a similar name.',
  ],
  [
    '"{0}" là cơ quan loại khác ("{1}" không phải {2}): chưa chọn, hãy chọn cơ quan đúng hoặc tạo mới.',
    '"{0}" is a different kind of agency ("{1}" is not {2}): not selected; choose the right agency or create it.',
  ],
  ['Ủy ban nhân dân', 'a People’s Committee'],
  ['sở', 'a department'],
  ['phòng', 'an office'],
  ['Mặt trận Tổ quốc', 'the Fatherland Front'],
  ['ban, ngành', 'a department or sector body'],
  ['đoàn thể', 'a mass organisation'],
  ['công an', 'the police'],
  ['cơ quan khác', 'another kind of agency'],
  ['loại đó', 'that kind'],
  [
    '"{0}": từ 01/07/2025 không còn cấp huyện (chính quyền địa phương hai cấp); đề nghị thay bằng "UBND các xã, phường" hoặc các cơ quan cấp tỉnh tương ứng.',
    '"{0}": there has been no district level since 01/07/2025 (two-tier local government); replace it with "UBND các xã, phường" (the communes and wards) or the matching provincial agencies.',
  ],
  ['Gần giống tên "{0}".', 'Close to the name "{0}".'],
  [
    'Chỉ giống một phần với "{0}": chưa chọn, hãy kiểm tra.',
    'Only partly like "{0}": not selected; please check.',
  ],
  ['Người dùng chọn.', 'Chosen by the user.'],
  ['Theo mục {0}.', 'From heading {0}.'],
  ['Theo tên "{0}".', 'From the name "{0}".'],
  [
    'Mục {0} trong danh sách theo thứ tự các lĩnh vực: "{1}".',
    'Item {0} of a list in dimension order: "{1}".',
  ],
  ['Nội dung có tên "{0}".', 'Sub-dimension named "{0}".'],
];

/** Index result imports (import-check.ts and the server's file reading around it). */
const INDEX_IMPORT: EnglishPair[] = [
  ['Dòng {0} ({1})', 'Row {0} ({1})'],
  ['Dòng {0} ({1}), {2}', 'Row {0} ({1}), {2}'],
  ['không có tên tỉnh', 'no province name'],
  ['cột {0} ({1})', 'column {0} ({1})'],
  ['cột "{0}"', 'column "{0}"'],
  ['không tên', 'untitled'],
  [
    '{0}: tỉnh này đã có ở dòng {1} (trùng dòng).',
    '{0}: this province already appears in row {1} (duplicate row).',
  ],
  [
    '{0}: điểm {1} ngoài khoảng {2}–{3} của lĩnh vực {4}.',
    '{0}: score {1} is outside the range {2}–{3} of dimension {4}.',
  ],
  [
    '{0}: tỉnh không có điểm nào, sẽ được ghi là "không đánh giá".',
    '{0}: the province has no scores and will be recorded as "not assessed".',
  ],
  [
    '{0}: thiếu điểm {1}; tỉnh sẽ được ghi là "không đánh giá" (giữ điểm từng phần, không tính tổng, hạng, nhóm).',
    '{0}: scores {1} are missing; the province will be recorded as "not assessed" (partial scores kept; no total, rank or group).',
  ],
  [
    '{0}: có tổng điểm {1} nhưng thiếu điểm lĩnh vực, không kiểm tra được tổng.',
    '{0}: there is a total of {1} but dimension scores are missing, so the total cannot be checked.',
  ],
  [
    '{0}: tổng điểm {1} khác tổng các lĩnh vực {2} (lệch quá ±{3}).',
    '{0}: the total {1} differs from the sum of the dimensions {2} (by more than ±{3}).',
  ],
];

/** Reporting regimes shipped with the product and the periods they generate. */
const REPORTING: EnglishPair[] = [
  ['6 tháng đầu năm', 'First half of the year'],
  ['6 tháng đầu năm {0}', 'First half of {0}'],
  ['năm', 'Year'],
  ['năm {0}', 'Year {0}'],
  ['sau công bố Chỉ số năm {0}', 'After publication of the {0} Index'],
  ['Cấp xã', 'Commune level'],
  ['Cấp huyện', 'District level'],
  ['Sở, ban, ngành', 'Provincial departments and agencies'],
  ['Cấp tỉnh', 'Provincial level'],
  ['Kết quả đạt được', 'Results achieved'],
  ['Tồn tại, hạn chế và nguyên nhân', 'Shortcomings, limitations and their causes'],
  ['Đề xuất, kiến nghị', 'Proposals and recommendations'],
  [
    'Báo cáo kết quả thực hiện Kế hoạch nâng cao Chỉ số PAPI (6 tháng, năm)',
    'Report on implementing the PAPI improvement plan (half-yearly, yearly)',
  ],
  [
    'Báo cáo định kỳ theo Nghị định 09/2019/NĐ-CP (6 tháng, năm)',
    'Periodic report under Decree 09/2019/NĐ-CP (half-yearly, yearly)',
  ],
  [
    'Báo cáo kết quả thực hiện sau khi công bố Chỉ số PAPI',
    'Report on results after the PAPI Index is published',
  ],
];

/** Emulation criteria checks (emulation/criteria.ts). */
const EMULATION: EnglishPair[] = [
  ['Mã “{0}” không hợp lệ.', 'Code “{0}” is not valid.'],
  ['Mã “{0}” bị trùng.', 'Code “{0}” is used twice.'],
  ['Bộ tiêu chí chưa có tiêu chí nào.', 'The criteria set has no criteria yet.'],
  ['Điểm tối đa phải lớn hơn 0.', 'The maximum must be greater than 0.'],
  [
    'Thang điểm: tỷ lệ đạt 0 điểm phải nhỏ hơn tỷ lệ đạt điểm tối đa.',
    'Scale: the rate earning 0 points must be below the rate earning the maximum.',
  ],
  ['Thang điểm chưa có mức nào.', 'The scale has no steps yet.'],
  ['Điểm của mức phải từ 0 đến {0}.', 'A step’s points must be between 0 and {0}.'],
  [
    'Ngưỡng phải tăng dần: phê bình ≤ nhắc nhở < khen thưởng.',
    'Thresholds must rise: criticise ≤ note < commend.',
  ],
  ['Tỷ lệ nhiệm vụ hoàn thành đúng hạn', 'Share of tasks completed on time'],
  ['Tỷ lệ báo cáo gửi đúng hạn', 'Share of reports sent on time'],
  [
    'Tỷ lệ phản ánh, kiến nghị của người dân được trả lời đúng hạn',
    "Share of citizens' feedback answered on time",
  ],
  ['Tỷ lệ kế hoạch ban hành đúng hạn', 'Share of plans issued on time'],
  [
    'Tỷ lệ nội dung Chỉ số PAPI được giao chủ trì có điểm tăng',
    'Share of the PAPI elements led whose score rose',
  ],
];

export const DOMAIN_ENGLISH: readonly EnglishPair[] = [
  ...PLAN_FINDINGS,
  ...WORKFLOW,
  ...DEADLINES,
  ...APPENDIX,
  ...APPENDIX_LINKS,
  ...INDEX_IMPORT,
  ...REPORTING,
  ...NOTICE_ENGLISH,
  ...SURVEY_ENGLISH,
  ...SURVEY_RESULT_ENGLISH,
  ...EMULATION,
  ...PROGRAMME_ENGLISH,
];
