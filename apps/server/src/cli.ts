import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { ROLES, type Role } from '@papi/domain';
import { assessPassword } from './platform/auth/password-strength.ts';
import { loadConfig } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { currentMigration, runMigrations } from './db/migrate.ts';
import { createBackup, restoreBackup, type BackupManifest } from './db/backup.ts';
import { fileStoreFor } from './platform/files/file-store.ts';
import { lockHolder } from './db/lock.ts';
import { requestServerBackup } from './db/control-socket.ts';
import { importAdminUnits } from './modules/units/units.import.ts';
import { seedDemo, DEMO_PASSWORD, DEMO_PROVINCE_CODE } from './seed/demo.ts';
import { generateNational } from './seed/national/national.ts';
import { appUser } from './modules/users/users.table.ts';
import { userSearchText } from './modules/users/users.repository.ts';
import { generateTemporaryPassword, hashPassword } from './platform/auth/password-hash.ts';
import { recordAudit } from './platform/audit.ts';
import { saveInstallationSetting } from './modules/system/settings.service.ts';

const USAGE = `Cách dùng: npm run cli -- <lệnh> [tùy chọn]
  migrate                         Áp dụng migration
  import-units                    Nhập/cập nhật danh mục đơn vị hành chính (trước và sau 2025)
  seed-demo [--province 14]       Tạo dữ liệu mẫu (cơ quan, tài khoản) cho một tỉnh
  seed-national [--scale 1]       Dữ liệu tổng hợp toàn quốc để đo hiệu năng (34 tỉnh, 3.321 xã,
                                  ~200.000 nhiệm vụ ở --scale 1); không dùng cho CSDL thật
  set-installation --province <mã> | --national [--name <tên>]
  create-user --username <u> --full-name <tên> --role <${ROLES.join('|')}>
              --unit <mã tỉnh/xã hiện hành> [--password <mk>]
  reset-password --username <u>   Cấp mật khẩu tạm mới
  backup <tệp.tar.gz>             Sao lưu mọi bảng và tệp minh chứng (chạy được khi máy chủ đang chạy)
  restore <tệp.tar.gz>            Kiểm tra rồi khôi phục (thay thế toàn bộ dữ liệu và tệp)`;

class UsageError extends Error {}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    province: { type: 'string' },
    national: { type: 'boolean' },
    name: { type: 'string' },
    username: { type: 'string' },
    'full-name': { type: 'string' },
    role: { type: 'string' },
    unit: { type: 'string' },
    password: { type: 'string' },
    scale: { type: 'string' },
  },
});

function required(name: keyof typeof values): string {
  const value = values[name];
  if (typeof value !== 'string' || !value) throw new UsageError(`Thiếu --${name}`);
  return value;
}

async function findCurrentUnit(database: Database, code: string) {
  const { rows } = await database.pool.query<{
    id: number;
    path: string;
    name: string;
    fullName: string;
  }>(
    `select id, path, name, full_name as "fullName" from admin_unit where era in ('post2025', 'all') and code = $1
      order by case level when 'province' then 0 else 1 end limit 1`,
    [code],
  );
  if (!rows[0]) throw new UsageError(`Không có đơn vị hiện hành mã ${code}`);
  return rows[0];
}

