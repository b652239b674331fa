import { adviceFor } from './report.advice.ts';
import type { DimensionReport, ReportData, SubScore } from './report.model.ts';
import {
  compareTo,
  groupName,
  inSentence,
  listVi,
  points,
  quoted,
  rankChange,
  rankOf,
  scoreChange,
  vnNumber,
  fromTo,
} from './report.phrases.ts';

/**
 * The report's Vietnamese sentences, generated from the numbers (pure: no I/O). Section I
 * (overview) and II (one block per dimension) live here, section III in report.summary.ts.
 */

const MEDIAN = 'trung vị toàn quốc';

/** "thứ hạng tăng 3 bậc", "giữ nguyên thứ hạng". */
export const rankPhrase = (now: number, before: number) =>
  now === before ? rankChange(now, before) : `thứ hạng ${rankChange(now, before)}`;

/** "(Huế, 47,88 điểm)" or "(Huế và Bình Dương, 47,88 điểm)". */
const bestOf = (best: number, units: string[]) =>
  units.length ? `${listVi(units.slice(0, 3))}, ${points(best)}` : points(best);

/** Comparison with the best province, or the statement that the province is the best. */
function versusBest(score: number, best: number, units: string[], own: string, ranked: boolean) {
  if (ranked && units.includes(own)) return 'dẫn đầu cả nước';
  const gap = Math.round((best - score) * 100) / 100;
  if (gap <= 0) return `bằng mức cao nhất toàn quốc (${points(best)})`;
  return `thấp hơn ${points(gap)} so với mức cao nhất toàn quốc (${bestOf(best, units)})`;
}

/** Section I. Tổng quan. */
export function overview(d: ReportData): string[] {
  const who = inSentence(d.unitFullName);
  const out: string[] = [];
  const t = d.total;
  if (!d.assessed || t.score === null || t.rank === null || t.group === null) {
    out.push(
      `Năm ${d.year}, ${who} không được đánh giá, xếp hạng trong Chỉ số ${d.indexCode} (cả nước có ${d.assessedCount}/${d.surveyedCount} tỉnh, thành phố được đánh giá); vì vậy, ${d.unitKind} không có tổng điểm, thứ hạng và nhóm xếp hạng chính thức của năm này.`,
    );
    const known = d.dimensions.filter((x) => x.score !== null);
    out.push(
      known.length
        ? `Kết quả công bố chỉ có điểm của ${known.length}/${d.dimensions.length} lĩnh vực (${listVi(known.map((x) => quoted(x.name)))}). Các số liệu này được nêu tại Mục II để tham khảo, không dùng để so sánh thứ hạng với các tỉnh, thành phố khác.`
        : `Kết quả công bố không có điểm lĩnh vực nào của ${d.unitKind}.`,
    );
    const before = d.trend.find((y) => y.year === d.previousYear);
    if (before?.total != null && before.rank !== null) {
      out.push(
        `Năm ${before.year}, ${d.unitKind} đạt ${points(before.total)}, ${rankOf(before.rank, before.assessedCount)}${before.group ? `, thuộc ${groupName(before.group)}` : ''}.`,
      );
    } else if (d.previousYear !== null) {
      out.push(`Năm ${d.previousYear}, ${d.unitKind} cũng không được đánh giá, xếp hạng.`);
    }
  } else {
    out.push(
      `Theo kết quả Chỉ số ${d.indexCode} năm ${d.year}, ${who} đạt ${points(t.score)} (thang điểm ${d.scale.min}–${d.scale.max}), ${rankOf(t.rank, d.assessedCount)} tỉnh, thành phố được đánh giá, thuộc ${groupName(t.group)}.`,
    );
    const change = changeSentence(d);
    if (change) out.push(change);
  }
  out.push(
    `Điểm trung bình toàn quốc năm ${d.year} là ${points(t.mean)}, trung vị là ${points(t.median)}, cao nhất là ${points(t.best)}${t.bestUnits.length ? ` (${listVi(t.bestUnits)})` : ''}.` +
      (d.assessed && t.score !== null
        ? ` Tổng điểm của ${d.unitKind} ${compareTo(t.score, t.median, MEDIAN, false)}${t.bestUnits.includes(d.unitName) ? ', dẫn đầu cả nước' : ` và thấp hơn ${points(t.best - t.score)} so với mức cao nhất`}.`
        : ''),
  );
  const th = d.thresholds;
  out.push(
    `Ngưỡng phân nhóm năm ${d.year}: nhóm điểm cao nhất từ ${points(th.highest)} trở lên; nhóm điểm trung bình cao từ ${vnNumber(th.high_average)} đến dưới ${points(th.highest)}; nhóm điểm trung bình thấp từ ${vnNumber(th.low_average)} đến dưới ${points(th.high_average)}; nhóm điểm thấp nhất dưới ${points(th.low_average)}.`,
  );
  if (d.assessed && t.score !== null && t.group !== null) {
    if (d.nextGroup) {
      const perDimension = d.nextGroup.pointsNeeded / d.dimensions.length;
      out.push(
        `Để vào ${groupName(d.nextGroup.group)}, tổng điểm của ${d.unitKind} cần tăng thêm ${points(d.nextGroup.pointsNeeded)} (ngưỡng ${points(d.nextGroup.threshold)}), tương đương mỗi lĩnh vực tăng bình quân ${points(perDimension)}.`,
      );
    } else if (t.group === 'highest') {
      out.push(
        `Tỉnh thuộc nhóm điểm cao nhất, cao hơn ngưỡng của nhóm ${points(t.score - th.highest)}; cần duy trì kết quả này trong các năm tiếp theo.`,
      );
    }
  }
  return out;
}

