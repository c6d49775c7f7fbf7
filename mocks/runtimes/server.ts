import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { TOKENS } from '../account/user-catalog';
import { createEmulator, type Emulator } from '../emulator';
import type { EmulatorOptions } from '../emulator-state';
import { requestId } from '../handlers/gate';
import { notFound, PROBLEM_JSON, problemBody } from '../wire/problems';
import { readServerOptions } from './server-options';

/** The emulator as a real HTTP server, for curl and for clients outside the browser or Vitest. */
export interface EmulatorServer {
  url: string;
  emulator: Emulator;
  close(): Promise<void>;
}

async function toFetchRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD' && chunks.length > 0;
  return new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

async function answer(
  emulator: Emulator,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  origin: string,
): Promise<void> {
  const request = await toFetchRequest(incoming, origin);
  const response = await getResponse(emulator.handlers, request);
  if (response?.type === 'error') {
    // The network-failure scenario: the client sees a dropped connection, not an HTTP answer.
    incoming.socket.destroy();
    return;
  }
  const final = response ?? notFound(request.method, new URL(request.url).pathname);
  if (!final.headers.has('X-Request-Id')) final.headers.set('X-Request-Id', requestId());
  outgoing.writeHead(final.status, Object.fromEntries(final.headers));
  outgoing.end(Buffer.from(await final.arrayBuffer()));
}

function writeProblem(outgoing: ServerResponse, status: number, detail: string): void {
  outgoing.writeHead(status, { 'Content-Type': PROBLEM_JSON, 'X-Request-Id': requestId() });
  outgoing.end(JSON.stringify(problemBody(status, detail)));
}

export async function startEmulatorServer(
  options: EmulatorOptions & { port?: number; host?: string } = {},
): Promise<EmulatorServer> {
  const { port = 4010, host = '127.0.0.1', ...emulatorOptions } = options;
  // Clients of a real server always send their own Bearer token: nothing is implied here. amoCRM has no change
  // feed, so this server serves `emulator.handlers` only.
  const emulator = createEmulator({ ...emulatorOptions, impliedToken: null });
  let origin = '';
  const server = createServer((incoming, outgoing) => {
    answer(emulator, incoming, outgoing, origin).catch(() => {
      // A fault of the emulator itself still answers in amoCRM's shape, and the next request is served as usual.
      if (outgoing.headersSent) {
        outgoing.destroy();
        return;
      }
      writeProblem(outgoing, 500, 'The emulator could not answer this request');
    });
  });
  // A request line or headers past Node's limit (a query of thousands of parameters) never reach a handler.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return;
    const [status, detail] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'The request line or headers are too large: too many query parameters']
        : [400, 'The request could not be read'];
    const body = JSON.stringify(problemBody(status, detail));
    socket.end(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        `Content-Type: ${PROBLEM_JSON}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  origin = `http://${host}:${address.port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      emulator.stop();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url: origin, emulator, close };
}

async function main(): Promise<void> {
  const { port, host, ...options } = readServerOptions(process.argv.slice(2), process.env);
  const running = await startEmulatorServer({ ...options, port, host });
  const tokens = TOKENS.map((t) => t.token).join(', ');
  process.stdout.write(`amoCRM emulator listening on ${running.url} (tokens: ${tokens})\n`);
  const stop = () => {
    running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
