import { isApiError } from './api-error';
import { statusDetail } from './api-error-response';
import { messages } from './error-messages';
import { type Locale, useLocale } from './i18n';

/**
 * What went wrong, as data: the words are chosen when it is shown, in the language of that moment, so a stored
 * failure (a triage action kept in the outbox) reads right after the language changes. Plain JSON.
 */
export type ErrorDescription =
  | { code: 'unexpected' }
  /** Words that came with the error (amoCRM's own detail, an Error's message), shown as they are. */
  | { code: 'text'; text: string }
  | { code: 'network' }
  | { code: 'invalid-response'; detail: string }
  | { code: 'unauthorized' }
  | { code: 'unpaid' }
  | { code: 'blocked' }
  | { code: 'forbidden' }
  | { code: 'rate-limited'; retryAfter: number | null }
  | { code: 'server'; status: number }
  /** A status amoCRM sent no words for: the client filled in a generic sentence. */
  | { code: 'status'; status: number };

/**
 * One sentence a manager can act on. amoCRM's own `detail` is often Russian or technical
 * ("Неверный логин или пароль"), so the common statuses get our own words.
 */
export function describeError(error: unknown): ErrorDescription {
  if (!isApiError(error))
    return error instanceof Error ? { code: 'text', text: error.message } : { code: 'unexpected' };
  if (error.kind === 'network') return { code: 'network' };
  if (error.kind === 'invalid-response') return { code: 'invalid-response', detail: error.detail };
  switch (error.status) {
    case 401:
      return { code: 'unauthorized' };
    case 402:
      return { code: 'unpaid' };
    case 403:
      return error.title === 'API access blocked' ? { code: 'blocked' } : { code: 'forbidden' };
    case 429:
      return { code: 'rate-limited', retryAfter: error.retryAfter };
    default:
      if (error.status >= 500) return { code: 'server', status: error.status };
      if (error.detail !== '' && error.detail === statusDetail(error.status)) {
        return { code: 'status', status: error.status };
      }
      return { code: 'text', text: error.detail || error.title };
  }
}

export function formatError(description: ErrorDescription, locale: Locale): string {
  const m = messages[locale];
  switch (description.code) {
    case 'unexpected':
      return m.unexpected;
    case 'text':
      return description.text;
    case 'network':
      return m.network;
    case 'invalid-response':
      return m.invalidResponse(description.detail);
    case 'unauthorized':
      return m.unauthorized;
    case 'unpaid':
      return m.unpaid;
    case 'blocked':
      return m.blocked;
    case 'forbidden':
      return m.forbidden;
    case 'rate-limited':
      return m.rateLimited(description.retryAfter);
    case 'server':
      return m.server(description.status);
    case 'status':
      return m.status(description.status, statusDetail(description.status));
  }
}

/** `error` in words, in `locale`; for code outside React, which is handed the language. */
export function errorMessage(error: unknown, locale: Locale): string {
  return formatError(describeError(error), locale);
}

/** `errorMessage` in the interface's current language. */
export function useErrorMessage(): (error: unknown) => string {
  const locale = useLocale();
  return (error) => errorMessage(error, locale);
}
