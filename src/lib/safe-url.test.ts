import { describe, expect, it } from 'vitest';
import { toMailtoHref, toSafeHttpUrl, toTelHref } from './safe-url';

describe('toSafeHttpUrl', () => {
  it('keeps absolute http and https addresses, normalised', () => {
    expect(toSafeHttpUrl('https://example.com/records/1.mp3')).toBe('https://example.com/records/1.mp3');
    expect(toSafeHttpUrl('http://example.com')).toBe('http://example.com/');
    expect(toSafeHttpUrl('HTTPS://Example.COM/a/../b?q=ö')).toBe('https://example.com/b?q=%C3%B6');
    expect(toSafeHttpUrl('  https://example.com/avatar.png\n')).toBe('https://example.com/avatar.png');
  });

  it('rejects other schemes', () => {
    for (const value of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://example.com/file',
      'mailto:someone@example.com',
      'file:///etc/passwd',
    ]) {
      expect(toSafeHttpUrl(value), value).toBeNull();
    }
  });

  it('rejects relative, protocol-relative and malformed addresses', () => {
    for (const value of [
      '//evil.example.com/x',
      '/records/1.mp3',
      'example.com',
      'https:evil.example.com',
      'https:\\\\evil.example.com',
      'https:///evil.example.com',
      'https://',
      '',
    ]) {
      expect(toSafeHttpUrl(value), value).toBeNull();
    }
  });

  it('rejects whitespace and control-character tricks', () => {
    for (const value of [
      'java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      'https://exa\nmple.com',
      'https://example.com/\u200Bpath',
      'https://example.com/ x',
    ]) {
      expect(toSafeHttpUrl(value), JSON.stringify(value)).toBeNull();
    }
  });

  it('rejects embedded credentials, which disguise the real host', () => {
    expect(toSafeHttpUrl('https://bank.example.com@evil.example.com/')).toBeNull();
    expect(toSafeHttpUrl('https://user:pass@example.com/')).toBeNull();
  });

  it('rejects anything that is not a string', () => {
    for (const value of [null, undefined, 42, {}, ['https://example.com'], new URL('https://example.com')]) {
      expect(toSafeHttpUrl(value)).toBeNull();
    }
  });
});

describe('toTelHref', () => {
  it('links a phone number however it is written, as digits with at most a leading +', () => {
    expect(toTelHref('+7 (916) 123-45-67')).toBe('tel:+79161234567');
    expect(toTelHref('8 912 656.40.13')).toBe('tel:89126564013');
    expect(toTelHref('79165446169')).toBe('tel:79165446169');
  });

  it('leaves anything else as text', () => {
    for (const value of [
      'Ivan Petrov',
      '123',
      '+7 916 123 45 67 ext 5',
      'tel:+79161234567',
      '++79161234567',
      '7916;1234',
      '',
    ]) {
      expect(toTelHref(value)).toBeNull();
    }
    expect(toTelHref(null)).toBeNull();
  });
});

describe('toMailtoHref', () => {
  it('links a plain address', () => {
    expect(toMailtoHref('anna@example.com')).toBe('mailto:anna@example.com');
    expect(toMailtoHref(' grace.taylor+orders@yandex.ru ')).toBe('mailto:grace.taylor+orders@yandex.ru');
  });

  it('leaves anything that could add to the mail, or is no address, as text', () => {
    for (const value of [
      'anna@example.com?cc=boss@example.com',
      'anna@example.com&body=x',
      'a%40b@example.com',
      'Anna <anna@example.com>',
      'anna@localhost',
      'anna example@example.com',
      '@example.com',
      'javascript:alert(1)//@example.com',
    ]) {
      expect(toMailtoHref(value)).toBeNull();
    }
  });
});
