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

function assign(target: { [key: string]: QueryNode } | QueryNode[], parts: string[], value: string): void {
  const [part = '', ...rest] = parts;
  const container = target as Record<string, QueryNode>;
  const key = Array.isArray(target) && part === '' ? String(target.length) : part;
  if (rest.length === 0) {
    if (Array.isArray(target) && part === '') target.push(value);
    else container[key] = value;
    return;
  }
  let child = container[key];
  if (typeof child !== 'object') {
    child = rest[0] === '' ? [] : {};
    container[key] = child;
  }
  assign(child, rest, value);
}

export function parseQuery(search: URLSearchParams): QueryTree {
  const tree: QueryTree = {};
  for (const [key, value] of search) assign(tree, splitKey(key), value);
  return tree;
}

export function queryPath(tree: QueryNode | undefined, ...path: string[]): QueryNode | undefined {
  let node = tree;
  for (const key of path) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = Array.isArray(node) ? node[Number(key)] : node[key];
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
