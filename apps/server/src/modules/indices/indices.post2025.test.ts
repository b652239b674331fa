import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupOf, groupThresholds } from '@papi/domain';
import type { TImportPreview, TProfile, TRanking } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { importBody } from '../../test/index-files.ts';

// A synthetic 2025 release of the 34 post-2025 provinces, loaded through the import as a
// coordinator would: ranking, groups, legend bands and profiles must work as for 63.
let ctx: TestContext;
let coordinator: TestClient;
let provinces: { id: number; name: string }[];
beforeAll(async () => {
  ctx = await createTestContext();
  coordinator = await ctx.as('noivu');
  provinces = (
    await ctx.database.pool.query<{ id: number; name: string }>(
      `select id, name from admin_unit where era = 'post2025' and level = 'province' order by code`,
    )
  ).rows;
});
afterAll(() => ctx.close());

const HEADER = 'Tỉnh/thành phố,D1,D2,D3,D4,D5,D6,D7,D8,Tổng điểm';
const DIMS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];
/** Distinct, spread scores; the last province misses D8 (not assessed). */
const scoreOf = (i: number, k: number) => 3 + ((i * 7 + k * 3) % 61) / 10;
function releaseCsv(edit: (rows: string[][]) => void = () => {}) {
  const rows = provinces.map((p, i) => {
    const last = i === provinces.length - 1;
    const scores = DIMS.map((_, k) => (last && k === 7 ? '' : scoreOf(i, k).toFixed(2)));
    return [p.name, ...scores, ''];
  });
  edit(rows);
  return [HEADER, ...rows.map((r) => r.join(','))].join('\n') + '\n';
}

describe('a 2025 release of the 34 provinces, through the import', () => {
  it('preview: every warning names its province, an erroneous row has no status', async () => {
    const res = await coordinator.post<TImportPreview>(
      '/api/indices/PAPI/import/preview',
      importBody(
        '2025.csv',
        releaseCsv((rows) => {
          rows[0]![1] = '95';
          rows.push([...rows[1]!]);
        }),
        2025,
      ),
    );
    expect(res.status).toBe(200);
    const p = res.body;
    expect(p.era).toBe('post2025');
    for (const issue of p.issues.filter((i) => i.row !== null)) {
      const row = p.rows.find((r) => r.row === issue.row)!;
      expect(issue.message, issue.message).toContain(`(${row.unit?.name ?? row.province})`);
    }
    const first = p.rows[0]!;
    expect(first).toMatchObject({ hasError: true, assessed: false });
    const distinct = new Set(p.rows.flatMap((r) => (r.unit ? [r.unit.id] : [])));
    expect(distinct.size).toBe(34);
    expect(p.rows).toHaveLength(35);
  });

  it('commits and ranks 34 provinces with groups by the same rule and legend bands', async () => {
    const saved = await coordinator.post(
      '/api/indices/PAPI/import',
      importBody('2025.csv', releaseCsv(), 2025, {
        publishedOn: '2026-04-15',
        confirmWarnings: true,
      }),
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    const res = await coordinator.get<TRanking>('/api/indices/PAPI/rankings/2025');
    expect(res.status).toBe(200);
    const r = res.body;
    expect([r.surveyed, r.assessed]).toEqual([34, 33]);
    expect(new Set(r.rows.map((row) => row.unit.id))).toEqual(new Set(provinces.map((p) => p.id)));

    // Independently: totals from the file, thresholds with the unassessed one at the bottom.
    const totals = provinces.map((_, i) =>
      i === provinces.length - 1
        ? null
        : DIMS.reduce((s, _d, k) => s + Number(scoreOf(i, k).toFixed(2)), 0),
    );
    const t = groupThresholds(totals);
    provinces.forEach((p, i) => {
      const row = r.rows.find((x) => x.unit.id === p.id)!;
      const total = totals[i];
      if (total === null || total === undefined) {
        expect(row.total).toMatchObject({ score: null, rank: null, group: null });
        return;
      }
      expect(row.total.score).toBeCloseTo(total, 6);
      expect(row.total.group).toBe(groupOf(total, t));
      expect(row.total.rank).toBe(1 + totals.filter((x) => x !== null && x > total).length);
    });
    expect(r.thresholds.highest).toBeCloseTo(t.highest, 9);
    expect(r.bands.reduce((s, b) => s + b.count, 0)).toBe(33);
    for (const band of r.bands) {
      const members = r.rows.filter((row) => row.total.group === band.group);
      expect(band.count).toBe(members.length);
      expect(band.min).toBeCloseTo(Math.min(...members.map((m) => m.total.score!)), 9);
    }
    const assessed = totals.filter((x): x is number => x !== null).sort((a, b) => a - b);
    expect(r.stats.total!.mean).toBeCloseTo(assessed.reduce((s, x) => s + x, 0) / 33, 9);
    expect(r.stats.total!.median).toBeCloseTo(assessed[16]!, 9);
  });

  it('a merged province has a 2025 profile of its own: gaps judged against the best', async () => {
    const r = (await coordinator.get<TRanking>('/api/indices/PAPI/rankings/2025')).body;
    const low = r.rows.find((row) => row.total.group === 'lowest')!;
    const res = await coordinator.get<TProfile>(
      `/api/indices/PAPI/units/${low.unit.id}/profile?year=2025`,
    );
    expect(res.status).toBe(200);
    const p = res.body;
    expect(p.nextGroup?.group).toBe('low_average');
    for (const g of p.nextGroup!.gains) {
      const best = r.stats[g.code]!.max;
      expect(g.nationalBest).toBeCloseTo(best, 9);
      if (g.target > best + 1e-9) expect(g.verdict).not.toBe('feasible');
      if (g.verdict === 'feasible') expect(g.target).toBeLessThanOrEqual(best + 1e-9);
    }
    // Only dimensions under the median are listed as weaknesses.
    for (const w of p.weakest) expect(w.score).toBeLessThan(w.median);
    expect(p.weakest.length).toBeLessThanOrEqual(5);
  });
});
