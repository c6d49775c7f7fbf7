import { isLocale, type Locale, pickLocale } from '@/lib/i18n';

export const LOCALE_PREFERENCE_KEY = 'incoming-leads-triage.locale';

/** The language the user picked in this browser, else the browser's own preference. */
export function initialLocale(storage: Pick<Storage, 'getItem'> | null, languages: readonly string[]): Locale {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(LOCALE_PREFERENCE_KEY) ?? null;
  } catch {
    // Storage may throw in private modes; the browser's preference still applies.
  }
  return isLocale(stored) ? stored : pickLocale(languages);
}

export function rememberLocale(storage: Pick<Storage, 'setItem'> | null, locale: Locale): void {
  try {
    storage?.setItem(LOCALE_PREFERENCE_KEY, locale);
  } catch {
    // Not remembering the choice is harmless: the interface already switched.
  }
}
