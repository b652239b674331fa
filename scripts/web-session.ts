// A demo user's API session from Node (login, first-login password change, CSRF), shared
// by the browser bench and the plans browser test to set up data without clicking.
const DEMO_PASSWORD = 'PapiHub@2026';
export const NEW_PASSWORD = 'Son-La-PAPI-2026';

export interface ApiSession {
  cookie: string;
  call: <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;
}

async function send(
  baseUrl: string,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string>,
) {
  const res = await fetch(baseUrl + path, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 500)}`);
  return { res, json: text ? (JSON.parse(text) as unknown) : null };
}

// Known passwords per server and user: every failed guess counts toward the login limit.
const known = new Map<string, string>();

/** Logs in (changing the first password when the server asks) and returns a session. */
export async function apiSession(
  baseUrl: string,
  username: string,
  firstPassword = DEMO_PASSWORD,
): Promise<ApiSession> {
  const key = `${baseUrl} ${username}`;
  const guesses = [known.get(key), firstPassword, NEW_PASSWORD].filter(
    (p, i, all): p is string => p !== undefined && all.indexOf(p) === i,
  );
  let login: Awaited<ReturnType<typeof send>> | null = null;
  let error: unknown = null;
  for (const password of guesses) {
    try {
      login = await send(baseUrl, 'POST', '/api/auth/login', { username, password }, {});
      known.set(key, password);
      break;
    } catch (e) {
      error = e;
    }
  }
  if (!login) throw error;
  const cookie = (login.res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  let me = login.json as { csrfToken: string; mustChangePassword?: boolean };
  if (me.mustChangePassword) {
    const changed = await send(
      baseUrl,
      'POST',
      '/api/auth/change-password',
      { currentPassword: firstPassword, newPassword: NEW_PASSWORD },
      { cookie, 'X-CSRF-Token': me.csrfToken },
    );
    me = changed.json as typeof me;
    known.set(key, NEW_PASSWORD);
  }
  return {
    cookie,
    call: async <T>(method: string, path: string, body?: unknown) =>
      (await send(baseUrl, method, path, body, { cookie, 'X-CSRF-Token': me.csrfToken })).json as T,
  };
}

/** The session cookie for a Playwright browser context. */
export function browserCookie(baseUrl: string, session: ApiSession) {
  const at = session.cookie.indexOf('=');
  return { name: session.cookie.slice(0, at), value: session.cookie.slice(at + 1), url: baseUrl };
}
