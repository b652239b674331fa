// Lint rules that also guard the architecture: the domain package stays free of I/O and
// frameworks, contracts depend only on zod and the domain, and the web app never imports
// server code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const IO_MODULES = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'net',
  'http',
  'https',
  'crypto',
];

// What the web app must never import (the server, I/O, the database).
const WEB_IMPORT_PATTERNS = [
  {
    group: [
      '@papi/server',
      '**/apps/server/**',
      '**/server/src/**',
      ...IO_MODULES,
      'pg',
      'drizzle-orm*',
    ],
    message: 'The web app talks to the server only through @papi/contracts.',
  },
];

// One clock: business "now" and "today" come from platform/clock.ts (server, and tests set
// it) or api/clock.ts (web, following the server), never from the wall clock directly.
const CLOCK_RULES = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Đồng hồ duy nhất: dùng now() của platform/clock.ts (web: api/clock.ts).',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Đồng hồ duy nhất: dùng nowMs() của platform/clock.ts (web: api/clock.ts).',
  },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['packages/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...IO_MODULES, 'pg', 'drizzle-orm*', 'hono*', '@hono/*', 'zod', '@papi/*'],
              message: 'The domain package is pure: no I/O, no framework, no other workspace.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'fetch', 'Buffer', 'require', 'localStorage'],
    },
  },
  {
    files: ['packages/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...IO_MODULES,
                'pg',
                'drizzle-orm*',
                'hono*',
                '@hono/*',
                '@papi/server',
                '@papi/web',
              ],
              message: 'Contracts are shared with the browser: zod and the domain only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Heavy libraries load on first use, not at every start (restart ≤ 2 s, issue #13):
    // exceljs through platform/documents/exceljs.ts, echarts + resvg by a dynamic import of
    // the chart module. Type imports are free.
    files: ['apps/server/src/**/*.ts'],
    ignores: [
      'apps/server/src/**/*.test.ts',
      'apps/server/src/platform/documents/exceljs.ts',
      'apps/server/src/modules/indices/report/report.charts.ts',
      'apps/server/src/test/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['exceljs', 'echarts', '@resvg/resvg-js'].map((name) => ({
            name,
            allowTypeImports: true,
            message:
              'Load it on first use (platform/documents/exceljs.ts, or import() the module).',
          })),
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: WEB_IMPORT_PATTERNS,
          paths: [
            {
              // The contracts' zod schemas would follow any value import into the bundle.
              name: '@papi/contracts',
              allowTypeImports: true,
              message:
                'Import types from @papi/contracts and routes or constants from @papi/contracts/paths (no zod in the browser).',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests compare the zod-free routes with the contracts themselves.
    files: ['apps/web/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: WEB_IMPORT_PATTERNS }] },
  },
  {
    // One clock: business "now" and "today" come from platform/clock.ts (server, and tests
    // set it) or api/clock.ts (web, following the server), never from the wall clock directly.
    files: [
      'apps/server/src/**/*.ts',
      'packages/**/*.ts',
      'apps/web/src/**/*.{ts,tsx}',
      'e2e/**/*.ts',
    ],
    ignores: ['apps/server/src/platform/clock.ts', 'apps/web/src/api/clock.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...CLOCK_RULES],
    },
  },
  {
    // The server runs from src/ and from the dist/ bundle: a path built from a module's own
    // location differs between the two, so repository files are found from paths.ts.
    files: ['apps/server/src/**/*.ts'],
    ignores: [
      'apps/server/src/paths.ts',
      'apps/server/src/platform/clock.ts',
      'apps/server/src/**/*.test.ts',
      'apps/server/src/**/*.fixture.ts',
      'apps/server/src/test/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...CLOCK_RULES,
        {
          selector:
            "MemberExpression[object.type='MetaProperty'][property.name=/^(dirname|filename)$/]",
          message:
            'Máy chủ chạy cả từ src/ lẫn dist/: tìm tệp của kho mã qua paths.ts (SERVER_ROOT).',
        },
      ],
    },
  },
);
