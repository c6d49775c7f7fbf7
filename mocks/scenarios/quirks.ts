/** Behaviours where sources disagree or only indirect evidence exists (facts, [I] marks): default plus switch. */
export interface Quirks {
  missingIncomingLead: 204 | 404;
  alwaysNextLink: boolean;
  alreadyProcessed: 400 | 404 | 204;
  duplicates: 'error' | 'tag';
  rateLimitBody: 'problem' | 'html';
  rateLimitPerSecond: number;
  blockAfter: number;
  serverErrorShape: 'legacy' | 'kommo';
  unpaid: boolean;
  linksHost: string | null;
  locale: 'ru' | 'en';
  strictCors: boolean;
}

export const DEFAULT_QUIRKS: Quirks = {
  missingIncomingLead: 204,
  alwaysNextLink: false,
  alreadyProcessed: 400,
  duplicates: 'error',
  rateLimitBody: 'problem',
  rateLimitPerSecond: 7,
  blockAfter: 10,
  serverErrorShape: 'legacy',
  unpaid: false,
  linksHost: null,
  locale: 'ru',
  strictCors: true,
};
