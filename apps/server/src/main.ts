import { serve } from '@hono/node-server';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { bootstrap } from './bootstrap.ts';
import { createApp } from './app.ts';
import { DEMO_PASSWORD } from './seed/demo.ts';
import { createAppWorker } from './modules/reminders/reminders.jobs.ts';
import { backupJobs } from './modules/system/backups.jobs.ts';
import { startControlSocket } from './db/control-socket.ts';

const config = loadConfig();
const started = performance.now();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const demo = process.env.SEED_DEMO !== 'false';
const result = await bootstrap(database, { demo, demoWork: demo });
const app = createApp(database, config);
// Every process may run the worker: the queue hands each job to one of them.
const worker = config.jobsEnabled
  ? createAppWorker(database.db, config, {}, backupJobs(database, config))
  : null;
worker?.start();

// On PGlite nothing else may open the data: `cli backup` asks this process instead.
const control = database.kind === 'pglite' ? await startControlSocket(database, config) : null;

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const where = database.kind === 'pglite' ? `PGlite tại ${config.dataDir}` : 'PostgreSQL';
  console.log(
    `PAPI Hub đang chạy: http://localhost:${info.port}  (CSDL: ${where}, ${performance.now() - started} ms)`,
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
  console.log(
    worker
      ? `Công việc nền: bật (thư: ${config.smtpUrl ? 'SMTP' : 'chỉ ghi nhật ký'}, kiểm tra mỗi ${config.jobsIntervalMs} ms)`
      : 'Công việc nền: tắt (JOBS=off)',
  );
  console.log(
    config.backupHour === null
      ? 'Sao lưu tự động: tắt (BACKUP_HOUR=off)'
      : `Sao lưu tự động: ${config.backupHour} giờ hằng ngày vào ${config.backupDir}, giữ ${config.backupKeep} bản` +
          (worker ? '' : ' (cần JOBS bật ở một tiến trình)'),
  );
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close();
  control?.close();
  // Let the job in hand finish (or roll back) before the connections go.
  void (worker?.stop() ?? Promise.resolve())
    .then(() => database.close())
    .then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
