/**
 * English of notification and reminder texts. They are stored in Vietnamese when the event
 * happens (one row serves every reader and the e-mail digest), so the web translates them
 * when it shows them in English (notifications/NoticeList.tsx). Sources:
 * reminders/items.ts#reminderMessage and apps/server/src/modules/reminders/notifiers.ts.
 */
import type { EnglishPair } from './english.ts';

const REMINDERS: EnglishPair[] = [
  ['Còn {0} ngày đến hạn: {1}', '{0} days to the deadline: {1}'],
  ['Hôm nay đến hạn: {0}', 'Due today: {0}'],
  ['Quá hạn {0} ngày: {1}', '{0} days overdue: {1}'],
  ['{0} quá hạn: {1}', '{0} is overdue: {1}'],
  ['{0}. Hạn {1}.', '{0}. Due {1}.'],
  [
    '{0}. Hạn {1} đã qua mà chưa hoàn thành.',
    '{0}. The deadline {1} has passed and it is not done.',
  ],
  [
    '{0} của {1}, hạn {2}, quá hạn {3} ngày. Đề nghị đôn đốc.',
    '{0} of {1}, due {2}, is {3} days overdue. Please follow it up.',
  ],
  ['Kế hoạch phải ban hành: {0}', 'Plan to issue: {0}'],
  ['Báo cáo phải gửi: {0}', 'Report to send: {0}'],
  ['Nhiệm vụ: {0}', 'Task: {0}'],
];

const EVENTS: EnglishPair[] = [
  // The "what moved" notice after an import (indices/impact/impact.text.ts).
  ['Điều gì đã thay đổi: kết quả {0} năm {1} của {2}', 'What moved: {0} results for {1}, {2}'],
  [
    'So với năm {0}: {1}. Thứ hạng: {2}; nhóm: {3}. Mục tiêu: {4} đạt, {5} chưa đạt, {6} chờ kết quả.',
    'Compared with {0}: {1}. Rank: {2}; group: {3}. Targets: {4} met, {5} not met, {6} pending.',
  ],
  ['tăng vượt ngưỡng: {0}', 'rose beyond the threshold: {0}'],
  ['giảm vượt ngưỡng: {0}', 'fell beyond the threshold: {0}'],
  ['không có lĩnh vực nào thay đổi vượt ngưỡng', 'nothing moved beyond the threshold'],
  ['tăng {0} bậc (từ {1} lên {2})', 'up {0} places (from {1} to {2})'],
  ['giảm {0} bậc (từ {1} xuống {2})', 'down {0} places (from {1} to {2})'],
  ['giữ nguyên hạng {0}', 'unchanged at {0}'],
  ['hạng {0}, không so sánh được với năm trước', 'rank {0}, not comparable with the previous year'],
  ['lên {0} nhóm', 'up {0} group(s)'],
  ['xuống {0} nhóm', 'down {0} group(s)'],
  ['giữ nguyên', 'unchanged'],
  ['chưa có', 'not available'],
  ['Cập nhật kết quả {0} năm {1}', 'Updated {0} results for {1}'],
  ['Công bố kết quả {0} năm {1}', '{0} results for {1} published'],
  [
    'Kết quả chính thức {0} năm {1} đã được nhập vào hệ thống: xem thứ hạng và phân tích của tỉnh.',
    'The official {0} results for {1} are in the system: see the province’s ranking and analysis.',
  ],
  ['{0} gửi báo cáo {1} (lần {2})', '{0} sent the report “{1}” (version {2})'],
  ['{0} gửi báo cáo {1}', '{0} sent the report “{1}”'],
  [
    'Báo cáo {0} của {1}, hạn {2}, chờ tiếp nhận hoặc trả lại.',
    'The report “{0}” of {1}, due {2}, awaits acceptance or return.',
  ],
  ['Báo cáo {0} bị trả lại', 'The report “{0}” was returned'],
  ['Ý kiến của cấp nhận: {0}', 'Receiver’s comment: {0}'],
  ['Báo cáo {0} đã được tiếp nhận', 'The report “{0}” was accepted'],
  ['Cấp nhận đã tiếp nhận báo cáo {0} của {1}.', 'The receiver accepted the report “{0}” of {1}.'],
  ['{0} ban hành {1}', '{0} issued {1}'],
  [
    '{0} ({1}) yêu cầu đơn vị ban hành kế hoạch thực hiện, hạn {2}.',
    '{0} ({1}) requires your unit to issue an implementation plan by {2}.',
  ],
  [
    '{0} ({1}) yêu cầu đơn vị ban hành kế hoạch thực hiện.',
    '{0} ({1}) requires your unit to issue an implementation plan.',
  ],
  ['Kế hoạch chờ ban hành: {0}', 'Plan awaiting issuance: {0}'],
  [
    '{0} trình kế hoạch "{1}" để lãnh đạo xem xét, ban hành hoặc trả lại.',
    '{0} submitted the plan "{1}" for the leader to review, issue or return.',
  ],
  ['Cán bộ', 'An officer'],
  ['Kế hoạch bị trả lại: {0}', 'Plan returned: {0}'],
  ['Lý do: {0}', 'Reason: {0}'],
  ['(không ghi)', '(none given)'],
  ['Đề nghị ban hành kế hoạch thực hiện {0}', 'Please issue the implementation plan for {0}'],
  [
    '{0} nhắc đơn vị ban hành kế hoạch thực hiện {1} ({2}), hạn {3}.',
    '{0} reminds your unit to issue the implementation plan for {1} ({2}) by {3}.',
  ],
  [
    '{0} nhắc đơn vị ban hành kế hoạch thực hiện {1} ({2}).',
    '{0} reminds your unit to issue the implementation plan for {1} ({2}).',
  ],
  ['Đề nghị khẩn trương hoàn thành: {0}', 'Please complete urgently: {0}'],
  ['{0} nhắc: đã quá hạn từ {1}.', '{0} reminds you: overdue since {1}.'],
  ['{0} hoàn thành nhiệm vụ: {1}', '{0} completed the task: {1}'],
  ['{0} hủy nhiệm vụ: {1}', '{0} cancelled the task: {1}'],
  ['Nhiệm vụ "{0}" được cập nhật: hoàn thành.', 'Task "{0}" updated: completed.'],
  ['Nhiệm vụ "{0}" được cập nhật: hủy.', 'Task "{0}" updated: cancelled.'],
  ['Cơ quan chủ trì', 'The lead agency'],
];

export const NOTICE_ENGLISH: readonly EnglishPair[] = [...REMINDERS, ...EVENTS];
