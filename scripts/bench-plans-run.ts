// `npm run bench:plans`: only the plans rows of `npm run bench` (300-task Word, 5,000-row
// appendix import) on a scratch database with the demo data; DATABASE_URL for PostgreSQL.
import { openScratch } from './bench/scratch-db.ts';
import { bootstrap } from '../apps/server/src/bootstrap.ts';
import { createApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { TestClient } from '../apps/server/src/test/client.ts';
import { benchPlans } from './bench-plans.ts';

const { database, drop } = await openScratch();
await bootstrap(database, { demo: true });
await database.pool.query('update app_user set must_change_password = false');
const client = new TestClient(createApp(database, loadConfig({ DATA_DIR: '/nonexistent' })));
await client.login('admin');
const { rows } = await database.pool.query<{ id: number }>(
  `select id from admin_unit where era = 'post2025' and level = 'province' and code = '14'`,
);
console.log(`Database: ${database.kind}`);
await benchPlans(database, client, rows[0]!.id);
await database.close();
await drop();
