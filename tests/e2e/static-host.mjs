// A plain static host for the demo build under test, at two sub-paths:
//   /triage/ answers unknown paths with index.html (nginx try_files, Netlify and Vercel rewrites);
//   /pages/  answers them with 404.html and status 404, as GitHub Pages does.
// Usage: node tests/e2e/static-host.mjs <dir> <port>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

const [dir = 'dist-demo', port = '4173'] = process.argv.slice(2);
const root = resolve(dir);
const withFallback = sirv(root, { single: true, dev: false });
const withoutFallback = sirv(root, { dev: false });
const notFoundPage = readFileSync(join(root, '404.html'));

const mounts = [
  ['/triage/', withFallback],
  ['/pages/', withoutFallback],
];

const server = createServer((request, response) => {
  const url = request.url ?? '/';
  const mount = mounts.find(([prefix]) => url.startsWith(prefix));
  if (!mount) {
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('Not found: the demo is served under /triage/ and /pages/');
    return;
  }
  const [prefix, serve] = mount;
  request.url = url.slice(prefix.length - 1);
  serve(request, response, () => {
    response.writeHead(404, { 'Content-Type': 'text/html' });
    response.end(notFoundPage);
  });
});

server.listen(Number(port), '127.0.0.1', () => console.log(`demo build on http://localhost:${port}/triage/`));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close(() => process.exit(0)));
