import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from '../../scripts/vite-precompress.ts';

const apiPort = process.env.API_PORT ?? '3000';

export default defineConfig({
  base: '/',
  plugins: [react(), precompress()],
  server: {
    proxy: {
      '/api': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false },
      // The public transparency page is made by the server (Quản trị → Xem trước opens it).
      '/cong-khai': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically goes into one file. By default the bundler
        // splits what it shares with lazy pages into a dozen small files, and on a slow line
        // each costs a request and ~1 KB of response headers before the login form shows.
        codeSplitting: { groups: [{ name: 'boot', tags: ['$initial'] }] },
        // Catalog chunks say which language and part they hold (i18n-en-app-…), so a test
        // or the network panel can see that only the active language was fetched.
        chunkFileNames: (chunk) => {
          const catalog = chunk.facadeModuleId?.match(/i18n\/(vi|en)\/(\w+)\.ts$/);
          return catalog
            ? `assets/i18n-${catalog[1]}-${catalog[2]}-[hash].js`
            : 'assets/[name]-[hash].js';
        },
      },
    },
  },
});
