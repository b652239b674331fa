import type { Lang } from './lang.ts';
import { setDomainEnglish } from './domain-text.ts';
import type { viApp } from './vi/app.ts';
import type { viShell } from './vi/shell.ts';

export type MessageKey = keyof typeof viShell | keyof typeof viApp;
type Messages = Partial<Record<MessageKey, string>>;

/**
 * The catalog comes in two parts per language: `shell` (sign-in, navigation, errors) before
 * the first screen and `app` (every feature) with the signed-in shell. Each is its own chunk,
 * so a visitor downloads only the language shown, and the login page only its own words;
 * the domain's English texts travel with the English `app` part.
 */
export type Part = 'shell' | 'app';

const LOADERS: Record<Lang, Record<Part, () => Promise<Messages>>> = {
  vi: {
    shell: () => import('./vi/shell.ts').then((m) => m.viShell),
    app: () => import('./vi/app.ts').then((m) => m.viApp),
  },
  en: {
    shell: () => import('./en/shell.ts').then((m) => m.enShell),
    // The domain's texts in English (domainText) come with the English app part only.
    app: () =>
      Promise.all([import('./en/app.ts'), import('./domain-english.ts')]).then(([m, d]) => {
        setDomainEnglish(d.toEnglish);
        return m.enApp;
      }),
  },
};

export const messages: Record<Lang, Messages> = { vi: {}, en: {} };
const loads = new Map<string, Promise<void>>();

/** Fetches one part of one language once; a failed fetch may be tried again later. */
export function loadPart(lang: Lang, part: Part): Promise<void> {
  const key = `${lang}:${part}`;
  let load = loads.get(key);
  if (!load) {
    load = LOADERS[lang][part]().then(
      (loaded) => void Object.assign(messages[lang], loaded),
      (error: unknown) => {
        loads.delete(key);
        throw error;
      },
    );
    loads.set(key, load);
  }
  return load;
}
