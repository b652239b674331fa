import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TProfile, TRanking } from '@papi/contracts';
import { officialUnitName } from '@papi/domain';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';

let ctx: TestContext;
let viewer: TestClient;
const rankings = new Map<number, TRanking>();

beforeAll(async () => {
  ctx = await createTestContext();
  viewer = await ctx.as('xem');
});
afterAll(() => ctx.close());

async function ranking(year: number) {
  if (!rankings.has(year)) {
    const res = await viewer.get<TRanking>(`/api/indices/PAPI/rankings/${year}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    rankings.set(year, res.body);
  }
  return rankings.get(year)!;
}

const groupCounts = (r: TRanking) =>
  (['highest', 'high_average', 'low_average', 'lowest'] as const).map(
    (g) => r.rows.filter((row) => row.total.group === g).length,
  );
const byName = (r: TRanking, name: string) => r.rows.find((row) => row.unit.name === name)!;

describe('official groups (PAPI rule: percentiles over all surveyed, unassessed at the bottom)', () => {
  it('gives 16/16/15/16 in every year where all 63 provinces were assessed', async () => {
    for (const year of [2011, 2012, 2013, 2015, 2016, 2017, 2019, 2020]) {
      const r = await ranking(year);
      expect(r.assessed, String(year)).toBe(63);
      expect(groupCounts(r), String(year)).toEqual([16, 16, 15, 16]);
    }
  });

  it('reproduces the published 2022 result: 61 assessed, 16/16/15/14 and the bands', async () => {
    const r = await ranking(2022);
    expect([r.assessed, r.surveyed]).toEqual([61, 63]);
    expect(groupCounts(r)).toEqual([16, 16, 15, 14]);
    const scores = (g: string) =>
      r.rows.filter((row) => row.total.group === g).map((row) => row.total.score!);
    expect(Math.min(...scores('highest'))).toBeCloseTo(43.44, 2);
    expect(Math.max(...scores('highest'))).toBeCloseTo(47.88, 2);
    expect(Math.min(...scores('lowest'))).toBeCloseTo(38.8, 2);
    expect(Math.max(...scores('lowest'))).toBeCloseTo(40.72, 2);
    expect(r.stats.total!.mean).toBeCloseTo(42.34, 2);
    // The legend's bands say the same: ranges and counts per group.
    expect(r.bands.map((b) => b.count)).toEqual([16, 16, 15, 14]);
    expect(r.bands[0]!.min).toBeCloseTo(43.44, 2);
    expect(r.bands[0]!.max).toBeCloseTo(47.88, 2);
    expect(r.bands[3]!.min).toBeCloseTo(38.8, 2);
    expect(r.bands[3]!.max).toBeCloseTo(40.72, 2);
  });

  it('shows unassessed provinces as such, never as zero', async () => {
    const r = await ranking(2022);
    for (const name of ['Bắc Giang', 'Bắc Ninh']) {
      const row = byName(r, name);
      expect(row.assessed).toBe(false);
      expect(row.total).toMatchObject({ score: null, rank: null, group: null });
    }
  });
});

describe('spot values from the data provenance', () => {
  it('2019 national mean is 43.61', async () => {
    expect((await ranking(2019)).stats.total!.mean).toBeCloseTo(43.616, 3);
  });

  it('2021 top three: Thừa Thiên Huế, Bình Dương, Thanh Hoá', async () => {
    const r = await ranking(2021);
    const top = [...r.rows]
      .filter((row) => row.total.rank !== null)
      .sort((a, b) => a.total.rank! - b.total.rank!)
      .slice(0, 3)
      .map((row) => [row.unit.name, Number(row.total.score!.toFixed(3))]);
    expect(top).toEqual([
      // The name the province had in 2021 (Thành phố Huế since 01/01/2025).
      ['Thừa Thiên Huế', 48.059],
      ['Bình Dương', 47.178],
      // The catalogue's 2025 spelling (the source writes "Thanh Hóa").
      ['Thanh Hoá', 47.102],
    ]);
    expect(byName(r, 'Hồ Chí Minh').total.score).toBeCloseTo(40.68, 2);
  });

  it('ranks every province-year as the official ranks (rank_year of the source, 819 rows)', async () => {
    const file = path.resolve(import.meta.dirname, '../../../data/papi/agg_province_year.csv');
    const source = parse(fs.readFileSync(file), { columns: true }) as Record<string, string>[];
    const renamed: Record<string, string> = {};
    for (const row of source) {
      const r = await ranking(Number(row.year));
      const ours = byName(r, officialUnitName(renamed[row.province_vi!] ?? row.province_vi!));
      expect(ours.total.rank, `${row.year} ${row.province_vi}`).toBe(
        row.rank_year ? Number(row.rank_year) : null,
      );
    }
  });
});

describe('province profile', () => {
  it('gives standing, change, trend across the 2018 framework change, weak spots and the next group', async () => {
    const sonLa = await ctx.unitId('pre2025', 'province', '14');
    const res = await viewer.get<TProfile>(`/api/indices/PAPI/units/${sonLa}/profile?year=2023`);
    expect(res.status).toBe(200);
    const p = res.body;
    expect(p.edition).toBe('papi-2018');
    expect(p.dimensions.map((d) => d.code)).toEqual([
      'D1',
      'D2',
      'D3',
      'D4',
      'D5',
      'D6',
      'D7',
      'D8',
    ]);
    expect(p.total.previousScore).not.toBeNull();
    const r2023 = await ranking(2023);
    expect(p.total.rank).toBe(byName(r2023, 'Sơn La').total.rank);
    expect(p.trend.map((t) => t.year)).toEqual([
      2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023,
    ]);
    expect(new Set(p.trend.map((t) => t.edition))).toEqual(new Set(['papi-2011', 'papi-2018']));
    expect(p.trend.every((t) => t.total6 !== null)).toBe(true);
    // Sơn La 2023 is below the national median on four of its eight dimensions only: the
    // list stops at four instead of filling five with a strength.
    const below = p.dimensions.filter((d) => d.score! < d.median - 0.005).map((d) => d.code);
    expect(below).toHaveLength(4);
    expect(p.weakest.map((w) => w.code).sort()).toEqual(below.sort());
    expect(p.weakest.every((w) => w.gap < 0)).toBe(true);
    expect(p.weakest.every((w, i) => i === 0 || p.weakest[i - 1]!.gap <= w.gap)).toBe(true);
    expect(p.total.group).not.toBe('highest');
    expect(p.nextGroup!.pointsNeeded).toBeCloseTo(p.nextGroup!.threshold - p.total.score!, 6);
    expect(p.nextGroup!.gains).toHaveLength(8);
    for (const g of p.nextGroup!.gains) {
      const d = p.dimensions.find((x) => x.code === g.code)!;
      expect(g.nationalBest).toBeCloseTo(d.best, 9);
      expect(g.ownBest!.score).toBeGreaterThanOrEqual(d.score!);
      // Never "feasible" above the best province of the year or the province's own best.
      const verdict =
        g.target > 10 + 1e-9
          ? 'above_max'
          : g.target > d.best + 1e-9
            ? 'above_national_best'
            : g.target > g.ownBest!.score + 1e-9
              ? 'above_own_best'
              : 'feasible';
      expect(g.verdict, g.code).toBe(verdict);
    }
    expect(p.nextGroup!.gains.some((g) => g.verdict === 'above_national_best')).toBe(true);
  });

  it('shows sub-dimensions where the official report gives them', async () => {
    const haNoi = await ctx.unitId('pre2025', 'province', '01');
    const p = (await viewer.get<TProfile>(`/api/indices/PAPI/units/${haNoi}/profile?year=2023`))
      .body;
    expect(p.subDimensions.map((s) => s.code)).toEqual(['D6.1', 'D6.2', 'D6.3', 'D6.4']);
    const sum = p.subDimensions.reduce((s, x) => s + x.score, 0);
    expect(sum).toBeCloseTo(p.dimensions.find((d) => d.code === 'D6')!.score!, 3);
  });

  it('answers 404 for a year or unit without results', async () => {
    const sonLa = await ctx.unitId('pre2025', 'province', '14');
    expect((await viewer.get(`/api/indices/PAPI/units/${sonLa}/profile?year=2030`)).status).toBe(
      404,
    );
    expect((await viewer.get(`/api/indices/PAR/rankings/2023`)).status).toBe(404);
  });
});

describe('lineage after the 2025 merger', () => {
  it('lists the old provinces a new one was formed from, each with its own official results', async () => {
    const tuyenQuang = await ctx.unitId('post2025', 'province', '08');
    const res = await viewer.get<{
      predecessors: { unit: { name: string }; results: { year: number; total: number | null }[] }[];
    }>(`/api/indices/PAPI/units/${tuyenQuang}/lineage`);
    expect(res.status).toBe(200);
    expect(res.body.predecessors.map((p) => p.unit.name).sort()).toEqual([
      'Hà Giang',
      'Tuyên Quang',
    ]);
    expect(res.body.predecessors[0]!.results).toHaveLength(13);
  });
});
