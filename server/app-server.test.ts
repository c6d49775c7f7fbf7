// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { server as testApi } from '../mocks/runtimes/node';
import { type EmulatorServer, startEmulatorServer } from '../mocks/runtimes/server';
import { createManualClock } from '../tests/support/manual-clock';
import { createAccountPacer } from './account-pacer';
import { type AppServer, startAppServer } from './app-server';

// These tests speak real HTTP between real sockets: the in-process API double of the other tests stays out.
beforeAll(() => testApi.close());
afterAll(() => testApi.listen({ onUnhandledRequest: 'error' }));

const distDir = mkdtempSync(join(tmpdir(), 'triage-dist-'));
mkdirSync(join(distDir, 'assets'));
writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Incoming leads</title><div id="root"></div>');
writeFileSync(join(distDir, 'assets', 'index-abc123.js'), 'console.log("app")');
afterAll(() => rmSync(distDir, { recursive: true, force: true }));

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((item) => item.close()));
});

async function emulator(): Promise<EmulatorServer> {
  const started = await startEmulatorServer({ port: 0 });
  running.push(started);
  return started;
}

async function app(accountUrl: string, token = 'demo-admin-token', extra: object = {}): Promise<AppServer> {
  // The team inbox polls the account on its own; these tests count the browser's requests alone.
  const started = await startAppServer({ distDir, accountUrl, token, port: 0, team: false, ...extra });
  running.push(started);
  return started;
}

interface Seen {
  headers: IncomingHttpHeaders;
  url: string;
  body: string;
}

