import { describe, expect, it } from 'vitest';
import { dimensionText, overview } from './report.content.ts';
import type { DimensionReport, ReportData } from './report.model.ts';
import { compareTo, listVi, rankChange, scoreChange, vnNumber } from './report.phrases.ts';
import { summary } from './report.summary.ts';

describe('Vietnamese numbers and changes', () => {
  it('writes numbers with a decimal comma and thousands dots', () => {
    expect(vnNumber(43.6249)).toBe('43,62');
    expect(vnNumber(7)).toBe('7,00');
    expect(vnNumber(1234.5)).toBe('1.234,50');
    expect(vnNumber(-0.454)).toBe('-0,45');
    expect(vnNumber(-0.001)).toBe('0,00');
    expect(vnNumber(10, 0)).toBe('10');
  });

  it('says how a score and a rank changed, rank 1 being best', () => {
    expect(scoreChange(42.4, 40.87)).toBe('tăng 1,53 điểm');
    expect(scoreChange(6.61, 7.06)).toBe('giảm 0,45 điểm');
    expect(scoreChange(5.001, 5.003)).toBe('không thay đổi');
    expect(rankChange(17, 20)).toBe('tăng 3 bậc');
    expect(rankChange(43, 33)).toBe('giảm 10 bậc');
    expect(rankChange(5, 5)).toBe('giữ nguyên thứ hạng');
  });

  it('compares with a reference in either direction', () => {
    expect(compareTo(5.12, 5.03, 'trung vị toàn quốc')).toBe(
      'cao hơn 0,09 điểm so với trung vị toàn quốc (5,03 điểm)',
    );
    expect(compareTo(4.89, 4.94, 'trung vị toàn quốc', false)).toBe(
      'thấp hơn 0,05 điểm so với trung vị toàn quốc',
    );
    expect(compareTo(3.431, 3.428, 'trung vị toàn quốc')).toBe(
      'tương đương trung vị toàn quốc (3,43 điểm)',
    );
    expect(listVi(['A', 'B', 'C'])).toBe('A, B và C');
  });
});

const dim = (over: Partial<DimensionReport>): DimensionReport => ({
  code: 'D1',
  name: 'Tham gia của người dân ở cấp cơ sở',
  short: 'Tham gia',
  number: 1,
  max: 10,
  score: 5.12,
  rank: 17,
  group: 'high_average',
  previousScore: 5.57,
  previousRank: 20,
  mean: 5,
  median: 5.03,
  best: 5.97,
  bestUnits: ['Hà Tĩnh'],
  subs: [],
  ...over,
});

const base: ReportData = {
  indexCode: 'PAPI',
  year: 2023,
  unitName: 'Sơn La',
  unitFullName: 'Tỉnh Sơn La',
  unitKind: 'tỉnh',
  assessed: true,
  assessedCount: 61,
  surveyedCount: 63,
  scale: { min: 8, max: 80 },
  previousYear: 2022,
  editionChanged: false,
  total: {
    score: 42.4,
    rank: 30,
    group: 'high_average',
    previousScore: 40.87,
    previousRank: 46,
    mean: 42.42,
    median: 42.33,
    best: 46.04,
    bestUnits: ['Huế'],
  },
  thresholds: { highest: 43.86, high_average: 42.11, low_average: 40.71 },
  nextGroup: { group: 'highest', threshold: 43.86, pointsNeeded: 1.46 },
  dimensions: [
    dim({}),
    dim({
      code: 'D6',
      name: 'Cung ứng dịch vụ công',
      number: 2,
      score: 7.2,
      rank: 50,
      group: 'lowest',
      previousScore: 7.3,
      previousRank: 45,
      median: 7.53,
      subs: [
        { code: 'D6.1', name: 'Y tế công lập', score: 1.84, median: 1.95 },
        { code: 'D6.2', name: 'Giáo dục tiểu học công lập', score: 1.96, median: 1.46 },
      ],
    }),
  ],
  trend: [
    {
      year: 2022,
      dimensionCount: 8,
      total: 40.87,
      total6: 35.14,
      rank: 46,
      group: 'low_average',
      assessedCount: 61,
      median: 42.24,
    },
    {
      year: 2023,
      dimensionCount: 8,
      total: 42.4,
      total6: 35.84,
      rank: 30,
      group: 'high_average',
      assessedCount: 61,
      median: 42.33,
    },
  ],
  changeYear: 2018,
};

