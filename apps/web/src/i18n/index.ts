import { useCallback } from 'react';
import { loadPart, messages } from './catalogs.ts';
import type { MessageKey, Part } from './catalogs.ts';
import { applyLang, getLang, useLang } from './lang.ts';
import type { Lang } from './lang.ts';

export type { MessageKey } from './catalogs.ts';
export { useLang, getLang, LANGS } from './lang.ts';
export type { Lang } from './lang.ts';

// Parts some screen has asked for: switching language fetches these in the new language.
const needed = new Set<Part>();

/** Makes a part of the catalog available in the active language (and in any chosen later). */
export function loadMessages(part: Part): Promise<void> {
  needed.add(part);
  return loadPart(getLang(), part);
}

/** Switches the UI language once its text for every screen in use has arrived. */
export async function setLang(lang: Lang): Promise<void> {
  await Promise.all([...needed].map((part) => loadPart(lang, part)));
  applyLang(lang);
}

export type Vars = Record<string, string | number>;

/** Looks up a message and fills `{name}` placeholders. */
export function translate(key: MessageKey, vars?: Vars, lang: Lang = getLang()): string {
  // Screens wait for their part, so the key itself only shows if a chunk failed to load.
  const template = messages[lang][key] ?? messages.vi[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

export type Translate = (key: MessageKey, vars?: Vars) => string;

export function useT(): Translate {
  const lang = useLang();
  return useCallback((key, vars) => translate(key, vars, lang), [lang]);
}
