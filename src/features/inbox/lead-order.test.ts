import { describe, expect, it } from 'vitest';
import { testCall } from '../../../tests/support/incoming-leads';
import type { InboxRow } from './inbox-rows';
import { leadAfter, leadBeside, neighboursOf } from './lead-order';

const rows = ['a', 'b', 'c', 'd'].map((uid) => ({ lead: testCall(uid) }) as InboxRow);
const gone =
  (...uids: string[]) =>
  (uid: string) =>
    uids.includes(uid);

describe('the order of the leads on screen', () => {
  it('names the leads either side of one, and its place', () => {
    expect(neighboursOf(rows, 'b')).toEqual({ previous: 'a', next: 'c', index: 1, total: 4 });
    expect(neighboursOf(rows, 'a')).toMatchObject({ previous: undefined, next: 'b' });
    expect(neighboursOf(rows, 'zzz')).toBeNull();
    expect(neighboursOf(rows, undefined)).toBeNull();
  });

  it('follows a lead that leaves with the next one still there', () => {
    expect(leadAfter(rows, 'b', gone('b'))).toBe('c');
    expect(leadAfter(rows, 'b', gone('b', 'c'))).toBe('d');
  });

  it('falls back to the one before at the end of the list, and to none when nothing is left', () => {
    expect(leadAfter(rows, 'd', gone('d'))).toBe('c');
    expect(leadAfter(rows, 'c', gone('c', 'd'))).toBe('b');
    expect(leadAfter(rows, 'a', gone('a', 'b', 'c', 'd'))).toBeUndefined();
    expect(leadAfter(rows, 'zzz', gone('zzz'))).toBeUndefined();
  });
});

describe('stepping through the leads', () => {
  it('goes to the lead either side, and forward from nowhere to the first row', () => {
    expect(leadBeside(rows, 'b', 1)).toBe('c');
    expect(leadBeside(rows, 'b', -1)).toBe('a');
    expect(leadBeside(rows, 'd', 1)).toBeUndefined();
    expect(leadBeside(rows, undefined, 1)).toBe('a');
    expect(leadBeside(rows, 'not-loaded', 1)).toBe('a');
    expect(leadBeside(rows, 'not-loaded', -1)).toBeUndefined();
  });
});
