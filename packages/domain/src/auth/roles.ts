/** Roles, from most to least powerful. A user holds exactly one, scoped to one unit subtree. */
export const ROLES = ['admin', 'coordinator', 'leader', 'officer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  coordinator: { vi: 'Đầu mối Nội vụ', en: 'Home Affairs coordinator' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  officer: { vi: 'Cán bộ cơ quan', en: 'Agency officer' },
  viewer: { vi: 'Người xem', en: 'Viewer' },
};

/** Roles a given role may assign to others: nobody creates a role above their own. */
export function assignableRoles(role: Role): Role[] {
  if (role === 'admin') return [...ROLES];
  if (role === 'coordinator') return ['coordinator', 'leader', 'officer', 'viewer'];
  return [];
}
