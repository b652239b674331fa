import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { agencyOf } from '../execution/execution.fixtures.ts';
import {
  assignedElementsByAgency,
  listAssignments,
  programmeCovering,
} from './programmes.assignments.repository.ts';

let ctx: TestContext;
let sonla = 0;
const agencies = { tuphap: 0, noivu: 0 };

async function insertProgramme(
  yearFrom: number,
  yearTo: number,
  rows: [string, number, number[]][],
) {
  const p = await ctx.database.pool.query<{ id: number }>(
    `insert into programme (unit_id, title, year_from, year_to, search)
     values ($1, $2, $3, $4, '') returning id`,
    [sonla, `Chương trình ${yearFrom}–${yearTo}`, yearFrom, yearTo],
  );
  const id = p.rows[0]!.id;
  let position = 0;
  for (const [code, lead, cooperating] of rows) {
    await ctx.database.pool.query(
      `insert into programme_assignment
         (programme_id, element_code, lead_agency_id, cooperating_agency_ids, position)
       values ($1, $2, $3, $4, $5)`,
      [id, code, lead, cooperating, position++],
    );
  }
  return id;
}

beforeAll(async () => {
  ctx = await createTestContext();
  sonla = await ctx.unitId('post2025', 'province', '14');
  agencies.tuphap = (await agencyOf(ctx, 'tuphap')).id;
  agencies.noivu = (await agencyOf(ctx, 'noivu')).id;
});
afterAll(() => ctx.close());

describe('sub-dimension assignment', () => {
  it('maps each agency to the elements it leads in the programme covering the year', async () => {
    const { tuphap, noivu } = agencies;
    const old = await insertProgramme(2016, 2020, [['D1.1', noivu, []]]);
    const current = await insertProgramme(2021, 2025, [
      ['D2.1', tuphap, [noivu]],
      ['D3.2', tuphap, []],
      ['D1.1', noivu, [tuphap]],
      ['D4.3', tuphap, []],
    ]);
    // The next programme overlaps 2025: the one starting latest covers it.
    const next = await insertProgramme(2025, 2030, [['D6.1', noivu, []]]);

    expect(await programmeCovering(ctx.database.db, { unitId: sonla, year: 2018 })).toBe(old);
    expect(await programmeCovering(ctx.database.db, { unitId: sonla, year: 2023 })).toBe(current);
    expect(await programmeCovering(ctx.database.db, { unitId: sonla, year: 2025 })).toBe(next);
    expect(await programmeCovering(ctx.database.db, { unitId: sonla, year: 2014 })).toBeNull();

    const byAgency = await assignedElementsByAgency(ctx.database.db, { unitId: sonla, year: 2023 });
    expect(Object.fromEntries(byAgency)).toEqual({
      [tuphap]: ['D2.1', 'D3.2', 'D4.3'],
      [noivu]: ['D1.1'],
    });
    const withCooperating = await assignedElementsByAgency(ctx.database.db, {
      unitId: sonla,
      year: 2023,
      withCooperating: true,
    });
    expect(withCooperating.get(tuphap)).toEqual(['D2.1', 'D3.2', 'D1.1', 'D4.3']);
    expect(withCooperating.get(noivu)).toEqual(['D2.1', 'D1.1']);
    expect(
      (await assignedElementsByAgency(ctx.database.db, { unitId: sonla, year: 2012 })).size,
    ).toBe(0);

    const rows = await listAssignments(ctx.database.db, { programmeId: current });
    expect(rows.map((r) => r.elementCode)).toEqual(['D2.1', 'D3.2', 'D1.1', 'D4.3']);
    expect(rows[0]).toMatchObject({ leadAgencyId: tuphap, cooperatingAgencyIds: [noivu] });
    expect(rows[0]!.leadAgencyName).toMatch(/Tư pháp/);
    expect(rows[0]!.cooperatingAgencyNames[0]).toMatch(/Nội vụ/);
  });
});
