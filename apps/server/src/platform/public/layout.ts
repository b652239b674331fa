import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Context } from 'hono';
import { html, raw, type SafeHtml } from './html.ts';

const gzip = promisify(zlib.gzip);

/**
 * Styles of every public page: one column, text 18 px, answers as whole-width touch
 * targets of at least 48 px, no web fonts or images (a 2G line pays for every byte).
 */
export const PUBLIC_CSS = `*{box-sizing:border-box}
body{margin:0;font:18px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1b1e;background:#f4f6f8}
main{max-width:40rem;margin:0 auto;padding:16px}
header{background:#1c4e80;color:#fff;padding:12px 0}header p{max-width:40rem;margin:0 auto;padding:0 16px;font-size:15px}
h1{font-size:24px;line-height:1.3;margin:8px 0 16px}h2{font-size:20px;margin:24px 0 8px}.card>h2:first-child{margin-top:0}
.card{background:#fff;border-radius:8px;padding:16px;margin:0 0 16px;border:1px solid #dde1e6}
fieldset{border:0;margin:0;padding:0;min-width:0}legend{font-weight:600;padding:0;margin-bottom:8px}
.opt{display:flex;align-items:center;gap:12px;min-height:52px;padding:10px 12px;margin:6px 0;border:1px solid #c4cad1;border-radius:8px;background:#fff;cursor:pointer}
.opt input{width:24px;height:24px;margin:0;flex:none}
input[type=text],input[type=number],input[type=date],textarea,select{width:100%;font:inherit;padding:12px;min-height:52px;border:1px solid #8a939c;border-radius:8px;background:#fff}
button{width:100%;min-height:56px;font:inherit;font-weight:600;color:#fff;background:#1c6e3d;border:0;border-radius:8px;margin:8px 0}
.hint{color:#555;font-size:16px;margin:0 0 6px}.req{color:#b3261e}
.err{color:#b3261e;font-weight:600;margin:6px 0}.bad{border-color:#b3261e;border-width:2px}
.summary{border:2px solid #b3261e;background:#fff5f5}
.summary a{color:#b3261e}
.hp{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
.ok{border-left:6px solid #1c6e3d}
[hidden]{display:none!important}`;

export interface PublicPage {
  title: string;
  /** A line above the page naming who asks (the unit running the survey). */
  banner?: string;
  body: SafeHtml;
  /** A script registered with inlineScript (its hash is allowed by the CSP). */
  script?: string;
  /** Styles of this page on top of PUBLIC_CSS (a constant of the code, never input). */
  css?: string;
}

export function renderPage(page: PublicPage): string {
  return html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${page.title}</title>
        <style>
          ${raw(PUBLIC_CSS + (page.css ?? ''))}
        </style>
      </head>
      <body>
        ${page.banner ? html`<header><p>${page.banner}</p></header>` : ''}
        <main>${page.body}</main>
        ${
          // Concatenated, not templated: the script's bytes must match its CSP hash exactly.
          page.script ? raw('<script>' + page.script + '</script>') : ''
        }
      </body>
    </html>`.value;
}

/**
 * Sends a public page: gzipped when the browser accepts it (the form of a long
 * questionnaire shrinks to a tenth), never cached (it carries a one-time form id).
 */
export async function sendPage(c: Context, page: PublicPage, status = 200): Promise<Response> {
  const body = Buffer.from(renderPage(page), 'utf8');
  c.header('Content-Type', 'text/html; charset=utf-8');
  c.header('Cache-Control', 'no-store');
  c.header('Vary', 'Accept-Encoding');
  if (/\bgzip\b/i.test(c.req.header('Accept-Encoding') ?? '')) {
    c.header('Content-Encoding', 'gzip');
    return c.body(new Uint8Array(await gzip(body, { level: 9 })), status as 200);
  }
  return c.body(new Uint8Array(body), status as 200);
}
