// The soak's HTTP calls: a user's session (cookie + CSRF token) and one request, timed.
export interface Session {
  cookie: string;
  csrf: string;
}

export interface Reply<T = unknown> {
  status: number;
  body: T;
  ms: number;
}

export async function call<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  session: Session | null,
  body?: unknown,
): Promise<Reply<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] = session.csrf;
  }
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const started = performance.now();
  const res = await fetch(baseUrl + path, {
    method,
    headers,
    body: payload,
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text for the error message
  }
  return { status: res.status, body: parsed as T, ms };
}

/** Like `call`, for setup steps: anything but the expected status stops the run. */
export async function must<T = unknown>(
  expected: number,
  ...args: Parameters<typeof call>
): Promise<T> {
  const r = await call<T>(...args);
  if (r.status !== expected)
    throw new Error(`${args[1]} ${args[2]} → ${r.status}: ${JSON.stringify(r.body).slice(0, 400)}`);
  return r.body;
}

/** Logs in; a first login changes the password to `newPassword` as the server demands. */
export async function login(
  baseUrl: string,
  username: string,
  passwords: { current: string; next: string },
): Promise<Session> {
  for (const password of [passwords.current, passwords.next]) {
    const res = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const me = (await res.json()) as { csrfToken: string; mustChangePassword?: boolean };
    if (res.status !== 200) continue;
    const session = { cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrf: me.csrfToken };
    if (!me.mustChangePassword) return session;
    const changed = await must<{ csrfToken: string }>(
      200,
      baseUrl,
      'POST',
      '/api/auth/change-password',
      session,
      { currentPassword: password, newPassword: passwords.next },
    );
    return { cookie: session.cookie, csrf: changed.csrfToken };
  }
  throw new Error(`đăng nhập ${username} thất bại`);
}

/** A small valid PDF (the server reads the type from the content). */
export function smallPdf(marker: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% ${marker}\n${'0'.repeat(1500)}\n%%EOF\n`);
}