/** Change of the total against the previous year, minding a change of framework. */
function changeSentence(d: ReportData): string | null {
  const t = d.total;
  if (d.previousYear === null || t.score === null || t.rank === null) return null;
  const before = d.trend.find((y) => y.year === d.previousYear);
  if (t.previousScore === null || t.previousRank === null || !before) {
    return `Năm ${d.previousYear}, ${d.unitKind} không được đánh giá, xếp hạng nên không có cơ sở so sánh với năm trước.`;
  }
  const rank =
    t.rank === t.previousRank
      ? `giữ nguyên thứ hạng (vị trí ${t.rank})`
      : `${rankPhrase(t.rank, t.previousRank)} (${fromTo(
          `vị trí ${t.previousRank}/${before.assessedCount}`,
          `vị trí ${t.rank}/${d.assessedCount}`,
          t.rank < t.previousRank,
        )})`;
  const now = d.trend.find((y) => y.year === d.year);
  const groupMove =
    before.group && t.group && before.group !== t.group
      ? `; nhóm xếp hạng chuyển từ ${groupName(before.group)} sang ${groupName(t.group)}`
      : '';
  if (d.editionChanged) {
    const six =
      now?.total6 != null && before.total6 != null
        ? ` Tính trên 6 lĩnh vực chung của hai bộ chỉ số, điểm của ${d.unitKind} ${scoreChange(now.total6, before.total6)} (${fromTo(points(before.total6), points(now.total6), now.total6 >= before.total6)}).`
        : '';
    return `Từ năm ${d.year}, bộ chỉ số có ${d.dimensions.length} lĩnh vực (năm ${d.previousYear} có ${before.dimensionCount} lĩnh vực) nên tổng điểm không so sánh trực tiếp với năm ${d.previousYear}.${six} So với năm ${d.previousYear}, ${rank}${groupMove}.`;
  }
  const change = scoreChange(t.score, t.previousScore);
  const score =
    change === 'không thay đổi'
      ? `tổng điểm không thay đổi (${points(t.score)})`
      : `tổng điểm ${change} (${fromTo(points(t.previousScore), points(t.score), t.score >= t.previousScore)})`;
  return `So với năm ${d.previousYear}, ${score}, ${rank}${groupMove}.`;
}

export interface DimensionText {
  /** Score, rank, group, change; comparison with the median and the best. */
  facts: string[];
  strengths: string[];
  weaknesses: string[];
  focus: string;
}

/** Below the median, or in one of the two lower groups. */
export const isWeak = (x: DimensionReport) =>
  x.score !== null && (x.score < x.median || x.group === 'low_average' || x.group === 'lowest');

const subLine = (s: SubScore & { median: number }) =>
  `${quoted(s.name)} (${points(s.score)}, ${compareTo(s.score, s.median, MEDIAN, false)})`;

