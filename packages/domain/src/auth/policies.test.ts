import { describe, expect, it } from 'vitest';
import { can, type Actor } from './policies.ts';
import { checkPasswordStrength } from './password.ts';
import { relationTo } from './scope.ts';

const province = '/1/14/';
const commune = '/1/14/300/';
const sibling = '/1/15/';
const country = '/1/';

const actor = (
  role: Actor['role'],
  scopePath = province,
  agencyKind: string | null = null,
): Actor => ({
  userId: 7,
  role,
  scopePaths: [scopePath, '/1/90/'],
  agencyId: agencyKind === null ? null : 3,
  agencyKind,
});

describe('policies', () => {
  it('lets everyone read units in their subtree and nothing outside it', () => {
    for (const role of ['admin', 'coordinator', 'leader', 'officer', 'viewer'] as const) {
      expect(can(actor(role), 'unit.read', { unitPath: province })).toBe(true);
      expect(can(actor(role), 'unit.read', { unitPath: commune })).toBe(true);
      expect(can(actor(role), 'unit.read', { unitPath: sibling })).toBe(false);
      expect(can(actor(role), 'unit.read', { unitPath: country })).toBe(false);
      expect(can(actor(role), 'unit.read', { unitPath: '/1/90/91/' })).toBe(true);
    }
  });
  it('keeps agency writes to admins and coordinators', () => {
    expect(can(actor('coordinator'), 'agency.write', { unitPath: commune })).toBe(true);
    expect(can(actor('leader'), 'agency.write', { unitPath: commune })).toBe(false);
    expect(can(actor('officer'), 'agency.write', { unitPath: province })).toBe(false);
  });
  it('lets everyone in scope read index targets and admins, coordinators, leaders set them', () => {
    for (const role of ['admin', 'coordinator', 'leader', 'officer', 'viewer'] as const) {
      expect(can(actor(role), 'target.read', { unitPath: commune })).toBe(true);
      expect(can(actor(role), 'target.read', { unitPath: sibling })).toBe(false);
      expect(can(actor(role), 'target.read', { unitPath: country })).toBe(false);
    }
    for (const role of ['admin', 'coordinator', 'leader'] as const) {
      expect(can(actor(role), 'target.write', { unitPath: province })).toBe(true);
      expect(can(actor(role), 'target.write', { unitPath: '/1/90/91/' })).toBe(true);
      expect(can(actor(role), 'target.write', { unitPath: sibling })).toBe(false);
      expect(can(actor(role), 'target.write', { unitPath: country })).toBe(false);
    }
    for (const role of ['officer', 'viewer'] as const) {
      expect(can(actor(role), 'target.write', { unitPath: province })).toBe(false);
    }
  });
  it("keeps installation-wide settings to the top unit's admins and coordinators", () => {
    for (const action of ['index.import', 'plan.configure', 'public.configure'] as const) {
      for (const role of ['admin', 'coordinator'] as const) {
        expect(can(actor(role, country), action, { unitPath: country })).toBe(true);
        // A ward's coordinator, another province's admin in a national installation: no.
        expect(can(actor(role, commune), action, { unitPath: province })).toBe(false);
        expect(can(actor(role, province), action, { unitPath: country })).toBe(false);
      }
    }
    expect(can(actor('admin', province), 'holiday.write', { unitPath: province })).toBe(true);
    expect(can(actor('admin', province), 'holiday.write', { unitPath: country })).toBe(false);
    expect(can(actor('coordinator', country), 'holiday.write', { unitPath: country })).toBe(false);
    for (const role of ['leader', 'officer', 'viewer'] as const) {
      expect(can(actor(role), 'index.import', { unitPath: province })).toBe(false);
      expect(can(actor(role), 'public.configure', { unitPath: province })).toBe(false);
    }
  });
  it("keeps backups to the installation's top-unit admins", () => {
    expect(can(actor('admin'), 'backup.manage', { unitPath: province })).toBe(true);
    expect(can(actor('admin', commune), 'backup.manage', { unitPath: province })).toBe(false);
    expect(can(actor('admin', sibling), 'backup.manage', { unitPath: province })).toBe(false);
    expect(can(actor('admin'), 'backup.manage', { unitPath: country })).toBe(false);
    for (const role of ['coordinator', 'leader', 'officer', 'viewer'] as const)
      expect(can(actor(role), 'backup.manage', { unitPath: province })).toBe(false);
  });
  it('lets a user read their own account whatever the role', () => {
    expect(can(actor('viewer'), 'user.read', { unitPath: province, userId: 7 })).toBe(true);
    expect(can(actor('viewer'), 'user.read', { unitPath: province, userId: 8 })).toBe(false);
  });
});

