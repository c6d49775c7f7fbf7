/** What `npm start` needs, read from the environment once; a wrong value is one clear line. */
export interface ServerSettings {
  accountUrl: string;
  token: string;
  port: number;
  host: string;
  basePath: string;
  frameAncestors: string[];
  /** The server's own DNS names, answered under besides its address and loopback (PUBLIC_HOSTS). */
  publicHosts: string[];
  /** The team's one budget for requests to the account (AMOCRM_REQUESTS_PER_SECOND, 7 by default). */
  requestsPerSecond: number;
}

export class SettingsError extends Error {}

const ACCOUNT_HOST = /^[a-z0-9-]+\.(amocrm\.(ru|com)|kommo\.com)$/i;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function readAccountUrl(raw: string | undefined): string {
  if (!raw) throw new SettingsError('AMOCRM_BASE_URL is not set: use https://<subdomain>.amocrm.ru');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SettingsError(`AMOCRM_BASE_URL "${raw}" is not a URL: use https://<subdomain>.amocrm.ru`);
  }
  const local = LOCAL_HOSTS.has(url.hostname);
  // A local emulator may speak plain http; a real account is always https on its own subdomain.
  if (!local && (url.protocol !== 'https:' || !ACCOUNT_HOST.test(url.hostname))) {
    throw new SettingsError(
      `AMOCRM_BASE_URL "${raw}" is not an amoCRM account: use https://<subdomain>.amocrm.ru (or .kommo.com)`,
    );
  }
  if (local && url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SettingsError(`AMOCRM_BASE_URL "${raw}" must start with http:// or https://`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new SettingsError(`AMOCRM_BASE_URL "${raw}" must be the account's address only, without a path`);
  }
  return url.origin;
}

function readToken(raw: string | undefined): string {
  const token = raw?.trim();
  if (!token) throw new SettingsError('AMOCRM_TOKEN is not set: create a long-lived token in amoCRM and pass it');
  if (/\s/.test(token) || token.toLowerCase().startsWith('bearer')) {
    throw new SettingsError('AMOCRM_TOKEN must be the token alone, without "Bearer" or spaces');
  }
  // Header values must be visible ASCII; a pasted token with a stray quote or non-Latin letter would fail later.
  if (!/^[\x21-\x7e]+$/.test(token) || /["'<>]/.test(token)) {
    throw new SettingsError('AMOCRM_TOKEN has characters a token cannot contain: paste it again without quotes');
  }
  return token;
}

function readPort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 8080;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(port) || port < 1 || port > 65535)
    throw new SettingsError(`PORT "${raw}" is not a port number (1-65535)`);
  return port;
}

function readBasePath(raw: string | undefined): string {
  if (raw === undefined || raw === '' || raw === '/') return '/';
  if (!/^\/?[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*\/?$/.test(raw) || /(^|\/)\.\.?(\/|$)/.test(raw)) {
    throw new SettingsError(`BASE_PATH "${raw}" is not a path: use a folder such as /triage/`);
  }
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`;
}

/**
 * Who may frame the app: the account itself, plus the origins the operator adds. Never every amoCRM subdomain:
 * the app holds this account's token, and any tenant could otherwise frame it and hear its lead events.
 */
function readFrameAncestors(accountUrl: string, raw: string | undefined): string[] {
  const own = new URL(accountUrl).origin;
  if (raw === undefined) return [own];
  const sources = raw.split(/[\s,]+/).filter(Boolean);
  for (const source of sources) {
    if (source === "'self'") continue;
    if (!/^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(source)) {
      throw new SettingsError(
        `FRAME_ANCESTORS "${source}" is not an origin: use e.g. https://*.amocrm.ru, separated by spaces`,
      );
    }
  }
  return [own, ...sources.filter((source) => source !== own)];
}

/** Host names, without scheme or port: `triage.example.com team-box.local`. */
function readPublicHosts(raw: string | undefined): string[] {
  const names = (raw ?? '').split(/[\s,]+/).filter(Boolean);
  for (const name of names) {
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(name)) {
      throw new SettingsError(
        `PUBLIC_HOSTS "${name}" is not a host name: use names such as triage.example.com, separated by spaces`,
      );
    }
  }
  return names.map((name) => name.toLowerCase());
}

function readRequestsPerSecond(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 7;
  const rate = Number(raw);
  if (!Number.isFinite(rate) || rate <= 0 || rate > 50) {
    throw new SettingsError(
      `AMOCRM_REQUESTS_PER_SECOND "${raw}" is not a rate: use a number of requests a second, 7 for amoCRM's limit`,
    );
  }
  return rate;
}

export function readServerSettings(env: NodeJS.ProcessEnv): ServerSettings {
  const accountUrl = readAccountUrl(env.AMOCRM_BASE_URL);
  return {
    accountUrl,
    token: readToken(env.AMOCRM_TOKEN),
    port: readPort(env.PORT),
    host: env.HOST || '127.0.0.1',
    basePath: readBasePath(env.BASE_PATH),
    frameAncestors: readFrameAncestors(accountUrl, env.FRAME_ANCESTORS),
    publicHosts: readPublicHosts(env.PUBLIC_HOSTS),
    requestsPerSecond: readRequestsPerSecond(env.AMOCRM_REQUESTS_PER_SECOND),
  };
}
