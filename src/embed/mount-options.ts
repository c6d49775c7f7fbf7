import type { RelayFunction } from './host-relay';
import {
  type AppEvent,
  type CrmEntityName,
  type EmbedLocale,
  type EmbedTheme,
  type EmbedUser,
  hostMessageSchema,
  stamp,
} from './protocol';

/** Something the page should know that is not the app's own event: the app speaks another protocol version. */
export interface EmbedProblem {
  type: 'unsupported-version';
  version: number;
}

export interface MountOptions {
  /** Where the app is served, e.g. "https://triage.example.com/" (a sub-path works too). Its origin is the only one trusted. */
  appUrl: string;
  locale: EmbedLocale;
  theme: EmbedTheme;
  /** The account's subdomain: "example" for example.amocrm.ru. */
  subdomain: string;
  user: EmbedUser;
  /**
   * true: the host performs the app's API calls with `fetch` on this page's origin (the manager's CRM session);
   * a function: performs them its own way. false (default): the app calls its own server.
   */
  relay?: boolean | RelayFunction;
  /** Accepted, declined and linked leads, and the app's requests to open a record or an address. */
  onEvent?: (event: AppEvent) => void;
  onProblem?: (problem: EmbedProblem) => void;
  /** Opens a CRM record; by default this page navigates to it (it is on the account's own origin). */
  navigate?: (path: string, record: { entity: CrmEntityName; id: number }) => void;
  /** Opens an outside address from lead data; by default in a new tab without access to this page. */
  openUrl?: (url: string) => void;
  /** The app's first route, relative to appUrl. */
  path?: string;
  /** Extra query parameters for the app (e.g. a demo scenario). */
  query?: Record<string, string>;
  /** Height before the app reports its own, and the bounds of what it may ask for, in CSS pixels. */
  height?: number;
  minHeight?: number;
  maxHeight?: number;
  title?: string;
}

export interface EmbedHandle {
  iframe: HTMLIFrameElement;
  /** Resolves when the app has answered the handshake. */
  ready: Promise<void>;
  setLocale(locale: EmbedLocale): void;
  setTheme(theme: EmbedTheme): void;
  destroy(): void;
}

/** The iframe's address (marked embedded, naming this page's origin) and the one origin its messages may come from. */
export function appLocation(options: MountOptions, hostOrigin: string): { src: string; origin: string } {
  const base = new URL(options.appUrl, window.location.href);
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new Error('appUrl must be an http(s) address.');
  const url = new URL(options.path ?? 'inbox', base.href.endsWith('/') ? base.href : `${base.href}/`);
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
  url.searchParams.set('embedded', '1');
  url.searchParams.set('host', hostOrigin);
  return { src: url.href, origin: url.origin };
}

/** Fails at mount, with the reason, instead of an app that never answers because its context was invalid. */
export function checkContext(options: MountOptions): void {
  const init = stamp({
    type: 'init' as const,
    locale: options.locale,
    theme: options.theme,
    subdomain: options.subdomain,
    user: options.user,
    relay: Boolean(options.relay),
  });
  const result = hostMessageSchema.safeParse(init);
  if (!result.success) {
    const fields = result.error.issues.map((issue) => issue.path.join('.') || 'options').join(', ');
    throw new TypeError(`TriageEmbed.mount: invalid ${fields}.`);
  }
}
