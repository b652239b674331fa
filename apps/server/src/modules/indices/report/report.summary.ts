import { adviceFor } from './report.advice.ts';
import { isWeak } from './report.content.ts';
import type { DimensionReport, ReportData } from './report.model.ts';
import {
  compareTo,
  groupName,
  inSentence,
  listVi,
  points,
  quoted,
  rankOf,
  scoreChange,
} from './report.phrases.ts';

/** Section III. Đánh giá chung và đề xuất trọng tâm (pure, from the numbers). */
export interface Summary {
  achievements: string[];
  shortcomings: string[];
  proposals: string[];
}

const gap = (x: DimensionReport) => (x.score ?? 0) - x.median;
const change = (x: DimensionReport) =>
  x.score !== null && x.previousScore !== null ? x.score - x.previousScore : null;

export function summary(d: ReportData): Summary {
  const known = d.dimensions.filter((x) => x.score !== null);
  const n = d.dimensions.length;
  const achievements: string[] = [];
  const shortcomings: string[] = [];
  const t = d.total;

  if (d.assessed && t.score !== null && t.rank !== null && t.group !== null) {
    achievements.push(
      `Năm ${d.year}, Chỉ số ${d.indexCode} của ${inSentence(d.unitFullName)} đạt ${points(t.score)}, ${rankOf(t.rank, d.assessedCount)}, thuộc ${groupName(t.group)}.`,
    );
  } else {
    shortcomings.push(
      `Năm ${d.year}, ${d.unitKind} không được đánh giá, xếp hạng; nhận định dưới đây chỉ dựa trên điểm của ${known.length}/${n} lĩnh vực được công bố.`,
    );
  }

  const strong = known.filter((x) => !isWeak(x)).sort((a, b) => gap(b) - gap(a));
  if (strong.length) {
    const named = strong
      .slice(0, 3)
      .map(
        (x) =>
          `${quoted(x.name)} (${x.rank !== null ? `${rankOf(x.rank, d.assessedCount)}, ` : ''}${compareTo(x.score!, x.median, 'trung vị', false)})`,
      );
    achievements.push(
      `Có ${strong.length}/${n} lĩnh vực đạt kết quả khá (không thấp hơn trung vị toàn quốc), nổi bật là ${listVi(named)}.`,
    );
  }
  const rising = known
    .filter((x) => (change(x) ?? 0) >= 0.005)
    .sort((a, b) => change(b)! - change(a)!);
  if (rising.length && d.previousYear !== null) {
    const top = rising[0]!;
    achievements.push(
      `Có ${rising.length}/${n} lĩnh vực tăng điểm so với năm ${d.previousYear}, tăng nhiều nhất là ${quoted(top.name)} (${scoreChange(top.score!, top.previousScore!)}).`,
    );
  }
  if (!achievements.length) achievements.push('Chưa có lĩnh vực nào đạt mức trung vị toàn quốc.');

  const weak = known.filter(isWeak).sort((a, b) => gap(a) - gap(b));
  if (weak.length) {
    shortcomings.push(
      `Còn ${weak.length}/${n} lĩnh vực có kết quả hạn chế: ${weak
        .map(
          (x) =>
            `${quoted(x.name)} (${compareTo(x.score!, x.median, 'trung vị', false)}${x.group ? `, ${groupName(x.group)}` : ''})`,
        )
        .join('; ')}.`,
    );
  }
  const falling = known
    .filter((x) => (change(x) ?? 0) <= -0.005)
    .sort((a, b) => change(a)! - change(b)!);
  if (falling.length && d.previousYear !== null) {
    shortcomings.push(
      `Có ${falling.length}/${n} lĩnh vực giảm điểm so với năm ${d.previousYear}: ${listVi(
        falling.map((x) => `${quoted(x.name)} (${scoreChange(x.score!, x.previousScore!)})`),
      )}.`,
    );
  }
  const missing = d.dimensions.filter((x) => x.score === null);
  if (missing.length) {
    shortcomings.push(
      `Không có số liệu công bố của ${missing.length} lĩnh vực: ${listVi(missing.map((x) => quoted(x.name)))}.`,
    );
  }
  if (!shortcomings.length) {
    shortcomings.push(
      'Không có lĩnh vực nào thấp hơn trung vị toàn quốc hoặc giảm điểm; tuy vậy, khoảng cách với các địa phương dẫn đầu vẫn cần được thu hẹp.',
    );
  }

  return { achievements, shortcomings, proposals: proposals(d, weak, known) };
}

function proposals(d: ReportData, weak: DimensionReport[], known: DimensionReport[]): string[] {
  const out: string[] = [];
  // The weakest first; when none is below the median, the two closest to it.
  const priority = weak.length
    ? weak.slice(0, 3)
    : [...known].sort((a, b) => gap(a) - gap(b)).slice(0, 2);
  for (const x of priority) {
    out.push(`Lĩnh vực ${quoted(x.name)}: ${adviceFor(d.indexCode, x.code)}.`);
  }
  const missing = d.dimensions.filter((y) => y.score === null);
  if (missing.length) {
    out.push(
      `Đối với ${missing.length === 1 ? 'lĩnh vực' : 'các lĩnh vực'} không có số liệu công bố (${listVi(missing.map((x) => quoted(x.name)))}): tự đánh giá, rà soát theo các nội dung thành phần của bộ chỉ số và triển khai các giải pháp nêu tại Mục II.`,
    );
  }
  const t = d.total;
  if (!d.assessed) {
    out.push(
      'Phối hợp chặt chẽ với cơ quan thực hiện khảo sát, bảo đảm địa phương đủ điều kiện được đánh giá, xếp hạng trong các năm tiếp theo.',
    );
  } else if (d.nextGroup) {
    out.push(
      `Phấn đấu đưa Chỉ số ${d.indexCode} của ${d.unitKind} vào ${groupName(d.nextGroup.group)}: tổng điểm cần tăng thêm tối thiểu ${points(d.nextGroup.pointsNeeded)} (ngưỡng năm ${d.year} là ${points(d.nextGroup.threshold)}).`,
    );
  } else if (t.group === 'highest') {
    out.push(
      `Duy trì vị trí của ${d.unitKind} trong nhóm điểm cao nhất, phấn đấu tăng bậc xếp hạng.`,
    );
  }
  out.push(
    `Giao Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân dân cấp xã theo dõi, đôn đốc, tham mưu Ủy ban nhân dân ${d.unitKind} triển khai các giải pháp cải thiện Chỉ số ${d.indexCode}; các cơ quan, đơn vị căn cứ kết quả phân tích tại Báo cáo này xây dựng kế hoạch cụ thể đối với lĩnh vực được giao phụ trách.`,
  );
  return out;
}
