import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readDeclineReasons } from '@/triage/decline-reasons';
import { OWN_LEADS_USER_ID } from '../../mocks/account/user-catalog';
import { emulator } from '../../mocks/runtimes/node';
import { renderApp } from '../support/render';
import { addIncomingLead, PIPELINE_IDS, person, useListViewport } from './inbox-helpers';
import { addLeadsOnTop, crmLeadOf, expectGoneFromList, expectSortedAs, findDrawer, inboxUrl } from './triage-helpers';

const SHORT_GRACE = { graceMs: 200 };

describe('Accepting, declining and linking from the drawer', () => {
  useListViewport();

  it('accepts into the chosen stage with the chosen responsible user, and opens the next lead', async () => {
    const [uid = '', next] = addLeadsOnTop(
      { category: 'sip', person: person('Anna Petrova') },
      { category: 'sip', person: person('Boris Next') },
    );
    const { router } = renderApp(inboxUrl(uid), SHORT_GRACE);
    const drawer = await findDrawer('Anna Petrova');
    await userEvent.selectOptions(within(drawer).getByRole('combobox', { name: 'Stage' }), 'Proposal sent');
    await userEvent.selectOptions(await within(drawer).findByRole('combobox', { name: 'Responsible' }), 'James Miller');
    await userEvent.click(within(drawer).getByRole('button', { name: 'Accept' }));

    await expectGoneFromList(uid);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ lead: next }));
    await expectSortedAs(uid, 'accepted');
    expect(crmLeadOf(uid)).toMatchObject({ status_id: 30846286, responsible_user_id: OWN_LEADS_USER_ID });
  });

  it('remembers the last stage per pipeline', async () => {
    const [first, second = '', wholesale] = addLeadsOnTop(
      { category: 'sip', person: person('First Sales') },
      { category: 'sip', person: person('Second Sales') },
      { category: 'sip', pipeline_id: PIPELINE_IDS.wholesale, person: person('Wes Sale') },
    );
    const { router } = renderApp(inboxUrl(first), SHORT_GRACE);
    let drawer = await findDrawer('First Sales');
    expect(within(drawer).getByRole('combobox', { name: 'Stage' })).toHaveDisplayValue('First contact');
    await userEvent.selectOptions(within(drawer).getByRole('combobox', { name: 'Stage' }), 'Negotiation');
    await userEvent.click(within(drawer).getByRole('button', { name: 'Accept' }));

    await waitFor(() => expect(router.state.location.search).toMatchObject({ lead: second }));
    drawer = await findDrawer('Second Sales');
    expect(within(drawer).getByRole('combobox', { name: 'Stage' })).toHaveDisplayValue('Negotiation');
    await userEvent.click(within(drawer).getByRole('button', { name: 'Accept' }));

    await waitFor(() => expect(router.state.location.search).toMatchObject({ lead: wholesale }));
    drawer = await findDrawer('Wes Sale');
    expect(within(drawer).getByRole('combobox', { name: 'Stage' })).toHaveDisplayValue('Qualification');
    await expectSortedAs(second, 'accepted');
    expect(crmLeadOf(second).status_id).toBe(30846289);
  });

  it('declines after a confirmation, keeping the reason in this browser', async () => {
    const uid = addIncomingLead({ category: 'sip', person: person('Spam Caller') });
    renderApp(inboxUrl(uid), SHORT_GRACE);
    const drawer = await findDrawer('Spam Caller');
    await userEvent.click(within(drawer).getByRole('button', { name: 'Decline…' }));
    const confirm = await screen.findByRole('dialog', { name: /^Decline .*\?$/ });
    await userEvent.click(within(confirm).getByRole('radio', { name: 'Duplicate' }));
    await userEvent.click(within(confirm).getByRole('button', { name: 'Decline' }));

    await expectGoneFromList(uid);
    await expectSortedAs(uid, 'declined');
    await waitFor(() => expect(readDeclineReasons(window.localStorage)).toMatchObject([{ uid, reason: 'duplicate' }]));
  });

  it('links a chat to a lead found by name, merging into one of its contacts', async () => {
    const target = [...emulator.db.leads.values()].find(
      (lead) => !lead.is_deleted && lead.contact_ids.length > 0 && lead.status_id === 30846283,
    );
    if (!target) throw new Error('The seed has no accepted lead with a contact');
    target.name = 'Zebra wholesale deal';
    const contactId = target.contact_ids[0] as number;
    const contactName = emulator.db.contacts.get(contactId)?.name ?? '';
    const uid = addIncomingLead({ category: 'chats', person: person('Chatty Client') });
    renderApp(inboxUrl(uid), SHORT_GRACE);
    const drawer = await findDrawer('Chatty Client');
    const link = within(drawer).getByRole('button', { name: 'Link…' });
    await waitFor(() => expect(link).toBeEnabled());
    await userEvent.click(link);
    const modal = await screen.findByRole('dialog', { name: /^Link the chat/ });
    await userEvent.type(within(modal).getByRole('textbox', { name: 'Search leads' }), 'zebra');
    await userEvent.click(await within(modal).findByRole('radio', { name: `Zebra wholesale deal (#${target.id})` }));
    await userEvent.click(await within(modal).findByRole('radio', { name: contactName }));
    await userEvent.click(within(modal).getByRole('button', { name: 'Link' }));

    await expectGoneFromList(uid);
    await expectSortedAs(uid, 'linked');
    expect(emulator.db.leads.get(target.id)?.contact_ids).toContain(contactId);
  });

  it('says why Link is unavailable for a call', async () => {
    const uid = addIncomingLead({ category: 'sip', person: person('Plain Call') });
    renderApp(inboxUrl(uid));
    const drawer = await findDrawer('Plain Call');
    const link = within(drawer).getByRole('button', { name: 'Link…' });
    expect(link).toBeDisabled();
    expect(link).toHaveAccessibleDescription('Only chats can be linked');
  });

  it('says why Link is unavailable to a manager, who still accepts without choosing a user', async () => {
    emulator.setScenario('manager');
    const uid = addIncomingLead({ category: 'chats', person: person('Manager Chat') });
    renderApp(inboxUrl(uid));
    const drawer = await findDrawer('Manager Chat');
    const link = within(drawer).getByRole('button', { name: 'Link…' });
    await waitFor(() => expect(link).toHaveAccessibleDescription('Only administrators can link chats'));
    expect(link).toBeDisabled();
    expect(within(drawer).queryByRole('combobox', { name: 'Responsible' })).not.toBeInTheDocument();
  });
});
