/// <reference types="vitest/config" />

import { copyFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type Plugin, type ProxyOptions } from 'vite';

/**
 * The host script for pages that embed the app (src/embed/host.ts): one UMD file at the stable address
 * `<app>/embed/host.js`, not hashed, so a CRM widget can load it by a fixed URL. Built after every app build.
 */
function embedHostScript(): Plugin {
  let outDir = 'dist';
  return {
    name: 'embed-host-script',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir: resolve(outDir, 'embed'),
          emptyOutDir: false,
          copyPublicDir: false,
          lib: {
            entry: resolve(import.meta.dirname, 'src/embed/host.ts'),
            name: 'TriageEmbed',
            formats: ['umd'],
            fileName: () => 'host.js',
          },
        },
      });
    },
  };
}

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

/**
 * Which page may embed a live build: the account it serves (AMOCRM_BASE_URL, as `npm start` builds with it) and
 * the origins the operator adds (FRAME_ANCESTORS, as the server's CSP does). Vite hands `VITE_*` variables of
 * the environment to the app (src/app/config.ts).
 */
function embedAllowList(mode: string): void {
  if (mode === 'demo' || mode === 'test') return;
  const account = process.env.AMOCRM_BASE_URL;
  if (account && !process.env.VITE_ACCOUNT_ORIGIN) {
    try {
      process.env.VITE_ACCOUNT_ORIGIN = new URL(account).origin;
    } catch {
      // Not a URL: `npm start` refuses it before building, with its own message.
    }
  }
  const added = process.env.FRAME_ANCESTORS;
  if (added) process.env.VITE_EMBED_ORIGINS = [process.env.VITE_EMBED_ORIGINS, added].filter(Boolean).join(' ');
}

export default defineConfig(({ mode }) => {
  embedAllowList(mode);
  return {
    // Relative asset URLs: one build works at any path (the app finds its base at run time, see app/config.ts).
    base: './',
    plugins: [
      // Route code is split for the browser. Vitest (mode `test`) loads it with the app instead: on a busy machine
      // the first on-demand transform of a route ran into the first test's wait for the page. The browser
      // journeys check the split itself.
      tanstackRouter({ target: 'react', autoCodeSplitting: mode !== 'test' }),
      react(),
      embedHostScript(),
      mode === 'demo' && notFoundPage(),
    ],
    resolve: { tsconfigPaths: true },
    // The demo has its own folder, so building it never replaces the build `npm start` serves.
    build: { outDir: mode === 'demo' ? 'dist-demo' : 'dist' },
    server: { port: 5173, strictPort: true, proxy: liveProxy(mode) },
    preview: { port: 4173, strictPort: true },
    test: {
      css: false,
      testTimeout: 15_000,
      // A worker per core: Vitest leaves one core to itself by default, which is one worker on a 2-core machine.
      maxWorkers: Math.max(2, availableParallelism()),
      projects: [
        {
          extends: true,
          test: {
            // Logic (API code, domain rules, the emulator, the server) runs in plain Node: no DOM to build per file.
            // A file that needs one says so with a `@vitest-environment jsdom` comment.
            name: 'logic',
            isolate: false,
            environment: 'node',
            include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'server/**/*.test.ts'],
            setupFiles: ['./tests/setup/api.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'ui',
            isolate: false,
            environment: 'jsdom',
            include: ['src/**/*.test.tsx', 'tests/flows/**/*.test.{ts,tsx}'],
            setupFiles: ['./tests/setup/api.ts', './tests/setup/dom.ts'],
          },
        },
      ],
    },
  };
});
