import { createHash } from 'node:crypto';

/**
 * Inline scripts of public pages. The Content-Security-Policy forbids inline scripts except
 * these: each is registered once at start and allowed by its SHA-256 hash, so a page that
 * somehow carried another script would not run it. A public page needs to work with
 * scripts off anyway; these only make it nicer.
 */
const hashes = new Set<string>();

export function inlineScript(source: string): string {
  hashes.add(`'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`);
  return source;
}

/** Paths of server-rendered public pages (citizen survey, the transparency page, feedback). */
export const PUBLIC_PAGE_PATH = /^\/(khao-sat\/|cong-khai(\/|$))/;

/** The script-src sources public pages add to 'self'. */
export const inlineScriptSources = () => [...hashes].join(' ');
