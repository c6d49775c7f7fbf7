import type { IncomingMessage } from 'node:http';

/** localhost, the whole 127.0.0.0/8 block and ::1. */
function isLoopback(name: string): boolean {
  return name === 'localhost' || name === '::1' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

/** An IPv4 or bracketed IPv6 address: a name no DNS can rebind. */
function isAddressLiteral(name: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || /^\[[0-9a-f:.]+\]$/i.test(name);
}

function hostnameOf(hostHeader: string): string {
  try {
    return new URL(`http://${hostHeader}`).hostname;
  } catch {
    return '';
  }
}

/**
 * Whether a request names this server. Otherwise a page on any site could point its own domain at the server's
 * address (DNS rebinding) and use the proxy, token included, as if it were the app. Bound to loopback, only
 * loopback names; bound to one address, that address (or a loopback name); bound to every interface, address
 * literals and loopback names, which no DNS can rebind. Names in `publicHosts` are allowed wherever it is bound.
 */
export function allowsHost(
  boundHost: string,
  hostHeader: string | undefined,
  publicHosts: readonly string[] = [],
): boolean {
  if (hostHeader === undefined) return false;
  const name = hostnameOf(hostHeader).toLowerCase();
  if (name === '') return false;
  // Names the operator gave this server (PUBLIC_HOSTS): its DNS names on the network, which they control.
  if (publicHosts.includes(name)) return true;
  const bound = boundHost.toLowerCase();
  if (isLoopback(bound)) return isLoopback(name);
  if (bound === '0.0.0.0' || bound === '::' || bound === '[::]') return isLoopback(name) || isAddressLiteral(name);
  return name === bound || name === `[${bound}]` || isLoopback(name);
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
