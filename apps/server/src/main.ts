import { serve } from '@hono/node-server';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { bootstrap } from './bootstrap.ts';
import { createApp } from './app.ts';
import { DEMO_PASSWORD } from './seed/demo.ts';

const config = loadConfig();
const started = Date.now();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const demo = process.env.SEED_DEMO !== 'false';
const result = await bootstrap(database, { demo, demoWork: demo });
const app = createApp(database, config);

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const where = database.kind === 'pglite' ? `PGlite tại ${config.dataDir}` : 'PostgreSQL';
  console.log(
    `PAPI Hub đang chạy: http://localhost:${info.port}  (CSDL: ${where}, ${Date.now() - started} ms)`,
  );
  if (result.unitsImported) {
    console.log(
      `Đã nhập ${result.unitsImported.inserted} đơn vị hành chính, ${result.unitsImported.successions} quan hệ sắp xếp.`,
    );
  }
  if (result.demoAccounts) {
    console.log(
      `Dữ liệu mẫu: mật khẩu ban đầu của mọi tài khoản là ${DEMO_PASSWORD} (phải đổi ở lần đăng nhập đầu).`,
    );
    for (const a of result.demoAccounts)
      console.log(`  ${a.username.padEnd(8)} ${a.role.padEnd(12)} ${a.description}`);
  }
  console.log('Tài liệu API: /api/docs');
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close();
  void database.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
