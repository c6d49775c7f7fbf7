import type { SortedHow } from '@/incoming-leads/change-feed';
import { isRecord } from '@/lib/lenient-schemas';

export interface SortedThroughServer {
  uid: string;
  how: SortedHow;
  /** The user the action was made for (`user_id`), when the request named one. */
  userId: number | null;
}

const ACTION = /^\/api\/v4\/leads\/unsorted\/([^/?]+)\/(accept|decline|link)$/;

function userIdOf(body: Uint8Array | undefined): number | null {
  if (!body || body.length === 0) return null;
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(body));
    const id = isRecord(parsed) ? Number(parsed.user_id) : Number.NaN;
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

/** The triage action a request forwarded to amoCRM was, or null when it was none. */
export function sortedThroughServer(method: string, apiPath: string, body?: Uint8Array): SortedThroughServer | null {
  const match = ACTION.exec(apiPath.split('?')[0] ?? '');
  if (!match?.[1] || !match[2]) return null;
  const action = match[2];
  const expected = action === 'decline' ? 'DELETE' : 'POST';
  if (method !== expected) return null;
  let uid: string;
  try {
    uid = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  const how: SortedHow = action === 'accept' ? 'accepted' : action === 'decline' ? 'declined' : 'linked';
  return { uid, how, userId: userIdOf(body) };
}
