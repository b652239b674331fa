import { Group, Button } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useT } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { canAdminister, useCurrentUser } from '../auth/CurrentUser.tsx';

const LINKS: { to: string; key: MessageKey; admin?: boolean }[] = [
  { to: '/plans', key: 'plans.nav.list' },
  { to: '/plans/obligations', key: 'plans.obligations.title' },
  { to: '/plans/library', key: 'plans.library.title' },
  { to: '/plans/rules', key: 'plans.rules.title', admin: true },
];

/** The plan screens side by side: list, obligations inbox, solution library, rules. */
export function PlansNav() {
  const t = useT();
  const me = useCurrentUser();
  const { pathname } = useLocation();
  return (
    <Group gap={6} wrap="wrap">
      {LINKS.filter((l) => !l.admin || canAdminister(me.role)).map((l) => (
        <Button
          key={l.to}
          component={Link}
          to={l.to}
          size="xs"
          variant={pathname === l.to ? 'filled' : 'light'}
          aria-current={pathname === l.to ? 'page' : undefined}
        >
          {t(l.key)}
        </Button>
      ))}
    </Group>
  );
}
