import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { ROLES, type Role } from '@papi/domain';
import { assessPassword } from './platform/auth/password-strength.ts';
import { loadConfig } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { currentMigration, runMigrations } from './db/migrate.ts';
import { createBackup, restoreBackup } from './db/backup.ts';
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
  backup <tệp.sql>                Sao lưu toàn bộ dữ liệu ra tệp SQL
  restore <tệp.sql>               Khôi phục từ tệp sao lưu (thay thế toàn bộ dữ liệu)`;

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
    fs.writeFileSync(file, await createBackup(database));
    console.log(`Đã sao lưu vào ${file} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB).`);
  },
  restore: async (database) => {
    const file = positionals[1];
    if (!file || !fs.existsSync(file))
      throw new UsageError('Thiếu hoặc không tìm thấy tệp sao lưu');
    await restoreBackup(database, fs.readFileSync(file, 'utf8'));
    console.log(`Đã khôi phục từ ${file}.`);
  },
};

const command = commands[positionals[0] ?? ''];
if (!command) {
  console.log(USAGE);
  process.exit(positionals[0] ? 2 : 0);
}
const config = loadConfig();
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
