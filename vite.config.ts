/// <reference types="vitest/config" />

import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';

/** `npm run dev:live`: forward /api/v4 to an account, adding the token on the server side only. */
function liveProxy(mode: string): Record<string, ProxyOptions> | undefined {
  const target = process.env.AMOCRM_BASE_URL;
  if (mode === 'demo' || !target) return undefined;
  const token = process.env.AMOCRM_TOKEN;
  return {
    '/api/v4': {
      target,
      changeOrigin: true,
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    },
  };
}

/** Static hosts without an SPA fallback (GitHub Pages) answer unknown paths with 404.html: make it the app. */
function notFoundPage(): Plugin {
  return {
    name: 'not-found-page',
    apply: 'build',
    writeBundle(options) {
      const dir = options.dir ?? 'dist';
      copyFileSync(join(dir, 'index.html'), join(dir, '404.html'));
    },
  };
}

export default defineConfig(({ mode }) => ({
  // Relative asset URLs: one build works at any path (the app finds its base at run time, see app/config.ts).
  base: './',
  plugins: [tanstackRouter({ target: 'react', autoCodeSplitting: true }), react(), mode === 'demo' && notFoundPage()],
  resolve: { tsconfigPaths: true },
  // The demo has its own folder, so building it never replaces the build `npm start` serves.
  build: { outDir: mode === 'demo' ? 'dist-demo' : 'dist' },
  server: { port: 5173, strictPort: true, proxy: liveProxy(mode) },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/flows/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
    css: false,
    testTimeout: 15_000,
  },
}));
