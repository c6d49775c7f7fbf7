import { fetchAccount, fetchUsers } from '@/crm/crm-api';
import type { ApiClient } from '@/lib/http';

const REFRESH_MS = 60 * 60 * 1000;

/**
 * Who did it, for the change feed: the names of the account's users, read once in the background and hourly after
 * that. A token whose user may not read users (not an admin) leaves names unknown; the feed then says nothing
 * about who, never a guess.
 */
export function createUserNames(api: ApiClient, now: () => number = Date.now) {
  const names = new Map<number, string>();
  let currentUserId: number | null = null;
  let loadedAt = Number.NEGATIVE_INFINITY;
  let loading: Promise<void> | null = null;

  async function load(): Promise<void> {
    loadedAt = now();
    try {
      const [account, users] = await Promise.all([fetchAccount(api), fetchUsers(api)]);
      currentUserId = account.currentUserId;
      if (users.access === 'granted') for (const user of users.users) names.set(user.id, user.name);
    } catch {
      // Names are a courtesy: without them the feed still says what left and how.
    } finally {
      loading = null;
    }
  }

  return {
    /** Starts a load when none is fresh; never waits for it. */
    refresh(): Promise<void> {
      if (!loading && now() - loadedAt >= REFRESH_MS) loading = load();
      return loading ?? Promise.resolve();
    },
    /** The name of the user an action was made for: the one named in it, else the token's user, as amoCRM records it. */
    nameOf(userId: number | null): string | null {
      const id = userId ?? currentUserId;
      return id === null ? null : (names.get(id) ?? null);
    },
  };
}

export type UserNames = ReturnType<typeof createUserNames>;
