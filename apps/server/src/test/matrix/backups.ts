import { expect } from 'vitest';
import type { Role } from '@papi/domain';
import type { TBackupList, TBackupResult } from '@papi/contracts';
import type { Outcome, World } from './world.ts';
import type { RouteSpec } from './design.ts';
import { countRows, expectApiError } from '../helpers.ts';

/**
 * Backups carry every password hash and every unit's evidence: only the admin of the
 * installation's top unit (Sơn La in the tests) makes, lists or downloads them, whatever
 * unit the request names; everyone else is refused with 403 and leaves no audit line.
 */
const expected = (role: Role): Outcome => (role === 'admin' ? 'allowed' : 'forbidden');

const refused = (res: { status: number; body: unknown }): Outcome => {
  expect(expectApiError(res, 403, 'FORBIDDEN').details).toBeUndefined();
  return 'forbidden';
};

let made: string | null = null;
/** One backup made by the admin, for the download probes. */
async function aBackup(w: World): Promise<string> {
  if (made) return made;
  const admin = await w.ctx.as('admin');
  const res = await admin.post<TBackupResult>('/api/system/backups');
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  made = res.body.name;
  return made;
}

export const BACKUP_MATRIX: Record<string, RouteSpec> = {
  'GET /api/system/backups': {
    kind: 'scoped',
    expected,
    probe: async (w, a) => {
      const res = await a.client.get<TBackupList>('/api/system/backups');
      if (res.status !== 200) return refused(res);
      expect(res.body.keep).toBeGreaterThan(0);
      return 'allowed';
    },
  },
  'POST /api/system/backups': {
    kind: 'scoped',
    expected,
    probe: async (w, a) => {
      const audits = await countRows(w.ctx, `audit_log where entity = 'backup'`);
      const res = await a.client.post<TBackupResult>('/api/system/backups');
      if (res.status !== 201) {
        expect(await countRows(w.ctx, `audit_log where entity = 'backup'`)).toBe(audits);
        return refused(res);
      }
      expect(res.body.tables).toBeGreaterThan(20);
      expect(await countRows(w.ctx, `audit_log where entity = 'backup'`)).toBe(audits + 1);
      return 'allowed';
    },
  },
  'GET /api/system/backups/:name': {
    kind: 'scoped',
    expected,
    probe: async (w, a) => {
      const name = await aBackup(w);
      const res = await w.ctx.app.request(`/api/system/backups/${name}`, {
        headers: { cookie: a.client.cookie },
      });
      if (res.status !== 200) return refused({ status: res.status, body: await res.json() });
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]); // gzip
      return 'allowed';
    },
  },
};