/** Section II: what one dimension's numbers say. */
export function dimensionText(d: ReportData, x: DimensionReport): DimensionText {
  const facts: string[] = [];
  const strengths: string[] = [];
  const weaknesses: string[] = [];
  if (x.score === null) {
    facts.push(
      `Năm ${d.year}, kết quả công bố không có điểm của lĩnh vực này đối với ${d.unitKind}.`,
    );
    return { facts, strengths, weaknesses, focus: `Trọng tâm: ${adviceFor(d.indexCode, x.code)}.` };
  }
  if (x.rank !== null && x.group !== null) {
    let first = `Năm ${d.year}, lĩnh vực đạt ${points(x.score)}, ${rankOf(x.rank, d.assessedCount)}, thuộc ${groupName(x.group)}`;
    if (x.previousScore !== null && x.previousRank !== null && d.previousYear !== null) {
      first += `; so với năm ${d.previousYear}, điểm ${scoreChange(x.score, x.previousScore)}, ${rankPhrase(x.rank, x.previousRank)}`;
    }
    facts.push(`${first}.`);
  } else {
    let first = `Năm ${d.year}, lĩnh vực đạt ${points(x.score)} (điểm công bố, không xếp hạng)`;
    if (x.previousScore !== null && d.previousYear !== null) {
      first += `; so với năm ${d.previousYear} (${points(x.previousScore)}), điểm ${scoreChange(x.score, x.previousScore)}`;
    }
    facts.push(`${first}.`);
  }
  facts.push(
    `Điểm của ${d.unitKind} ${compareTo(x.score, x.median, MEDIAN)} và ${versusBest(x.score, x.best, x.bestUnits, d.unitName, x.rank !== null)}.`,
  );

  const subs = x.subs.filter((s): s is SubScore & { median: number } => s.median !== null);
  const byGap = (a: SubScore & { median: number }) => a.score - a.median;
  const above = subs.filter((s) => byGap(s) >= 0.005).sort((a, b) => byGap(b) - byGap(a));
  const below = subs.filter((s) => byGap(s) <= -0.005).sort((a, b) => byGap(a) - byGap(b));

  const fell = x.previousScore !== null && Math.round((x.score - x.previousScore) * 100) < -9;
  if (x.group === 'highest') {
    strengths.push(
      `Đây là điểm mạnh của ${d.unitKind} (thuộc nhóm điểm cao nhất), cần tiếp tục duy trì và phát huy.`,
    );
  } else if (!isWeak(x)) {
    strengths.push(
      'Lĩnh vực đạt kết quả khá, không thấp hơn mức trung vị toàn quốc, cần tiếp tục duy trì.',
    );
  } else if (x.group === 'lowest') {
    weaknesses.push(
      `Đây là lĩnh vực yếu của ${d.unitKind} (thuộc nhóm điểm thấp nhất), cần ưu tiên cải thiện.`,
    );
  } else {
    weaknesses.push(
      'Đây là lĩnh vực còn hạn chế, điểm số chưa đạt mức khá so với cả nước, cần tập trung cải thiện.',
    );
  }
  if (fell && !isWeak(x)) {
    weaknesses.push('Điểm số giảm so với năm trước, cần lưu ý để không bị tụt hạng.');
  }
  if (above.length) {
    strengths.push(`Nội dung thành phần cao hơn ${MEDIAN}: ${above.map(subLine).join('; ')}.`);
  }
  if (below.length) {
    weaknesses.push(`Nội dung thành phần thấp hơn ${MEDIAN}: ${below.map(subLine).join('; ')}.`);
  }

  const weakSubs = below.slice(0, 2).map((s) => quoted(s.name));
  const focus = isWeak(x)
    ? `Trọng tâm cải thiện: ${weakSubs.length ? `nâng điểm các nội dung ${listVi(weakSubs)}; ` : ''}${adviceFor(d.indexCode, x.code)}.`
    : weakSubs.length
      ? `Trọng tâm: duy trì kết quả đạt được, đồng thời cải thiện nội dung ${listVi(weakSubs)}.`
      : 'Trọng tâm: duy trì, phát huy kết quả đạt được.';
  return { facts, strengths, weaknesses, focus };
}
