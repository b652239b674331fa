import { z } from 'zod';

/**
 * The archive (`.tar.gz`) holds `tables/<table>.jsonl` (one to_jsonb row per line, sorted),
 * `files/<storage key>` (evidence bytes) and, last, `manifest.json` described here. Every
 * table and file is named with its sha256, so a restore can check all of it before it
 * changes anything.
 */
export const BACKUP_FORMAT = 'papihub-backup';
export const BACKUP_FORMAT_VERSION = 1;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** Storage keys are ours ("evidence/2026/06/<uuid>"): no "..", no absolute paths. */
export const ZStorageKey = z
  .string()
  .regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/)
  .refine((k) => !k.split('/').includes('..'));

export const ZBackupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.string(),
  appVersion: z.string(),
  databaseKind: z.enum(['pglite', 'postgres']),
  /** Tag of the newest migration applied to the source database. */
  migration: z.string(),
  /** In foreign-key order (parents first), as restored. */
  tables: z.array(
    z.object({
      name: z.string().regex(/^[a-z_][a-z0-9_]*$/),
      rows: z.number().int().nonnegative(),
      sha256,
    }),
  ),
  sequences: z.array(
    z.object({ name: z.string(), lastValue: z.number().int(), isCalled: z.boolean() }),
  ),
  files: z.array(z.object({ key: ZStorageKey, size: z.number().int().nonnegative(), sha256 })),
  /** Evidence rows whose bytes were already missing from the store at backup time. */
  missingFiles: z.array(
    z.object({
      key: z.string(),
      evidenceId: z.number().int().optional(),
      feedbackFileId: z.number().int().optional(),
    }),
  ),
});
export type BackupManifest = z.infer<typeof ZBackupManifest>;

export const tableEntry = (table: string) => `tables/${table}.jsonl`;
export const fileEntry = (key: string) => `files/${key}`;
export const MANIFEST_ENTRY = 'manifest.json';

export class BackupError extends Error {}
