// The postMessage protocol between the app in its iframe and the host script on the CRM's page. Both sides
// import this one module, so a message type, its fields and its limits are defined exactly once.
import * as z from 'zod/mini';
import type { CrmEntityName } from './crm-paths';

export { type CrmEntityName, crmPath } from './crm-paths';

/** Names every message, so the CRM page's other postMessage traffic is never mistaken for ours. */
export const PROTOCOL = 'incoming-leads-triage';
export const PROTOCOL_VERSION = 1;
/** Versions this build understands; a peer speaking another one is told so and otherwise ignored. */
export const SUPPORTED_VERSIONS: readonly number[] = [PROTOCOL_VERSION];

export const EMBED_LOCALES = ['en', 'ru'] as const;
export type EmbedLocale = (typeof EMBED_LOCALES)[number];
export const EMBED_THEMES = ['light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** Methods the relay carries: reads, the accept and link POSTs, PATCH, and DELETE for amoCRM's decline. */
export const RELAY_METHODS = ['GET', 'POST', 'PATCH', 'DELETE'] as const;
export type RelayMethod = (typeof RELAY_METHODS)[number];

const MAX_TEXT = 200;
/** A page of 250 incoming leads looks up its 250 leads by id in one query string of about 7 kB. */
const MAX_PATH = 32 * 1024;
/** 5 MB: a page of 250 incoming leads is well under 1 MB. */
const MAX_BODY = 5 * 1024 * 1024;

const text = z.string().check(z.maxLength(MAX_TEXT));
const id = z.number().check(z.int(), z.positive());
const requestId = z.string().check(z.minLength(1), z.maxLength(64));
const headers = z.record(z.string().check(z.maxLength(100)), z.string().check(z.maxLength(1000)));

function envelope<T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) {
  return z.strictObject({
    protocol: z.literal(PROTOCOL),
    v: z.literal(PROTOCOL_VERSION),
    type: z.literal(type),
    ...shape,
  });
}

/** Any message of this protocol, of any version: enough to tell ours from others and to read the version. */
export const anyVersionSchema = z.looseObject({ protocol: z.literal(PROTOCOL), v: z.number(), type: z.string() });

// Host → app

export const embedUserSchema = z.strictObject({ id, name: text });
export type EmbedUser = z.infer<typeof embedUserSchema>;

const initSchema = envelope('init', {
  locale: z.enum(EMBED_LOCALES),
  theme: z.enum(EMBED_THEMES),
  /** The account, e.g. "example" of example.amocrm.ru. */
  subdomain: z.string().check(z.regex(/^[a-z0-9-]{1,63}$/i)),
  user: embedUserSchema,
  /** The host performs the app's API calls on its own origin, with the manager's session. */
  relay: z.boolean(),
});
const updateSchema = envelope('update', {
  locale: z.optional(z.enum(EMBED_LOCALES)),
  theme: z.optional(z.enum(EMBED_THEMES)),
});
const relayResponseSchema = envelope('relay-response', {
  id: requestId,
  status: z.number().check(z.int(), z.gte(200), z.lte(599)),
  headers,
  body: z.string().check(z.maxLength(MAX_BODY)),
});
const relayErrorSchema = envelope('relay-error', { id: requestId, message: text });
const hostVersionSchema = envelope('unsupported-version', { supported: z.array(z.number()) });

export const hostMessageSchema = z.discriminatedUnion('type', [
  initSchema,
  updateSchema,
  relayResponseSchema,
  relayErrorSchema,
  hostVersionSchema,
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;
export type InitMessage = z.infer<typeof initSchema>;
export type HostContext = Omit<InitMessage, 'protocol' | 'v' | 'type'>;

// App → host

export const crmEntitySchema = z.enum(['lead', 'contact', 'company'] as const satisfies readonly CrmEntityName[]);

const readySchema = envelope('ready', {});
const resizeSchema = envelope('resize', { height: z.number().check(z.int(), z.gte(0), z.lte(100_000)) });
const acceptedSchema = envelope('lead-accepted', {
  uid: text,
  leadId: z.nullable(id),
  contactId: z.nullable(id),
});
const declinedSchema = envelope('lead-declined', { uid: text });
const linkedSchema = envelope('lead-linked', { uid: text, leadId: id, contactId: z.nullable(id) });
const openInCrmSchema = envelope('open-in-crm', { entity: crmEntitySchema, id });
const openUrlSchema = envelope('open-url', { url: z.string().check(z.maxLength(MAX_PATH), z.regex(/^https?:\/\//i)) });
const relayRequestSchema = envelope('relay-request', {
  id: requestId,
  method: z.enum(RELAY_METHODS),
  path: z.string().check(z.maxLength(MAX_PATH), z.startsWith('/api/v4/')),
  headers,
  body: z.nullable(z.string().check(z.maxLength(MAX_BODY))),
});
const relayAbortSchema = envelope('relay-abort', { id: requestId });
const appVersionSchema = envelope('unsupported-version', { supported: z.array(z.number()) });

export const appMessageSchema = z.discriminatedUnion('type', [
  readySchema,
  resizeSchema,
  acceptedSchema,
  declinedSchema,
  linkedSchema,
  openInCrmSchema,
  openUrlSchema,
  relayRequestSchema,
  relayAbortSchema,
  appVersionSchema,
]);
export type AppMessage = z.infer<typeof appMessageSchema>;
export type RelayRequestMessage = z.infer<typeof relayRequestSchema>;

/** What the host may tell its page about: everything the app reports except the plumbing. */
export type AppEvent = Extract<
  AppMessage,
  { type: 'lead-accepted' | 'lead-declined' | 'lead-linked' | 'open-in-crm' | 'open-url' }
>;

type Body<M> = M extends unknown ? Omit<M, 'protocol' | 'v'> : never;
export type AppMessageBody = Body<AppMessage>;
export type HostMessageBody = Body<HostMessage>;

/** Stamps a message body with the protocol name and version. */
export function stamp<M extends { type: string }>(body: M): M & { protocol: typeof PROTOCOL; v: 1 } {
  return { protocol: PROTOCOL, v: PROTOCOL_VERSION, ...body };
}

export type Parsed<M> =
  | { kind: 'message'; message: M }
  /** Ours, but a version this build does not speak. */
  | { kind: 'version'; version: number }
  /** Not ours, or ours but malformed: ignored. */
  | { kind: 'ignored' };

function parseWith<M>(schema: { safeParse(data: unknown): { success: boolean; data?: M } }, data: unknown): Parsed<M> {
  const envelopeResult = anyVersionSchema.safeParse(data);
  if (!envelopeResult.success) return { kind: 'ignored' };
  if (!SUPPORTED_VERSIONS.includes(envelopeResult.data.v)) return { kind: 'version', version: envelopeResult.data.v };
  const result = schema.safeParse(data);
  return result.success ? { kind: 'message', message: result.data as M } : { kind: 'ignored' };
}

export function parseHostMessage(data: unknown): Parsed<HostMessage> {
  return parseWith<HostMessage>(hostMessageSchema, data);
}

export function parseAppMessage(data: unknown): Parsed<AppMessage> {
  return parseWith<AppMessage>(appMessageSchema, data);
}
