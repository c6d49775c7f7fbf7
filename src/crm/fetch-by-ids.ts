/** The API's page-size limit; a filter by id takes at most this many ids per request. */
export const MAX_IDS_PER_REQUEST = 250;

/**
 * Fetches entities for a list of ids in chunks of 250 (duplicates and non-ids dropped), one request after
 * another so the rate limiter sees them in order.
 */
export async function fetchByIdChunks<Item>(
  ids: readonly number[],
  fetchChunk: (chunk: number[], limit: number) => Promise<Item[]>,
): Promise<Item[]> {
  const unique = [...new Set(ids)].filter((id) => Number.isInteger(id) && id > 0);
  const items: Item[] = [];
  for (let start = 0; start < unique.length; start += MAX_IDS_PER_REQUEST) {
    const chunk = unique.slice(start, start + MAX_IDS_PER_REQUEST);
    items.push(...(await fetchChunk(chunk, MAX_IDS_PER_REQUEST)));
  }
  return items;
}
