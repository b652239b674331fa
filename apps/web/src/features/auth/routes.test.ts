import * as contracts from '@papi/contracts';
import { describe, expect, it } from 'vitest';
import * as routes from './routes.ts';

describe('sign-in routes without schemas', () => {
  it.each(Object.entries(routes))('%s has its contract’s method and path', (name, route) => {
    const contract = (contracts as unknown as Record<string, contracts.RouteContract>)[name];
    expect(contract, name).toBeDefined();
    expect(route).toEqual({ method: contract!.method, path: contract!.path });
  });
});
