import { hasEncodedSeparator } from '@/embed/api-path';
import type { RelayMethod } from '@/embed/protocol';
import { RELAY_METHODS } from '@/embed/protocol';
import type { HostBridge } from './host-bridge';

/** Longer than the client's own worst case (rate-limit waits happen before a request is handed over). */
const RELAY_TIMEOUT_MS = 30_000;
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was aborted.', 'AbortError');
}

function isRelayMethod(method: string): method is RelayMethod {
  return (RELAY_METHODS as readonly string[]).includes(method);
}

let sequence = 0;
function nextId(): string {
  sequence += 1;
  return `${Date.now().toString(36)}-${sequence}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * A `fetch` for the API client that hands each request to the host page, which performs it on the CRM's origin
 * with the manager's session and answers with status, headers and body. Failures reject with a TypeError, as a
 * network failure would, so the client's error handling stays the same.
 */
export function createRelayFetch(bridge: HostBridge, timeoutMs = RELAY_TIMEOUT_MS): typeof fetch {
  return (input, init = {}) => {
    // The API client passes a URL string and a string body; anything else is not an API call.
    const signal = init.signal ?? undefined;
    return new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError(signal));
      const url = new URL(input instanceof Request ? input.url : String(input), globalThis.location?.href);
      const path = `${url.pathname}${url.search}`;
      const method = (init.method ?? 'GET').toUpperCase();
      if (!isRelayMethod(method) || !path.startsWith('/api/v4/') || hasEncodedSeparator(url.pathname)) {
        return reject(new TypeError(`The host relays only API calls, not ${method} ${path}.`));
      }
      if (init.body != null && typeof init.body !== 'string') {
        return reject(new TypeError('The host relays only text bodies.'));
      }
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, name) => {
        headers[name] = value;
      });
      const id = nextId();
      const cleanup = () => {
        clearTimeout(timer);
        stopWaiting();
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        cleanup();
        bridge.post({ type: 'relay-abort', id });
        reject(abortError(signal as AbortSignal));
      };
      const timer = setTimeout(() => {
        cleanup();
        bridge.post({ type: 'relay-abort', id });
        reject(new TypeError('The page that embeds the app did not answer the request in time.'));
      }, timeoutMs);
      const stopWaiting = bridge.awaitRelay(id, (reply) => {
        cleanup();
        if (reply.type === 'relay-error') {
          reject(new TypeError(reply.message));
          return;
        }
        const body = NULL_BODY_STATUSES.has(reply.status) ? null : reply.body;
        try {
          resolve(new Response(body, { status: reply.status, headers: reply.headers }));
        } catch {
          // A status or header the browser refuses: the request still ends, as a failure the client can retry.
          reject(new TypeError('The page that embeds the app sent an answer the app cannot read.'));
        }
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        bridge.post({ type: 'relay-request', id, method, path, headers, body: init.body ?? null });
      } catch (error) {
        cleanup();
        reject(error);
      }
    });
  };
}
