import { MIN_GROUP_SIZE, type Association } from '@papi/domain';
import type { TImpactSummary } from '@papi/contracts';
import { vnNumber } from '../report/report.phrases.ts';

/** "+0,45" / "-0,20": a signed change with two decimals. */
export const signed = (value: number) => `${value > 0 ? '+' : ''}${vnNumber(value)}`;

/** "kiểm định hoán vị hai phía, chính xác (20 cách chia)": which test, said plainly. */
export function testName(test: NonNullable<Association['test']>): string {
  return test.method === 'exact'
    ? `kiểm định hoán vị hai phía, chính xác (${test.permutations} cách chia)`
    : `kiểm định hoán vị hai phía, ${test.permutations} hoán vị ngẫu nhiên (hạt giống ${test.seed})`;
}

/** p with three decimals, "< 0,001" below. */
export const pText = (p: number) => (p < 0.001 ? '< 0,001' : vnNumber(p, 3));

/** One sentence: what was compared, how many cases, the test or why there is none. */
export function associationNote(provincesWithData: number, a: Association): string {
  if (provincesWithData < 2) {
    return `Chỉ có ${provincesWithData} tỉnh có dữ liệu nhiệm vụ — không so sánh được.`;
  }
  const groups = `${a.withTasks.n} tỉnh có nhiệm vụ hoàn thành, ${a.withoutTasks.n} tỉnh không có`;
  if (!a.test) {
    return `So sánh ${groups}: không đủ trường hợp (cần ít nhất ${MIN_GROUP_SIZE} tỉnh mỗi nhóm), không kiểm định.`;
  }
  return (
    `Tỉnh có nhiệm vụ hoàn thành (n = ${a.withTasks.n}) thay đổi trung bình ${signed(a.withTasks.meanChange!)} điểm, ` +
    `tỉnh không có (n = ${a.withoutTasks.n}) ${signed(a.withoutTasks.meanChange!)} điểm; ` +
    `chênh lệch ${signed(a.difference!)} điểm, ${testName(a.test)}: p = ${pText(a.test.pValue)}.`
  );
}

const codes = (s: TImpactSummary, d: 'rose' | 'fell') =>
  s.moved.filter((m) => m.direction === d).map((m) => m.code);

/** "tăng vượt ngưỡng: D1, D3.2; giảm vượt ngưỡng: D5". */
export function movesPhrase(s: TImpactSummary): string {
  const up = codes(s, 'rose');
  const down = codes(s, 'fell');
  const parts = [
    ...(up.length ? [`tăng vượt ngưỡng: ${up.join(', ')}`] : []),
    ...(down.length ? [`giảm vượt ngưỡng: ${down.join(', ')}`] : []),
  ];
  return parts.length ? parts.join('; ') : 'không có lĩnh vực nào thay đổi vượt ngưỡng';
}

/** "tăng 3 bậc (từ 20 lên 17)", "hạng 5, không so sánh được với năm trước"… */
export function rankPhrase(s: TImpactSummary['standing']): string {
  if (s.rank === null) return 'chưa có';
  if (s.places === null) return `hạng ${s.rank}, không so sánh được với năm trước`;
  if (s.places > 0) return `tăng ${s.places} bậc (từ ${s.previousRank} lên ${s.rank})`;
  if (s.places < 0) return `giảm ${-s.places} bậc (từ ${s.previousRank} xuống ${s.rank})`;
  return `giữ nguyên hạng ${s.rank}`;
}

export function groupPhrase(s: TImpactSummary['standing']): string {
  if (s.groupSteps === null) return 'chưa có';
  if (s.groupSteps > 0) return `lên ${s.groupSteps} nhóm`;
  if (s.groupSteps < 0) return `xuống ${-s.groupSteps} nhóm`;
  return 'giữ nguyên';
}

/** The notice leaders and coordinators get when a release is imported. */
export function impactNotice(s: TImpactSummary): { title: string; body: string } {
  return {
    title: `Điều gì đã thay đổi: kết quả ${s.code} năm ${s.year} của ${s.unit.name}`,
    body:
      `So với năm ${s.previousYear}: ${movesPhrase(s)}. ` +
      `Thứ hạng: ${rankPhrase(s.standing)}; nhóm: ${groupPhrase(s.standing)}. ` +
      `Mục tiêu: ${s.targets.met} đạt, ${s.targets.notMet} chưa đạt, ${s.targets.pending} chờ kết quả.`,
  };
}
