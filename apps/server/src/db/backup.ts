import { randomBytes } from 'node:crypto';
import type { Database } from './client.ts';
import { currentMigration } from './migrate.ts';
import { now } from '../platform/clock.ts';

/** Tables in foreign-key order: parents before children (restore inserts in this order). */
export const BACKUP_TABLES = [
  'setting',
  'admin_unit',
  'unit_succession',
  'agency',
  'app_user',
  'user_session',
  'login_attempt',
  'audit_log',
  'index_framework',
  'index_release',
  'index_result',
  'index_target',
  'domain_event',
  'plan',
  'plan_task',
] as const;

const HEADER = '-- PAPI Hub backup';

/**
 * Writes the whole database as one SQL script: each table's rows as a JSON document fed
 * to json_populate_recordset, which restores every column type exactly on PGlite and
 * PostgreSQL alike (pg_dump is not available for PGlite). Restoring replaces all data.
 */
export async function createBackup(database: Database): Promise<string> {
  const migration = await currentMigration(database);
  const tag = `papi_${randomBytes(6).toString('hex')}`;
  const parts = [
    `${HEADER} (migration ${migration}, ${now().toISOString()})`,
    `-- migration: ${migration}`,
    'begin;',
    `truncate ${BACKUP_TABLES.join(', ')} restart identity cascade;`,
  ];
  for (const table of BACKUP_TABLES) {
    const { rows } = await database.pool.query<{ data: unknown[] | null }>(
      `select json_agg(t) as data from ${table} t`,
    );
    const data = JSON.stringify(rows[0]?.data ?? []);
    if (data.includes(`$${tag}$`))
      throw new Error('Dấu phân cách sao lưu trùng dữ liệu, hãy thử lại.');
    parts.push(
      `insert into ${table} select * from json_populate_recordset(null::${table}, $${tag}$${data}$${tag}$);`,
    );
  }
  // Serial columns must continue after the restored ids.
  parts.push(
    ...[
      'admin_unit',
      'agency',
      'app_user',
      'login_attempt',
      'audit_log',
      'index_release',
      'index_target',
      'domain_event',
      'plan',
      'plan_task',
    ].map(
      (t) =>
        `select setval(pg_get_serial_sequence('${t}', 'id'), coalesce((select max(id) from ${t}), 0) + 1, false);`,
    ),
    'commit;',
    '',
  );
  return parts.join('\n');
}

export class BackupError extends Error {}

/** Replaces all data with a backup's, in one transaction; refuses another schema version. */
export async function restoreBackup(database: Database, script: string): Promise<void> {
  if (!script.startsWith(HEADER)) throw new BackupError('Tệp không phải bản sao lưu PAPI Hub.');
  const expected = /^-- migration: (.+)$/m.exec(script)?.[1];
  const actual = await currentMigration(database);
  if (expected !== actual) {
    throw new BackupError(
      `Bản sao lưu thuộc phiên bản CSDL ${expected ?? '?'}, CSDL hiện tại là ${actual}. ` +
        'Hãy khôi phục vào cài đặt cùng phiên bản rồi nâng cấp.',
    );
  }
  const client = await database.pool.connect();
  try {
    await client.query(script);
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
