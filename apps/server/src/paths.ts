import path from 'node:path';

/**
 * apps/server, whether this code runs from its TypeScript sources (src/) or from the
 * bundle (dist/main.mjs, dist/cli.mjs): both sit one level below it. Every file the server
 * reads from the repository (shipped data, migrations, the PGlite worker, the built web
 * app) is found from here, so the bundle needs no copies.
 */
export const SERVER_ROOT = path.resolve(import.meta.dirname, '..');

/** apps/server/data: shipped data sets, each with SOURCE.md. */
export const SHIPPED_DATA_DIR = path.join(SERVER_ROOT, 'data');
