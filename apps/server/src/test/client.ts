import type { Hono } from 'hono';
import type { AppEnv } from '../platform/http.ts';
import { DEMO_PASSWORD } from '../seed/demo.ts';

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
}

/** A browser stand-in: keeps the session cookie and sends the CSRF token on writes. */
export class TestClient {
  cookie = '';
  csrfToken = '';
  constructor(private readonly app: Hono<AppEnv>) {}

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const init: RequestInit = {
      method,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(method !== 'GET' && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined
        ? { body: typeof body === 'string' ? body : JSON.stringify(body) }
        : {}),
    };
    const res = await this.app.request(path, init);
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON (HTML pages): keep the text.
    }
    return { status: res.status, body: parsed as T };
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = Record<string, unknown>>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  patch<T = Record<string, unknown>>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }

  async login(username: string, password = DEMO_PASSWORD) {
    const res = await this.post<{ csrfToken: string }>('/api/auth/login', { username, password });
    if (res.status === 200) this.csrfToken = res.body.csrfToken;
    return res;
  }
}
