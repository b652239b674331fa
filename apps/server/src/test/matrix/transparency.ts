import type { Role } from '@papi/domain';
import type { Outcome } from './world.ts';
import type { RouteSpec } from './design.ts';
import { countRows } from '../helpers.ts';
import { get, write } from './plans.ts';

/** The public page's settings: read by anyone signed in, set at the installation's top. */
const configurer = (role: Role): Outcome =>
  role === 'admin' || role === 'coordinator' ? 'allowed' : 'forbidden';

const ALL_ON = {
  enabled: true,
  sections: {
    plans: true,
    progress: true,
    reporting: true,
    index: true,
    surveys: true,
    feedback: true,
  },
};

export const TRANSPARENCY_MATRIX: Record<string, RouteSpec> = {
  'GET /api/settings/public-page': {
    kind: 'scoped',
    expected: () => 'allowed',
    probe: (_w, a) => get(a.client, '/api/settings/public-page'),
  },
  'PUT /api/settings/public-page': {
    kind: 'scoped',
    expected: configurer,
    probe: (w, a) =>
      write(
        w,
        () => countRows(w.ctx, `setting where key = 'public_page'`),
        () => a.client.request('PUT', '/api/settings/public-page', ALL_ON),
        200,
      ),
  },
};
