import { describe, expect, it } from 'vitest';
import type { Role } from '@papi/domain';
import type { TestClient } from '../harness.ts';
import { countRows, expectApiError, snapshotRow } from '../helpers.ts';
import { importBody, shippedCsv } from '../index-files.ts';
import { samplePlan, sampleTasks } from '../../modules/plans/plans.samples.ts';
import { planAt, planRow } from './plans.ts';
import { freshYear, reportOf } from './execution-world.ts';
import type { World } from './world.ts';

/**
 * Rights that follow the unit and the agency, beyond the route × role × relation walk:
 * a sở officer acts for their agency only, installation-wide settings stay at the top unit
 * (a ward's coordinator, another province's admin in a national installation: 403), a
 * coordinator changes no peer, and tasks name catalogue agencies in scope.
 */
export function unitRightsCases(world: () => World) {
  const w = () => world();
  const client = (username: string) => w().actors.get(username)!.client;
  const pool = () => w().ctx.database.pool;
  let made = 0;
  /** An account with the demo password, already changed, at a unit (and agency). */
  async function account(role: Role, unitId: number, agencyId: number | null = null) {
    const username = `ur-${role}-${++made}`;
    const r = await pool().query<{ id: number }>(
      `insert into app_user (username, full_name, role, unit_id, agency_id, password_hash,
                             must_change_password, search)
       select $1, 'Tài khoản thử', $2, $3, $4, a.password_hash, false, $1
         from app_user a where a.username = 'admin' returning id`,
      [username, role, unitId, agencyId],
    );
    return { id: r.rows[0]!.id, client: await w().ctx.as(username) };
  }
  const forbidden = (res: { status: number; body: unknown }) =>
    expect(expectApiError(res, 403, 'FORBIDDEN').details).toBeUndefined();

  describe("a sở officer acts for their agency, not the unit's plans and report", () => {
    it('cannot create, edit, replace tasks of or submit a ward or province draft', async () => {
      const tuphap = client('tuphap');
      for (const t of [w().targets.sonla, w().targets.mocchau]) {
        const before = await countRows(w().ctx, 'plan where unit_id = $1', [t.unitId]);
        forbidden(await tuphap.post('/api/plans', samplePlan(t.unitId, 'Tư pháp soạn')));
        expect(await countRows(w().ctx, 'plan where unit_id = $1', [t.unitId])).toBe(before);
        const p = await planAt(w(), t, 'draft');
        const row = await planRow(w(), p.id);
        forbidden(await tuphap.patch(`/api/plans/${p.id}`, { version: p.version, title: 'x' }));
        forbidden(
          await tuphap.request('PUT', `/api/plans/${p.id}/tasks`, {
            version: p.version,
            tasks: [],
          }),
        );
        forbidden(await tuphap.post(`/api/plans/${p.id}/submit`, { version: p.version }));
        expect(await planRow(w(), p.id)).toEqual(row);
        const seen = await tuphap.get<{ actions: string[] }>(`/api/plans/${p.id}`);
        expect(seen.body.actions).toEqual([]);
      }
    });

    it("cannot create, edit or submit the province's own report, but writes Sở Tư pháp's", async () => {
      const tuphap = client('tuphap');
      const id = await reportOf(w(), w().targets.sonla, 'draft');
      const version = (
        await pool().query<{ version: number }>('select version from report where id = $1', [id])
      ).rows[0]!.version;
      forbidden(
        await tuphap.patch(`/api/reports/${id}`, {
          version,
          content: { indicators: [], narratives: [{ dimensionCode: 'D1', results: 'x' }] },
        }),
      );
      forbidden(await tuphap.post(`/api/reports/${id}/submit`, { version }));
      const own = await tuphap.get<{ canEdit: boolean }>(`/api/reports/${id}`);
      expect(own.body.canEdit).toBe(false);
      const agencyId = (
        await pool().query<{ agency_id: number }>(
          `select agency_id from app_user where username = 'tuphap'`,
        )
      ).rows[0]!.agency_id;
      const regimeId = (
        await pool().query<{ regime_id: number }>('select regime_id from report where id = $1', [
          id,
        ])
      ).rows[0]!.regime_id;
      const periodKey = `${freshYear()}-H1`;
      const unitReport = await tuphap.post('/api/reports', {
        regimeId,
        periodKey,
        unitId: w().targets.sonla.unitId,
      });
      forbidden(unitReport);
      const agencyReport = await tuphap.post<{ agency: { id: number } }>('/api/reports', {
        regimeId,
        periodKey,
        unitId: w().targets.sonla.unitId,
        agencyId,
      });
      expect(agencyReport.status, JSON.stringify(agencyReport.body)).toBe(201);
      expect(agencyReport.body.agency.id).toBe(agencyId);
    });

    it("lets the ward's People's Committee officer draft the ward's plan", async () => {
      const res = await client('xa').post('/api/plans', samplePlan(w().targets.mocchau.unitId));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    });
  });

  describe('installation-wide settings belong to the top unit', () => {
    const attempts = (c: TestClient) => ({
      planTypes: async () => {
        const { version } = (await c.get<{ version: number }>('/api/plan-types')).body;
        return c.request('PUT', '/api/plan-types', { version, overrides: {} });
      },
      importPreview: () =>
        c.post(
          '/api/indices/PAPI/import/preview',
          importBody('papi-2023.csv', shippedCsv([2023]), 2023, { confirmWarnings: true }),
        ),
      holidays: (year: number) =>
        c.request('PUT', `/api/holidays/${year}`, {
          items: [{ date: `${year}-03-10`, name: 'Ngày nghỉ riêng', kind: 'off' }],
        }),
    });

    it("refuses a ward's coordinator (plan types, index imports, holidays)", async () => {
      const coord = await account('coordinator', w().targets.mocchau.unitId);
      const a = attempts(coord.client);
      const audits = await countRows(w().ctx, 'audit_log');
      forbidden(await a.planTypes());
      forbidden(await a.importPreview());
      forbidden(await a.holidays(2033));
      expect(await countRows(w().ctx, 'holiday where date >= $1', ['2033-01-01'])).toBe(0);
      expect(await countRows(w().ctx, 'audit_log')).toBe(audits);
    });

    it('in a national installation: a province admin changes only its own holidays', async () => {
      const saved = (await pool().query(`select value from setting where key = 'installation'`))
        .rows[0]!.value as Record<string, unknown>;
      await pool().query(`update setting set value = $1 where key = 'installation'`, [
        { ...saved, provinceCode: null },
      ]);
      try {
        const a = attempts(client('admin')); // Sơn La's admin, below the country root
        forbidden(await a.planTypes());
        forbidden(await a.importPreview());
        const res = await a.holidays(2034);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        const rows = await pool().query<{ unit_id: number | null }>(
          `select unit_id from holiday where date = '2034-03-10'`,
        );
        expect(rows.rows).toEqual([{ unit_id: w().targets.sonla.unitId }]);
        const day = (items: { date: string }[]) => items.some((d) => d.date === '2034-03-10');
        type Days = { items: { date: string }[] };
        // Inside Sơn La (a ward too) the day applies; at the country root, nowhere else.
        expect(day((await client('xa').get<Days>('/api/holidays?year=2034')).body.items)).toBe(
          true,
        );
        expect(day((await w().national.get<Days>('/api/holidays?year=2034')).body.items)).toBe(
          false,
        );
        // The national admin's calendar applies everywhere, Sơn La's own days stay.
        const national = await w().national.request('PUT', '/api/holidays/2034', {
          items: [{ date: '2034-01-01', name: 'Tết Dương lịch', kind: 'off' }],
        });
        expect(national.status, JSON.stringify(national.body)).toBe(200);
        const inSonLa = (await client('xa').get<Days>('/api/holidays?year=2034')).body.items;
        expect(inSonLa.map((d) => d.date)).toEqual(['2034-01-01', '2034-03-10']);
      } finally {
        await pool().query(`update setting set value = $1 where key = 'installation'`, [saved]);
      }
    });
  });

  describe('a coordinator changes no peer and no one above', () => {
    it("refuses to reset a peer coordinator's password or edit them; resets a ward's", async () => {
      const peer = await account('coordinator', w().targets.sonla.unitId);
      const ward = await account('coordinator', w().targets.mocchau.unitId);
      const before = await snapshotRow(w().ctx, 'app_user', peer.id);
      const noivu = client('noivu');
      forbidden(await noivu.post(`/api/users/${peer.id}/reset-password`));
      const { version } = (
        await pool().query('select version from app_user where id = $1', [peer.id])
      ).rows[0] as { version: number };
      forbidden(await noivu.patch(`/api/users/${peer.id}`, { version, active: false }));
      expect(await snapshotRow(w().ctx, 'app_user', peer.id)).toEqual(before);
      expect((await noivu.post(`/api/users/${ward.id}/reset-password`)).status).toBe(200);
      expect((await client('admin').post(`/api/users/${peer.id}/reset-password`)).status).toBe(200);
    });
  });

  describe('tasks name catalogue agencies, parent tasks and solutions in scope', () => {
    const put = (c: TestClient, id: number, version: number, tasks: unknown[]) =>
      c.request<{ tasks: { lead: { name: string } | null }[] }>('PUT', `/api/plans/${id}/tasks`, {
        version,
        tasks,
      });
    const sonlaTask = () =>
      sampleTasks({ id: w().targets.sonla.agencyId, name: 'Tên bất kỳ do máy khách gửi' })[0]!;

    it("stores the catalogue's name whatever name the client sends", async () => {
      const p = await planAt(w(), w().targets.sonla, 'draft');
      const res = await put(client('noivu'), p.id, p.version, [sonlaTask()]);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const catalogue = `Cơ quan mẫu ${w().targets.sonla.auditToken}`;
      expect(res.body.tasks[0]!.lead!.name).toBe(catalogue);
      const stored = await pool().query<{ lead: { name: string } }>(
        'select lead from plan_task where plan_id = $1',
        [p.id],
      );
      expect(stored.rows[0]!.lead.name).toBe(catalogue);
    });

    it('refuses ids outside the scope with 400 naming the field, changing nothing', async () => {
      const p = await planAt(w(), w().targets.sonla, 'draft');
      const other = w().targets.laichau;
      const foreign = { kind: 'agency', id: String(other.agencyId), name: 'Cơ quan mẫu' };
      const laiPlan = await planAt(w(), other, 'draft');
      const laiTask = (
        await pool().query<{ id: number }>('select id from plan_task where plan_id = $1 limit 1', [
          laiPlan.id,
        ])
      ).rows[0]!.id;
      const laiSolution = (
        await pool().query<{ id: number }>(
          `insert into plan_solution (framework_code, dimension_code, title, content, unit_id, search)
           values ('PAPI', 'D1', 'Giải pháp Lai Châu', 'Nội dung', $1, 'giai phap') returning id`,
          [other.unitId],
        )
      ).rows[0]!.id;
      const row = await planRow(w(), p.id);
      const cases: [string, Record<string, unknown>][] = [
        ['tasks[1].lead', { lead: foreign }],
        ['tasks[1].cooperating[0]', { cooperating: [foreign] }],
        ['tasks[1].parentTaskId', { parentTaskId: laiTask }],
        ['tasks[1].solutionId', { solutionId: laiSolution }],
      ];
      for (const [field, change] of cases) {
        const res = await put(client('noivu'), p.id, p.version, [
          sonlaTask(),
          { ...sonlaTask(), number: '1.9', ...change },
        ]);
        const err = expectApiError(res, 400, 'OUT_OF_SCOPE');
        expect(err.message.startsWith(`${field}: `)).toBe(true);
        expect(err.details).toMatchObject({ field });
      }
      expect(await planRow(w(), p.id)).toEqual(row);
    });
  });
}
