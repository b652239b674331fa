/** English of the plan, task, report and monitoring modules' messages. */
import type { EnglishPair } from '@papi/domain';

export const WORK_ENGLISH: readonly EnglishPair[] = [
  // citizen feedback
  ['Phản ánh', 'Feedback'],
  [
    'Phản ánh {0} không ở trạng thái cho phép thao tác này.',
    'Feedback {0} is not in a state that allows this action.',
  ],
  ['Cơ quan #{0} không thuộc phạm vi của {1}.', 'Agency #{0} is not within {1}.'],
  ['Cơ quan không thuộc phạm vi.', 'The agency is out of scope.'],
  ['Phản ánh {0} đang do {1} xử lý.', 'Feedback {0} is already being handled by {1}.'],
  ['Đã giao cho cơ quan này.', 'Already assigned to this agency.'],
  [
    'Tệp “{0}” không được nhận: chỉ nhận ảnh (PNG, JPEG, GIF, WebP) hoặc PDF.',
    'File “{0}” is not accepted: only images (PNG, JPEG, GIF, WebP) or PDF.',
  ],
  ['Hãy ghi lý do (ít nhất 5 ký tự).', 'Give a reason (at least 5 characters).'],
  [
    'Nội dung trả lời quá ngắn (ít nhất 10 ký tự).',
    'The answer is too short (at least 10 characters).',
  ],
  // tasks and evidence
  ['Nhiệm vụ', 'Task'],
  ['Tệp minh chứng', 'Evidence file'],
  [
    'Chỉ cơ quan chủ trì hoặc phối hợp của nhiệm vụ được tải minh chứng.',
    'Only the task’s lead or cooperating agencies can upload evidence.',
  ],
  [
    'Chỉ người tải lên được xóa tệp minh chứng.',
    'Only the person who uploaded an evidence file can delete it.',
  ],
  [
    'Tệp đã gắn với một lần cập nhật tiến độ hoặc báo cáo đã gửi, không xóa được.',
    'The file is attached to a progress update or a submitted report and cannot be deleted.',
  ],
  [
    'Tệp minh chứng #{0} không thuộc nhiệm vụ này, không do bạn tải lên hoặc đã gắn với lần cập nhật khác.',
    'Evidence file #{0} does not belong to this task, was not uploaded by you, or is already attached to another update.',
  ],
  ['{0} không được sau hôm nay.', '{0} cannot be after today.'],
  ['Ngày cập nhật', 'The update date'],
  ['Ngày hoàn thành', 'The completion date'],
  ['Ngày ghi nhận', 'The date recorded'],
  [
    'Chỉ cơ quan chủ trì nhiệm vụ được cập nhật tiến độ, trạng thái.',
    'Only the task’s lead agency can update its progress and status.',
  ],
  [
    'Nhiệm vụ đã bị hủy, không cập nhật tiến độ được.',
    'The task has been cancelled; its progress cannot be updated.',
  ],
  [
    'Ngày hoàn thành không được sau ngày cập nhật.',
    'The completion date cannot be after the update date.',
  ],
  ['Nhiệm vụ đã hoàn thành thì tỷ lệ phải là 100%.', 'A completed task must be at 100%.'],
  [
    'Chỉ cơ quan phối hợp của nhiệm vụ được ghi nhận phần phối hợp.',
    'Only the task’s cooperating agencies can record their contribution.',
  ],
  [
    'Nhiệm vụ đã bị hủy, không ghi nhận thêm được.',
    'The task has been cancelled; nothing more can be recorded.',
  ],
  ['Chỉ cơ quan chủ trì nhiệm vụ được hủy nhiệm vụ.', 'Only the task’s lead agency can cancel it.'],
  ['Nhiệm vụ đã bị hủy trước đó.', 'The task was already cancelled.'],
  ['Nhiệm vụ đã hoàn thành, không hủy được.', 'The task is completed and cannot be cancelled.'],
  // plans: appendix import, cascade, copy, groups, issue, solutions, types, waivers, workflow
  ['Kế hoạch', 'Plan'],
  [
    'Cơ quan #{0} chọn cho "{1}" không có hoặc không thuộc phạm vi của kế hoạch (trường "agencyMap").',
    'Agency #{0} chosen for "{1}" does not exist or is outside the plan’s scope (field "agencyMap").',
  ],
  [
    'Dòng {0}: cơ quan "{1}" chưa có trong danh mục; hãy chọn cơ quan tương ứng hoặc tạo mới.',
    'Row {0}: agency "{1}" is not in the list yet; choose the matching agency or create it.',
  ],
  [
    'Dòng {0}: kế hoạch đã có nhiệm vụ số {1}.',
    'Row {0}: the plan already has a task numbered {1}.',
  ],
  [
    'Chỉ quản trị viên và cán bộ điều phối được tạo cơ quan mới; hãy chọn cơ quan có sẵn.',
    'Only administrators and coordinators can create agencies; choose an existing agency.',
  ],
  [
    'Dòng {0} của tệp trống hoặc không có (trường "headerRow").',
    'Row {0} of the file is empty or does not exist (field "headerRow").',
  ],
  [
    'Không tìm thấy dòng tiêu đề trong tệp "{0}": cần ít nhất các cột "Nội dung" và một cột khác như "Cơ quan chủ trì", "Thời gian hoàn thành".',
    'No header row found in file "{0}": it needs at least a "Nội dung" (content) column and another such as "Cơ quan chủ trì" (lead agency) or "Thời gian hoàn thành" (deadline).',
  ],
  [
    'Cột {0} (trường "mapping.{1}") không có trong tệp (tệp có {2} cột).',
    'Column {0} (field "mapping.{1}") is not in the file (the file has {2} columns).',
  ],
  [
    'Tệp không có nhiệm vụ nào dưới dòng tiêu đề (dòng {0}).',
    'The file has no tasks below the header row (row {0}).',
  ],
  [
    '"{0}": không có cơ quan nào thuộc nhóm này trong phạm vi kế hoạch.',
    '"{0}": no agency in the plan’s scope belongs to this group.',
  ],
  ['Nghĩa vụ ban hành kế hoạch', 'Plan issuance obligation'],
  [
    'Chỉ cán bộ của đơn vị được giao mới bắt đầu kế hoạch thực hiện.',
    'Only staff of the assigned unit can start its implementation plan.',
  ],
  [
    'Chỉ lãnh đạo, cán bộ điều phối của đơn vị ban hành kế hoạch cấp trên được gửi nhắc nhở.',
    'Only leaders and coordinators of the unit that issued the higher-level plan can send reminders.',
  ],
  [
    '{0} đã ban hành kế hoạch, không cần nhắc.',
    '{0} has already issued its plan; no reminder is needed.',
  ],
  [
    '{0} đã bắt đầu kế hoạch thực hiện ({1} “{2}”).',
    '{0} has already started its implementation plan ({1} “{2}”).',
  ],
  [
    'Thời gian thực hiện phải bao gồm năm {0} (trường "period").',
    'The implementation period must include the year {0} (field "period").',
  ],
  [
    '{0}: nhiệm vụ {1}, nhóm “{2}” có cơ quan thành viên mã {3} không có hoặc không thuộc phạm vi của kế hoạch.',
    '{0}: task {1}, group “{2}” has member agency {3}, which does not exist or is outside the plan’s scope.',
  ],
  ['{0}: {1} không thuộc phạm vi (mã {2}).', '{0}: the {1} is outside your scope (ID {2}).'],
  ['nhiệm vụ cấp trên', 'parent task'],
  ['giải pháp', 'solution'],
  [
    'Ngày ký {0} sau ngày hôm nay ({1}): chỉ ghi ngày lãnh đạo đã ký.',
    'The signing date {0} is after today ({1}): enter only the date the leader actually signed.',
  ],
  [
    'Đơn vị mã {0} (trường "unitId") không phải {1} hoặc đơn vị trực thuộc.',
    'Unit {0} (field "unitId") is neither {1} nor one of its subordinate units.',
  ],
  [
    'Không còn đơn vị nào thuộc {0} chưa được giao ban hành kế hoạch.',
    'Every unit under {0} has already been assigned to issue a plan.',
  ],
  [
    'Không còn sở, ban, ngành nào của {0} chưa được giao ban hành kế hoạch.',
    'Every department of {0} has already been assigned to issue a plan.',
  ],
  ['Giải pháp', 'Solution'],
  [
    'Giải pháp có sẵn của hệ thống chỉ để tham khảo, không sửa hoặc xóa được.',
    'Built-in solutions are for reference only and cannot be edited or deleted.',
  ],
  ['Chưa có bộ chỉ số {0}.', 'Index {0} does not exist yet.'],
  [
    'Lĩnh vực {0} không có trong bộ chỉ số {1} (trường "dimensionCode").',
    'Dimension {0} is not in index {1} (field "dimensionCode").',
  ],
  [
    'Chỉ quản trị viên và cán bộ điều phối được thêm giải pháp vào thư viện.',
    'Only administrators and coordinators can add solutions to the library.',
  ],
  [
    'Kế hoạch đã có nhiệm vụ số {0} (trường "number").',
    'The plan already has a task numbered {0} (field "number").',
  ],
  [
    'Chỉ quản trị viên và cán bộ điều phối được điều chỉnh quy tắc kế hoạch.',
    'Only administrators and coordinators can change plan rules.',
  ],
  ['Quy tắc không hợp lệ: {0}', 'Invalid rule: {0}'],
  [
    'Loại kế hoạch "{0}" không có trong danh mục loại kế hoạch đang áp dụng.',
    'Plan type "{0}" is not among the plan types in use.',
  ],
  [
    'Miễn áp dụng, dòng {0}: loại kế hoạch này không có quy tắc "{1}".',
    'Waivers, row {0}: this plan type has no rule "{1}".',
  ],
  [
    'Miễn áp dụng, dòng {0}: quy tắc "{1}" lặp lại.',
    'Waivers, row {0}: rule "{1}" is listed twice.',
  ],
  [
    'Tệp không phải văn bản Word (.docx). Hãy lưu tệp dưới dạng .docx.',
    'The file is not a Word document (.docx). Save it as .docx.',
  ],
  ['Nhiệm vụ {0} không thuộc kế hoạch này.', 'Task {0} does not belong to this plan.'],
  [
    'Không thể thực hiện thao tác này khi kế hoạch ở trạng thái hiện tại.',
    'This action is not possible in the plan’s current status.',
  ],
  ['Chưa thể {0} kế hoạch, còn {1} lỗi: {2}', 'The plan cannot be {0} yet; {1} errors remain: {2}'],
  ['trình', 'submitted'],
  ['ban hành', 'issued'],
  [
    'Số văn bản vừa được cấp cho văn bản khác; vui lòng thử ban hành lại.',
    'That document number was just given to another document; please try issuing again.',
  ],
  // reports, regimes, holidays, indicators, monitoring, overdue, consolidated
  ['Báo cáo', 'Report'],
  ['Báo cáo phải gửi', 'Report due'],
  ['Phản ánh, kiến nghị của người dân', 'Citizen feedback'],
  ['Trả lời phản ánh, kiến nghị', 'Answer citizen feedback'],
  ['Chế độ báo cáo', 'Reporting regime'],
  [
    'Chỉ lãnh đạo, cán bộ điều phối của đơn vị cấp trên được gửi nhắc nhở.',
    'Only leaders and coordinators of the higher-level unit can send reminders.',
  ],
  ['Nhiệm vụ không quá hạn, không cần nhắc.', 'The task is not overdue; no reminder is needed.'],
  [
    'Báo cáo chưa quá hạn, không cần nhắc.',
    'The report is not overdue yet; no reminder is needed.',
  ],
  ['toàn hệ thống', 'the whole system'],
  ['riêng {0}', '{0} only'],
  [
    'Chỉ quản trị viên của đơn vị cao nhất (hoặc của tỉnh, cho ngày nghỉ riêng của tỉnh) được sửa lịch nghỉ lễ, Tết.',
    'Only administrators of the top-level unit (or of the province, for the province’s own days off) can edit the public holiday calendar.',
  ],
  ['Dòng {0}: ngày {1} không thuộc năm {2}.', 'Row {0}: the date {1} is not in {2}.'],
  ['Dòng {0}: ngày {1} bị lặp.', 'Row {0}: the date {1} is repeated.'],
  ['Dòng {0}: mã chỉ tiêu “{1}” bị lặp.', 'Row {0}: indicator code “{1}” is repeated.'],
  [
    'Chế độ báo cáo này không áp dụng trong phạm vi đã chọn.',
    'This reporting regime does not apply in the selected scope.',
  ],
  ['Chưa có kỳ báo cáo nào bắt đầu.', 'No reporting period has started yet.'],
  ['Chế độ báo cáo không có kỳ “{0}”.', 'The reporting regime has no period “{0}”.'],
  [
    'Đơn vị đã có chế độ báo cáo mã “{0}”.',
    'The unit already has a reporting regime with code “{0}”.',
  ],
  [
    'Chỉ chính đơn vị (hoặc cơ quan) báo cáo được đính kèm tệp.',
    'Only the reporting unit (or agency) itself can attach files.',
  ],
  [
    'Báo cáo đã gửi, không đính kèm thêm tệp được.',
    'The report has been submitted; no more files can be attached.',
  ],
  ['Chế độ báo cáo này đang tạm ngừng áp dụng.', 'This reporting regime is currently suspended.'],
  [
    'Cơ quan báo cáo không thuộc đơn vị đã chọn.',
    'The reporting agency does not belong to the selected unit.',
  ],
  [
    'Chỉ chính đơn vị (hoặc cơ quan) báo cáo được lập báo cáo của mình.',
    'Only the reporting unit (or agency) itself can draft its report.',
  ],
  ['Chế độ báo cáo “{0}” không áp dụng cho {1}.', 'Reporting regime “{0}” does not apply to {1}.'],
  [
    '{0} không còn tồn tại vào cuối kỳ báo cáo.',
    '{0} no longer exists at the end of the reporting period.',
  ],
  [
    'Chế độ báo cáo “{0}” không yêu cầu cấp này báo cáo.',
    'Reporting regime “{0}” does not require reports from this level.',
  ],
  ['{0} không có cấp trên nhận báo cáo.', '{0} has no higher level to receive its report.'],
  ['{0} đã có báo cáo {1} (số {2}).', '{0} already has a report for {1} (no. {2}).'],
  [
    'Chỉ cấp nhận báo cáo được tiếp nhận hoặc trả lại.',
    'Only the receiving level can accept or return reports.',
  ],
  [
    'Chỉ chính đơn vị (hoặc cơ quan) báo cáo được sửa, gửi báo cáo.',
    'Only the reporting unit (or agency) itself can edit and submit the report.',
  ],
  [
    'Chỉ tiêu dòng {0} (mã “{1}”) không có trong kế hoạch của đơn vị.',
    'The indicator in row {0} (code “{1}”) is not in the unit’s plan.',
  ],
  [
    'Kỳ báo cáo "{0}" không có trong chế độ "{1}" (trường "periodKey").',
    'Reporting period "{0}" is not in regime "{1}" (field "periodKey").',
  ],
  [
    'Chế độ "{0}" chưa có kỳ báo cáo nào bắt đầu (trường "periodKey").',
    'Regime "{0}" has no reporting period that has started yet (field "periodKey").',
  ],
  [
    'Chỉ quản trị, đầu mối và lãnh đạo của cấp nhận được lập báo cáo tổng hợp.',
    'Only administrators, focal points and leaders of the receiving level can compile a consolidated report.',
  ],
  // the public transparency page
  [
    'Chỉ quản trị viên và cán bộ điều phối của cả hệ thống được sửa trang công khai.',
    'Only the installation’s administrators and coordinators can change the public page.',
  ],
  ['Số xã', 'Communes'],
];
