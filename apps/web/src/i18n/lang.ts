import { useSyncExternalStore } from 'react';

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const STORAGE_KEY = 'papi.lang';
const listeners = new Set<() => void>();

function readStored(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'vi';
  } catch {
    // Storage can be blocked (private mode, policies): Vietnamese is the default anyway.
    return 'vi';
  }
}

let current: Lang = readStored();

export function getLang(): Lang {
  return current;
}

/** Makes `lang` active; index.ts setLang calls this once its catalog has arrived. */
export function applyLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not persisted; the choice still applies for this page load.
  }
  document.documentElement.lang = lang;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The active UI language; kept outside React so non-component code can translate too. */
export function useLang(): Lang {
  return useSyncExternalStore(subscribe, getLang);
}
