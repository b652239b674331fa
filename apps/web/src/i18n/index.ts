import { useCallback } from 'react';
import { en } from './en.ts';
import { getLang, useLang } from './lang.ts';
import type { Lang } from './lang.ts';
import { vi } from './vi.ts';
import type { MessageKey } from './vi.ts';

export type { MessageKey } from './vi.ts';
export { useLang, setLang, getLang, LANGS } from './lang.ts';
export type { Lang } from './lang.ts';

const catalogs: Record<Lang, Record<MessageKey, string>> = { vi, en };

export type Vars = Record<string, string | number>;

/** Looks up a message and fills `{name}` placeholders. */
export function translate(key: MessageKey, vars?: Vars, lang: Lang = getLang()): string {
  const template = catalogs[lang][key];
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
