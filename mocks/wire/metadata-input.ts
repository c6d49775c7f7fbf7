import type { Metadata } from '../account/records';
import { DURATION_RANGE, expectInRange, type Issues, joinPath, rejectUnknownKeys, TIMESTAMP_RANGE } from './validation';

/** Call and form metadata as add requests send it, stored as amoCRM returns it later (amocrm-api-facts.md §1.6). */
type Kind = 'text' | 'int' | 'textOrInt' | 'intLike' | 'bool' | 'textOrNull';

function fits(kind: Kind, value: unknown): boolean {
  switch (kind) {
    case 'text':
      return typeof value === 'string';
    case 'int':
      return Number.isInteger(value);
    case 'textOrInt':
      return typeof value === 'string' || Number.isInteger(value);
    case 'intLike':
      return Number.isInteger(value) || (typeof value === 'string' && /^\d+$/.test(value));
    case 'bool':
      return typeof value === 'boolean';
    case 'textOrNull':
      return value === null || typeof value === 'string';
  }
}

const DETAILS: Record<Kind, string> = {
  text: 'This value should be of type string.',
  int: 'This value should be of type int.',
  textOrInt: 'This value should be of type string.',
  intLike: 'This value should be of type int.',
  bool: 'This value should be of type bool.',
  textOrNull: 'This value should be of type string.',
};

const SIP_FIELDS: Record<string, Kind> = {
  from: 'textOrInt',
  phone: 'textOrInt',
  called_at: 'int',
  duration: 'intLike',
  link: 'textOrNull',
  service_code: 'text',
  uniq: 'text',
  call_responsible: 'textOrInt',
  is_call_event_needed: 'bool',
};
const FORM_FIELDS: Record<string, Kind> = {
  form_id: 'textOrInt',
  form_name: 'text',
  form_page: 'text',
  ip: 'text',
  form_sent_at: 'intLike',
  referer: 'text',
  visitor_uid: 'textOrNull',
  form_type: 'textOrInt',
};
/** Times and durations must also be plausible: see TIMESTAMP_RANGE. */
const RANGES: Record<string, { min: number; max: number }> = {
  called_at: TIMESTAMP_RANGE,
  form_sent_at: TIMESTAMP_RANGE,
  duration: DURATION_RANGE,
};
const REQUIRED = { sip: ['phone'], forms: ['form_id', 'form_name', 'form_page'] } as const;

function checkFields(
  issues: Issues,
  raw: Record<string, unknown>,
  fields: Record<string, Kind>,
  required: readonly string[],
): void {
  rejectUnknownKeys(issues, raw, Object.keys(fields), 'metadata');
  for (const [key, kind] of Object.entries(fields)) {
    const path = joinPath('metadata', key);
    const value = raw[key];
    if (value === undefined) {
      if (required.includes(key)) issues.add('InvalidType', path, DETAILS[kind]);
    } else if (!fits(kind, value)) {
      issues.add('InvalidType', path, DETAILS[kind]);
    } else if (key in RANGES) {
      expectInRange(issues, value, RANGES[key] as { min: number; max: number }, path);
    }
  }
}

export function readSipMetadata(issues: Issues, raw: Record<string, unknown>, now: number): Metadata {
  checkFields(issues, raw, SIP_FIELDS, REQUIRED.sip);
  // `is_call_event_needed` is write-only: accepted here, never returned.
  const stored: Metadata = { called_at: now, duration: 0, link: null, ...raw };
  delete stored.is_call_event_needed;
  return stored;
}

export function readFormMetadata(
  issues: Issues,
  raw: Record<string, unknown>,
  now: number,
  leadVisitorUid: unknown,
): Metadata {
  checkFields(issues, raw, FORM_FIELDS, REQUIRED.forms);
  const visitorUid = raw.visitor_uid ?? (typeof leadVisitorUid === 'string' ? leadVisitorUid : null);
  return {
    ...raw,
    form_id: String(raw.form_id ?? ''),
    // Real responses return these timestamps as numeric strings, whatever type was sent.
    form_sent_at: String(raw.form_sent_at ?? now),
    visitor_uid: visitorUid,
  };
}
