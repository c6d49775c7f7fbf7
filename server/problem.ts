import type { ServerResponse } from 'node:http';

/** An error answer in amoCRM's problem+json shape, so the app reads the server's refusals like the API's own. */
export function problem(outgoing: ServerResponse, status: number, title: string, detail: string): void {
  if (outgoing.headersSent) {
    outgoing.destroy();
    return;
  }
  outgoing.writeHead(status, { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' });
  outgoing.end(JSON.stringify({ title, type: `https://httpstatus.es/${status}`, status, detail }));
}
