// The domain's English texts, in their own chunk: only the English catalog loads it.
export { toEnglish } from '@papi/domain';
