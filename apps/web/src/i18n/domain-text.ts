import { toEnglish } from '@papi/domain';
import { getLang } from './lang.ts';

/**
 * A text the domain writes in Vietnamese (a plan finding, an import check, a period's
 * label) in the chosen language: its English when English is chosen and the text is known,
 * else as written. Components call it while rendering, after the language hook.
 */
export function domainText(text: string): string {
  return getLang() === 'en' ? toEnglish(text) : text;
}
