import { vietnamDate, vietnamInstant } from '@papi/domain';
import type { Database } from '../../db/client.ts';
import type { Config } from '../../config.ts';
import type { JobHandler, Schedule } from '../../platform/jobs/worker.ts';
import { runBackup } from './backups.service.ts';

/**
 * The nightly backup through the job queue: one job per Vietnam day (its dedupe key), due
 * at BACKUP_HOUR, so with several server processes exactly one of them makes it; a failed
 * run is retried by the queue. BACKUP_HOUR=off schedules nothing.
 */
export function backupJobs(
  database: Database,
  config: Config,
  log: (line: string) => void = console.log,
): { handlers: Record<string, JobHandler>; schedules: Schedule[] } {
  const hour = config.backupHour;
  if (hour === null) return { handlers: {}, schedules: [] };
  return {
    handlers: {
      'backup.scheduled': async (tx) => {
        const r = await runBackup(database, config, tx);
        log(
          `Sao lưu tự động: ${r.name} (${(r.size / 1e6).toFixed(1)} MB, ${r.rows} dòng, ${r.files} tệp` +
            `${r.missingFiles ? `, THIẾU ${r.missingFiles} tệp minh chứng` : ''}).`,
        );
      },
    },
    schedules: [
      (now) => {
        const day = vietnamDate(now);
        return {
          kind: 'backup.scheduled',
          dedupeKey: `backup:${day}`,
          runAt: vietnamInstant(day, hour),
          maxAttempts: 3,
        };
      },
    ],
  };
}