describe('generated sentences', () => {
  it('gives the total, the rank of the assessed, the group, the change and the next group', () => {
    const text = overview(base).join('\n');
    expect(text).toContain(
      'tỉnh Sơn La đạt 42,40 điểm (thang điểm 8–80), xếp thứ 30/61 tỉnh, thành phố được đánh giá, thuộc nhóm điểm trung bình cao.',
    );
    expect(text).toContain(
      'So với năm 2022, tổng điểm tăng 1,53 điểm (từ 40,87 điểm lên 42,40 điểm), thứ hạng tăng 16 bậc (từ vị trí 46/61 lên vị trí 30/61); nhóm xếp hạng chuyển từ nhóm điểm trung bình thấp sang nhóm điểm trung bình cao.',
    );
    expect(text).toContain('cao hơn 0,07 điểm so với trung vị toàn quốc');
    expect(text).toContain('nhóm điểm trung bình cao từ 42,11 đến dưới 43,86 điểm');
    expect(text).toContain('Để vào nhóm điểm cao nhất, tổng điểm của tỉnh cần tăng thêm 1,46 điểm');
  });

  it('describes a dimension: change, comparison with the median and the best', () => {
    const t = dimensionText(base, base.dimensions[0]!);
    expect(t.facts[0]).toBe(
      'Năm 2023, lĩnh vực đạt 5,12 điểm, xếp thứ 17/61, thuộc nhóm điểm trung bình cao; so với năm 2022, điểm giảm 0,45 điểm, thứ hạng tăng 3 bậc.',
    );
    expect(t.facts[1]).toBe(
      'Điểm của tỉnh cao hơn 0,09 điểm so với trung vị toàn quốc (5,03 điểm) và thấp hơn 0,85 điểm so với mức cao nhất toàn quốc (Hà Tĩnh, 5,97 điểm).',
    );
    expect(t.strengths.join(' ')).toContain('không thấp hơn mức trung vị toàn quốc');
    expect(t.weaknesses.join(' ')).toContain('Điểm số giảm so với năm trước');
  });

  it('names the weak sub-dimensions and turns them into the focus', () => {
    const t = dimensionText(base, base.dimensions[1]!);
    expect(t.weaknesses.join(' ')).toContain('thuộc nhóm điểm thấp nhất');
    expect(t.weaknesses.join(' ')).toContain(
      '“Y tế công lập” (1,84 điểm, thấp hơn 0,11 điểm so với trung vị toàn quốc)',
    );
    expect(t.strengths.join(' ')).toContain('“Giáo dục tiểu học công lập”');
    expect(t.focus).toMatch(
      /^Trọng tâm cải thiện: nâng điểm các nội dung “Y tế công lập”; nâng cao chất lượng y tế/,
    );
  });

  it('says when the province leads the country', () => {
    const best = dim({ score: 5.97, rank: 1, group: 'highest', bestUnits: ['Sơn La'] });
    expect(dimensionText(base, best).facts[1]).toContain('dẫn đầu cả nước');
  });

  it('handles a province that was not assessed: no rank, no zero, partial scores only', () => {
    const d: ReportData = {
      ...base,
      assessed: false,
      total: { ...base.total, score: null, rank: null, group: null },
      nextGroup: null,
      dimensions: [
        dim({ score: 5.82, rank: null, group: null, previousScore: null, previousRank: null }),
        dim({
          code: 'D2',
          name: 'Công khai, minh bạch',
          number: 2,
          score: null,
          rank: null,
          group: null,
        }),
      ],
    };
    const text = overview(d).join('\n');
    expect(text).toContain('Năm 2023, tỉnh Sơn La không được đánh giá, xếp hạng');
    expect(text).toContain('chỉ có điểm của 1/2 lĩnh vực');
    expect(text).not.toMatch(/(^|[^\d])0,00/);
    expect(dimensionText(d, d.dimensions[0]!).facts[0]).toBe(
      'Năm 2023, lĩnh vực đạt 5,82 điểm (điểm công bố, không xếp hạng).',
    );
    expect(dimensionText(d, d.dimensions[1]!).facts[0]).toContain('không có điểm');
    const s = summary(d);
    expect(s.shortcomings.join(' ')).toContain('không được đánh giá');
    expect(s.proposals.join(' ')).toContain('không có số liệu công bố');
  });

  it('compares across the 2018 framework change on the six common dimensions', () => {
    const d: ReportData = {
      ...base,
      year: 2018,
      previousYear: 2017,
      editionChanged: true,
      trend: [
        { ...base.trend[0]!, year: 2017, dimensionCount: 6, total: 35.63, total6: 35.63 },
        { ...base.trend[1]!, year: 2018, total: 43.78, total6: 36.55 },
      ],
    };
    const text = overview(d).join('\n');
    expect(text).toContain('tổng điểm không so sánh trực tiếp với năm 2017');
    expect(text).toContain(
      'Tính trên 6 lĩnh vực chung của hai bộ chỉ số, điểm của tỉnh tăng 0,92 điểm',
    );
  });
});
