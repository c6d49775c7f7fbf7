// Languages of the interface. Catalogs are plain typed objects (one per feature, `en` and `ru` of the
// same type), so a missing Russian string is a compile error; plurals and dates come from Intl.
import { createContext, type ReactNode, use, useEffect, useMemo } from 'react';

export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The first supported language of a preference list ("ru-RU" → ru), English when none is. */
export function pickLocale(preferences: readonly (string | null | undefined)[]): Locale {
  for (const preference of preferences) {
    const language = preference?.toLowerCase().split(/[-_]/)[0];
    if (isLocale(language)) return language;
  }
  return 'en';
}

/** Plural forms by CLDR category: English needs one/other, Russian one/few/many/other. */
export type PluralForms<L extends Locale> = L extends 'ru'
  ? { one: string; few: string; many: string; other: string }
  : { one: string; other: string };

/**
 * The locale Intl should format dates and numbers with: the browser's own regional variant of the interface
 * language when it has one ("en-GB" writes 20 Nov 2026, "en-US" Nov 20, 2026), else the language itself.
 */
export function intlLocale(
  locale: Locale,
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): string {
  return languages.find((language) => pickLocale([language]) === locale && language.includes('-')) ?? locale;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The form for `count`; `#` in it becomes the count, formatted for the language. */
export function plural<L extends Locale>(locale: L, count: number, forms: PluralForms<L>): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const byCategory = forms as Partial<Record<Intl.LDMLPluralRule, string>>;
  const form = byCategory[rules.select(count)] ?? byCategory.other ?? '';
  return form.replaceAll('#', formatNumber(locale, count));
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** A catalog of one feature's texts: the same shape in every language. */
export type Catalog<T> = Record<Locale, T>;

/** Identity, for inference: `defineMessages({ en: {...}, ru: {...} })` checks that ru matches en. */
export function defineMessages<T>(catalog: { en: T; ru: NoInfer<T> }): Catalog<T> {
  return catalog;
}

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: 'en', setLocale: () => {} });

interface LocaleProviderProps {
  /** Controlled language; when it changes the interface follows without a reload. */
  locale: Locale;
  onLocaleChange?: (locale: Locale) => void;
  children: ReactNode;
}

export function LocaleProvider({ locale, onLocaleChange, children }: LocaleProviderProps) {
  const value = useMemo(() => ({ locale, setLocale: onLocaleChange ?? (() => {}) }), [locale, onLocaleChange]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

export function useLocale(): Locale {
  return use(LocaleContext).locale;
}

export function useSetLocale(): (locale: Locale) => void {
  return use(LocaleContext).setLocale;
}

/** The texts of a catalog in the current language. */
export function useMessages<T>(catalog: Catalog<T>): T {
  return catalog[useLocale()];
}
