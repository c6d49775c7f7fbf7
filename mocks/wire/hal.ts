import { HttpResponse } from 'msw';

/** Success responses are HAL documents with absolute links (amocrm-api-facts.md §1.1, §1.3). */
export const HAL_JSON = 'application/hal+json';

export function hal(body: unknown, status = 200): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status, headers: { 'Content-Type': HAL_JSON } });
}

/** amoCRM answers "nothing found" with 204 and no body at all, not with an empty list. */
export function noContent(): Response {
  return new HttpResponse(null, { status: 204 });
}

export interface Href {
  href: string;
}
export const link = (origin: string, path: string): { self: Href } => ({ self: { href: `${origin}${path}` } });

export interface Stub {
  id: number;
  _links: { self: Href };
}
export const stub = (origin: string, entity: 'leads' | 'contacts' | 'companies', id: number): Stub => ({
  id,
  _links: link(origin, `/api/v4/${entity}/${id}`),
});

/** Rebuilds a query with readable brackets, as amoCRM prints them in `_links`. */
function queryText(params: URLSearchParams): string {
  const parts = [...params].map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export interface PageLinks {
  self: Href;
  next?: Href;
  first?: Href;
  prev?: Href;
}

/**
 * `self` echoes the request; `next` appears when more items may follow, `first`/`prev` from page 2 on
 * (amocrm-api-facts.md §1.3).
 */
export function pageLinks(url: URL, origin: string, page: number, limit: number, hasNext: boolean): PageLinks {
  const pageHref = (n: number): Href => {
    const params = new URLSearchParams(url.searchParams);
    params.delete('page');
    params.delete('limit');
    params.set('page', String(n));
    params.set('limit', String(limit));
    return { href: `${origin}${url.pathname}${queryText(params)}` };
  };
  const links: PageLinks = { self: { href: `${origin}${url.pathname}${queryText(url.searchParams)}` } };
  if (hasNext) links.next = pageHref(page + 1);
  if (page > 1) {
    links.first = pageHref(1);
    links.prev = pageHref(page - 1);
  }
  return links;
}

export interface Paging {
  page: number;
  limit: number;
}

/** Default 50, at most 250; anything outside 1..250 quietly behaves as 50 (amocrm-api-facts.md §1.3). */
export function readPaging(page: string | undefined, limit: string | undefined): Paging {
  const parsedLimit = Number(limit);
  const parsedPage = Number(page);
  return {
    page: Number.isInteger(parsedPage) && parsedPage >= 1 ? parsedPage : 1,
    limit: Number.isInteger(parsedLimit) && parsedLimit >= 1 && parsedLimit <= 250 ? parsedLimit : 50,
  };
}

export function paginate<T>(items: T[], { page, limit }: Paging): { items: T[]; hasMore: boolean } {
  const start = (page - 1) * limit;
  return { items: items.slice(start, start + limit), hasMore: items.length > start + limit };
}
