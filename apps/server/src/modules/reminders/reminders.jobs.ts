import { sql } from 'drizzle-orm';
import { vietnamDate, vietnamHour, vietnamInstant } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { Config } from '../../config.ts';
import type { FileStore } from '../../platform/files/storage.ts';
import { fileStoreFor } from '../../platform/files/file-store.ts';
import { sweepIncoming, sweepOrphanFiles } from '../../platform/files/sweep.ts';
import { incomingDir } from '../../platform/files/upload.ts';
import {
  createTransport,
  sendMail,
  type MailTransport,
  type OutgoingMail,
} from '../../platform/mail/mailer.ts';
import {
  createWorker,
  type JobHandler,
  type Schedule,
  type WorkerOptions,
} from '../../platform/jobs/worker.ts';
import { runReminderScan } from './scan.ts';
import { enqueueDigests, sendUserDigest } from './digest.ts';
import { relayEvents, type EventNotifiers } from './relay.ts';
import { EVENT_NOTIFIERS } from './notifiers.ts';
import { planObligationSource, taskSource, type DueItemSource } from './sources.ts';
import { reportSource } from './report-source.ts';
import { programmeReviewSource } from '../programmes/programmes.due.ts';
import { feedbackSource } from '../feedback/feedback.due.ts';

/** Every source the scan and the digest read. */
export const DUE_ITEM_SOURCES: DueItemSource[] = [
  planObligationSource,
  reportSource,
  taskSource,
  programmeReviewSource,
  feedbackSource,
];

/** Hour of the day (Vietnam time) of the reminder scan: before the default 07:00 digest. */
export const REMINDER_SCAN_HOUR = 6;
/** Done jobs are kept this long for inspection, then deleted. */
const KEEP_DONE_DAYS = 30;

export interface JobSetup {
  publicUrl: string;
  transport: MailTransport;
  sources?: DueItemSource[];
  notifiers?: EventNotifiers;
  relayEveryMs?: number;
  /** Where evidence bytes live, for the daily sweep of orphaned files. */
  files?: FileStore;
  /** DATA_DIR/incoming, where uploads stream before they are stored. */
  incoming?: string;
}

/** Every job kind the application runs, by name. */
export function jobHandlers(setup: JobSetup): Record<string, JobHandler> {
  const sources = setup.sources ?? DUE_ITEM_SOURCES;
  const notifiers = setup.notifiers ?? EVENT_NOTIFIERS;
  const env = { publicUrl: setup.publicUrl };
  return {
    'reminder.scan': async (tx, job, { now }) => {
      await runReminderScan(tx, sources, String(job.payload.day), { ...env, now });
    },
    'digest.hour': async (tx, job, { now }) => {
      await enqueueDigests(tx, String(job.payload.day), Number(job.payload.hour), now);
    },
    'digest.user': async (tx, job, { now }) => {
      await sendUserDigest(tx, sources, Number(job.payload.userId), String(job.payload.day), {
        ...env,
        now,
      });
    },
    'events.relay': async (tx, _job, { now }) => {
      // A backlog drains over several runs, one batch per transaction.
      await relayEvents(tx, notifiers, { ...env, now });
    },
    'mail.send': async (tx, job) => {
      await sendMail(tx, setup.transport, job.payload as unknown as OutgoingMail);
    },
    'files.sweep': async (tx, _job, { now }) => {
      if (setup.files) await sweepOrphanFiles(tx, setup.files, now);
      if (setup.incoming) await sweepIncoming(setup.incoming, now);
    },
    'jobs.cleanup': async (tx: Executor, _job, { now }) => {
      await tx.execute(sql`
        delete from job where status = 'done'
           and done_at < ${now.toISOString()}::timestamptz - ${`${KEEP_DONE_DAYS} days`}::interval`);
    },
  };
}

/** The periodic jobs; each period's dedupe key makes it exist once across processes. */
export function jobSchedules(relayEveryMs = 30_000): Schedule[] {
  return [
    (now) => {
      const day = vietnamDate(now);
      return {
        kind: 'reminder.scan',
        dedupeKey: `reminder-scan:${day}`,
        runAt: vietnamInstant(day, REMINDER_SCAN_HOUR),
        payload: { day },
      };
    },
    (now) => {
      const day = vietnamDate(now);
      const hour = vietnamHour(now);
      return {
        kind: 'digest.hour',
        dedupeKey: `digest-hour:${day}T${String(hour).padStart(2, '0')}`,
        // Digests wait for the day's reminder scan, so they list what it just found.
        runAt: vietnamInstant(day, Math.max(hour, REMINDER_SCAN_HOUR)),
        payload: { day, hour },
      };
    },
    (now) => ({
      kind: 'events.relay',
      dedupeKey: `events-relay:${Math.floor(now.getTime() / relayEveryMs)}`,
      runAt: now,
      maxAttempts: 1,
    }),
    (now) => ({ kind: 'jobs.cleanup', dedupeKey: `jobs-cleanup:${vietnamDate(now)}` }),
    (now) => ({ kind: 'files.sweep', dedupeKey: `files-sweep:${vietnamDate(now)}` }),
  ];
}

/** The worker main.ts starts: all handlers, all schedules, mail by the configuration. */
export function createAppWorker(
  db: Executor,
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl' | 'jobsIntervalMs' | 'dataDir' | 's3'>,
  extra: Partial<WorkerOptions> = {},
  /** Jobs of other modules (the nightly backup). */
  more: { handlers?: Record<string, JobHandler>; schedules?: Schedule[] } = {},
) {
  const transport = createTransport({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom });
  return createWorker(db, {
    handlers: {
      ...jobHandlers({
        publicUrl: config.publicUrl,
        transport,
        files: fileStoreFor(config),
        incoming: incomingDir(config.dataDir),
      }),
      ...more.handlers,
    },
    schedules: [...jobSchedules(), ...(more.schedules ?? [])],
    intervalMs: config.jobsIntervalMs,
    ...extra,
  });
}
