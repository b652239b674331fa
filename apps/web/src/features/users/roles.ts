import { ROLE_LABELS, ROLES, assignableRoles } from '@papi/domain';
import type { Role } from '@papi/domain';
import type { Lang } from '../../i18n/index.ts';

export function isRole(value: string | null): value is Role {
  return value !== null && (ROLES as readonly string[]).includes(value);
}

/** Options for a role select; keeps the current role visible even if the actor cannot assign it. */
export function roleOptions(actorRole: Role, lang: Lang, current?: Role) {
  const roles = assignableRoles(actorRole);
  const list = current && !roles.includes(current) ? [current, ...roles] : roles;
  return list.map((role) => ({
    value: role,
    label: ROLE_LABELS[role][lang],
    disabled: !roles.includes(role),
  }));
}
