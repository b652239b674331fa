import zlib from 'node:zlib';
import JSZip from 'jszip';
import type { TestContext } from '../../test/harness.ts';

/** A public request as a phone sends it (gzip accepted), with optional extra headers. */
export async function view(ctx: TestContext, path: string, headers: Record<string, string> = {}) {
  const res = await ctx.app.request(path, { headers: { 'accept-encoding': 'gzip', ...headers } });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const gz = res.headers.get('content-encoding') === 'gzip';
  const text =
    bytes.length === 0 ? '' : (gz ? zlib.gunzipSync(bytes) : Buffer.from(bytes)).toString('utf8');
  return { res, bytes, text };
}

/** The page's words as a reader hears them: markup, styles, scripts and SVG left out. */
export function visibleText(page: string): string {
  return page
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<script>[\s\S]*?<\/script>/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

/** Every region the page exposes, named: sections, column headers, links, attributes. */
export function regions(page: string) {
  const all = (re: RegExp) => [...page.matchAll(re)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());
  return {
    sections: all(/<section[^>]*aria-labelledby="([^"]+)"/g),
    columns: [...new Set(all(/<th scope="col"[^>]*>([^<]*)<\/th>/g))].sort(),
    links: all(/href="([^"]+)"/g),
    attributes: [...new Set(all(/<[a-z0-9]+\s([^>]*)>/g).flatMap((a) => all2(a)))].sort(),
  };
}
const all2 = (attrs: string) => [...attrs.matchAll(/([a-z-]+)=/g)].map((m) => m[1]!);

/** A .docx's paragraphs as text. */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .filter((t) => t.trim());
}
