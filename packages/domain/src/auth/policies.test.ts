import { describe, expect, it } from 'vitest';
import { can, type Actor } from './policies.ts';
import { checkPasswordStrength } from './password.ts';
import { relationTo } from './scope.ts';

const province = '/1/14/';
const commune = '/1/14/300/';
const sibling = '/1/15/';
const country = '/1/';

const actor = (role: Actor['role'], scopePath = province): Actor => ({
  userId: 7,
  role,
  scopePaths: [scopePath, '/1/90/'],
  agencyId: null,
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
  it('lets admins and coordinators of any unit import index results, and no one else', () => {
    for (const role of ['admin', 'coordinator'] as const) {
      expect(can(actor(role, commune), 'index.import', { unitPath: country })).toBe(true);
    }
    for (const role of ['leader', 'officer', 'viewer'] as const) {
      expect(can(actor(role), 'index.import', { unitPath: province })).toBe(false);
    }
  });
  it('lets a user read their own account whatever the role', () => {
    expect(can(actor('viewer'), 'user.read', { unitPath: province, userId: 7 })).toBe(true);
    expect(can(actor('viewer'), 'user.read', { unitPath: province, userId: 8 })).toBe(false);
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
        role === 'admin' || role === 'coordinator' || role === 'officer',
      );
      expect(can(actor(role), 'plan.issue', { unitPath: province })).toBe(role === 'leader');
      expect(can(actor(role), 'plan.write', { unitPath: country })).toBe(false);
      expect(can(actor(role), 'plan.issue', { unitPath: sibling })).toBe(false);
    }
  });
});
