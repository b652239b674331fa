// The parts of the contracts that carry no schema, kept free of zod so the web app's first
// screen can use them without downloading the validation library.

/** Response header with the server's clock (ISO instant): the web app's "now" follows it. */
export const SERVER_NOW_HEADER = 'X-Server-Now';

/** Fills `:name` segments of a contract path. */
export function buildPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) =>
    encodeURIComponent(String(params?.[name] ?? '')),
  );
}
