// `npm start`: builds what is stale (scripts/ensure-built.mjs), then becomes the server: the
// bundle is imported into this very process, so no wrapper stays resident and no TypeScript
// is transpiled at start. Migrations and first-start demo data run as the server starts.
import path from 'node:path';
import { ensureBuilt, SERVER_MAIN } from './ensure-built.mjs';

await ensureBuilt();
// Relative settings (DATA_DIR=./data) mean the repository root, wherever npm was run from.
process.chdir(path.resolve(import.meta.dirname, '..'));
await import(SERVER_MAIN);
