import type { Role } from '@papi/domain';
import type { MessageKey } from '../i18n/index.ts';
import { canAdminister, canMonitor } from '../features/auth/CurrentUser.tsx';

export interface NavItem {
  to: string;
  labelKey: MessageKey;
  visible?: (role: Role) => boolean;
}

/** Order matters: it is the order users see in the menu. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.dashboard' },
  { to: '/indices', labelKey: 'nav.indices' },
  { to: '/plans', labelKey: 'nav.plans' },
  { to: '/programmes', labelKey: 'nav.programmes' },
  { to: '/tasks', labelKey: 'nav.tasks' },
  { to: '/reports', labelKey: 'nav.reports' },
  { to: '/monitoring', labelKey: 'nav.monitoring', visible: canMonitor },
  { to: '/surveys', labelKey: 'nav.surveys' },
  // Enumerators: anyone who may enter forms (survey.respond), i.e. not read-only viewers.
  { to: '/surveys/field', labelKey: 'nav.fieldEntry', visible: (role) => role !== 'viewer' },
  { to: '/emulation', labelKey: 'nav.emulation' },
  { to: '/feedback', labelKey: 'nav.feedback' },
  { to: '/units', labelKey: 'nav.units' },
  { to: '/admin', labelKey: 'nav.admin', visible: canAdminister },
];
