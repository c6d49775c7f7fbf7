import { describe, expect, it } from 'vitest';
import type { Contact } from '@/crm/crm-schemas';
import { contactKeys, emailKey, hasKeys, mergeKeys, phoneKey, searchTerms, sharesKey } from '@/crm/person-keys';
import { testCall, testMail } from '../../../tests/support/incoming-leads';
import { metadataKeys } from './same-person';

const contact = (phones: string[], emails: string[] = []): Contact => ({
  id: 1,
  name: 'Anna',
  phones,
  emails,
  isUnsorted: false,
  companyId: null,
});

describe('phoneKey', () => {
  it('keeps the last ten digits, so one number written differently gives one key', () => {
    expect(phoneKey('+7 (916) 123-45-67')).toBe('9161234567');
    expect(phoneKey('79161234567')).toBe('9161234567');
    expect(phoneKey('8 916 123 45 67')).toBe('9161234567');
    expect(phoneKey('14155551234')).toBe('4155551234');
  });

  it('ignores names, extensions and empty values', () => {
    expect(phoneKey('Anna Smith')).toBeNull();
    expect(phoneKey('101')).toBeNull();
    expect(phoneKey(null)).toBeNull();
  });
});

describe('emailKey', () => {
  it('lower-cases and trims an address and ignores anything that is not one', () => {
    expect(emailKey('  Anna.Smith@Example.COM ')).toBe('anna.smith@example.com');
    expect(emailKey('not an address')).toBeNull();
    expect(emailKey(undefined)).toBeNull();
  });
});

describe('metadataKeys', () => {
  it("reads a call's caller, never the account's line it rang, and the sender of a mail", () => {
    expect(metadataKeys(testCall('a', { from: '+7 916 123-45-67', phone: '74951204500' }))).toEqual({
      phones: ['9161234567'],
      emails: [],
    });
    // Everyone who calls the account calls its line: that number says nothing about who called.
    expect(metadataKeys(testCall('b', { from: 'Anna', phone: '+7 495 120-45-00' })).phones).toEqual([]);
    expect(metadataKeys(testMail('c', { fromEmail: 'Anna@Example.com' }))).toEqual({
      phones: [],
      emails: ['anna@example.com'],
    });
  });
});

describe('comparing keys', () => {
  it('finds a shared phone or e-mail across sources', () => {
    const fromCall = metadataKeys(testCall('a', { from: '79161234567', phone: '74951204500' }));
    const fromContact = contactKeys(contact(['+7 (916) 123-45-67']));
    expect(sharesKey(fromCall, fromContact)).toBe(true);
    expect(sharesKey(fromCall, contactKeys(contact(['+7 (916) 765-43-21'], ['a@b.c'])))).toBe(false);
  });

  it('merges keys without repeats and searches by a few of them, phones first', () => {
    const keys = mergeKeys(
      { phones: ['9161234567'], emails: ['a@b.c'] },
      { phones: ['9161234567', '9031112233'], emails: ['d@e.f'] },
    );
    expect(keys).toEqual({ phones: ['9161234567', '9031112233'], emails: ['a@b.c', 'd@e.f'] });
    expect(searchTerms(keys)).toEqual(['9161234567', '9031112233', 'a@b.c']);
    expect(hasKeys({ phones: [], emails: [] })).toBe(false);
  });
});