const commands: Record<string, (database: Database) => Promise<void>> = {
  migrate: async (database) =>
    console.log(`Đã áp dụng migration: ${await currentMigration(database)}`),
  'import-units': async ({ db }) => {
    const r = await db.transaction((tx) => importAdminUnits(tx));
    console.log(
      `Đơn vị: ${r.inserted} mới, ${r.updated} cập nhật; ${r.successions} quan hệ sắp xếp (${r.skippedMappings} dòng không khớp mã cũ).`,
    );
  },
  'seed-demo': async ({ db }) => {
    const accounts = await db.transaction((tx) =>
      seedDemo(tx, values.province ?? DEMO_PROVINCE_CODE),
    );
    console.log(`Đã tạo ${accounts.length} tài khoản mẫu, mật khẩu ban đầu ${DEMO_PASSWORD}.`);
  },
  'seed-national': async ({ pool }) => {
    const scale = Number(values.scale ?? 1);
    if (!(scale > 0 && scale <= 5)) throw new UsageError('--scale phải trong khoảng (0, 5]');
    for (const s of await generateNational(pool, { scale })) {
      console.log(
        `${s.table.padEnd(10)} ${String(s.rows).padStart(9)} dòng  ${s.ms.toFixed(0)} ms`,
      );
    }
    console.log(`Mật khẩu của mọi tài khoản tạo ra: ${DEMO_PASSWORD}`);
  },
  'set-installation': async (database) => {
    const provinceCode = values.national ? null : required('province');
    if (provinceCode) await findCurrentUnit(database, provinceCode);
    await saveInstallationSetting(database.db, {
      name: values.name ?? 'PAPI Hub',
      provinceCode,
      demo: false,
    });
    console.log('Đã lưu cấu hình cài đặt.');
  },
  'create-user': async (database) => {
    const role = required('role') as Role;
    if (!ROLES.includes(role)) throw new UsageError(`Vai trò không hợp lệ: ${role}`);
    const username = required('username').toLowerCase();
    const unit = await findCurrentUnit(database, required('unit'));
    const password = values.password ?? generateTemporaryPassword();
    const problems = values.password
      ? assessPassword(password, { username, unitNames: [unit.name, unit.fullName] })
      : [];
    if (problems.length) throw new UsageError(problems.join(' '));
    const fullName = required('full-name');
    await database.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(appUser)
        .values({
          username,
          fullName,
          role,
          unitId: unit.id,
          passwordHash: await hashPassword(password),
          mustChangePassword: !values.password,
          search: userSearchText(username, fullName, ''),
        })
        .returning({ id: appUser.id });
      await recordAudit(tx, null, {
        action: 'create',
        entity: 'user',
        entityId: row!.id,
        unitPath: unit.path,
        summary: `Tạo tài khoản "${username}" từ dòng lệnh`,
      });
    });
    console.log(`Đã tạo ${username}${values.password ? '' : `, mật khẩu tạm: ${password}`}`);
  },
  'reset-password': async ({ db }) => {
    const username = required('username').toLowerCase();
    const password = generateTemporaryPassword();
    const updated = await db
      .update(appUser)
      .set({
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
        version: sql`${appUser.version} + 1`,
      })
      .where(eq(appUser.username, username))
      .returning({ id: appUser.id });
    if (updated.length === 0) throw new UsageError(`Không có tài khoản ${username}`);
    console.log(`Mật khẩu tạm của ${username}: ${password}`);
  },
  backup: async (database) => {
    const file = positionals[1];
    if (!file) throw new UsageError('Thiếu tên tệp sao lưu');
    const m = await createBackup(database, fileStoreFor(config), file);
    console.log(describeBackup(file, m));
  },
  restore: async (database) => {
    const file = positionals[1];
    if (!file || !fs.existsSync(file))
      throw new UsageError('Thiếu hoặc không tìm thấy tệp sao lưu');
    const m = await restoreBackup(database, fileStoreFor(config), file);
    console.log(
      `Đã khôi phục và kiểm tra ${m.tables.length} bảng, ${m.files.length} tệp từ ${file}.`,
    );
  },
};

function describeBackup(file: string, m: BackupManifest): string {
  const rows = m.tables.reduce((n, t) => n + t.rows, 0);
  const missing = m.missingFiles.length
    ? `\nCẢNH BÁO: ${m.missingFiles.length} tệp minh chứng đã mất trước khi sao lưu: ${m.missingFiles.map((f) => (f.evidenceId ? `#${f.evidenceId}` : `phản ánh #${f.feedbackFileId}`)).join(', ')}`
    : '';
  return (
    `Đã sao lưu ${m.tables.length} bảng (${rows} dòng) và ${m.files.length} tệp minh chứng vào ${file} ` +
    `(${(fs.statSync(file).size / 1e6).toFixed(1)} MB).${missing}`
  );
}

const command = commands[positionals[0] ?? ''];
if (!command) {
  console.log(USAGE);
  process.exit(positionals[0] ? 2 : 0);
}
const config = loadConfig();
// PGlite's data directory belongs to the running server: ask it for the backup instead.
const holder = config.databaseUrl ? null : lockHolder(config.dataDir);
if (positionals[0] === 'backup' && holder) {
  try {
    const started = performance.now();
    const r = await requestServerBackup(config.dataDir);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    let where = path.join(config.backupDir, r.name);
    if (positionals[1]) {
      fs.copyFileSync(where, positionals[1]);
      where = positionals[1];
    }
    console.log(
      `Máy chủ đang chạy (tiến trình ${holder}) đã sao lưu ${r.tables} bảng (${r.rows} dòng) và ` +
        `${r.files} tệp minh chứng: ${where} (${(r.size / 1e6).toFixed(1)} MB, ${seconds} giây).`,
    );
    process.exit(0);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
let exitCode = 0;
try {
  await runMigrations(database);
  await command(database);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  exitCode = err instanceof UsageError ? 2 : 1;
} finally {
  await database.close();
}
process.exit(exitCode);
