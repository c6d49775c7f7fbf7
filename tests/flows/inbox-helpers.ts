import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, onTestFinished } from 'vitest';
import { PIPELINE_IDS } from '../../mocks/account/account-catalog';
import { pendingIncomingLeads } from '../../mocks/account/db';
import { insertIncomingLead } from '../../mocks/account/db-inserts';
import type { FakePerson } from '../../mocks/account/fake-people';
import type { IncomingCategory } from '../../mocks/account/records';
import type { IncomingLeadOverrides } from '../../mocks/account/seed';
import { emulator, server } from '../../mocks/runtimes/node';
import { buildIncomingLead } from '../support/incoming-lead-drafts';

export { PIPELINE_IDS };

export function person(name: string, phoneDigits = '79990001122', email = 'someone@example.org'): FakePerson {
  const [first = name, last = ''] = name.split(' ');
  const phone = `+${phoneDigits[0]} ${phoneDigits.slice(1, 4)} ${phoneDigits.slice(4, 7)}-${phoneDigits.slice(7, 9)}-${phoneDigits.slice(9)}`;
  return { name, first_name: first, last_name: last, phoneDigits, phone, email, isRussian: false };
}

/** An incoming lead that arrives now in the emulator (newer than every seeded one); returns its uid. */
export function addIncomingLead(overrides: IncomingLeadOverrides = {}): string {
  const draft = buildIncomingLead({
    pipeline_id: PIPELINE_IDS.sales,
    created_at: Math.floor(Date.now() / 1000),
    ...overrides,
  });
  return insertIncomingLead(emulator.db, draft).uid;
}

/** How many incoming leads wait in the emulator, as the app should count them. */
export function waitingInEmulator(filter: { category?: IncomingCategory; pipelineId?: number } = {}): number {
  return pendingIncomingLeads(emulator.db).filter(
    (lead) =>
      (filter.category === undefined || lead.category === filter.category) &&
      (filter.pipelineId === undefined || lead.pipeline_id === filter.pipelineId),
  ).length;
}

/**
 * react-virtual sizes the list from its scroll container, and jsdom lays nothing out: without a height it renders
 * no rows at all. 640 px of list shows ten 64 px rows. Scroll positions are remembered per tab, so each test
 * starts with none remembered.
 */
export function useListViewport(height = 640, width = 1024): void {
  beforeEach(() => {
    window.sessionStorage.clear();
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
  });
  afterEach(() => {
    Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
    Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth');
  });
}

export async function findLeadList(): Promise<HTMLElement> {
  return screen.findByRole('list', { name: 'Incoming leads' });
}

export async function findLeadRows(): Promise<HTMLElement[]> {
  return within(await findLeadList()).getAllByRole('listitem');
}

/** The link of each rendered row, whose name says channel, who, what and the wait. */
export async function findLeadLinks(): Promise<HTMLElement[]> {
  return within(await findLeadList()).getAllByRole('link');
}

/**
 * Counts what the app asks the API for, by kind. Counting is how a test states a cost ("one page is three
 * requests"), so it is used for that alone; behaviour is checked through the screen.
 */
export function recordRequests() {
  const urls: URL[] = [];
  const listener = ({ request }: { request: Request }) => {
    urls.push(new URL(request.url));
  };
  server.events.on('request:start', listener);
  onTestFinished(() => {
    server.events.removeListener('request:start', listener);
  });
  const isIncoming = (url: URL) => url.pathname === '/api/v4/leads/unsorted';
  return {
    /** Pages of the inbox list: the only incoming-lead requests that ask for an order. */
    listPages: () => urls.filter((url) => isIncoming(url) && url.searchParams.has('order[created_at]')),
    /** Pages of the waiting set the counts come from. */
    waitingPages: () => urls.filter((url) => isIncoming(url) && !url.searchParams.has('order[created_at]')),
    leadLookups: () => urls.filter((url) => url.pathname === '/api/v4/leads'),
    contactLookups: () => urls.filter((url) => url.pathname === '/api/v4/contacts'),
    all: () => [...urls],
  };
}
