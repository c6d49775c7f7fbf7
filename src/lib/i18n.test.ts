import { describe, expect, it } from 'vitest';
import { defineMessages, formatNumber, pickLocale, plural } from './i18n';

describe('pickLocale', () => {
  it('takes the first supported language of the preference list', () => {
    expect(pickLocale(['de-DE', 'ru-RU', 'en-US'])).toBe('ru');
    expect(pickLocale(['en-GB', 'ru'])).toBe('en');
    expect(pickLocale(['RU_ru'])).toBe('ru');
  });

  it('falls back to English when nothing matches', () => {
    expect(pickLocale(['de', 'fr'])).toBe('en');
    expect(pickLocale([undefined, null, ''])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});

describe('plural', () => {
  const ru = { one: '# заявка', few: '# заявки', many: '# заявок', other: '# заявки' };

  it('uses the Russian one/few/many forms', () => {
    expect(plural('ru', 1, ru)).toBe('1 заявка');
    expect(plural('ru', 21, ru)).toBe('21 заявка');
    expect(plural('ru', 3, ru)).toBe('3 заявки');
    expect(plural('ru', 11, ru)).toBe('11 заявок');
    expect(plural('ru', 25, ru)).toBe('25 заявок');
    expect(plural('ru', 1.5, ru)).toBe('1,5 заявки');
  });

  it('uses the English one/other forms and groups thousands', () => {
    const en = { one: '# lead', other: '# leads' };
    expect(plural('en', 1, en)).toBe('1 lead');
    expect(plural('en', 0, en)).toBe('0 leads');
    expect(plural('en', 10000, en)).toBe('10,000 leads');
  });
});

describe('formatNumber', () => {
  it('follows the language', () => {
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatNumber('ru', 1234.5)).toBe('1\u00a0234,5');
  });
});

describe('defineMessages', () => {
  it('returns the catalog as given', () => {
    const catalog = defineMessages({ en: { hello: 'Hello' }, ru: { hello: 'Привет' } });
    expect(catalog.ru.hello).toBe('Привет');
  });
});
