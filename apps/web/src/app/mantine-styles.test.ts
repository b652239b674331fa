import { describe, expect, it } from 'vitest';

// Every source file of the app, as text, and the two places that import Mantine's styles.
const SOURCES = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const STYLESHEETS = import.meta.glob<string>(
  '../../../../node_modules/@mantine/core/styles/*.css',
  {
    query: '?url',
    import: 'default',
    eager: true,
  },
);

describe('Mantine styles of the signed-in app (mantine-styles.ts)', () => {
  it('imports the stylesheet of every Mantine component the app uses', () => {
    const loaded = SOURCES['./mantine-styles.ts']! + SOURCES['../main.tsx']!;
    const withCss = new Set(
      Object.keys(STYLESHEETS).flatMap((f) => f.match(/styles\/(\w+)\.css$/)?.[1] ?? []),
    );
    expect(withCss.has('Button')).toBe(true);
    const used = new Set<string>();
    for (const text of Object.values(SOURCES))
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@mantine\/core'/g))
        for (const part of m[1]!.split(',')) {
          const name = part.trim().replace(/^type\s+/, '');
          if (name) used.add(name);
        }
    const missing = [...used].filter(
      (name) => withCss.has(name) && !loaded.includes(`@mantine/core/styles/${name}.css'`),
    );
    expect(missing, 'run `npm run gen:mantine-styles`').toEqual([]);
    expect(used.size).toBeGreaterThan(30);
  });
});
