import { getLang } from './lang.ts';

type Translator = (text: string) => string;

// The domain's English catalog (~7 KB on the wire) arrives with the English `app` part of
// the UI catalog (catalogs.ts): Vietnamese users never download it.
let english: Translator | null = null;

/** Called by the catalog loader once the English domain texts have arrived. */
export function setDomainEnglish(translator: Translator): void {
  english = translator;
}

/**
 * A text the domain writes in Vietnamese (a plan finding, an import check, a period's
 * label) in the chosen language: its English when English is chosen and the text is known,
 * else as written. Components call it while rendering, after the language hook.
 */
export function domainText(text: string): string {
  return getLang() === 'en' && english ? english(text) : text;
}