describe('rights that follow the unit and the agency', () => {
  it("lets a sở officer draft no plan, a People's Committee officer only their unit's", () => {
    expect(can(actor('officer', province, 'so'), 'plan.write', { unitPath: province })).toBe(false);
    expect(can(actor('officer', province, 'so'), 'plan.write', { unitPath: commune })).toBe(false);
    expect(can(actor('officer', commune, 'ubnd'), 'plan.write', { unitPath: commune })).toBe(true);
    expect(can(actor('officer', province, 'ubnd'), 'plan.write', { unitPath: commune })).toBe(
      false,
    );
    expect(can(actor('officer', province, null), 'plan.write', { unitPath: province })).toBe(false);
  });
  it("keeps a sở officer to their agency's report, not the unit's own", () => {
    const so = actor('officer', province, 'so');
    expect(can(so, 'report.write', { unitPath: province, agencyId: 3 })).toBe(true);
    expect(can(so, 'report.write', { unitPath: province, agencyId: null })).toBe(false);
    expect(can(so, 'report.write', { unitPath: province, agencyId: 4 })).toBe(false);
    const ubnd = actor('officer', commune, 'ubnd');
    expect(can(ubnd, 'report.write', { unitPath: commune, agencyId: null })).toBe(true);
    expect(can(actor('coordinator'), 'report.write', { unitPath: province })).toBe(true);
    expect(can(actor('coordinator'), 'report.write', { unitPath: commune })).toBe(false);
  });
  it("lets an officer the unit's coordinator delegated draft that unit's plans and report only", () => {
    const delegated = (plans: boolean, reports: boolean): Actor => ({
      ...actor('officer', province, 'so'),
      delegated: { plans, reports },
    });
    expect(can(delegated(true, false), 'plan.write', { unitPath: province })).toBe(true);
    expect(can(delegated(true, false), 'plan.write', { unitPath: commune })).toBe(false);
    expect(can(delegated(true, false), 'report.write', { unitPath: province })).toBe(false);
    expect(can(delegated(false, true), 'report.write', { unitPath: province })).toBe(true);
    expect(can(delegated(false, true), 'report.write', { unitPath: commune })).toBe(false);
    expect(can(delegated(false, true), 'plan.write', { unitPath: province })).toBe(false);
    // A viewer writes nothing, whatever a grant says.
    const viewer: Actor = { ...actor('viewer'), delegated: { plans: true, reports: true } };
    expect(can(viewer, 'plan.write', { unitPath: province })).toBe(false);
    expect(can(viewer, 'report.write', { unitPath: province })).toBe(false);
  });
  it("keeps delegating to the unit's own coordinators and admins", () => {
    expect(can(actor('coordinator'), 'delegation.write', { unitPath: province })).toBe(true);
    expect(can(actor('admin'), 'delegation.write', { unitPath: province })).toBe(true);
    expect(can(actor('coordinator'), 'delegation.write', { unitPath: commune })).toBe(false);
    expect(can(actor('admin'), 'delegation.write', { unitPath: commune })).toBe(false);
    expect(can(actor('officer', commune, 'ubnd'), 'delegation.write', { unitPath: commune })).toBe(
      false,
    );
    expect(can(actor('leader'), 'delegation.write', { unitPath: province })).toBe(false);
  });
  it('lets a coordinator change accounts beneath them only', () => {
    const c = actor('coordinator');
    const at = (unitPath: string, role: Actor['role'], userId = 9) => ({ unitPath, role, userId });
    expect(can(c, 'user.manage', at(province, 'coordinator'))).toBe(false);
    expect(can(c, 'user.manage', at(province, 'admin'))).toBe(false);
    expect(can(c, 'user.manage', at(province, 'leader'))).toBe(true);
    expect(can(c, 'user.manage', at(commune, 'coordinator'))).toBe(true);
    expect(can(c, 'user.manage', at(commune, 'admin'))).toBe(false);
    expect(can(c, 'user.manage', at(country, 'viewer'))).toBe(false);
    expect(can(c, 'user.manage', at(province, 'coordinator', 7))).toBe(true); // themselves
    expect(can(actor('admin'), 'user.manage', at(province, 'admin'))).toBe(true);
  });
});

describe('relationTo', () => {
  it('classifies own, below, above and other', () => {
    expect(relationTo(province, province)).toBe('own');
    expect(relationTo(commune, province)).toBe('below');
    expect(relationTo(country, province)).toBe('above');
    expect(relationTo(sibling, province)).toBe('other');
  });
});

describe('checkPasswordStrength', () => {
  it('explains in Vietnamese why a password is weak', () => {
    expect(checkPasswordStrength('abc', 'lan')).toContain('Mật khẩu phải có ít nhất 10 ký tự.');
    expect(checkPasswordStrength('abcdefghijk', 'lan')).toContain('Mật khẩu phải có cả chữ và số.');
    expect(checkPasswordStrength('nguyenvana123', 'nguyenvana')).toHaveLength(1);
    expect(checkPasswordStrength('Song-Da-2026', 'lan')).toEqual([]);
  });
  it('lets everyone in scope read plans, drafters write them and leaders issue them', () => {
    for (const role of ['admin', 'coordinator', 'leader', 'officer', 'viewer'] as const) {
      expect(can(actor(role), 'plan.read', { unitPath: commune })).toBe(true);
      expect(can(actor(role), 'plan.read', { unitPath: sibling })).toBe(false);
      expect(can(actor(role), 'plan.write', { unitPath: province })).toBe(
        role === 'admin' || role === 'coordinator',
      );
      expect(can(actor(role), 'plan.issue', { unitPath: province })).toBe(role === 'leader');
      expect(can(actor(role), 'plan.write', { unitPath: country })).toBe(false);
      expect(can(actor(role), 'plan.issue', { unitPath: sibling })).toBe(false);
    }
  });
});
