// The host script: loaded by the page that embeds the app (the amoCRM widget or the local host page), it creates
// the iframe and speaks the protocol with it. Plain DOM and the protocol module only: no React, one small file.
import { createFetchRelay, type RelayFunction, relayRefusal } from './host-relay';
import { appLocation, checkContext, type EmbedHandle, type EmbedProblem, type MountOptions } from './mount-options';
import {
  type AppEvent,
  type AppMessage,
  type CrmEntityName,
  crmPath,
  type HostMessageBody,
  parseAppMessage,
  SUPPORTED_VERSIONS,
  stamp,
} from './protocol';

export type { AppEvent, EmbedHandle, EmbedProblem, MountOptions, RelayFunction };

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

export function mount(container: HTMLElement, options: MountOptions): EmbedHandle {
  checkContext(options);
  const hostOrigin = window.location.origin;
  const app = appLocation(options, hostOrigin);
  const minHeight = options.minHeight ?? 320;
  const maxHeight = options.maxHeight ?? Number.POSITIVE_INFINITY;
  const relay: RelayFunction | null =
    options.relay === true ? createFetchRelay() : typeof options.relay === 'function' ? options.relay : null;
  const inFlight = new Map<string, AbortController>();
  let locale = options.locale;
  let theme = options.theme;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const iframe = document.createElement('iframe');
  iframe.title = options.title ?? 'Incoming leads';
  iframe.style.cssText = `display:block;width:100%;border:0;height:${clamp(options.height ?? 640, minHeight, maxHeight)}px`;
  iframe.setAttribute('referrerpolicy', 'strict-origin');

  function send(body: HostMessageBody): void {
    // Always to the app's exact origin: if the frame was navigated elsewhere, the browser drops the message.
    iframe.contentWindow?.postMessage(stamp(body), app.origin);
  }

  function sendInit(): void {
    send({ type: 'init', locale, theme, subdomain: options.subdomain, user: options.user, relay: relay !== null });
  }

  async function performRelay(message: Extract<AppMessage, { type: 'relay-request' }>): Promise<void> {
    const refusal = relayRefusal(message, hostOrigin);
    if (refusal !== null || relay === null) {
      send({ type: 'relay-error', id: message.id, message: refusal ?? 'This host does not relay requests.' });
      return;
    }
    const controller = new AbortController();
    inFlight.set(message.id, controller);
    try {
      const answer = await relay({ ...message, signal: controller.signal });
      if (!controller.signal.aborted) send({ type: 'relay-response', id: message.id, ...answer });
    } catch (error) {
      if (!controller.signal.aborted) {
        const text = error instanceof Error ? error.message : String(error);
        send({ type: 'relay-error', id: message.id, message: text.slice(0, 200) || 'The request failed.' });
      }
    } finally {
      inFlight.delete(message.id);
    }
  }

  function openRecord(entity: CrmEntityName, id: number): void {
    const path = crmPath(entity, id);
    if (options.navigate) options.navigate(path, { entity, id });
    else window.location.assign(path);
  }

  function handle(message: AppMessage): void {
    switch (message.type) {
      case 'ready':
        sendInit();
        markReady();
        return;
      case 'resize':
        iframe.style.height = `${clamp(message.height, minHeight, maxHeight)}px`;
        return;
      case 'relay-request':
        void performRelay(message);
        return;
      case 'relay-abort':
        inFlight.get(message.id)?.abort();
        inFlight.delete(message.id);
        return;
      case 'unsupported-version':
        options.onProblem?.({ type: 'unsupported-version', version: Math.max(...message.supported) });
        return;
      case 'open-in-crm':
        options.onEvent?.(message);
        openRecord(message.entity, message.id);
        return;
      case 'open-url':
        options.onEvent?.(message);
        if (options.openUrl) options.openUrl(message.url);
        else window.open(message.url, '_blank', 'noopener,noreferrer');
        return;
      default:
        options.onEvent?.(message);
    }
  }

  function onMessage(event: MessageEvent): void {
    // Only our own frame, only from the app's origin: any other window or origin is ignored without a word.
    if (event.source !== iframe.contentWindow || event.origin !== app.origin) return;
    const parsed = parseAppMessage(event.data);
    if (parsed.kind === 'version') {
      send({ type: 'unsupported-version', supported: [...SUPPORTED_VERSIONS] });
      options.onProblem?.({ type: 'unsupported-version', version: parsed.version });
      return;
    }
    if (parsed.kind === 'message') handle(parsed.message);
  }

  window.addEventListener('message', onMessage);
  iframe.src = app.src;
  container.appendChild(iframe);

  return {
    iframe,
    ready,
    setLocale(next) {
      locale = next;
      send({ type: 'update', locale: next });
    },
    setTheme(next) {
      theme = next;
      send({ type: 'update', theme: next });
    },
    destroy() {
      window.removeEventListener('message', onMessage);
      for (const controller of inFlight.values()) controller.abort();
      inFlight.clear();
      iframe.remove();
    },
  };
}

export const version = 1;
