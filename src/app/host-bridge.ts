// The app's end of the embedding protocol (src/embed/protocol.ts). The only code in the app that touches
// postMessage: it talks to exactly one origin, checked against the allow-list before anything is sent, and
// accepts messages only from the parent window on that origin.
import {
  type AppMessageBody,
  appMessageSchema,
  type HostContext,
  type HostMessage,
  PROTOCOL,
  parseHostMessage,
  SUPPORTED_VERSIONS,
  stamp,
} from '@/embed/protocol';

type RelayReply = Extract<HostMessage, { type: 'relay-response' | 'relay-error' }>;

const UNREADABLE_REPLY = {
  protocol: PROTOCOL,
  v: 1,
  type: 'relay-error',
  message: 'The page that embeds the app sent an answer the app cannot read.',
} as const;
export type HostUpdate = Extract<HostMessage, { type: 'update' }>;

export interface HostBridgeOptions {
  /** The window whose messages arrive (the app's own). */
  self: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** The embedding window: messages are accepted only with it as their source, and sent only to it. */
  parent: Pick<Window, 'postMessage'>;
  /** The host's origin, already checked against the allow-list by the config. */
  hostOrigin: string;
  /** How often "ready" is repeated until the host answers (the host script may still be loading). */
  readyIntervalMs?: number;
}

export interface HostBridge {
  readonly hostOrigin: string;
  /** Announces the app and resolves with the host's context; rejects after `timeoutMs` without an answer. */
  handshake(timeoutMs: number): Promise<HostContext>;
  /** The latest context, with the host's updates applied; null before the handshake. */
  context(): HostContext | null;
  onUpdate(listener: (update: HostUpdate) => void): () => void;
  /** Sends one message to the host (never to any other origin). */
  post(message: AppMessageBody): void;
  /** Registers a relay request's reply handler; the bridge hands it the matching response. */
  awaitRelay(id: string, onReply: (reply: RelayReply) => void): () => void;
  dispose(): void;
}

export class HostTimeoutError extends Error {
  constructor() {
    super('The page that embeds the app did not answer.');
    this.name = 'HostTimeoutError';
  }
}

export function createHostBridge({ self, parent, hostOrigin, readyIntervalMs = 1000 }: HostBridgeOptions): HostBridge {
  if (hostOrigin === '*' || !/^https?:\/\/[^/]+$/.test(hostOrigin)) throw new Error('The host origin must be exact.');
  let context: HostContext | null = null;
  const updateListeners = new Set<(update: HostUpdate) => void>();
  const relayWaiters = new Map<string, (reply: RelayReply) => void>();
  const initWaiters = new Set<(context: HostContext) => void>();

  function post(message: AppMessageBody): void {
    const stamped = stamp(message);
    // The host drops what does not match the protocol; failing here says why instead of waiting for nothing.
    if (!appMessageSchema.safeParse(stamped).success) throw new TypeError(`Not a valid ${message.type} message.`);
    parent.postMessage(stamped, hostOrigin);
  }

  function handle(message: HostMessage): void {
    switch (message.type) {
      case 'init': {
        const { protocol: _protocol, v: _v, type: _type, ...rest } = message;
        const isRepeat = context !== null;
        context = rest;
        for (const waiter of initWaiters) waiter(rest);
        initWaiters.clear();
        // A second init (the host answered a repeated "ready") carries the host's current locale and theme.
        if (isRepeat) {
          for (const listener of updateListeners)
            listener(stamp({ type: 'update', locale: rest.locale, theme: rest.theme }));
        }
        return;
      }
      case 'update': {
        // Updates before the handshake have nothing to update.
        if (context === null) return;
        context = {
          ...context,
          ...(message.locale ? { locale: message.locale } : {}),
          ...(message.theme ? { theme: message.theme } : {}),
        };
        for (const listener of updateListeners) listener(message);
        return;
      }
      case 'relay-response':
      case 'relay-error':
        relayWaiters.get(message.id)?.(message);
        relayWaiters.delete(message.id);
        return;
      case 'unsupported-version':
        return;
    }
  }

  const onMessage = (event: Event) => {
    const { source, origin, data } = event as MessageEvent;
    if (source !== parent || origin !== hostOrigin) return;
    const parsed = parseHostMessage(data);
    if (parsed.kind === 'version') post({ type: 'unsupported-version', supported: [...SUPPORTED_VERSIONS] });
    else if (parsed.kind === 'message') handle(parsed.message);
    else endUnreadableRelay(data);
  };

  /**
   * A malformed answer to a request the app is waiting for (a status outside 200–599, a body too large) ends
   * that request at once, as a failure the client can retry, instead of leaving it to the relay's timeout.
   */
  function endUnreadableRelay(data: unknown): void {
    if (typeof data !== 'object' || data === null) return;
    const { type, id } = data as { type?: unknown; id?: unknown };
    if ((type !== 'relay-response' && type !== 'relay-error') || typeof id !== 'string') return;
    const waiter = relayWaiters.get(id);
    if (!waiter) return;
    relayWaiters.delete(id);
    waiter({ ...UNREADABLE_REPLY, id });
  }
  self.addEventListener('message', onMessage);

  return {
    hostOrigin,
    handshake(timeoutMs) {
      if (context !== null) return Promise.resolve(context);
      return new Promise((resolve, reject) => {
        const announce = () => post({ type: 'ready' });
        const repeat = setInterval(announce, readyIntervalMs);
        const timer = setTimeout(() => {
          clearInterval(repeat);
          initWaiters.delete(done);
          reject(new HostTimeoutError());
        }, timeoutMs);
        function done(received: HostContext) {
          clearInterval(repeat);
          clearTimeout(timer);
          resolve(received);
        }
        initWaiters.add(done);
        announce();
      });
    },
    context: () => context,
    onUpdate(listener) {
      updateListeners.add(listener);
      return () => updateListeners.delete(listener);
    },
    post,
    awaitRelay(id, onReply) {
      relayWaiters.set(id, onReply);
      return () => relayWaiters.delete(id);
    },
    dispose() {
      self.removeEventListener('message', onMessage);
      updateListeners.clear();
      relayWaiters.clear();
      initWaiters.clear();
    },
  };
}