/** A stand-in account that records what reached it and answers with `reply`. */
async function recordingAccount(
  reply: (seen: Seen) => { status: number; body: string; headers?: Record<string, string> } | null,
) {
  const seen: Seen[] = [];
  const account: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const entry = { headers: incoming.headers, url: incoming.url ?? '', body: Buffer.concat(chunks).toString() };
      seen.push(entry);
      const answer = reply(entry);
      if (!answer) return; // never answers: a hung account
      outgoing.writeHead(answer.status, {
        'Content-Type': 'application/hal+json',
        'Set-Cookie': 'session_id=account-cookie',
        ...answer.headers,
      });
      outgoing.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => account.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(account.address() as AddressInfo).port}`;
  running.push({
    close: () =>
      new Promise<void>((resolve) => {
        account.closeAllConnections();
        account.close(() => resolve());
      }),
  });
  return { url, seen };
}

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A request exactly as written (no URL normalisation, any Host), as a browser or an attacker could send it. */
function raw(
  base: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  const { hostname, port } = new URL(base);
  return new Promise<RawAnswer>((resolve, reject) => {
    const outgoing = request(
      { hostname, port, path, method: options.method ?? 'GET', headers: options.headers },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

describe('the app server proxy', () => {
  it('serves the account through /api/v4 with the server-side token, whatever the browser sends', async () => {
    const account = await emulator();
    const served = await app(account.url);

    const response = await fetch(`${served.url}/api/v4/leads/unsorted?limit=2`, {
      headers: { Authorization: 'Bearer demo-expired-token', Cookie: 'session=browser' },
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/hal+json');
    expect((await response.json())._embedded.unsorted).toHaveLength(2);
  });

  it('adds the Bearer token and keeps the browser credentials and the account cookies on their own side', async () => {
    const account = await recordingAccount(() => ({ status: 200, body: '{"ok":true}' }));
    const served = await app(account.url, 'server-side-token');

    const answer = await raw(served.url, '/api/v4/leads/unsorted/uid-1/accept?with=contacts', {
      method: 'POST',
      headers: {
        Host: new URL(served.url).host,
        Authorization: 'Bearer browser-token',
        Cookie: 'session=browser',
        'Content-Type': 'application/json',
        Origin: served.url,
        'Sec-Fetch-Site': 'same-origin',
      },
      body: '{"status_id":142}',
    });

    expect(answer.status).toBe(200);
    expect(answer.body).toBe('{"ok":true}');
    expect(answer.headers['set-cookie']).toBeUndefined();
    const [seen] = account.seen;
    expect(seen?.url).toBe('/api/v4/leads/unsorted/uid-1/accept?with=contacts');
    expect(seen?.headers.authorization).toBe('Bearer server-side-token');
    expect(seen?.headers.cookie).toBeUndefined();
    expect(seen?.headers.origin).toBeUndefined();
    expect(seen?.headers.host).toBe(new URL(account.url).host);
    expect(seen?.headers['content-type']).toBe('application/json');
    expect(seen?.body).toBe('{"status_id":142}');
  });

  it('passes the account errors through unchanged', async () => {
    const account = await emulator();
    const served = await app(account.url, 'demo-expired-token');

    const proxied = await fetch(`${served.url}/api/v4/leads/unsorted`);
    const direct = await fetch(`${account.url}/api/v4/leads/unsorted`, {
      headers: { Authorization: 'Bearer demo-expired-token' },
    });

    expect(proxied.status).toBe(401);
    expect(proxied.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await proxied.json()).toEqual(await direct.json());
  });

  it('answers 502 problem+json when the account cannot be reached', async () => {
    const gone = await recordingAccount(() => null);
    await running.pop()?.close();
    const served = await app(gone.url);

    const response = await fetch(`${served.url}/api/v4/leads/unsorted`);

    expect(response.status).toBe(502);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 502, title: 'Bad Gateway' });
  });

  it('answers 504 problem+json when the account does not answer in time', async () => {
    const hung = await recordingAccount(() => null);
    const served = await app(hung.url, 'demo-admin-token', { timeoutMs: 200 });

    const response = await fetch(`${served.url}/api/v4/leads/unsorted`);

    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ status: 504, title: 'Gateway Timeout' });
  });

  it('refuses a body over the limit with 413 before it reaches the account', async () => {
    const account = await recordingAccount(() => ({ status: 200, body: '{}' }));
    const served = await app(account.url, 'demo-admin-token', { maxBodyBytes: 1024 });

    const response = await fetch(`${served.url}/api/v4/leads/unsorted/forms`, {
      method: 'POST',
      // As a browser sends it: a write always carries the page's Origin.
      headers: { 'Content-Type': 'application/json', Origin: served.url },
      body: JSON.stringify({ note: 'x'.repeat(2048) }),
    });

    expect(response.status).toBe(413);
    expect(account.seen).toHaveLength(0);
  });

  it('refuses requests made by other sites, which would otherwise act with the token', async () => {
    const account = await recordingAccount(() => ({ status: 200, body: '{}' }));
    const served = await app(account.url);
    const host = new URL(served.url).host;

    const crossSite = await raw(served.url, '/api/v4/leads/unsorted/uid-1/decline', {
      method: 'DELETE',
      headers: { Host: host, 'Sec-Fetch-Site': 'cross-site' },
    });
    const foreignOrigin = await raw(served.url, '/api/v4/leads/unsorted/uid-1/decline', {
      method: 'DELETE',
      headers: { Host: host, Origin: 'https://evil.example' },
    });
    const rebound = await raw(served.url, '/api/v4/leads/unsorted', { headers: { Host: 'evil.example:8080' } });

    expect([crossSite.status, foreignOrigin.status, rebound.status]).toEqual([403, 403, 421]);
    expect(account.seen).toHaveLength(0);
  });

  it('forwards nothing outside the account API, even through dot segments', async () => {
    const account = await recordingAccount(() => ({ status: 200, body: '{}' }));
    const served = await app(account.url);

    const answer = await raw(served.url, '/api/v4/../../oauth2/access_token', {
      headers: { Host: new URL(served.url).host },
    });

    expect(answer.status).toBe(404);
    expect(account.seen).toHaveLength(0);
  });

  it('forwards only the methods the app uses, and DELETE only to decline', async () => {
    const account = await recordingAccount(() => ({ status: 200, body: '{}' }));
    const served = await app(account.url);
    const host = new URL(served.url).host;
    const write = { Host: host, Origin: served.url, 'Content-Type': 'application/json' };

    const answers = await Promise.all([
      raw(served.url, '/api/v4/leads/1', { method: 'PUT', headers: write, body: '{}' }),
      raw(served.url, '/api/v4/leads', { method: 'OPTIONS', headers: write }),
      raw(served.url, '/api/v4/leads', { method: 'PROPFIND', headers: write }),
      raw(served.url, '/api/v4/leads/42', { method: 'DELETE', headers: write }),
    ]);
    const decline = await raw(served.url, '/api/v4/leads/unsorted/uid-1/decline', { method: 'DELETE', headers: write });

    expect(answers.map((answer) => answer.status)).toEqual([405, 405, 405, 405]);
    expect(answers[0]?.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(answers[0]?.body ?? '{}')).toMatchObject({ status: 405, title: 'Method Not Allowed' });
    expect(decline.status).toBe(200);
    expect(account.seen.map((seen) => seen.url)).toEqual(['/api/v4/leads/unsorted/uid-1/decline']);
  });

  it('refuses encoded separators and dots in the path with 400', async () => {
    const account = await recordingAccount(() => ({ status: 200, body: '{}' }));
    const served = await app(account.url);
    const headers = { Host: new URL(served.url).host };

    const answers = await Promise.all(
      ['/api/v4/..%2f..%2fx', '/api/v4/leads%2F1', '/api/v4/..%5cx', '/api/v4/%2E%2E/x'].map((path) =>
        raw(served.url, path, { headers }),
      ),
    );
    const query = await raw(served.url, '/api/v4/leads?query=a%2Fb', { headers });

    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 400]);
    expect(query.status).toBe(200);
    expect(account.seen.map((seen) => seen.url)).toEqual(['/api/v4/leads?query=a%2Fb']);
  });

  it('forwards only the request headers the API reads, and returns only those the app reads', async () => {
    const account = await recordingAccount(() => ({ status: 200, body: '{}' }));
    const served = await app(account.url);

    const answer = await raw(served.url, '/api/v4/leads', {
      headers: {
        Host: new URL(served.url).host,
        Accept: 'application/json',
        'Accept-Language': 'ru',
        'If-Modified-Since': 'Tue, 01 Dec 2026 10:00:00 GMT',
        'X-Context-User-ID': '6930211',
        'X-Custom': 'anything',
      },
    });

    const [seen] = account.seen;
    expect(seen?.headers).toMatchObject({
      accept: 'application/json',
      'accept-language': 'ru',
      'if-modified-since': 'Tue, 01 Dec 2026 10:00:00 GMT',
    });
    // Acting as another user, or anything else the app does not send, never reaches the account.
    expect(seen?.headers['x-context-user-id']).toBeUndefined();
    expect(seen?.headers['x-custom']).toBeUndefined();
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(answer.headers['content-type']).toBe('application/hal+json');
  });

  it('takes a write only with the app origin, and a large body sent with Expect: 100-continue', async () => {
    const account = await recordingAccount(() => ({ status: 200, body: '{}' }));
    const served = await app(account.url);
    const host = new URL(served.url).host;
    const body = JSON.stringify([{ note: 'x'.repeat(1_200_000) }]);

    const noOrigin = await raw(served.url, '/api/v4/leads/unsorted/forms', {
      method: 'POST',
      headers: { Host: host, 'Content-Type': 'text/plain' },
      body: '[{}]',
    });
    const large = await raw(served.url, '/api/v4/leads/unsorted/forms', {
      method: 'POST',
      headers: { Host: host, Origin: served.url, 'Content-Type': 'application/json', Expect: '100-continue' },
      body,
    });

    expect(noOrigin.status).toBe(403);
    expect(large.status).toBe(200);
    expect(account.seen).toHaveLength(1);
    expect(account.seen[0]?.headers.expect).toBeUndefined();
    expect(account.seen[0]?.body.length).toBe(body.length);
  });

  it('answers 408 to a body that does not arrive in time, and forwards nothing', async () => {
    const account = await recordingAccount(() => ({ status: 200, body: '{}' }));
    const served = await app(account.url, 'demo-admin-token', { bodyTimeoutMs: 100 });
    const { hostname, port } = new URL(served.url);

    const answer = await new Promise<number>((resolve, reject) => {
      const slow = request(
        {
          hostname,
          port,
          path: '/api/v4/leads',
          method: 'PATCH',
          headers: { Origin: served.url, 'Content-Type': 'application/json', 'Content-Length': '100' },
        },
        (incoming) => {
          incoming.resume();
          resolve(incoming.statusCode ?? 0);
        },
      );
      slow.on('error', reject);
      slow.write('[{"id":');
    });

    expect(answer).toBe(408);
    expect(account.seen).toHaveLength(0);
  });

  it('holds the host-name check whatever address it is bound to', async () => {
    const account = await recordingAccount(() => ({ status: 200, body: '{}' }));
    const served = await app(account.url, 'demo-admin-token', { host: '127.0.0.2' });

    const rebound = await raw(served.url, '/api/v4/leads', { headers: { Host: 'evil.example' } });
    const own = await raw(served.url, '/api/v4/leads', { headers: { Host: new URL(served.url).host } });

    expect([rebound.status, own.status]).toEqual([421, 200]);
  });

  it('answers under the DNS names the operator gives it, bound to every interface, and under no other', async () => {
    const account = await recordingAccount(() => ({ status: 200, body: '{}' }));
    const served = await app(account.url, 'demo-admin-token', {
      host: '0.0.0.0',
      publicHosts: ['triage.example.com'],
    });
    const port = new URL(served.url).port;
    const at = (host: string) => raw(served.url, '/api/v4/leads', { headers: { Host: host } });

    const statuses = [
      (await at(`triage.example.com:${port}`)).status,
      (await at(`127.0.0.1:${port}`)).status,
      (await at(`evil.example:${port}`)).status,
    ];

    expect(statuses).toEqual([200, 200, 421]);
  });

  it('forwards HEAD requests and answers them without a body', async () => {
    const account = await recordingAccount(() => ({ status: 200, body: '{"ok":true}' }));
    const served = await app(account.url);

    const response = await fetch(`${served.url}/api/v4/leads/unsorted`, { method: 'HEAD' });
    const page = await fetch(`${served.url}/inbox`, { method: 'HEAD' });

    expect([response.status, await response.text()]).toEqual([200, '']);
    expect([page.status, await page.text()]).toEqual([200, '']);
    expect(account.seen).toHaveLength(1);
  });
});

describe('the team budget', () => {
  /** An app server whose pacer runs on a clock the test moves: one turn a second. */
  async function pacedApp(accountUrl: string) {
    const clock = createManualClock(0);
    const pacer = createAccountPacer({ requestsPerSecond: 1, clock });
    const served = await app(accountUrl, 'demo-admin-token', { pacer });
    return { served, clock, pacer, host: new URL(served.url).host };
  }

  it('sends a write before a background refresh that was waiting for the same turn', async () => {
    const account = await recordingAccount(() => ({ status: 200, body: '{}' }));
    const { served, clock, pacer, host } = await pacedApp(account.url);
    const first = raw(served.url, '/api/v4/leads/unsorted?page=1', { headers: { Host: host } });
    await vi.waitFor(() => expect(account.seen).toHaveLength(1));
    const poll = raw(served.url, '/api/v4/leads/unsorted?page=2', {
      headers: { Host: host, 'X-Request-Priority': 'background' },
    });
    await vi.waitFor(() => expect(pacer.waiting()).toBe(1));
    const accept = raw(served.url, '/api/v4/leads/unsorted/abc/accept', {
      method: 'POST',
      headers: { Host: host, Origin: served.url, 'Content-Type': 'application/json' },
      body: '{}',
    });
    await vi.waitFor(() => expect(pacer.waiting()).toBe(2));
    await clock.advance(1100);
    await vi.waitFor(() => expect(account.seen).toHaveLength(2));
    await clock.advance(1100);
    await Promise.all([first, poll, accept]);
    expect(account.seen.map((item) => item.url)).toEqual([
      '/api/v4/leads/unsorted?page=1',
      '/api/v4/leads/unsorted/abc/accept',
      '/api/v4/leads/unsorted?page=2',
    ]);
    // The priority is the server's business: it never reaches amoCRM.
    expect(account.seen[2]?.headers['x-request-priority']).toBeUndefined();
  });

  it('holds every request after a 429 for as long as amoCRM asks', async () => {
    let answered = 0;
    const account = await recordingAccount(() => {
      answered += 1;
      return answered === 1
        ? { status: 429, body: '{}', headers: { 'Retry-After': '3' } }
        : { status: 200, body: '{}' };
    });
    const { served, clock, pacer, host } = await pacedApp(account.url);
    expect((await raw(served.url, '/api/v4/leads/unsorted', { headers: { Host: host } })).status).toBe(429);
    const next = raw(served.url, '/api/v4/leads/unsorted?page=2', { headers: { Host: host } });
    await vi.waitFor(() => expect(pacer.waiting()).toBe(1));
    // One turn a second, but amoCRM asked for 3 s.
    await clock.advance(2999);
    expect(account.seen).toHaveLength(1);
    await clock.advance(1);
    expect((await next).status).toBe(200);
    expect(account.seen).toHaveLength(2);
  });
});

describe('shared reads', () => {
  it('sends identical reads in flight at the same time to the account once, and gives each browser the answer', async () => {
    let calls = 0;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const account: Server = createServer((_incoming, outgoing) => {
      calls += 1;
      void held.then(() => {
        outgoing.writeHead(200, { 'Content-Type': 'application/hal+json' });
        outgoing.end('{"page":1}');
      });
    });
    await new Promise<void>((resolve) => account.listen(0, '127.0.0.1', resolve));
    running.push({
      close: () =>
        new Promise<void>((resolve) => {
          account.closeAllConnections();
          account.close(() => resolve());
        }),
    });
    const served = await app(`http://127.0.0.1:${(account.address() as AddressInfo).port}`);
    const host = new URL(served.url).host;
    const path = '/api/v4/leads/unsorted?page=1&limit=250';
    const answers = [
      raw(served.url, path, { headers: { Host: host } }),
      raw(served.url, path, { headers: { Host: host } }),
    ];
    await vi.waitFor(() => expect(calls).toBe(1));
    // A different page is a different read: it goes on its own.
    const other = raw(served.url, '/api/v4/leads/unsorted?page=2&limit=250', { headers: { Host: host } });
    await vi.waitFor(() => expect(calls).toBe(2));
    release();
    for (const answer of await Promise.all([...answers, other])) {
      expect(answer.status).toBe(200);
      expect(answer.body).toBe('{"page":1}');
    }
    expect(calls).toBe(2);
  });
});

