import { describe, expect, it } from 'vitest';
import { enApp } from './en/app.ts';
import { enShell } from './en/shell.ts';
import { viApp } from './vi/app.ts';
import { viShell } from './vi/shell.ts';

// Every feature file of both languages, found by pattern so a new feature cannot be missed.
const FILES = {
  vi: import.meta.glob<Record<string, Record<string, string>>>('./vi/*.ts', { eager: true }),
  en: import.meta.glob<Record<string, Record<string, string>>>('./en/*.ts', { eager: true }),
};
const featuresOf = (lang: 'vi' | 'en') =>
  Object.keys(FILES[lang])
    .map((file) => file.replace(/^\.\/\w+\/|\.ts$/g, ''))
    .filter((name) => name !== 'app');
const FEATURES = featuresOf('vi');

function catalog(lang: 'vi' | 'en', feature: string): Record<string, string> {
  const mod = FILES[lang][`./${lang}/${feature}.ts`];
  if (!mod) throw new Error(`${lang}/${feature}.ts is missing`);
  const [only, ...rest] = Object.values(mod);
  if (!only || rest.length > 0) throw new Error(`${lang}/${feature}.ts must export one catalog`);
  return only;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI text catalogs', () => {
  it('has the same feature files in both languages', () => {
    expect(featuresOf('en').sort()).toEqual([...FEATURES].sort());
    expect(FEATURES.length).toBeGreaterThan(5);
  });

  it.each(FEATURES)('%s: Vietnamese and English have the same keys and placeholders', (f) => {
    const vi = catalog('vi', f);
    const en = catalog('en', f);
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi)) {
      expect({ key, vars: placeholders(en[key]!) }).toEqual({ key, vars: placeholders(vi[key]!) });
      expect(en[key]!.trim(), key).not.toBe('');
    }
  });

  it('gives every key to exactly one feature, and the two parts hold them all', () => {
    const owner = new Map<string, string>();
    for (const f of FEATURES) {
      for (const key of Object.keys(catalog('vi', f))) {
        expect(owner.get(key), `${key} is in ${owner.get(key)} and ${f}`).toBeUndefined();
        owner.set(key, f);
      }
    }
    const parts = { ...viShell, ...viApp };
    expect(Object.keys(parts).sort()).toEqual([...owner.keys()].sort());
    expect(Object.keys({ ...enShell, ...enApp }).sort()).toEqual([...owner.keys()].sort());
    // The login screen's part stays small: features belong in `app`.
    expect(Object.keys(viShell).length).toBeLessThan(owner.size / 10);
  });

  it('never labels a plan step like a dialog button, in either language', () => {
    // "Close" for ending a plan read as dismissing its own confirmation dialog.
    for (const [shell, app] of [
      [viShell, viApp],
      [enShell, enApp],
    ] as const) {
      const dialogWords = new Set(
        Object.entries(shell)
          .filter(([k]) => k.startsWith('common.'))
          .map(([, v]) => v),
      );
      const steps = Object.entries(app).filter(([key]) => key.startsWith('plans.action.'));
      expect(steps.length).toBeGreaterThan(3);
      for (const [key, label] of steps) expect(dialogWords.has(label), key).toBe(false);
    }
    expect(enApp['plans.action.close']).toBe('End plan');
  });
});
