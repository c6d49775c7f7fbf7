import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g;
const BROWSER_ONLY = /(?<![\w.])(window|document|localStorage|sessionStorage|navigator)\.[a-zA-Z]/;
const BROWSER_PACKAGES = /^(react|react-dom|@mantine\/|@tanstack\/react-|@tabler\/|recharts|msw)/;

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? join(ROOT, 'src', specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null;
  if (base === null) return null;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate)) return candidate;
  throw new Error(`${relative(ROOT, from)} imports ${specifier}, which does not resolve`);
}

/** Every project file `npm start` loads, with the packages each one imports. */
function serverGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (graph.has(file)) continue;
    const packages: string[] = [];
    graph.set(file, packages);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(file, specifier);
      if (target === null) packages.push(specifier);
      else pending.push(target);
    }
  }
  return graph;
}

describe("the server's imports", () => {
  const graph = serverGraph(join(ROOT, 'server', 'start.ts'));
  const files = [...graph.keys()].map((file) => relative(ROOT, file));

  it('reuse the app’s wire format: the typed amoCRM client and schemas come from src/', () => {
    expect(files).toContain('src/lib/http.ts');
    expect(files).toContain('src/incoming-leads/incoming-lead-wire-api.ts');
    expect(files).toContain('src/incoming-leads/change-feed.ts');
  });

  it('reach only the browser-free layers of src/', () => {
    const fromSrc = files.filter((file) => file.startsWith('src/'));
    expect(fromSrc.filter((file) => !/^src\/(lib|crm|incoming-leads)\//.test(file))).toEqual([]);
    expect(fromSrc.filter((file) => file.endsWith('.tsx'))).toEqual([]);
  });

  it('load nothing made for the browser', () => {
    const browserPackages = [...graph].flatMap(([file, packages]) =>
      packages.filter((name) => BROWSER_PACKAGES.test(name)).map((name) => `${relative(ROOT, file)}: ${name}`),
    );
    expect(browserPackages).toEqual([]);
    const browserGlobals = [...graph.keys()]
      .filter((file) => BROWSER_ONLY.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(browserGlobals).toEqual([]);
  });
});
