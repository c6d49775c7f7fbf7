import * as z from 'zod/mini';
import { hasApiStatus } from '@/lib/api-error';
import type { ApiClient } from '@/lib/http';
import { parseResponse } from '@/lib/parse-response';
import { type Account, accountSchema } from './crm-schemas';
import { type User, type UsersAccess, userSchema } from './user-schemas';

const USERS_PAGE_SIZE = 250;
/** Accounts have far fewer users than this; the cap only guards against an API that never runs out of pages. */
const MAX_USER_PAGES = 20;

const usersPageSchema = z.object({ _embedded: z.object({ users: z.array(userSchema) }) });

/** The account the API works in, and the user it acts for. */
export async function fetchAccount(api: ApiClient, signal?: AbortSignal): Promise<Account> {
  const body = await api.get('/api/v4/account', { signal });
  return parseResponse(accountSchema, body, 'account');
}

async function fetchAllUsers(api: ApiClient, signal?: AbortSignal): Promise<User[]> {
  const users: User[] = [];
  for (let page = 1; page <= MAX_USER_PAGES; page++) {
    const query = { page, limit: USERS_PAGE_SIZE };
    const body = await api.get('/api/v4/users', { query, signal });
    if (body === null) break;
    const pageUsers = parseResponse(usersPageSchema, body, 'users')._embedded.users;
    users.push(...pageUsers);
    if (pageUsers.length < USERS_PAGE_SIZE) break;
  }
  return users;
}

/**
 * The account's users with their rights. Only admins may read them: a 403 means the current user is not one,
 * which is an answer (`denied`), not a failure. Other errors are thrown.
 */
export async function fetchUsers(api: ApiClient, signal?: AbortSignal): Promise<UsersAccess> {
  try {
    return { access: 'granted', users: await fetchAllUsers(api, signal) };
  } catch (error) {
    if (hasApiStatus(error, 403)) return { access: 'denied' };
    throw error;
  }
}
