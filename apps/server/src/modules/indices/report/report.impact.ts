import { TASK_STATUS_LABELS, formatDateVi } from '@papi/domain';
import type { TImpactSummary, TMovedElement } from '@papi/contracts';
import { body, heading } from '../../../platform/documents/decree30.ts';
import { groupPhrase, rankPhrase, signed } from '../impact/impact.text.ts';
import { vnNumber } from './report.phrases.ts';

export const IMPACT_CHAPTER =
  'IV. NHỮNG THAY ĐỔI SO VỚI NĂM TRƯỚC VÀ LIÊN HỆ VỚI NHIỆM VỤ ĐÃ THỰC HIỆN';

/** "- Tên nhiệm vụ (Kế hoạch …): Hoàn thành, ngày 30/06/2025, 1 minh chứng." */
function taskLine(t: TMovedElement['tasks'][number]): string {
  const done = t.completedOn ? `, ngày ${formatDateVi(t.completedOn)}` : '';
  const window = t.inWindow ? '' : ' (ngoài khoảng thời gian tính)';
  return `- ${t.title} (${t.planTitle}): ${TASK_STATUS_LABELS[t.status]}${done}, ${t.evidence} minh chứng${window}.`;
}

function movedSection(m: TMovedElement, i: number, s: TImpactSummary) {
  const verb = m.direction === 'rose' ? 'tăng' : 'giảm';
  const more =
    m.tasksTotal > m.tasks.length
      ? [body(`- … và ${m.tasksTotal - m.tasks.length} nhiệm vụ khác.`)]
      : [];
  return [
    heading(`${i + 1}. ${m.code}. ${m.name}: ${verb} so với mặt bằng chung`),
    body(
      `Điểm từ ${vnNumber(m.previous)} lên ${vnNumber(m.current)} (${signed(m.change)} điểm); ` +
        `trung vị toàn quốc thay đổi ${signed(m.nationalChange)} điểm; chênh lệch so với mức thay đổi chung ${signed(m.relativeChange)} điểm.`,
    ),
    ...(m.tasks.length
      ? [
          body(`Nhiệm vụ của ${s.unit.name} nhắm vào nội dung này (${m.tasksTotal}):`),
          ...m.tasks.map((t) => body(taskLine(t))),
          ...more,
        ]
      : [
          body(
            'Không có nhiệm vụ nào của đơn vị nhắm vào nội dung này trong khoảng thời gian tính.',
          ),
        ]),
    body({ text: 'So sánh giữa các tỉnh: ', italics: true }, m.association.note),
  ];
}

/**
 * The report's chapter on what moved since the previous year and the tasks done towards it,
 * with the association caveat in plain words.
 */
export function impactChapter(s: TImpactSummary) {
  const estimate = s.previousEstimated
    ? [
        body(
          `Điểm năm ${s.previousYear} là ước tính (trung bình các tỉnh trước hợp nhất: ${s.previousBasis.map((u) => u.name).join(', ')}), không phải số liệu chính thức.`,
        ),
      ]
    : [];
  return [
    heading(IMPACT_CHAPTER),
    body(
      `So với năm ${s.previousYear}, thứ hạng: ${rankPhrase(s.standing)}; nhóm: ${groupPhrase(s.standing)}. ` +
        `Mục tiêu năm ${s.year}: ${s.targets.met} đạt, ${s.targets.notMet} chưa đạt, ${s.targets.pending} chờ kết quả.`,
    ),
    ...estimate,
    body(
      `Một lĩnh vực được coi là thay đổi khi mức thay đổi của tỉnh khác mức thay đổi của trung vị toàn quốc quá ` +
        `${vnNumber(s.thresholds.dimension)} điểm (nội dung thành phần: ${vnNumber(s.thresholds.subDimension)} điểm). ` +
        `Nhiệm vụ được tính khi hoàn thành từ ${formatDateVi(s.taskWindow.from)} đến ${formatDateVi(s.taskWindow.to)}, ` +
        `tức 24 tháng trước khi kết thúc khảo sát (giả định khảo sát năm ${s.year} kết thúc ngày ${formatDateVi(s.surveyEnd)}).`,
    ),
    ...(s.moved.length
      ? s.moved.flatMap((m, i) => movedSection(m, i, s))
      : [
          body(
            'Không có lĩnh vực hay nội dung thành phần nào thay đổi vượt ngưỡng so với năm trước.',
          ),
        ]),
    body(
      { text: `${s.disclaimer} `, bold: true, italics: true },
      'Tỉnh có nhiệm vụ hoàn thành có thể khác tỉnh không có ở nhiều điểm khác; số tỉnh ít thì chênh lệch có thể chỉ do ngẫu nhiên. ' +
        'Giá trị p (kiểm định hoán vị hai phía) chỉ được nêu khi mỗi nhóm có từ 3 tỉnh trở lên.',
    ),
  ];
}
