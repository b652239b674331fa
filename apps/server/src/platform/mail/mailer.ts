import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Executor } from '../../db/client.ts';
import { mailLog } from '../../modules/notifications/notifications.table.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** How mail leaves: SMTP when configured, otherwise only the log (a console line). */
export interface MailTransport {
  name: 'smtp' | 'log';
  send: (message: MailMessage) => Promise<{ messageId: string | null }>;
}

export interface MailConfig {
  smtpUrl: string | undefined;
  mailFrom: string;
}

export function createTransport(
  config: MailConfig,
  log: (line: string) => void = console.log,
): MailTransport {
  if (!config.smtpUrl) {
    return {
      name: 'log',
      send: async (m) => {
        log(`Thư (chưa cấu hình SMTP, chỉ ghi nhật ký) tới ${m.to}: ${m.subject}`);
        return { messageId: null };
      },
    };
  }
  const smtp = nodemailer.createTransport(config.smtpUrl);
  return {
    name: 'smtp',
    send: async (m) => {
      const info = await smtp.sendMail({
        from: config.mailFrom,
        to: m.to,
        subject: m.subject,
        text: m.text,
      });
      return { messageId: info.messageId ?? null };
    },
  };
}

export interface OutgoingMail extends MailMessage {
  userId: number | null;
  kind: string;
  /** A mail with a key goes out once: a retried job finds it already logged. */
  dedupeKey: string;
}

/**
 * Logs the mail in `mail_log` and hands it to the transport, in the caller's transaction:
 * if sending fails the log row rolls back with the job's attempt and the retry sends it.
 * Returns false when that mail was already sent.
 */
export async function sendMail(
  tx: Executor,
  transport: MailTransport,
  mail: OutgoingMail,
): Promise<boolean> {
  const [row] = await tx
    .insert(mailLog)
    .values({
      userId: mail.userId,
      toAddress: mail.to,
      subject: mail.subject,
      text: mail.text,
      kind: mail.kind,
      transport: transport.name,
      dedupeKey: mail.dedupeKey,
    })
    .onConflictDoNothing({ target: mailLog.dedupeKey })
    .returning({ id: mailLog.id });
  if (!row) return false;
  const { messageId } = await transport.send(mail);
  if (messageId) {
    await tx.update(mailLog).set({ messageId }).where(eq(mailLog.id, row.id));
  }
  return true;
}
