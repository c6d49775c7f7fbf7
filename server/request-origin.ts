import type { IncomingMessage } from 'node:http';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

function hostnameOf(hostHeader: string): string {
  try {
    return new URL(`http://${hostHeader}`).hostname;
  } catch {
    return '';
  }
}

/**
 * A server bound to loopback answers only to loopback names. Otherwise a page on any site could point its own
 * domain at 127.0.0.1 (DNS rebinding) and use the proxy, token included, as if it were the app.
 */
export function allowsHost(boundHost: string, hostHeader: string | undefined): boolean {
  if (!LOOPBACK.has(boundHost)) return true;
  return hostHeader !== undefined && LOOPBACK.has(hostnameOf(hostHeader));
}

/**
 * True for a request another site's page made (a form post, an image, a fetch): the proxy would add the token to
 * it, so it is refused. Browsers mark every request with Sec-Fetch-Site, and cross-site writes with Origin.
 */
export function isForeignRequest(incoming: IncomingMessage): boolean {
  const site = incoming.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true;
  const origin = incoming.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== incoming.headers.host;
  } catch {
    return true;
  }
}
