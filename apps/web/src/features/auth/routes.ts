import type * as contracts from '@papi/contracts';
import type { HttpMethod, RouteContract } from '@papi/contracts';

/**
 * The sign-in routes by method and path only. Their contracts carry zod schemas, and the
 * login screen must not download zod (~25 KB on a 1.6 Mbps line) just to know a URL: the
 * client reads nothing else, the types still come from the contracts, and routes.test.ts
 * checks every method and path against them.
 */
function route<C extends RouteContract>(method: HttpMethod, path: string): C {
  return { method, path } as unknown as C;
}

export const login = route<typeof contracts.login>('post', '/api/auth/login');
export const logout = route<typeof contracts.logout>('post', '/api/auth/logout');
export const getMe = route<typeof contracts.getMe>('get', '/api/auth/me');
export const changePassword = route<typeof contracts.changePassword>(
  'post',
  '/api/auth/change-password',
);
export const getInstallation = route<typeof contracts.getInstallation>('get', '/api/installation');
