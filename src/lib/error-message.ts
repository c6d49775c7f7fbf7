import { isApiError } from './api-error';

/**
 * One sentence a manager can act on. amoCRM's own `detail` is often Russian or technical
 * ("Неверный логин или пароль"), so the common statuses get our own words.
 */
export function errorMessage(error: unknown): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : 'Something unexpected happened.';
  if (error.kind === 'network') return 'The server could not be reached. Check the connection and try again.';
  if (error.kind === 'invalid-response') return `amoCRM sent data this app cannot read (${error.detail}).`;
  switch (error.status) {
    case 401:
      return 'amoCRM rejected the access token: the session has expired or the token was revoked.';
    case 402:
      return 'The amoCRM account is not paid: amoCRM refuses API requests until it is.';
    case 403:
      return error.title === 'API access blocked'
        ? 'amoCRM has blocked API access for this account after too many requests.'
        : 'You do not have the right to do this in amoCRM.';
    case 429:
      return error.retryAfter
        ? `amoCRM is limiting requests; try again in ${error.retryAfter} s.`
        : 'amoCRM is limiting requests; try again in a moment.';
    default:
      if (error.status >= 500) return `amoCRM answered with a server error (${error.status}). Try again.`;
      return error.detail || error.title;
  }
}
