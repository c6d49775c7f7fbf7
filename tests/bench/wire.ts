import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The wire between the app's server and the emulated account: it forwards every request and lets a measurement
 * see what crossed it (method, path, status, when), hold chosen requests for a while, or swap the token.
 * The app server talks to it exactly as it would talk to amoCRM.
 */
export interface WireRecord {
  method: string;
  path: string;
  status: number;
  startedAt: number;
  endedAt: number;
}

export interface WireRule {
  /** Held this long before it is forwarded (or, with `holdAnswer`, before its answer goes back). */
  delayMs: number;
  matches: (method: string, path: string) => boolean;
  /** The request reaches the account at once and its answer is held: it lands, and the caller does not know. */
  holdAnswer?: boolean;
  /** Applies to this many matching requests, then no more. */
  times?: number;
}

export interface Wire {
  url: string;
  records: WireRecord[];
  /** Requests forwarded but not answered yet. */
  inFlight(): number;
  rules: WireRule[];
  /** When set, every request carries this token instead of the app server's. */
  tokenOverride: string | null;
  /** The account cannot be reached: every connection is dropped unanswered. */
  down: boolean;
  /** Resolves once nothing has crossed the wire for `quietMs` (or after `timeoutMs`). */
  idle(quietMs?: number, timeoutMs?: number): Promise<void>;
  clear(): void;
  close(): Promise<void>;
}

async function readBody(incoming: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return chunks.length > 0 ? Buffer.concat(chunks) : undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startWire(targetUrl: string, port: number): Promise<Wire> {
  let pending = 0;
  let lastActivity = Date.now();
  const wire: Wire = {
    url: '',
    close: async () => {},
    records: [],
    rules: [],
    tokenOverride: null,
    down: false,
    inFlight: () => pending,
    async idle(quietMs = 1500, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (pending === 0 && Date.now() - lastActivity >= quietMs) return;
        await sleep(100);
      }
    },
    clear() {
      wire.records.length = 0;
    },
  };

  async function forward(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const method = incoming.method ?? 'GET';
    const path = incoming.url ?? '/';
    const startedAt = Date.now();
    pending += 1;
    lastActivity = startedAt;
    try {
      const body = await readBody(incoming);
      if (wire.down) {
        wire.records.push({ method, path, status: 0, startedAt, endedAt: Date.now() });
        incoming.socket.destroy();
        return;
      }
      const rule = wire.rules.find((item) => (item.times ?? 1) > 0 && item.matches(method, path));
      if (rule?.times !== undefined) rule.times -= 1;
      if (rule && !rule.holdAnswer && rule.delayMs > 0) await sleep(rule.delayMs);
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (value === undefined || name === 'host' || name === 'connection' || name === 'content-length') continue;
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      if (wire.tokenOverride) headers.set('authorization', `Bearer ${wire.tokenOverride}`);
      let response: Response;
      try {
        response = await fetch(new URL(path, targetUrl), {
          method,
          headers,
          body: method === 'GET' || method === 'HEAD' || !body ? undefined : new Uint8Array(body),
        });
      } catch {
        // The emulator dropped the connection (flaky, network-failure): so does the wire.
        wire.records.push({ method, path, status: 0, startedAt, endedAt: Date.now() });
        incoming.socket.destroy();
        return;
      }
      const answer: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (name !== 'content-encoding' && name !== 'content-length' && name !== 'transfer-encoding')
          answer[name] = value;
      });
      const data = Buffer.from(await response.arrayBuffer());
      wire.records.push({ method, path, status: response.status, startedAt, endedAt: Date.now() });
      if (rule?.holdAnswer) await sleep(rule.delayMs);
      outgoing.writeHead(response.status, answer);
      outgoing.end(data);
    } finally {
      pending -= 1;
      lastActivity = Date.now();
    }
  }

  const server = createServer((incoming, outgoing) => {
    forward(incoming, outgoing).catch(() => outgoing.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  wire.url = `http://127.0.0.1:${address.port}`;
  wire.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return wire;
}
