import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { DEFAULT_GRACE_MS } from '@/triage/outbox-options';
import type { IncomingLeadRecord, LeadRecord } from '../../mocks/account/records';
import type { IncomingLeadOverrides } from '../../mocks/account/seed';
import { emulator } from '../../mocks/runtimes/node';
import { passTime } from '../support/render';
import { addIncomingLead, findLeadLinks } from './inbox-helpers';

/** The inbox with one lead open in the drawer (the search param is JSON, as the router writes it). */
export function inboxUrl(openUid?: string, query = ''): string {
  const params = [query, openUid === undefined ? '' : `lead=%22${openUid}%22`].filter(Boolean).join('&');
  return params === '' ? '/inbox' : `/inbox?${params}`;
}

/** The drawer once it shows `text` and its actions are ready. */
export async function findDrawer(text: string): Promise<HTMLElement> {
  const drawer = await screen.findByRole('dialog');
  await waitFor(() => expect(drawer).toHaveTextContent(text));
  await waitFor(() => expect(within(drawer).getByRole('button', { name: 'Accept' })).toBeEnabled());
  return drawer;
}

export async function shownUids(): Promise<(string | null)[]> {
  return (await findLeadLinks()).map((link) => link.getAttribute('data-uid'));
}

export async function expectGoneFromList(uid: string): Promise<void> {
  await waitFor(async () => expect(await shownUids()).not.toContain(uid));
}

export function incomingRecord(uid: string): IncomingLeadRecord {
  const record = emulator.db.incoming.get(uid);
  if (!record) throw new Error(`No incoming lead ${uid} in the emulator`);
  return record;
}

/** The CRM lead the incoming lead brought; it moves to a stage when accepted. */
export function crmLeadOf(uid: string): LeadRecord {
  const { lead_id } = incomingRecord(uid);
  const lead = lead_id === null ? undefined : emulator.db.leads.get(lead_id);
  if (!lead) throw new Error(`Incoming lead ${uid} has no CRM lead`);
  return lead;
}

/** The undo window passes: what the manager did in it is sent. */
export function passUndoWindow(): Promise<void> {
  return passTime(DEFAULT_GRACE_MS);
}

/** Once the undo window has passed, amoCRM has the lead in `state`. */
export async function expectSortedAs(uid: string, state: IncomingLeadRecord['state']): Promise<void> {
  await passUndoWindow();
  await waitFor(() => expect(incomingRecord(uid).state).toBe(state));
}

export function pendingActions(): HTMLElement {
  return screen.getByRole('region', { name: 'Pending actions' });
}

/**
 * Incoming leads that arrive now, the first one newest, a second apart: the list shows them on top in this
 * order (leads in one second have no set order). Returns their uids in the same order.
 */
export function addLeadsOnTop(...leads: IncomingLeadOverrides[]): string[] {
  const now = Math.floor(Date.now() / 1000);
  return leads.map((overrides, index) => addIncomingLead({ created_at: now - index, ...overrides }));
}

/** Follows the main navigation to a page, as the manager does. */
export async function goTo(name: 'Inbox' | 'Summary'): Promise<void> {
  await userEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name }));
}
