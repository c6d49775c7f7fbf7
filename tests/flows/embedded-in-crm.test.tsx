import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createHostBridge } from '@/app/host-bridge';
import { PROTOCOL } from '@/embed/protocol';
import { pendingIncomingLeads } from '../../mocks/account/db';
import { emulator } from '../../mocks/runtimes/node';
import { renderApp } from '../support/render';
import { useListViewport } from './inbox-helpers';

const HOST = 'https://example.amocrm.ru';

async function connectedHost(locale: 'en' | 'ru') {
  const self = new EventTarget();
  const parent = { postMessage: vi.fn() };
  const bridge = createHostBridge({ self, parent, hostOrigin: HOST });
  const fromHost = (data: object) =>
    self.dispatchEvent(
      Object.assign(new Event('message'), {
        data: { protocol: PROTOCOL, v: 1, ...data },
        origin: HOST,
        source: parent,
      }),
    );
  const handshake = bridge.handshake(1000);
  fromHost({
    type: 'init',
    locale,
    theme: 'dark',
    subdomain: 'example',
    user: { id: 6930211, name: 'Anna' },
    relay: false,
  });
  const context = await handshake;
  const sent = (type: string) =>
    parent.postMessage.mock.calls.filter(([message]) => (message as { type: string }).type === type);
  return { bridge, context, fromHost, parent, sent };
}

describe('The app inside the CRM', () => {
  useListViewport();

  it('uses the compact layout in the host language and theme, and follows the host switching them', async () => {
    const host = await connectedHost('ru');
    renderApp('/inbox', {
      config: { embedded: true, hostOrigin: HOST },
      embedded: { host: host.bridge, theme: host.context.theme },
      locale: host.context.locale,
    });
    expect(await within(await screen.findByRole('banner')).findByText('Неразобранное')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'ru');
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    // No navigation bar and no theme switch of its own: the CRM around it has those.
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /theme/ })).not.toBeInTheDocument();
    // It reported its height, to the host only, so the host can size the frame.
    expect(host.sent('resize')).toEqual([
      [expect.objectContaining({ type: 'resize', height: expect.any(Number) }), HOST],
    ]);

    act(() => void host.fromHost({ type: 'update', locale: 'en', theme: 'light' }));
    expect(await within(screen.getByRole('banner')).findByText('Incoming leads')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light');
  });

  it('opens the lead in the CRM through the host instead of navigating the frame', async () => {
    const withLead = pendingIncomingLeads(emulator.db).find(
      (lead) => lead.lead_id !== null && lead.contact_id !== null,
    );
    if (!withLead) throw new Error('the seeded account has an incoming lead with a lead and a contact');
    const host = await connectedHost('en');
    renderApp(`/inbox?lead=${withLead.uid}`, {
      config: { embedded: true, hostOrigin: HOST },
      embedded: { host: host.bridge, theme: 'light' },
    });
    const drawer = await screen.findByRole('dialog');
    const leadLink = await within(drawer).findByRole('link', { name: 'Open the lead in amoCRM' });
    expect(leadLink).toHaveAttribute('href', `${HOST}/leads/detail/${withLead.lead_id}`);
    await userEvent.click(leadLink);
    expect(host.sent('open-in-crm')).toEqual([
      [{ protocol: PROTOCOL, v: 1, type: 'open-in-crm', entity: 'lead', id: withLead.lead_id }, HOST],
    ]);
    const contactLink = await within(drawer).findByRole('link', { name: 'Open the contact in amoCRM' });
    expect(contactLink).toHaveAttribute('href', `${HOST}/contacts/detail/${withLead.contact_id}`);
  });

  it('says it shares nothing when framed by a page the allow-list does not name', async () => {
    renderApp('/inbox', { config: { embedded: true, hostOrigin: null }, embedded: { host: null, theme: 'light' } });
    const notice = await screen.findByText(/shares nothing with it/);
    expect(notice.closest('[role="status"]')).not.toBeNull();
  });

  it('shows no CRM links when it runs on its own and does not know the account address', async () => {
    const withLead = pendingIncomingLeads(emulator.db).find((lead) => lead.lead_id !== null);
    renderApp(`/inbox?lead=${withLead?.uid}`);
    const drawer = await screen.findByRole('dialog');
    // The lead's details have loaded: the place where the link would be is on screen.
    await within(drawer).findByText('Price');
    expect(within(drawer).queryByRole('link', { name: /in amoCRM/ })).not.toBeInTheDocument();
  });
});
