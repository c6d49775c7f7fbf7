import { expect } from 'vitest';
import { pendingIncomingLeads } from '../../mocks/account/db';
import type { IncomingCategory, IncomingLeadRecord } from '../../mocks/account/records';
import { emulator } from '../../mocks/runtimes/node';

/** Shared by the contract tests: calls the emulator the way an amoCRM client would. */
export const ORIGIN = 'https://example.amocrm.com';

// biome-ignore lint/suspicious/noExplicitAny: wire bodies are checked by assertions, not by the compiler.
export type Wire = any;

export interface CallOptions {
  method?: string;
  json?: unknown;
  /** `undefined` relies on the implied token (the proxy); `null` sends no Authorization at all. */
  token?: string | null;
  headers?: Record<string, string>;
}

export function call(path: string, options: CallOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  if (typeof options.token === 'string') headers.set('Authorization', `Bearer ${options.token}`);
  if (options.json !== undefined) headers.set('Content-Type', 'application/json');
  const body = options.json === undefined ? undefined : JSON.stringify(options.json);
  return fetch(`${ORIGIN}${path}`, { method: options.method ?? 'GET', headers, body });
}

export async function wire(response: Response): Promise<Wire> {
  return JSON.parse(await response.text()) as Wire;
}

export function pending(category?: IncomingCategory): IncomingLeadRecord[] {
  return pendingIncomingLeads(emulator.db).filter((r) => category === undefined || r.category === category);
}

export function firstPending(category?: IncomingCategory): IncomingLeadRecord {
  const record = pending(category)[0];
  if (!record) throw new Error(`The seed has no pending ${category ?? ''} incoming lead`);
  return record;
}

/** Contract tests look at one behaviour at a time; only the rate-limit tests keep the 7 rps limit. */
export function liftRateLimit(): void {
  emulator.setQuirks({ rateLimitPerSecond: 10_000 });
}

export async function listAll(query = ''): Promise<Wire[]> {
  const items: Wire[] = [];
  for (let page = 1; ; page++) {
    const response = await call(`/api/v4/leads/unsorted?limit=250&page=${page}${query}`);
    if (response.status === 204) return items;
    items.push(...(await wire(response))._embedded.unsorted);
  }
}

/**
 * Checks that `actual` has the keys and value types of a documented example. An empty array in the
 * example stands for "an array of anything"; a null matches only null.
 */
export function expectShape(actual: unknown, example: unknown, path = '$'): void {
  if (example === null) {
    expect(actual, path).toBeNull();
  } else if (Array.isArray(example)) {
    expect(Array.isArray(actual), `${path} is an array`).toBe(true);
    const [model] = example;
    if (model !== undefined)
      for (const [i, item] of (actual as unknown[]).entries()) expectShape(item, model, `${path}[${i}]`);
  } else if (typeof example === 'object') {
    expect(typeof actual, path).toBe('object');
    expect(Object.keys(actual as object).sort(), `${path} keys`).toEqual(Object.keys(example).sort());
    for (const [key, value] of Object.entries(example))
      expectShape((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
  } else {
    expect(typeof actual, path).toBe(typeof example);
  }
}
