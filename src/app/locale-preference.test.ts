import { describe, expect, it } from 'vitest';
import { initialLocale, LOCALE_PREFERENCE_KEY, rememberLocale } from './locale-preference';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('initialLocale', () => {
  it("follows the browser's languages until the user picks one", () => {
    const storage = memoryStorage();
    expect(initialLocale(storage, ['ru-RU', 'en'])).toBe('ru');
    rememberLocale(storage, 'en');
    expect(initialLocale(storage, ['ru-RU', 'en'])).toBe('en');
  });

  it('ignores a stored value that is not a supported language, and a storage that throws', () => {
    const storage = memoryStorage();
    storage.setItem(LOCALE_PREFERENCE_KEY, 'de');
    expect(initialLocale(storage, ['ru'])).toBe('ru');
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
    };
    expect(initialLocale(throwing, ['ru'])).toBe('ru');
    expect(initialLocale(null, [])).toBe('en');
  });
});
