import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TIndexFramework, TRanking } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';

// A second index defined only as data: weighted dimensions on another scale, as PCI is.
const DEMO: TIndexFramework = {
  code: 'DEMO',
  nameVi: 'Chỉ số thử nghiệm có trọng số',
  nameEn: 'Weighted demo index',
  publisher: 'Kiểm thử',
  aggregation: 'sum',
  editions: [
    {
      code: 'demo-2020',
      fromYear: 2020,
      toYear: null,
      dimensions: [
        {
          code: 'D1',
          nameVi: 'Gia nhập thị trường',
          nameEn: 'Entry',
          shortVi: 'Gia nhập',
          min: 0,
          max: 10,
          weight: 5,
          subDimensions: [],
        },
        {
          code: 'D2',
          nameVi: 'Tiếp cận đất đai',
          nameEn: 'Land',
          shortVi: 'Đất đai',
          min: 0,
          max: 10,
          weight: 3,
          subDimensions: [],
        },
        {
          code: 'D3',
          nameVi: 'Minh bạch',
          nameEn: 'Transparency',
          shortVi: 'Minh bạch',
          min: 0,
          max: 10,
          weight: 2,
          subDimensions: [],
        },
      ],
    },
  ],
};

let ctx: TestContext;
let coordinator: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.database.pool.query(`insert into index_framework (code, definition) values ($1, $2)`, [
    DEMO.code,
    JSON.stringify(DEMO),
  ]);
  coordinator = await ctx.as('noivu');
});
afterAll(() => ctx.close());

describe('another index as data, no code', () => {
  it('imports, ranks and profiles a weighted index with the same screens and rules', async () => {
    const csv = [
      'Tỉnh/thành phố,D1,D2,D3',
      'Sơn La,6,5,4',
      'Lai Châu,8,7,6',
      'Điện Biên,5,5,5',
      'Hà Giang,7,4,9',
    ].join('\n');
    const body = {
      filename: 'demo-2023.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
      year: 2023,
      confirmWarnings: true,
    };
    const preview = await coordinator.post<{ errors: number; rows: { computedTotal: number }[] }>(
      '/api/indices/DEMO/import/preview',
      body,
    );
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.errors).toBe(0);
    expect(preview.body.rows[0]!.computedTotal).toBeCloseTo(5 * 6 + 3 * 5 + 2 * 4);
    expect((await coordinator.post('/api/indices/DEMO/import', body)).status).toBe(201);

    const ranking = await coordinator.get<TRanking>('/api/indices/DEMO/rankings/2023');
    expect(ranking.status).toBe(200);
    expect(ranking.body.assessed).toBe(4);
    const first = ranking.body.rows.find((r) => r.total.rank === 1)!;
    expect(first.unit.name).toBe('Lai Châu');
    expect(first.total.score).toBeCloseTo(5 * 8 + 3 * 7 + 2 * 6);
    const list = await coordinator.get<{ items: { framework: { code: string } }[] }>(
      '/api/indices',
    );
    expect(list.body.items.map((i) => i.framework.code).sort()).toEqual(['DEMO', 'PAPI']);
  });
});
