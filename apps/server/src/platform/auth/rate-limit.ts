import { and, count, eq, gt } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { loginAttempt } from '../../modules/auth/auth.table.ts';
import { AppError } from '../errors.ts';
import { nowMs } from '../clock.ts';

const WINDOW_MINUTES = 15;
const MAX_FAILURES_PER_USERNAME = 5;
const MAX_FAILURES_PER_IP = 30;

/**
 * Counts recent failures in the database (not in memory) so the limit holds across
 * server processes. Refuses before the password is even checked.
 */
export async function assertLoginAllowed(db: Executor, username: string, ip: string) {
  const since = new Date(nowMs() - WINDOW_MINUTES * 60 * 1000);
  const failures = (where: ReturnType<typeof eq>) =>
    db
      .select({ n: count() })
      .from(loginAttempt)
      .where(and(where, eq(loginAttempt.success, false), gt(loginAttempt.at, since)))
      .then((r) => r[0]?.n ?? 0);
  const [byUser, byIp] = await Promise.all([
    failures(eq(loginAttempt.username, username)),
    failures(eq(loginAttempt.ip, ip)),
  ]);
  if (byUser >= MAX_FAILURES_PER_USERNAME || byIp >= MAX_FAILURES_PER_IP) {
    throw new AppError(
      429,
      'TOO_MANY_ATTEMPTS',
      `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${WINDOW_MINUTES} phút.`,
    );
  }
}

export async function recordLoginAttempt(
  db: Executor,
  username: string,
  ip: string,
  success: boolean,
): Promise<void> {
  await db.insert(loginAttempt).values({ username, ip, success });
}