describe('the app server files', () => {
  it('serves index.html for app addresses, cached briefly, and hashed assets for a year', async () => {
    const served = await app('http://127.0.0.1:9');

    const deepLink = await fetch(`${served.url}/inbox?lead=abc`);
    const asset = await fetch(`${served.url}/assets/index-abc123.js`);
    // A chunk of an older build is a clear 404, never index.html under a script's name.
    const staleChunk = await fetch(`${served.url}/assets/inbox-old123.js`);

    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<div id="root">');
    expect(deepLink.headers.get('Cache-Control')).toBe('no-cache');
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(staleChunk.status).toBe(404);
  });

  it('may be framed only by the app itself and its own account, unless told otherwise', async () => {
    const served = await app('http://127.0.0.1:9');
    const custom = await app('http://127.0.0.1:9', 'demo-admin-token', { frameAncestors: ['https://crm.example'] });

    const page = await fetch(`${served.url}/inbox`);
    const customPage = await fetch(`${custom.url}/inbox`);

    expect(page.headers.get('Content-Security-Policy')).toBe("frame-ancestors 'self' http://127.0.0.1:9");
    expect(page.headers.get('X-Frame-Options')).toBeNull();
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(customPage.headers.get('Content-Security-Policy')).toBe("frame-ancestors 'self' https://crm.example");
  });

  it('serves the app and its API under a base path', async () => {
    const account = await emulator();
    const served = await app(account.url, 'demo-admin-token', { basePath: '/triage/' });
    const origin = new URL(served.url).origin;

    const page = await fetch(`${origin}/triage/inbox`);
    const api = await fetch(`${origin}/triage/api/v4/leads/unsorted?limit=1`);
    const outside = await fetch(`${origin}/inbox`);
    const bare = await fetch(`${origin}/triage`, { redirect: 'manual' });

    expect(served.url).toBe(`${origin}/triage`);
    expect(page.status).toBe(200);
    expect(api.status).toBe(200);
    expect(outside.status).toBe(404);
    expect([bare.status, bare.headers.get('Location')]).toEqual([308, '/triage/']);
  });
});
