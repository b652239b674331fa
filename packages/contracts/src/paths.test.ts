import { describe, expect, it } from 'vitest';
import * as contracts from './index.ts';
import * as http from './http.ts';
import * as paths from './paths.ts';

// paths.ts is written by scripts/gen-contract-paths.ts; this fails when it is out of date.
const all = contracts as unknown as Record<string, unknown>;
const written = paths as unknown as Record<string, unknown>;
const isZod = (v: unknown) => typeof v === 'object' && v !== null && '_zod' in v;
const isRoute = (v: unknown): v is contracts.RouteContract =>
  typeof v === 'object' && v !== null && 'method' in v && 'path' in v && 'response' in v;

describe('routes without schemas (paths.ts, `npm run gen:paths`)', () => {
  it('gives every operation its method, path and upload part, and no schema', () => {
    const named = Object.entries(all).filter(([, v]) => isRoute(v));
    expect(named.length).toBe(contracts.ALL_ROUTES.length);
    for (const [name, contract] of named as [string, contracts.RouteContract][]) {
      expect(written[name], name).toEqual({
        method: contract.method,
        path: contract.path,
        ...(contract.upload ? { upload: contract.upload } : {}),
      });
    }
  });

  it('copies every plain constant and holds nothing else', () => {
    for (const [name, value] of Object.entries(all)) {
      if (isRoute(value) || isZod(value) || typeof value === 'function') continue;
      if (name === 'ALL_ROUTES') continue;
      expect(written[name], name).toEqual(value);
    }
    for (const [name, value] of Object.entries(written)) {
      if (name in http) continue;
      expect(all[name], `${name} is not in the contracts`).toBeDefined();
      expect(isZod(value) || typeof value === 'function', name).toBe(false);
    }
  });
});
