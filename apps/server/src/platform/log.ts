/**
 * Error text safe for logs. Database errors carry what was sent (drizzle's "params: …", the
 * driver's `detail` such as "Key (username)=(lan)" and quoted values in messages like
 * 'invalid input syntax for type integer: "…"'): personal data and tokens must not reach
 * log files, so only the statement (with its $n placeholders), the SQLSTATE and the
 * message with quoted values masked are kept, plus the stack of the outermost error.
 */
export function describeError(err: unknown, options: { stack?: boolean } = {}): string {
  const parts: string[] = [];
  let first = true;
  for (let e: unknown = err, hops = 0; e && hops < 5; e = causeOf(e), hops++) {
    if (!(e instanceof Error)) {
      parts.push(mask(String(e)));
      break;
    }
    const fields = e as Error & { code?: unknown; query?: unknown; table?: unknown };
    const code = typeof fields.code === 'string' ? ` [${fields.code}]` : '';
    const table = typeof fields.table === 'string' ? ` (bảng ${fields.table})` : '';
    const message =
      typeof fields.query === 'string'
        ? `Câu lệnh SQL lỗi: ${fields.query.slice(0, 500)}`
        : mask(e.message.replace(/\nparams:[\s\S]*$/, ''));
    parts.push(`${first ? '' : 'nguyên nhân: '}${e.name}${code}${table}: ${message}`);
    if (first && e.stack && options.stack !== false)
      // Only the "at" lines: the first lines repeat the message, parameters included.
      parts.push(
        e.stack
          .split('\n')
          .filter((line) => /^\s+at /.test(line))
          .slice(0, 7)
          .join('\n'),
      );
    first = false;
  }
  return parts.join('\n');
}

const causeOf = (e: unknown) => (e as { cause?: unknown }).cause;

/** Quoted text in a message may be a user's value: "…" and '…' are shown as «…». */
const mask = (text: string) => text.replace(/"[^"\n]*"|'[^'\n]*'/g, '«…»').slice(0, 1000);

/** console.error with a safe description (server logs go to the service journal). */
export function logError(context: string, err: unknown): void {
  console.error(`${context}\n${describeError(err)}`);
}
