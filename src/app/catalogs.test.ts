import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n';

/*
 * Every catalog in the app (`src/**\/*-messages.ts`), found by file name so a new feature's catalog is checked
 * without being listed here. The compiler already makes the Russian column complete; this checks what it cannot:
 * no empty text, nothing left in English, and every function answering for the counts that pick plural forms.
 */
const modules = import.meta.glob<{ messages?: Record<string, unknown> }>('/src/**/*-messages.ts', { eager: true });

const COUNTS = [0, 1, 2, 5, 11, 21, 101];

/** Texts that are the same in both languages on purpose. */
const SAME_IN_BOTH = new Set<string>([]);
/** Russian texts with no Cyrillic letter on purpose: brand and technical words. */
const NOT_CYRILLIC = new Set(['E-mail']);

/** Sample arguments for functions whose parameters are not all counts or names; by catalog key. */
const SAMPLE_ARGUMENTS: Record<string, (count: number) => unknown[]> = {
  emptyView: () => [['sip', 'chats'], { name: 'Sales' }],
  done: (count) => ['accept', `Anna ${count}`],
  couldNot: (count) => ['decline', `Anna ${count}`],
  noRight: () => ['link'],
  refused: (count) => ['accept', `status_id ${count}`],
  doing: (count) => ['link', `Anna ${count}`],
  batch: (count) => ['decline', count],
  bulkDoing: (count) => ['accept', count, count + 1],
  bulkFinished: () => ['decline'],
  sortedBy: (count) => ['accepted', `Anna ${count}`, count],
  bulkDone: (count) => ['link', count],
  leadLabel: (count) => [null, count],
  loaded: (count) => [count, count * 2],
  rowName: (count) => ['Call', `Anna ${count}`, 'Missed', `${count} min`],
  status: (count) => [count, ''],
};

interface Leaf {
  path: string;
  key: string;
  en: unknown;
  ru: unknown;
}

function leaves(en: unknown, ru: unknown, path: string, key = ''): Leaf[] {
  if (typeof en === 'object' && en !== null && typeof ru === 'object' && ru !== null) {
    return Object.keys(en).flatMap((child) =>
      leaves((en as Record<string, unknown>)[child], (ru as Record<string, unknown>)[child], `${path}.${child}`, child),
    );
  }
  return [{ path, key, en, ru }];
}

const catalogs = Object.entries(modules).map(([file, module]) => ({ file, messages: module.messages }));
const allLeaves = catalogs.flatMap(({ file, messages }) => leaves(messages?.en, messages?.ru, file));

function argumentsFor(leaf: Leaf, fn: (...args: never[]) => unknown, count: number): unknown[] {
  const sample = SAMPLE_ARGUMENTS[leaf.key];
  return sample ? sample(count) : Array.from({ length: Math.max(1, fn.length) }, () => count);
}

function expectText(text: unknown, where: string): void {
  expect(typeof text, where).toBe('string');
  expect((text as string).trim(), where).not.toBe('');
  expect(text, where).not.toMatch(/undefined|NaN|\[object /);
}

describe('catalogs', () => {
  it('are found, and each has every language', () => {
    expect(catalogs.length).toBeGreaterThanOrEqual(7);
    for (const { file, messages } of catalogs) {
      for (const locale of LOCALES) expect(messages?.[locale], `${file} ${locale}`).toBeTypeOf('object');
    }
  });

  it('have no empty text and nothing left in English', () => {
    for (const leaf of allLeaves.filter(({ en }) => typeof en === 'string')) {
      expectText(leaf.en, `${leaf.path} (en)`);
      expectText(leaf.ru, `${leaf.path} (ru)`);
      if (!SAME_IN_BOTH.has(leaf.en as string)) expect(leaf.ru, `${leaf.path} is not translated`).not.toBe(leaf.en);
      if (!NOT_CYRILLIC.has(leaf.ru as string)) expect(leaf.ru, `${leaf.path} (ru)`).toMatch(/[а-яё]/i);
    }
  });

  it('answer every count that picks a plural form, in both languages', () => {
    const functions = allLeaves.filter(({ en }) => typeof en === 'function');
    expect(functions.length).toBeGreaterThan(20);
    for (const leaf of functions) {
      expect(leaf.ru, `${leaf.path} (ru)`).toBeTypeOf('function');
      for (const count of COUNTS) {
        for (const [locale, fn] of [
          ['en', leaf.en],
          ['ru', leaf.ru],
        ] as const) {
          const call = fn as (...args: unknown[]) => unknown;
          const text = call(...argumentsFor(leaf, call, count));
          expectText(text, `${leaf.path}(${count}) in ${locale}`);
          if (locale === 'ru') expect(text, `${leaf.path}(${count}) in ru`).toMatch(/[а-яё]/i);
        }
        expect(
          (leaf.ru as (...args: unknown[]) => unknown)(...argumentsFor(leaf, leaf.ru as never, count)),
          `${leaf.path}(${count}) is not translated`,
        ).not.toBe((leaf.en as (...args: unknown[]) => unknown)(...argumentsFor(leaf, leaf.en as never, count)));
      }
    }
  });

  it('pick the Russian forms by count', () => {
    const inbox = catalogs.find(({ file }) => file.endsWith('/inbox-messages.ts'))?.messages?.ru as {
      newArrivals: (count: number) => string;
    };
    expect(COUNTS.map((count) => inbox.newArrivals(count))).toEqual([
      '0 новых заявок',
      '1 новая заявка',
      '2 новые заявки',
      '5 новых заявок',
      '11 новых заявок',
      '21 новая заявка',
      '101 новая заявка',
    ]);
  });
});
