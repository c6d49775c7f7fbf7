/**
 * amoCRM clients encode nested filters three ways (`x`, `x[]`, `x[0]`), with or without percent-encoded
 * brackets (amocrm-api-facts.md §1.4). Parsing the query into a tree once lets every handler read filters one way.
 */
export type QueryNode = string | QueryNode[] | { [key: string]: QueryNode };
export type QueryTree = { [key: string]: QueryNode };

function splitKey(key: string): string[] {
  const head = key.match(/^[^[]*/)?.[0] ?? '';
  const parts = [head];
  for (const match of key.slice(head.length).matchAll(/\[([^\]]*)\]/g)) parts.push(match[1] ?? '');
  return parts;
}

/** Keys that name a prototype: a query string must never reach one (`__proto__[x]=1` would change every object). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A map with no prototype, so no key of a query string can reach one. */
function emptyMap(): { [key: string]: QueryNode } {
  return Object.create(null) as { [key: string]: QueryNode };
}

/** Puts `value` at `parts` under `target`. A key that names a prototype or a bad list index is skipped. */
function assign(target: { [key: string]: QueryNode } | QueryNode[], parts: string[], value: string): void {
  const [part = '', ...rest] = parts;
  if (FORBIDDEN_KEYS.has(part)) return;
  if (Array.isArray(target)) {
    // A list takes `x[]` (append) and `x[0]`-style indices only; `x[length]` or `x[-1]` is ignored.
    if (part !== '' && !/^\d{1,4}$/.test(part)) return;
    const index = part === '' ? target.length : Number(part);
    if (rest.length === 0) {
      target[index] = value;
      return;
    }
    let child = target[index];
    if (typeof child !== 'object') {
      child = rest[0] === '' ? [] : emptyMap();
      target[index] = child;
    }
    assign(child, rest, value);
    return;
  }
  if (rest.length === 0) {
    target[part] = value;
    return;
  }
  let child = Object.hasOwn(target, part) ? target[part] : undefined;
  if (typeof child !== 'object') {
    child = rest[0] === '' ? [] : emptyMap();
    target[part] = child;
  }
  assign(child, rest, value);
}

export function parseQuery(search: URLSearchParams): QueryTree {
  const tree: QueryTree = emptyMap();
  for (const [key, value] of search) assign(tree, splitKey(key), value);
  return tree;
}

export function queryPath(tree: QueryNode | undefined, ...path: string[]): QueryNode | undefined {
  let node = tree;
  for (const key of path) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = Array.isArray(node) ? node[Number(key)] : Object.hasOwn(node, key) ? node[key] : undefined;
  }
  return node;
}

/** Any encoding of a list (`x=a`, `x[]=a`, `x[0]=a`) becomes `['a']`. */
export function queryList(node: QueryNode | undefined): string[] {
  if (node === undefined) return [];
  if (typeof node === 'string') return [node];
  const items = Array.isArray(node) ? node : Object.values(node);
  return items.filter((item): item is string => typeof item === 'string');
}

export function queryString(node: QueryNode | undefined): string | undefined {
  return typeof node === 'string' ? node : undefined;
}

export function queryInt(node: QueryNode | undefined): number | undefined {
  const text = queryString(node);
  if (text === undefined || !/^-?\d+$/.test(text.trim())) return undefined;
  return Number(text);
}

export function queryIntList(node: QueryNode | undefined): number[] {
  return queryList(node)
    .map((item) => item.trim())
    .filter((item) => /^\d+$/.test(item))
    .map(Number);
}

/** `with=contacts,source_id` → a set of names. */
export function queryWith(tree: QueryTree): Set<string> {
  return new Set(queryList(tree.with).flatMap((value) => value.split(',').map((part) => part.trim())));
}
